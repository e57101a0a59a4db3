/**
 * Builds a content folder into a site folder with the same steps as
 * `npm run build`: the check, client scripts, photos, next build, the
 * post-build step and the search index. For the benchmark and the browser
 * tests' fixture site, which build content other than content/. Each step is
 * timed, and where GNU time is at hand (Debian's `time`, which the bench
 * installs) its peak memory is read: the largest resident set of any process
 * the step ran, Next's workers and Pagefind's indexer included.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { cacheDir } from '../lib/photos';

export interface BuildStep {
  name: string;
  seconds: number;
  /** Peak resident memory of the step's largest process, in MiB (undefined without GNU time). */
  peakMiB?: number;
}

const GNU_TIME = '/usr/bin/time';

/**
 * What a build keeps between runs about one site folder (the incremental build's manifest, the search index's years),
 * in the cache, named by the folder's path: two site folders never share one.
 */
export function siteCacheFile(kind: 'sites' | 'search', siteDir: string): string {
  return path.join(cacheDir(), kind, `${encodeURIComponent(path.relative(process.cwd(), path.resolve(siteDir)))}.json`);
}

export const SITE_STEPS = ['client', 'photos', 'next build', 'postbuild', 'search index'] as const;

/** `only`: the steps to run, by name (a shard of a split build skips the search index; the merge runs it alone). */
export function buildSite(contentDir: string, siteDir: string, env: Record<string, string> = {}, { check = false, only = SITE_STEPS }: { check?: boolean; only?: readonly string[] } = {}): BuildStep[] {
  // Next joins distDir onto the project folder, even an absolute one: give it relative.
  const vars = { ...process.env, CONTENT_DIR: contentDir, NEXT_DIST_DIR: path.relative(process.cwd(), path.resolve(siteDir)), NEXT_TELEMETRY_DISABLED: '1', ...env };
  const steps: [string, string[]][] = [
    ...(check ? ([['check', ['tsx', 'scripts/check.ts', contentDir]]] as [string, string[]][]) : []),
    ['client', ['tsx', 'scripts/build-client.ts']],
    ['photos', ['tsx', 'scripts/photos.ts', contentDir]],
    ['next build', ['next', 'build']],
    ['postbuild', ['tsx', 'scripts/postbuild.ts', siteDir]],
    ['search index', ['tsx', 'scripts/search-index.ts', siteDir]],
  ];
  const timed = fs.existsSync(GNU_TIME);
  const done: BuildStep[] = [];
  for (const [name, args] of steps.filter(([n]) => n === 'check' || only.includes(n))) {
    const report = path.join(os.tmpdir(), `chenbao-step-${process.pid}-${done.length}.txt`);
    const t0 = performance.now();
    const step = timed
      ? spawnSync(GNU_TIME, ['-f', '%M', '-o', report, 'npx', ...args], { env: vars, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 })
      : spawnSync('npx', args, { env: vars, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
    const seconds = (performance.now() - t0) / 1000;
    let peakMiB: number | undefined;
    if (timed && fs.existsSync(report)) {
      // GNU time's last line is the figure; a line before it says when the command failed.
      const kib = Number(fs.readFileSync(report, 'utf8').trim().split('\n').at(-1));
      peakMiB = Number.isFinite(kib) ? kib / 1024 : undefined;
      fs.rmSync(report, { force: true });
    }
    if (step.status !== 0) throw new Error(`${name} failed for ${contentDir}:\n${step.stdout}\n${step.stderr}`);
    done.push({ name, seconds, peakMiB });
  }
  return done;
}
