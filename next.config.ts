import type { NextConfig } from 'next';

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
    ...(process.env.NEXT_CPUS ? { cpus: Number(process.env.NEXT_CPUS) } : {}),
  },
  // The benchmark builds synthetic corpora beside the real site (see scripts/bench.ts).
  ...(process.env.NEXT_DIST_DIR ? { distDir: process.env.NEXT_DIST_DIR } : {}),
};

export default config;
