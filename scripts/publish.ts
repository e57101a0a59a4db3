/**
 * `npm run publish [-- --to <folder>] [--keep <n>]`: what a push to main
 * does, as one script any CI or a cron job on the server runs the same way.
 *
 * 1. The check. A mistake stops everything: nothing is built or published,
 *    the live site stays as it was, and the findings go to stderr, to the CI
 *    job's page (GitHub annotations on the lines, and the job summary,
 *    when GITHUB_ACTIONS / GITHUB_STEP_SUMMARY are set).
 * 2. The build, step by step as `npm run build`, into out/, reusing the
 *    build before (scripts/incremental.ts): only the pages that can show a
 *    changed edition are made again. Keep out/ and .cache/ between runs.
 * 3. With --to, the release goes live under that folder (scripts/deploy.ts):
 *    nginx serves <folder>/current. Without it, out/ is left for the CI to
 *    upload (GitHub Pages).
 *
 * Split across several CI runners (README, "Publishing"): each runner runs
 * `--shard i/n --site out-i` (its share of the pages, no search index, no
 * deploy); one more runs `--merge out-1 … out-n` (the shards into out/, then
 * the search index, then the deploy as above).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { formatIssue, hasErrors } from '../lib/content';
import { loadContent } from '../lib/photos';
import { annotations, parseShard, publishedSummary, refusedSummary, releaseName } from '../lib/publish';
import { type BuildStep, buildSite, SITE_STEPS } from './build-site';
import { deployRelease } from './deploy';
import { buildIncremental } from './incremental';
import { mergeShards } from './merge-shards';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { to: { type: 'string' }, keep: { type: 'string', default: '5' }, site: { type: 'string', default: 'out' }, shard: { type: 'string' }, merge: { type: 'boolean', default: false } },
});
const contentDir = process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content');
const keep = Number(values.keep);
function usage(message: string): never {
  console.error(message);
  process.exit(2);
}
if (!Number.isInteger(keep) || keep < 1) usage(`--keep ${values.keep}: keep at least 1 release (the one served)`);
let shard;
try {
  shard = parseShard(values.shard);
} catch (e) {
  usage(`--shard: ${(e as Error).message.replace(/^SITE_SHARD=/, '')}`);
}
if (shard && (values.to || values.merge)) usage('--shard builds one share of the pages; deploy after --merge, on one runner');
if (values.merge && positionals.length === 0) usage('--merge: name the shards’ site folders, for example --merge out-1 out-2');
if (!values.merge && positionals.length) usage(`unexpected ${positionals.join(' ')}: only --merge takes folders`);

function summary(markdown: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (file) fs.appendFileSync(file, markdown);
}

function commit(): string | undefined {
  if (process.env.GITHUB_SHA) return process.env.GITHUB_SHA;
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

const checked = await loadContent(contentDir);
for (const issue of checked.issues) console.error(formatIssue(issue));
if (process.env.GITHUB_ACTIONS) for (const line of annotations(checked.issues)) console.log(line);
if (hasErrors(checked.issues) || !checked.content) {
  summary(refusedSummary(checked.issues));
  const n = checked.issues.filter((i) => i.severity === 'error').length;
  console.error(`\n${n} error${n === 1 ? '' : 's'} in ${contentDir}: nothing was built or published; the live site is as it was.`);
  process.exit(1);
}
const counts = { editions: checked.content.editions.length, articles: checked.content.articles.length };
console.log(`content ok: ${counts.editions} editions, ${counts.articles} articles`);

const sha = commit();
const release = releaseName(new Date(), sha);
let steps: BuildStep[];
try {
  if (values.merge) {
    const t0 = performance.now();
    const merged = mergeShards(positionals, values.site);
    console.log(`merged ${positionals.length} shards: ${merged.files} files (${merged.shared} built alike by more than one)`);
    steps = [{ name: 'merge', seconds: (performance.now() - t0) / 1000 }, ...(await buildSite(contentDir, values.site, {}, { only: ['search index'] }))];
  } else {
    // Every build has one name (next.config.ts), so the shards of one commit, or a build and the one before, agree byte for byte.
    const env: Record<string, string> = shard ? { SITE_SHARD: `${shard.index}/${shard.count}` } : {};
    if (shard) steps = await buildSite(contentDir, values.site, env, { only: SITE_STEPS.filter((n) => n !== 'search index') });
    else {
      const built = await buildIncremental(contentDir, values.site, checked.content, env);
      const p = built.plan;
      console.log(p.full ? `full build: ${p.reason}` : p.changed.length ? `incremental build: ${p.changed.length} edition(s) changed (${p.deleted.length} deleted); rebuilding the pages of ${p.select.editions.length} edition(s), ${p.select.streets.length} street(s), ${p.select.residences.length} area(s)` : 'nothing changed since the last build');
      steps = built.steps;
    }
  }
} catch (e) {
  summary(`## 社区晨报: the build failed\n\nNothing was published; the live site is as it was.\n\n\`\`\`\n${e instanceof Error ? e.message.slice(-4000) : String(e)}\n\`\`\`\n`);
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
for (const s of steps) console.log(`${s.name.padEnd(14)} ${s.seconds.toFixed(1)} s`);

let target: string | undefined;
if (values.to) {
  let deployed;
  try {
    deployed = deployRelease(values.site, values.to, release, keep);
  } catch (e) {
    summary(`## 社区晨报: the deploy failed\n\nThe live site is as it was.\n\n${e instanceof Error ? e.message : String(e)}\n`);
    console.error(`deploy failed, the live site is as it was: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  }
  target = path.join(values.to, 'current');
  console.log(`live: ${target} → releases/${deployed.release}${deployed.pruned.length ? ` (removed ${deployed.pruned.length} old release${deployed.pruned.length === 1 ? '' : 's'})` : ''}`);
} else {
  console.log(`built ${shard ? `shard ${shard.index}/${shard.count} of ` : ''}${release} in ${values.site}/ (no --to: nothing deployed)`);
}
summary(publishedSummary({ release, ...counts, steps, target }));
