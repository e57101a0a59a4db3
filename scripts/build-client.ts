/**
 * Compiles the two tiny client scripts (client/*.ts) into public/, minified.
 * They are plain scripts rather than React components so that a reading page
 * carries a few hundred bytes of our JavaScript, not a framework.
 */
import { build } from 'esbuild';

await build({
  entryPoints: { elder: 'client/elder.ts', 'read-aloud': 'client/read-aloud.ts' },
  outdir: 'public/js',
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  legalComments: 'none',
  logLevel: 'warning',
});
