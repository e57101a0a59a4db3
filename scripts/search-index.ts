/**
 * The search index (Pagefind), built from the articles' records rather than
 * from the pages (lib/publish/search-index.ts): `tsx scripts/search-index.ts
 * <site dir>` writes <site dir>/pagefind/. Part of `npm run build`.
 */
import path from 'node:path';
import * as pagefind from 'pagefind';
import { searchRecord } from '../lib/publish';
import { loadContent } from '../lib/photos';

const site = path.resolve(process.argv[2] ?? 'out');
const dir = process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content');
const loaded = await loadContent(dir);
if (!loaded.content) throw new Error(`search index: ${dir} has errors; run npm run check`);
const c = loaded.content;
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
if (!index) throw new Error(`search index: ${errors.join('; ')}`);
// A batch at a time: the indexer answers each record, and a few hundred in flight keep it busy.
const BATCH = 256;
for (let i = 0; i < c.articles.length; i += BATCH) {
  const answers = await Promise.all(c.articles.slice(i, i + BATCH).map((a) => index.addCustomRecord(searchRecord(c, a))));
  const failed = answers.flatMap((r) => r.errors);
  if (failed.length) throw new Error(`search index: ${failed.slice(0, 3).join('; ')}`);
}
const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
if (written.errors.length) throw new Error(`search index: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(`search index: ${c.articles.length} articles`);
