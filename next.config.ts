import type { NextConfig } from 'next';

const config: NextConfig = {
  // A fully static site: any static host or CDN serves out/ as it is.
  output: 'export',
  trailingSlash: true,
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
  // The benchmark builds synthetic corpora beside the real site (see scripts/bench.ts).
  ...(process.env.NEXT_DIST_DIR ? { distDir: process.env.NEXT_DIST_DIR } : {}),
};

export default config;
