/**
 * Compiles the browser's scripts (lib/browser: the 长辈模式 switch, 朗读, 我的街道
 * and the search page) into public/js/, minified.
 * They are plain scripts rather than React components so that a reading page
 * carries a few hundred bytes of our JavaScript, not a framework.
 */
import { build } from 'esbuild';

await build({
  entryPoints: { elder: 'lib/browser/elder-switch.ts', 'read-aloud': 'lib/browser/read-aloud.ts', search: 'lib/browser/search-page.ts', 'my-street': 'lib/browser/my-street.ts' },
  outdir: 'public/js',
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  legalComments: 'none',
  logLevel: 'warning',
});
