/**
 * `npm run audit`: Lighthouse (mobile) on the home, a street and an article
 * page of the built out/, served by nginx as deployed; median of 3 runs. Prints
 * performance too, which is too noisy here to assert in tests.
 */
import { spawn } from 'node:child_process';
import { lighthouse, type Scores } from './lighthouse';

const PORT = 4310;
const PAGES = ['/', '/streets/xianxia/', '/editions/2019-11-28-xianxia/01/'];
const RUNS = Number(process.env.AUDIT_RUNS ?? 3);

const server = spawn('bash', ['scripts/nginx-test.sh', String(PORT)], { stdio: 'ignore', detached: true });
await new Promise((r) => setTimeout(r, 1500));
try {
  for (const page of PAGES) {
    const runs: Scores[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(lighthouse(`http://127.0.0.1:${PORT}${page}`).scores);
    const median = (k: keyof Scores) => runs.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
    console.log(`${page.padEnd(36)} performance ${median('performance')}  accessibility ${median('accessibility')}  best practices ${median('best-practices')}  SEO ${median('seo')}  (median of ${RUNS})`);
  }
} finally {
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
}
