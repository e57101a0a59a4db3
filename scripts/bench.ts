/**
 * `npm run bench`: speed and size figures, printed, never asserted (the
 * machines are shared and noisy). Medians of several runs.
 */
import os from 'node:os';
import v8 from 'node:v8';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadContent } from '../lib/content';
import { makeCorpus } from './corpus';

const ROOT = process.cwd();
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function timeLoad(dir: string): { ms: number; articles: number } {
  const t0 = performance.now();
  const r = loadContent(dir);
  const ms = performance.now() - t0;
  if (!r.content) throw new Error(`synthetic corpus has errors: ${r.issues.length}`);
  return { ms, articles: r.content.articles.length };
}

const rows: string[][] = [];
for (const n of [100, 1000]) {
  const dir = makeCorpus(path.join(ROOT, 'content'), path.join(ROOT, 'bench-corpus', String(n)), n);
  timeLoad(dir); // warm-up: module loading and JIT are not what we measure
  const times: number[] = [];
  let articles = 0;
  for (let i = 0; i < RUNS; i++) {
    const r = timeLoad(dir);
    times.push(r.ms);
    articles = r.articles;
  }
  const m = median(times);
  const verdict = n === 1000 ? (m <= 2000 ? '  (target ≤ 2 s: met)' : '  (target ≤ 2 s: NOT met)') : '';
  rows.push([`${n} editions`, `${articles} articles`, `${(m / 1000).toFixed(2)} s`, `${(m / n).toFixed(2)} ms/edition${verdict}`]);
}

const semi = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, NODE_OPTIONS=${process.env.NODE_OPTIONS ?? ''} (new space ${((semi?.space_size ?? 0) / 2 ** 20).toFixed(0)} MiB)`);
console.log(`load + check + render (median of ${RUNS}):`);
for (const r of rows) console.log(`  ${r.join('  |  ')}`);
