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
  ...(process.env.NEXT_CPUS ? { experimental: { cpus: Number(process.env.NEXT_CPUS) } } : {}),
  // The benchmark builds synthetic corpora beside the real site (see scripts/bench.ts).
  ...(process.env.NEXT_DIST_DIR ? { distDir: process.env.NEXT_DIST_DIR } : {}),
};

export default config;
