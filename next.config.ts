import type { NextConfig } from 'next';

const config: NextConfig = {
  // A fully static site: any static host or CDN serves out/ as it is.
  output: 'export',
  trailingSlash: true,
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
};

export default config;
