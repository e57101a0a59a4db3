/**
 * The site's content as pages ask for it: loaded once per build; a content
 * error stops the build with every message. Under `next dev` it is loaded
 * again whenever a content file changes, so a saved edition shows at its URL
 * on the next request.
 */
import path from 'node:path';
import { contentStamp, type Content, formatIssue } from '../content';
import { loadContent } from '../photos';

let cached: { content: Promise<Content>; stamp: string } | undefined;

export function getContent(): Promise<Content> {
  const dir = process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content');
  const dev = process.env.NODE_ENV === 'development';
  if (cached && !dev) return cached.content;
  const stamp = dev ? contentStamp(dir) : '';
  if (cached && cached.stamp === stamp) return cached.content;
  const content = loadContent(dir).then((result) => {
    if (!result.content) throw new Error(`content has errors:\n${result.issues.map(formatIssue).join('\n')}`);
    return result.content;
  });
  cached = { content, stamp };
  return content;
}
