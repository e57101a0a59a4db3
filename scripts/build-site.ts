/**
 * Builds a content folder into a site folder with the same steps as
 * `npm run build` after its check: client scripts, photos, next build, the
 * post-build step and the search index. For the benchmark and the browser
 * tests' fixture site, which build content other than content/.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

export interface BuildStep {
  name: string;
  seconds: number;
}

export function buildSite(contentDir: string, siteDir: string, env: Record<string, string> = {}): BuildStep[] {
  // Next joins distDir onto the project folder, even an absolute one: give it relative.
  const vars = { ...process.env, CONTENT_DIR: contentDir, NEXT_DIST_DIR: path.relative(process.cwd(), path.resolve(siteDir)), NEXT_TELEMETRY_DISABLED: '1', ...env };
  const steps: [string, string[]][] = [
    ['client', ['tsx', 'scripts/build-client.ts']],
    ['photos', ['tsx', 'scripts/photos.ts', contentDir]],
    ['next build', ['next', 'build']],
    ['postbuild', ['tsx', 'scripts/postbuild.ts', siteDir]],
    ['pagefind', ['pagefind', '--site', siteDir, '--quiet']],
  ];
  const done: BuildStep[] = [];
  for (const [name, args] of steps) {
    const t0 = performance.now();
    const step = spawnSync('npx', args, { env: vars, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
    if (step.status !== 0) throw new Error(`${name} failed for ${contentDir}:\n${step.stdout}\n${step.stderr}`);
    done.push({ name, seconds: (performance.now() - t0) / 1000 });
  }
  return done;
}
