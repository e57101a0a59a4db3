/**
 * `npm run bench`: speed and size figures, printed, never asserted (the
 * machines are shared and noisy). Medians of several runs. Builds the launch
 * site and synthetic corpora of 100 and 1,000 editions under bench-corpus/.
 * BENCH_SIZES=100 limits the corpora; BENCH_BUILD=0 skips the site builds.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import { loadContent } from '../lib/content';
import { makeCorpus } from './corpus';
import { buildSite } from './build-site';
import { bytesPerQuery, countPages, dirBytes, pageWeight, serve } from './site-figures';

const ROOT = process.cwd();
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SIZES = (process.env.BENCH_SIZES ?? '100,1000').split(',').map(Number);
const BUILD = process.env.BENCH_BUILD !== '0';
const QUERIES = ['电梯', '加装电梯', '垃圾分类', '楼道堆物'];

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

function build(contentDir: string, distDir: string): number {
  return buildSite(contentDir, distDir).reduce((n, step) => n + step.seconds, 0);
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
  console.log(`  next build + pagefind: ${buildSeconds.toFixed(0)} s wall, ${((buildSeconds / pages) * 1000).toFixed(0)} ms per page`);
  console.log(`  out/: ${(dirBytes(siteDir) / 2 ** 20).toFixed(1)} MiB, ${kb(dirBytes(siteDir) / articles)} per article`);
  console.log(`  search index: ${kb(dirBytes(path.join(siteDir, 'pagefind')))} on disk`);
  for (const q of queries) console.log(`  query ${q.query}: ${kb(q.bytes)} fetched in ${q.requests} requests (cold cache), ${q.results} results`);
  console.log(`  per page type, gzipped: ${weights.map(([n, w]) => (w ? `${n} HTML ${kb(w.html)} JS ${kb(w.js)}` : `${n} –`)).join('; ')}`);
}

const semi = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, NODE_OPTIONS=${process.env.NODE_OPTIONS ?? ''} (new space ${((semi?.space_size ?? 0) / 2 ** 20).toFixed(0)} MiB)`);
console.log(`\nload + check + render (median of ${RUNS} after a warm-up):`);
const corpora: { n: number; dir: string; articles: number }[] = [];
for (const n of SIZES) {
  const dir = makeCorpus(path.join(ROOT, 'content'), path.join(ROOT, 'bench-corpus', String(n)), n);
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
  await siteFigures('launch content', launchSite, launch?.articles.length ?? 0, build(path.join(ROOT, 'content'), launchSite), 4280);
  for (const c of corpora) {
    const site = path.join('bench-corpus', `site-${c.n}`);
    await siteFigures(`${c.n} editions`, site, c.articles, build(c.dir, site), 4281 + c.n / 100);
  }
}
