/**
 * After `next build`: strip the client runtime from every page, delete the
 * RSC payload files and the framework's scripts no page loads any more, and
 * give every page its Content-Security-Policy.
 * See lib/publish/postbuild.ts for why.
 */
import fs from 'node:fs';
import path from 'node:path';
import { dropTwitterCopies, stripFrameworkRuntime, withCsp, hasOriginalPdf, href, runtimeLeftIn } from '../lib/publish';
import { loadContent, publish, sitePhotos } from '../lib/photos';

const OUT = path.resolve(process.argv[2] ?? 'out');
const CONTENT = process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content');

/** The page that runs Pagefind, whose WebAssembly the policy must allow. */
const SEARCH = 'search';

/**
 * The site's files, folder by folder, without pagefind/: the search index is written there at the same time as this
 * step runs (scripts/build-site.ts), and holds no page.
 */
function* siteFiles(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!(dir === OUT && entry.name === 'pagefind')) yield* siteFiles(file);
    } else if (entry.isFile()) yield file;
  }
}

/** Next's RSC payload files (no longer written by the patched Next, patches/): they only feed the client router, which reading pages no longer load. */
const isPayload = (name: string) => name === 'index.txt' || (name.startsWith('__next.') && name.endsWith('.txt'));

let pages = 0;
let stripped = 0;
let payloads = 0;
for (const file of siteFiles(OUT)) {
  const name = path.basename(file);
  const dir = path.relative(OUT, file).split(path.sep)[0] ?? '';
  if (isPayload(name) && !dir.startsWith('_next')) {
    fs.rmSync(file);
    payloads++;
    continue;
  }
  if (!name.endsWith('.html')) continue;
  const search = name === 'index.html' && path.relative(OUT, path.dirname(file)) === SEARCH;
  let html = fs.readFileSync(file, 'utf8');
  if (!dir.startsWith('_next')) {
    // Only pages that React will not hydrate: their markup may differ from what it rendered.
    html = dropTwitterCopies(stripFrameworkRuntime(html));
    const left = runtimeLeftIn(html);
    if (left) throw new Error(`postbuild: ${path.relative(OUT, file)} still carries Next's runtime (${left}): Next writes its output differently now; update lib/publish/postbuild.ts`);
    stripped++;
  }
  fs.writeFileSync(file, withCsp(html, { wasm: search }));
  pages++;
}
// No page loads Next's scripts now (search is a plain script too): only its stylesheets stay.
let chunks = 0;
for (const entry of fs.readdirSync(path.join(OUT, '_next'), { recursive: true, withFileTypes: true })) {
  if (entry.isFile() && entry.name.endsWith('.js')) {
    fs.rmSync(path.join(entry.parentPath, entry.name));
    chunks++;
  }
}
console.log(`postbuild: ${pages} HTML files, runtime stripped from ${stripped}, CSP on all; ${chunks} framework scripts and ${payloads} payload files no page loads removed`);

// The photos and share cards the pages name, from the store `npm run photos` filled before next build.
const loaded = await loadContent(CONTENT);
if (!loaded.content) throw new Error(`postbuild: ${CONTENT} has errors; run npm run check`);
const published = publish(sitePhotos(loaded.content), OUT);
console.log(`postbuild: ${published.files} photo and share-card files (${(published.bytes / 2 ** 20).toFixed(1)} MiB) linked into ${path.relative(process.cwd(), OUT) || OUT}`);

// The placeholder Next needs when no edition keeps its pages (app/editions/[edition]/pages/[page]/page.tsx).
fs.rmSync(path.join(OUT, 'editions', '_no-pages'), { recursive: true, force: true });

// Each 数字报 edition's original PDF, byte for byte, beside its pages: 下载原版.
let pdfs = 0;
for (const e of loaded.content.editions) {
  if (!hasOriginalPdf(e) || !e.source) continue;
  const to = path.join(OUT, href.pdf(e.id));
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(path.join(CONTENT, 'sources', e.source), to);
  pdfs++;
}
if (pdfs) console.log(`postbuild: ${pdfs} original PDF(s) copied beside their pages`);
