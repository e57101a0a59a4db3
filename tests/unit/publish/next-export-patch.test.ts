/**
 * patches/next+16.4.6.patch (applied by patch-package on every npm install):
 * Next's static export copies each prerendered route into out/ with one
 * promise per route, all at once; at 25,000 editions (150,000 routes) that
 * held the build's main process over 6 GB. The patch copies 256 routes at a
 * time. And it writes no RSC payload files: Next decomposed every page's
 * payload into per-segment prefetch files and wrote the payload itself, nine
 * files beside each article's HTML, for its client router, which no page here
 * keeps (the post-build step deleted them again); generating a sixty-fourth of
 * the city took 35.6 s with them, 20.2 s without. If Next is upgraded and the
 * patch no longer applies, npm install fails (--error-on-fail); this test
 * fails if the installed Next does either anyway.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const dist = path.join(path.dirname(require.resolve('next/package.json')), 'dist');
const exportJs = path.join(dist, 'export', 'index.js');

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

describe('the installed Next writes no RSC payload files for the static export', () => {
  it.each(['server/app-render/collect-segment-data.js', 'esm/server/app-render/collect-segment-data.js'])(
    '%s makes no segment files',
    (file) => {
      const source = fs.readFileSync(path.join(dist, file), 'utf8');
      const body = source.slice(source.indexOf('async function collectSegmentData('));
      // The first statement of the function returns: nothing is decoded or collected.
      expect(body).toMatch(/^async function collectSegmentData\([^)]*\) \{\s*(\/\/[^\n]*\s*)*return undefined;/);
    },
  );
  it('writes no page payload and copies none', () => {
    const page = fs.readFileSync(path.join(dist, 'export', 'routes', 'app-page.js'), 'utf8');
    expect(page).toMatch(/if \(shouldWriteRsc && false\) \{/);
    expect(fs.readFileSync(exportJs, 'utf8')).toMatch(/if \(\(0, _fs\.existsSync\)\(jsonSrc\)\) await _fs\.promises\.copyFile\(jsonSrc, jsonDest\);/);
  });
});
