import type { NextConfig } from 'next';

const config: NextConfig = {
  // A fully static site: any static host or CDN serves out/ as it is.
  output: 'export',
  trailingSlash: true,
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
  // Next names each build at random; NEXT_BUILD_ID fixes the name, so two builds of the same
  // code and content can be compared byte for byte.
  generateBuildId: async () => process.env.NEXT_BUILD_ID ?? null,
  ...(process.env.NEXT_CPUS ? { experimental: { cpus: Number(process.env.NEXT_CPUS) } } : {}),
  // The benchmark builds synthetic corpora beside the real site (see scripts/bench.ts).
  ...(process.env.NEXT_DIST_DIR ? { distDir: process.env.NEXT_DIST_DIR } : {}),
};

export default config;
