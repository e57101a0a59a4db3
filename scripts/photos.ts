/**
 * `npm run photos` (part of `npm run build`, before `next build`): makes the
 * responsive variants of every photo the content shows, the share crops of
 * each article's lead photo and the share cards, into the store
 * (lib/photos/store.ts). Only new or changed photos are encoded. With
 * `--publish <dir>` it also puts them into a site folder (the dev preview
 * uses public/; the build publishes into out/ after next build).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadContent, encodeMissing, publish, sitePhotos } from '../lib/photos';
import { formatIssue } from '../lib/content';

const { values, positionals } = parseArgs({ options: { publish: { type: 'string' } }, allowPositionals: true });
const dir = positionals[0] ?? process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content');
const result = await loadContent(dir);
if (!result.content) {
  console.error(result.issues.map(formatIssue).join('\n'));
  console.error('photos: the content has errors (npm run check lists them): nothing was encoded');
  process.exit(1);
}
const site = sitePhotos(result.content);
const r = await encodeMissing(site, path.join(dir, 'media'));
const each = r.encoded ? `, ${(r.seconds / r.encoded).toFixed(2)} s each` : '';
console.log(`photos: ${r.photos} photo(s), ${r.encoded} encoded now (${r.seconds.toFixed(1)} s${each}), ${r.photos - r.encoded} from the cache; ${r.cards} share card(s), ${r.cardsRendered} rendered now`);
if (values.publish) {
  const p = publish(site, values.publish);
  console.log(`photos: ${p.files} file(s), ${(p.bytes / 2 ** 20).toFixed(1)} MiB, published into ${values.publish}`);
}
