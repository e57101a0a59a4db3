/** Runs Lighthouse (mobile) on a URL in Debian's Chromium and returns its category scores. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumLaunch } from '../playwright.config';

export type Scores = Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;
type Category = keyof Scores;
const CLI = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', 'lighthouse', 'cli', 'index.js');
const ALL: readonly Category[] = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * Lighthouse's scores for the categories asked for (0 for one not asked for). Performance is the costly one (a
 * throttled load and its trace): the browser tests that assert only the others leave it out.
 */
export function lighthouse(url: string, categories: readonly Category[] = ALL): { scores: Scores; failing: string[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chenbao-lh-'));
  const out = path.join(dir, 'report.json');
  // Lighthouse's own CLI under Node, not through npx (which spends a second finding it each run).
  const run = spawnSync(
    process.execPath,
    [CLI, url, '--quiet', '--output=json', `--output-path=${out}`, `--only-categories=${categories.join(',')}`, `--chrome-flags=${chromiumLaunch.args.join(' ')}`],
    // TMPDIR is the run's folder: Lighthouse ends Chromium with SIGKILL, which leaves Chromium's singleton folder
    // (org.chromium.Chromium.*) behind; in here it goes with the report.
    { env: { ...process.env, CHROME_PATH: chromiumLaunch.executablePath, TMPDIR: dir }, encoding: 'utf8' },
  );
  if (run.status !== 0 || !fs.existsSync(out)) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw new Error(`lighthouse failed for ${url}: ${run.stderr.slice(-500)}`);
  }
  const text = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
  fs.rmSync(dir, { recursive: true, force: true });
  const report = JSON.parse(text) as {
    categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
    audits: Record<string, { score: number | null; title: string }>;
  };
  const score = (c: string) => Math.round((report.categories[c]?.score ?? 0) * 100);
  const failing = categories.filter((c) => c !== 'performance').flatMap((c) =>
    report.categories[c].auditRefs.filter((r) => r.weight > 0 && (report.audits[r.id]?.score ?? 1) < 1).map((r) => `${c}: ${r.id} (${report.audits[r.id].title})`),
  );
  return { scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') }, failing };
}
