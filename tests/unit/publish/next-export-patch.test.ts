/**
 * patches/next+16.4.6.patch (applied by patch-package on every npm install):
 * Next's static export copies each prerendered route into out/ with one
 * promise per route, all at once; at 25,000 editions (150,000 routes) that
 * held the build's main process over 6 GB. The patch copies 256 routes at a
 * time. If Next is upgraded and the patch no longer applies, npm install
 * fails (--error-on-fail); this test fails if the installed Next copies
 * without a bound anyway.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const exportJs = path.join(path.dirname(require.resolve('next/package.json')), 'dist', 'export', 'index.js');

describe('the installed Next copies the static export in bounded batches', () => {
  const source = fs.readFileSync(exportJs, 'utf8');
  it('has no promise per prerendered route at once', () => {
    expect(source).not.toMatch(/Promise\.all\(Object\.keys\(prerenderManifest\.routes\)\.map\(/);
  });
  it('copies the routes a slice at a time', () => {
    expect(source).toMatch(/for\s*\(let i = 0; i < prerenderedRoutes\.length; i \+= \d+\)\{\s*await Promise\.all\(prerenderedRoutes\.slice\(i, i \+ \d+\)\.map\(copyPrerenderedRoute\)\)/);
  });
  it('is the Next the patch was made for', () => {
    const patches = fs.readdirSync(path.join(process.cwd(), 'patches'));
    const version = (require('next/package.json') as { version: string }).version;
    expect(patches).toContain(`next+${version}.patch`);
  });
});
