/**
 * The last two steps of `npm run build`, at once: the post-build step and the
 * search index (scripts/build-site.ts says why they can). `tsx
 * scripts/finish-site.ts <site dir>`; fails if either fails.
 */
import path from 'node:path';
import { buildSite } from './build-site';

const site = process.argv[2] ?? 'out';
const content = process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content');
await buildSite(content, site, {}, { only: ['postbuild', 'search index'], echo: true });
