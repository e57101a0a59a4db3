/** `npm run check`: validates all of content/ without building; every problem at once. */
import path from 'node:path';
import { loadContent } from '../lib/photos';
import { formatIssue, hasErrors } from '../lib/content';

const dir = process.argv[2] ?? process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content');
const result = await loadContent(dir);
for (const issue of result.issues) console.error(formatIssue(issue));
if (hasErrors(result.issues) || !result.content) {
  const n = result.issues.filter((i) => i.severity === 'error').length;
  console.error(`\n${n} error${n === 1 ? '' : 's'} in ${dir}: nothing was built. Fix the lines above and run npm run check again.`);
  process.exit(1);
}
const c = result.content;
console.log(`content ok: ${c.editions.length} editions, ${c.articles.length} articles, ${c.awards.length} awards, ${c.gazetteer.streets.length} streets, ${c.gazetteer.residences.length} residential areas`);
