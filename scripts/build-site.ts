/**
 * Builds a content folder into a site folder with the same steps as
 * `npm run build`: the check, client scripts, photos, next build, the
 * post-build step and the search index. For the benchmark and the browser
 * tests' fixture site, which build content other than content/. Each step is
 * timed, and where GNU time is at hand (Debian's `time`, which the bench
 * installs) its peak memory is read: the largest resident set of any process
 * the step ran, Next's workers and Pagefind's indexer included.
 */
import { spawn } from 'node:child_process';
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

type Step = { name: string; args: string[]; vars: NodeJS.ProcessEnv; report: string };

function steps(contentDir: string, siteDir: string, env: Record<string, string>, check: boolean): Step[] {
  // Next joins distDir onto the project folder, even an absolute one: give it relative.
  const vars = { ...process.env, CONTENT_DIR: contentDir, NEXT_DIST_DIR: path.relative(process.cwd(), path.resolve(siteDir)), NEXT_TELEMETRY_DISABLED: '1', ...env };
  const all: [string, string[]][] = [
    ...(check ? ([['check', ['tsx', 'scripts/check.ts', contentDir]]] as [string, string[]][]) : []),
    ['client', ['tsx', 'scripts/build-client.ts']],
    ['photos', ['tsx', 'scripts/photos.ts', contentDir]],
    ['next build', ['next', 'build']],
    ['postbuild', ['tsx', 'scripts/postbuild.ts', siteDir]],
    ['search index', ['tsx', 'scripts/search-index.ts', siteDir]],
  ];
  return all.map(([name, args], i) => ({ name, args, vars, report: path.join(os.tmpdir(), `chenbao-step-${process.pid}-${i}-${Date.now()}.txt`) }));
}

const timed = () => fs.existsSync(GNU_TIME);
const command = (st: Step): [string, string[]] => (timed() ? [GNU_TIME, ['-f', '%M', '-o', st.report, 'npx', ...st.args]] : ['npx', st.args]);

function finished(st: Step, t0: number, status: number | null, contentDir: string, output: string): BuildStep {
  const seconds = (performance.now() - t0) / 1000;
  let peakMiB: number | undefined;
  if (fs.existsSync(st.report)) {
    // GNU time's last line is the figure; a line before it says when the command failed.
    const kib = Number(fs.readFileSync(st.report, 'utf8').trim().split('\n').at(-1));
    peakMiB = Number.isFinite(kib) ? kib / 1024 : undefined;
    fs.rmSync(st.report, { force: true });
  }
  if (status !== 0) throw new Error(`${st.name} failed for ${contentDir}:\n${output}`);
  return { name: st.name, seconds, peakMiB };
}

/**
 * The post-build step and the search index run at once, each a process of its own on a core: the index reads only the
 * content and writes only the site's pagefind/, which the post-build step leaves alone (city of 25,000: 455 s and
 * 517 s one after the other).
 */
const TOGETHER: readonly string[] = ['postbuild', 'search index'];

/**
 * `only`: the steps to run, by name (a shard of a split build skips the search index; the merge runs it alone).
 * `echo`: the steps' output goes to this process's own as it comes (npm run build), instead of into the error of a
 * step that fails.
 */
export async function buildSite(
  contentDir: string,
  siteDir: string,
  env: Record<string, string> = {},
  { check = false, only = SITE_STEPS, echo = false }: { check?: boolean; only?: readonly string[]; echo?: boolean } = {},
): Promise<BuildStep[]> {
  const chosen = steps(contentDir, siteDir, env, check).filter((x) => x.name === 'check' || only.includes(x.name));
  const done: BuildStep[] = [];
  for (let i = 0; i < chosen.length; ) {
    let j = i + 1;
    if (TOGETHER.includes(chosen[i].name)) while (j < chosen.length && TOGETHER.includes(chosen[j].name)) j++;
    done.push(...(await Promise.all(chosen.slice(i, j).map((st) => run(st, contentDir, echo)))));
    i = j;
  }
  return done;
}

function run(st: Step, contentDir: string, echo: boolean): Promise<BuildStep> {
  const t0 = performance.now();
  const [cmd, args] = command(st);
  const child = spawn(cmd, args, { env: st.vars, stdio: ['ignore', echo ? 'inherit' : 'pipe', echo ? 'inherit' : 'pipe'] });
  let output = '';
  const keep = (b: Buffer) => {
    output = (output + b.toString('utf8')).slice(-64 * 2 ** 10);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => {
      try {
        resolve(finished(st, t0, status, contentDir, output));
      } catch (e) {
        reject(e);
      }
    });
  });
}

/**
 * One step started beside whatever runs next (the incremental build writes its search index while next build makes
 * the pages: it reads only the content), timed as buildSite times it; the promise fails as buildSite would throw.
 */
export function startStep(name: (typeof SITE_STEPS)[number], contentDir: string, siteDir: string, env: Record<string, string> = {}): Promise<BuildStep> {
  const st = steps(contentDir, siteDir, env, false).find((x) => x.name === name);
  if (!st) throw new Error(`no build step named ${name}`);
  return run(st, contentDir, false);
}
