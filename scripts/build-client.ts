/**
 * Compiles the two tiny scripts of reading pages (lib/browser: the 长辈模式 switch and 朗读)
 * into public/js/, minified.
 * They are plain scripts rather than React components so that a reading page
 * carries a few hundred bytes of our JavaScript, not a framework.
 */
import { build } from 'esbuild';

await build({
  entryPoints: { elder: 'lib/browser/elder-switch.ts', 'read-aloud': 'lib/browser/read-aloud.ts' },
  outdir: 'public/js',
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  legalComments: 'none',
  logLevel: 'warning',
});
