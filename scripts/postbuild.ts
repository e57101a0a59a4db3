/**
 * After `next build`: strip the client runtime from reading pages, delete
 * their RSC payload files, and give every page its Content-Security-Policy.
 * See lib/postbuild.ts for why.
 */
import fs from 'node:fs';
import path from 'node:path';
import { dropTwitterCopies, stripFrameworkRuntime, withCsp } from '../lib/postbuild';

const OUT = path.resolve(process.argv[2] ?? 'out');

/** Pages whose interaction needs the framework's runtime. */
const INTERACTIVE = new Set(['search']);

let pages = 0;
let stripped = 0;
for (const entry of fs.readdirSync(OUT, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
  const file = path.join(entry.parentPath, entry.name);
  const dir = path.relative(OUT, entry.parentPath).split(path.sep)[0] ?? '';
  const interactive = entry.name === 'index.html' && INTERACTIVE.has(path.relative(OUT, entry.parentPath));
  let html = fs.readFileSync(file, 'utf8');
  if (!interactive && !dir.startsWith('_next')) {
    // Only pages that React will not hydrate: their markup may differ from what it rendered.
    html = dropTwitterCopies(stripFrameworkRuntime(html));
    // The RSC payloads only feed the client router, which reading pages no longer load.
    for (const f of fs.readdirSync(entry.parentPath)) {
      if (f === 'index.txt' || (f.startsWith('__next.') && f.endsWith('.txt'))) fs.rmSync(path.join(entry.parentPath, f));
    }
    stripped++;
  }
  fs.writeFileSync(file, withCsp(html, { wasm: interactive }));
  pages++;
}
for (const f of fs.readdirSync(OUT)) {
  if (f === 'index.txt' || (f.startsWith('__next.') && f.endsWith('.txt'))) fs.rmSync(path.join(OUT, f));
}
console.log(`postbuild: ${pages} HTML files, runtime stripped from ${stripped}, CSP on all`);
