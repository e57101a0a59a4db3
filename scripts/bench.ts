/**
 * `npm run bench`: speed and size figures, printed, never asserted (the
 * machines are shared and noisy). Medians of several runs. Builds the launch
 * site and generated cities (scripts/city.ts: Shanghai's 216 街道 and 镇, a
 * share of editions with photos and printed pages) of 100 and 1,000 editions
 * under bench-corpus/, each build step with its wall time and peak memory.
 *
 *   BENCH_SIZES=5000 (or 25000, or 100,1000,5000)   the city sizes
 *   BENCH_BUILD=0                                    load and check only, no site builds
 *   BENCH_PHOTOS=10000                               also the warm-rebuild figure with that many photos
 *                                                    (the first run encodes them into bench-corpus/cache, about an hour)
 *   BENCH_PDF=0                                      skip the PDF import figure
 *   BENCH_LIVE=1                                     also "one edition live": the largest city built as npm run
 *                                                    publish builds it, then one edition corrected and built again
 *                                                    (with BENCH_BUILD=0, that alone)
 *   BENCH_BARE=20000                                 also bare Next: that many trivial pages (a heading and six
 *                                                    paragraphs) built by the same Next, for ms a page beside ours
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import { loadContent, encodePhoto, probePhoto, photoVariants, shareCrops } from '../lib/photos';
import { spawnSync } from 'node:child_process';
import { addPhotos } from './corpus';
import { makeCity } from './city';
import { syntheticPhoto } from './synthetic-photo';
import { buildSite, type BuildStep } from './build-site';
import { buildIncremental } from './incremental';
import { bytesPerQuery, countPages, dirBytes, pageWeight, serve } from './site-figures';

const ROOT = process.cwd();
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SIZES = (process.env.BENCH_SIZES ?? '100,1000').split(',').map(Number);
const BUILD = process.env.BENCH_BUILD !== '0';
const QUERIES = ['电梯', '加装电梯', '垃圾分类', '楼道堆物', '火星基地'];
/** Photos in the corpus for the warm-rebuild figure (0, the default, skips it: its first run takes an hour). */
const PHOTOS = Number(process.env.BENCH_PHOTOS ?? 0);
/** The bench's own photo store and probe cache, apart from the site's .cache. */
const BENCH_CACHE = path.join(ROOT, 'bench-corpus', 'cache');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function timeLoad(dir: string): Promise<{ ms: number; articles: number }> {
  const t0 = performance.now();
  const r = await loadContent(dir);
  const ms = performance.now() - t0;
  if (!r.content) throw new Error(`corpus has errors: ${r.issues.length}`);
  return { ms, articles: r.content.articles.length };
}

/** A full build, check included, with each step's wall time and peak memory printed. */
async function build(contentDir: string, distDir: string): Promise<number> {
  fs.rmSync(distDir, { recursive: true, force: true });
  const t0 = performance.now();
  const steps = await buildSite(contentDir, distDir, { CHENBAO_CACHE_DIR: BENCH_CACHE }, { check: true });
  // The wall clock, not the steps' sum: the post-build step and the search index run at once (scripts/build-site.ts).
  const wall = (performance.now() - t0) / 1000;
  const mib = (s: BuildStep) => (s.peakMiB === undefined ? '–' : s.peakMiB >= 1024 ? `${(s.peakMiB / 1024).toFixed(2)} GiB` : `${s.peakMiB.toFixed(0)} MiB`);
  console.log(`  ${path.basename(distDir)}, by step: ${steps.map((s) => `${s.name} ${s.seconds.toFixed(1)} s (${mib(s)})`).join('; ')}`);
  return wall;
}

/** A build whose inputs are all in the caches already (the second of two): what a rebuild with nothing changed costs, by step. */
async function warmBuild(contentDir: string, distDir: string): Promise<Record<string, number>> {
  await buildSite(contentDir, distDir, { CHENBAO_CACHE_DIR: BENCH_CACHE });
  return Object.fromEntries((await buildSite(contentDir, distDir, { CHENBAO_CACHE_DIR: BENCH_CACHE })).map((st) => [st.name, st.seconds]));
}

/**
 * Photos, as the issue measures them: cold encoding of full-size photos (a
 * camera's export cut to 2000 × 1333), what a phone at 390 px downloads for
 * the first photo, out/ per photo, and the overhead of 10,000 photos on a
 * rebuild where nothing changed.
 */
async function photoFigures(corpus: { dir: string; n: number }) {
  const perPhoto: number[] = [];
  const perLead: number[] = [];
  const at390: number[] = [];
  const at390x1: number[] = [];
  const outBytes: number[] = [];
  const cropBytes: number[] = [];
  for (let seed = 1; seed <= RUNS + 3; seed++) {
    const bytes = await (await syntheticPhoto(2000, 1333, 1000 + seed)).jpeg({ quality: 85, mozjpeg: true }).toBuffer();
    const p = await probePhoto(bytes);
    if (!p.ok) throw new Error(p.problem);
    const photo = { file: 'x.jpg', hash: p.hash, width: p.width, height: p.height };
    const lead = seed % 2 === 0;
    const t0 = performance.now();
    const files = await encodePhoto(bytes, photo, lead);
    (lead ? perLead : perPhoto).push((performance.now() - t0) / 1000);
    const variants = photoVariants(photo);
    // 390 px at 2× needs 716 pixels (the 960 step); at 1× 358 (the 480 step). AVIF, which every phone browser here takes.
    at390.push(files.get(variants.find((v) => v.format === 'avif' && v.width === 960)?.path ?? '')?.length ?? 0);
    at390x1.push(files.get(variants.find((v) => v.format === 'avif' && v.width === 480)?.path ?? '')?.length ?? 0);
    outBytes.push(variants.reduce((n, v) => n + (files.get(v.path)?.length ?? 0), 0));
    if (lead) cropBytes.push(shareCrops(photo).reduce((n, c) => n + (files.get(c.path)?.length ?? 0), 0));
  }
  console.log(`
photos (2000 × 1333 synthetic photos, ${RUNS + 3} of them, medians):`);
  console.log(`  cold encode: ${median(perPhoto).toFixed(2)} s per photo (9 files), ${median(perLead).toFixed(2)} s for an article's lead photo (with its 3 share crops)`);
  console.log(`  first photo at 390 px: ${kb(median(at390))} (960 AVIF, 2× screen; aim ≤ 60 KB), ${kb(median(at390x1))} at 1× (480 AVIF)`);
  console.log(`  out/ per photo: ${kb(median(outBytes))} (9 variants), plus ${kb(median(cropBytes))} of share crops for a lead photo`);

  if (!PHOTOS) return;
  const perEdition = Math.ceil(PHOTOS / corpus.n);
  const plainDir = await makeCity(path.join(ROOT, 'content'), path.join(ROOT, 'bench-corpus', `city-${corpus.n}-plain`), { editions: corpus.n, photoShare: 0, pageShare: 0 });
  const withPhotos = await makeCity(path.join(ROOT, 'content'), path.join(ROOT, 'bench-corpus', `city-${corpus.n}-photos`), { editions: corpus.n, photoShare: 0, pageShare: 0 });
  const t0 = performance.now();
  const made = await addPhotos(withPhotos, perEdition, 640, path.join(ROOT, 'bench-corpus', 'photo-pool'));
  console.log(`
  corpus of ${corpus.n} editions with ${made} photos (640 × 427, distinct; made in ${((performance.now() - t0) / 1000).toFixed(0)} s, kept in bench-corpus/photo-pool)`);
  const plain = await warmBuild(plainDir, path.join('bench-corpus', `site-${corpus.n}-plain`));
  const photos = await warmBuild(withPhotos, path.join('bench-corpus', `site-${corpus.n}-photos`));
  const total = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
  console.log(`  rebuild with nothing changed, ${corpus.n} editions: ${total(plain).toFixed(0)} s without photos, ${total(photos).toFixed(0)} s with ${made} photos: ${(((total(photos) - total(plain)) / total(plain)) * 100).toFixed(1)} % more (aim ≤ 5 %)`);
  console.log(`  by step (without → with): ${Object.keys(plain).map((k) => `${k} ${plain[k].toFixed(1)} → ${photos[k].toFixed(1)} s`).join('; ')}`);
  const photoDir = path.join('bench-corpus', `site-${corpus.n}-photos`, 'photos');
  console.log(`  out/photos: ${(dirBytes(photoDir) / 2 ** 20).toFixed(0)} MiB, ${kb(dirBytes(photoDir) / made)} per photo`);
}

async function siteFigures(label: string, siteDir: string, articles: number, buildSeconds: number, port: number) {
  const pages = countPages(siteDir);
  const edition = fs.readdirSync(path.join(siteDir, 'editions')).sort()[0];
  const article = fs.readdirSync(path.join(siteDir, 'editions', edition), { withFileTypes: true }).find((d) => d.isDirectory() && !d.name.startsWith('_'))?.name;
  const types: Record<string, string> = {
    home: '/', street: '/streets/xianxia/', residence: '/residences/hongxu/', archive: '/archive/',
    edition: `/editions/${edition}/`, article: `/editions/${edition}/${article}/`, awards: '/awards/', search: '/search/',
  };
  const weights = Object.entries(types).map(([name, p]) => {
    try {
      return [name, pageWeight(siteDir, p)] as const;
    } catch {
      return [name, undefined] as const;
    }
  });
  const server = await serve(siteDir, port);
  let queries: Awaited<ReturnType<typeof bytesPerQuery>> = [];
  try {
    queries = await bytesPerQuery(port, QUERIES);
  } finally {
    server.kill();
  }
  console.log(`\n${label}: ${pages} pages, ${articles} articles`);
  console.log(`  full build (check to search index): ${buildSeconds.toFixed(0)} s wall, ${((buildSeconds / pages) * 1000).toFixed(1)} ms per page`);
  console.log(`  out/: ${(dirBytes(siteDir) / 2 ** 20).toFixed(1)} MiB, ${kb(dirBytes(siteDir) / articles)} per article`);
  console.log(`  search index: ${kb(dirBytes(path.join(siteDir, 'pagefind')))} on disk`);
  for (const q of queries) console.log(`  query ${q.query}: ${kb(q.bytes)} fetched in ${q.requests} requests (cold cache), ${q.results} results`);
  console.log(`  per page type, gzipped: ${weights.map(([n, w]) => (w ? `${n} HTML ${kb(w.html)} JS ${kb(w.js)}` : `${n} –`)).join('; ')}`);
}

// GNU time reads each build step's peak memory (Debian's package `time`).
spawnSync('bash', ['scripts/debian-packages.sh', 'time'], { stdio: 'inherit' });
const semi = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, NODE_OPTIONS=${process.env.NODE_OPTIONS ?? ''} (new space ${((semi?.space_size ?? 0) / 2 ** 20).toFixed(0)} MiB)`);
console.log(`\nload + check + render (median of ${RUNS} after a warm-up):`);
const corpora: { n: number; dir: string; articles: number }[] = [];
for (const n of SIZES) {
  const dir = await makeCity(path.join(ROOT, 'content'), path.join(ROOT, 'bench-corpus', `city-${n}`), { editions: n });
  await timeLoad(dir);
  const times: number[] = [];
  let articles = 0;
  for (let i = 0; i < RUNS; i++) {
    const r = await timeLoad(dir);
    times.push(r.ms);
    articles = r.articles;
  }
  corpora.push({ n, dir, articles });
  const m = median(times);
  const verdict = n === 1000 ? (m <= 2000 ? '  (target ≤ 2 s: met)' : '  (target ≤ 2 s: NOT met)') : '';
  console.log(`  ${n} editions | ${articles} articles | ${(m / 1000).toFixed(2)} s | ${(m / n).toFixed(2)} ms/edition${verdict}`);
}

if (BUILD) {
  const launch = (await loadContent(path.join(ROOT, 'content'))).content;
  const launchSite = path.join('bench-corpus', 'site-launch');
  console.log('\nbuilds:');
  const launchSeconds = await build(path.join(ROOT, 'content'), launchSite);
  await siteFigures('launch content', launchSite, launch?.articles.length ?? 0, launchSeconds, 4280);
  for (const c of corpora) {
    const site = path.join('bench-corpus', `site-city-${c.n}`);
    console.log('');
    const seconds = await build(c.dir, site);
    await siteFigures(`a city of ${c.n} editions`, site, c.articles, seconds, 4281 + (c.n % 1000));
  }
  const largest = corpora[corpora.length - 1];
  if (largest && process.env.BENCH_PHOTO_FIGURES !== '0') await photoFigures(largest);
}

/**
 * One edition live (issue 21, item 5): the city built as `npm run publish`
 * builds it (scripts/incremental.ts), then its newest edition's first headline
 * corrected and built again: only the pages that show that edition, the pages
 * that list everything, and that part's search index. The file is put back
 * afterwards.
 */
async function oneEditionLive(corpus: { dir: string; n: number }) {
  const site = path.join('bench-corpus', `site-city-${corpus.n}-live`);
  const env = { CHENBAO_CACHE_DIR: BENCH_CACHE };
  const loaded = async () => {
    const c = (await loadContent(corpus.dir)).content;
    if (!c) throw new Error('the city corpus has errors');
    return c;
  };
  Object.assign(process.env, env);
  const t0 = performance.now();
  const first = await buildIncremental(corpus.dir, site, await loaded(), env);
  const full = (performance.now() - t0) / 1000;
  const file = path.join(corpus.dir, 'editions', fs.readdirSync(path.join(corpus.dir, 'editions')).sort().at(-1) ?? '');
  const text = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(file, text.replace(/^## (.+)$/m, '## $1（更正）'));
  try {
    const t1 = performance.now();
    const { plan, steps } = await buildIncremental(corpus.dir, site, await loaded(), env);
    const live = (performance.now() - t1) / 1000;
    const what = plan.full ? `a full build (${plan.reason})` : `${plan.select.editions.length} editions' pages, ${plan.select.streets.length} street and ${plan.select.residences.length} area listings`;
    console.log(`
one edition live, city of ${corpus.n} (${first.plan.full ? `first build ${full.toFixed(0)} s` : 'built before'}): ${path.basename(file)} corrected, rebuilt ${what} in ${live.toFixed(0)} s (aim ≤ 3 min at 25,000)`);
    console.log(`  by step: ${steps.map((st) => `${st.name} ${st.seconds.toFixed(1)} s`).join('; ')}`);
  } finally {
    fs.writeFileSync(file, text);
  }
}

/**
 * PDF import: an A3 edition of four pages with ten photos, typeset from a launch edition like the
 * test fixtures (in a larger body size, to fill four pages), imported as `npm run import` does.
 */
async function pdfImportFigures() {
  const { editionHtml, printPdf, STYLES } = await import('./typeset');
  const { importPdf } = await import('../lib/import');
  const { readPdf } = await import('../lib/import');
  const { catalogues } = await import('./editor-cli');
  const launch = (await loadContent(path.join(ROOT, 'content'))).content;
  const edition = launch?.editions.find((e) => e.id === '2020-11-24-huayanglu');
  const base = STYLES.find((s) => s.name === 'a3-3col-stacked');
  if (!launch || !edition || !base) throw new Error('the launch content or the a3-3col-stacked style is missing');
  const file = path.join(ROOT, 'bench-corpus', 'a3-4-pages.pdf');
  const { html, manifest } = await editionHtml(launch, edition, { ...base, body: { ...base.body, size: 16 } });
  await printPdf(html, file);
  const bytes = new Uint8Array(fs.readFileSync(file));
  const ctx = catalogues();
  const times: number[] = [];
  let photos = 0;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const r = await importPdf(bytes, { streetId: 'huayanglu', date: '2020-11-24', ...ctx });
    times.push((performance.now() - started) / 1000);
    photos = r.photos.length;
  }
  // The first import in the process pays for what loads on first use (jieba's dictionary, pdf.js's CMaps), as every
  // `npm run import` does: the pages are counted after it.
  const pages = (await readPdf(bytes)).length;
  console.log(`\nPDF import (median of ${RUNS}): A3, ${pages} pages, ${photos} photos (${manifest.figures.length} typeset), ${kb(bytes.length)}: ${median(times).toFixed(2)} s, the first in the process ${times[0].toFixed(2)} s (aim ≤ 10 s)`);
}
/**
 * Bare Next (issue 21, item 4): an app of one layout and one dynamic route of trivial pages, written to
 * bench-corpus/barenext/ (inside the project, so Next finds its own package) and built with this site's Next settings
 * that matter to the cost of a page (static export, no prefetch inlining) and one worker a core.
 */
function bareNext(pages: number) {
  const dir = path.join(ROOT, 'bench-corpus', 'barenext');
  fs.rmSync(dir, { recursive: true, force: true });
  const files: Record<string, string> = {
    'package.json': '{ "name": "barenext", "private": true, "type": "module" }\n',
    'next.config.mjs': `export default { output: 'export', trailingSlash: true, typescript: { ignoreBuildErrors: true }, experimental: { prefetchInlining: false, cpus: ${os.availableParallelism()} } };\n`,
    'app/layout.jsx': 'export default function Layout({ children }) { return <html lang="zh-CN"><body>{children}</body></html>; }\n',
    'app/page.jsx': 'export default function Home() { return <p>首页</p>; }\n',
    'app/a/[id]/page.jsx': [
      `export const dynamicParams = false;`,
      `export function generateStaticParams() { return Array.from({ length: ${pages} }, (_, i) => ({ id: String(i) })); }`,
      `export async function generateMetadata({ params }) { const { id } = await params; return { title: \`文章 \${id}\` }; }`,
      `export default async function Page({ params }) {`,
      `  const { id } = await params;`,
      `  return <main><h1>文章 {id}</h1>{Array.from({ length: 6 }, (_, k) => <p key={k}>社区晨报第{id}篇文章的第{k}段：居民区开展垃圾分类宣传活动，志愿者上门讲解，楼道堆物得到整治，小区环境焕然一新。</p>)}</main>;`,
      `}`,
    ].join('\n'),
  };
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  const started = performance.now();
  const r = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'next'), ['build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  const wall = (performance.now() - started) / 1000;
  const generating = /Generating static pages using (\d+) workers? \((\d+)\/\2\) in ([\d.]+)(m?s)/.exec(r.stdout);
  if (r.status !== 0 || !generating) {
    console.log(`\nbare Next: the build failed\n${r.stdout}${r.stderr}`);
    return;
  }
  const seconds = Number(generating[3]) / (generating[4] === 'ms' ? 1000 : 1);
  console.log(`\nbare Next, ${generating[2]} trivial pages, ${generating[1]} workers: generating ${seconds.toFixed(1)} s (${((seconds * 1000) / Number(generating[2])).toFixed(1)} ms a page), next build ${wall.toFixed(0)} s`);
  fs.rmSync(dir, { recursive: true, force: true });
}
if (Number(process.env.BENCH_BARE) > 0) bareNext(Number(process.env.BENCH_BARE));

// Apart from BENCH_BUILD: BENCH_BUILD=0 BENCH_LIVE=1 gives this figure alone.
const largestCity = corpora.at(-1);
if (largestCity && process.env.BENCH_LIVE === '1') await oneEditionLive(largestCity);
if (process.env.BENCH_PDF !== '0') await pdfImportFigures();
