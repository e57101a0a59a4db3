import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { NextConfig } from 'next';

/**
 * Workers for static generation, for an archive of 200 editions or more. Next cuts the list of pages into one contiguous
 * batch per worker, and the batches cost unlike amounts (the articles come first, the areas' cheap feeds last): with one
 * worker a core, the worker that drew the feeds sits idle while the other renders articles (city of 1,000 editions here:
 * 150 s with two workers, 138 s with one, 101 s with four). So up to 10,000 editions twice the cores. Above, each
 * worker's loading of the content (Next's page-data step, every worker at once) costs more than the uneven batches: a
 * sixteenth of the city of 25,000 (9,744 paths, 2 December) generated in 96 s with two workers and 93 s with four, but
 * the whole `next build` took 148 s and 206 s. Each worker holds the content once (lib/publish/content.ts), its memory
 * flat once loaded: 1.6 GiB at 25,000 editions, reckoned at 0.9 GiB and 0.035 MiB an edition; no more workers start
 * than fit in half the machine's memory. NEXT_CPUS overrides.
 */
function staticWorkers(): number | undefined {
  if (Number(process.env.NEXT_CPUS) > 0) return Number(process.env.NEXT_CPUS);
  const editions = path.join(process.env.CONTENT_DIR ?? 'content', 'editions');
  const count = fs.existsSync(editions) ? fs.readdirSync(editions).length : 0;
  // A small site is built before more workers have started (the publish journey's five builds of 12 editions: 202 s
  // with Next's own choice, one worker a core but one, 254 s with four): Next chooses.
  if (count < 200) return undefined;
  const perWorker = 0.9 * 2 ** 30 + count * 0.035 * 2 ** 20;
  // An incremental build (SITE_ONLY) makes a few hundred pages: its time is each worker loading the whole content, four
  // at once on two cores (city of 25,000, one edition corrected: page data 57 s with four workers, 17-21 s with one or
  // two; the whole next build 102 s, 58-60 s). One worker a core.
  const perCore = process.env.SITE_ONLY || count > 10_000 ? 1 : 2;
  return Math.max(1, Math.min(perCore * os.availableParallelism(), Math.floor((os.totalmem() * 0.5) / perWorker)));
}

const WORKERS = staticWorkers();

const config: NextConfig = {
  // A fully static site: any static host or CDN serves out/ as it is.
  output: 'export',
  trailingSlash: true,
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
  // Next names each build at random, and the name is a folder of out/. One name (or NEXT_BUILD_ID's) makes two builds of
  // the same code and content the same bytes: the shards of a split build, an incremental build and a full one. No page
  // keeps Next's client runtime, the one reader of the name.
  generateBuildId: async () => process.env.NEXT_BUILD_ID ?? 'site',
  // `npm test` type-checks the whole project once (npm run typecheck) before it builds; its builds skip Next's second
  // pass over the same files (16 s a build here). `npm run build` on its own still checks.
  typescript: { ignoreBuildErrors: process.env.CHENBAO_TYPES_CHECKED === '1' },
  experimental: {
    // Next 16 keeps Turbopack's cache on disk between builds by default. Here it makes every build slower: the launch
    // site builds in 22 s without it, 56 s with it (reading and writing the cache cost more than compiling again), and a
    // build in another folder (the bench's, the tests', a shard's) never hits it.
    turbopackFileSystemCacheForBuild: false,
    // Next measures each page's payload segments gzipped, to choose which to inline into which prefetch response: a
    // second decode and render of every page for Next's client router, which no page here keeps (the post-build step
    // removes the payload files). Off: the city of 1,000's quarter (10,753 paths, one worker) generates in 45-49 s
    // instead of 54-56 s, and the launch site's out/ is byte for byte the same.
    prefetchInlining: false,
    ...(WORKERS ? { cpus: WORKERS } : {}),
  },
  // The benchmark builds synthetic corpora beside the real site (see scripts/bench.ts).
  ...(process.env.NEXT_DIST_DIR ? { distDir: process.env.NEXT_DIST_DIR } : {}),
};

export default config;
