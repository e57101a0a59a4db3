/**
 * The site's content as pages ask for it: loaded once per build; a content
 * error stops the build with every message. Under `next dev` it is loaded
 * again whenever a content file changes, so a saved edition shows at its URL
 * on the next request.
 */
import path from 'node:path';
import { contentStamp, type Content, formatIssue } from '../content';
import { loadContent } from '../photos';

interface Loaded {
  content: Promise<Content>;
  stamp: string;
}

/**
 * Kept on the process, not in this module: Next bundles the module once for the pages and once for the route handlers
 * (feeds, sitemaps), and each copy had loaded the whole content in every worker. At 25,000 editions that was two copies
 * of a 610 MB heap, and the garbage collector's marking of both was 29 % of a generating worker's time.
 */
const KEY = Symbol.for('shequchenbao.content');
const holder = globalThis as typeof globalThis & { [KEY]?: Loaded };

export function getContent(): Promise<Content> {
  const dir = process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content');
  const dev = process.env.NODE_ENV === 'development';
  const cached = holder[KEY];
  if (cached && !dev) return cached.content;
  const stamp = dev ? contentStamp(dir) : '';
  if (cached && cached.stamp === stamp) return cached.content;
  const content = loadContent(dir).then((result) => {
    if (!result.content) throw new Error(`content has errors:\n${result.issues.map(formatIssue).join('\n')}`);
    return result.content;
  });
  holder[KEY] = { content, stamp };
  return content;
}
