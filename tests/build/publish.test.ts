/**
 * `npm run publish` end to end, as pushes to main run it, on a 12-edition
 * archive (scripts/corpus.ts) served by nginx with the production server block
 * (scripts/nginx-test.sh):
 *
 * 1. the first push builds everything and puts it live;
 * 2. the same commit split across two runners (`--shard i/2`) and merged
 *    (`--merge`) is that full build, file for file and byte for byte;
 * 3. an editor's mistake publishes nothing and says where on the job's page;
 * 4. one push that adds an edition, corrects another and deletes a third
 *    rebuilds only what shows them, goes live in one switch, and shares the
 *    unchanged files with the release before;
 * 5. that incremental build is a full build of the same content, byte for byte.
 *
 * One journey, because each `next build` costs half a minute here: five builds
 * prove what three separate tests proved with eight.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/build-site';
import { makeCorpus } from '../../scripts/corpus';
import { CONTENT, ROOT } from '../unit/helpers';

// Next builds only inside the project: the bench's folder, removed at the end.
const SITES = path.join(ROOT, 'bench-corpus', 'build-test');
const at = (name: string) => path.join(SITES, name);
const SITE = at('site');
const TARGET = at('srv');
const CORPUS = at('content');
const EDITIONS = path.join(CORPUS, 'editions');

function publish(args: string[], env: Record<string, string> = {}) {
  return spawnSync('npx', ['tsx', 'scripts/publish.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: CORPUS, CHENBAO_CACHE_DIR: at('cache'), GITHUB_SHA: '', GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: '', ...env },
    maxBuffer: 64 * 2 ** 20,
  });
}
const live = (env: Record<string, string> = {}) => publish(['--to', TARGET, '--site', SITE, '--keep', '2'], env);

const files = (dir: string) => (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort();
/** Two sites the same, file for file and byte for byte: the files that differ, or are in one only. */
function differences(a: string, b: string): string[] {
  const [fa, fb] = [files(a), files(b)];
  const only = [...fa.filter((f) => !fb.includes(f)), ...fb.filter((f) => !fa.includes(f))];
  return [...only, ...fa.filter((f) => fb.includes(f) && !fs.readFileSync(path.join(a, f)).equals(fs.readFileSync(path.join(b, f))))];
}

let nginx: ChildProcess | undefined;
async function serve(root: string): Promise<string> {
  const port = 4300 + Math.floor(Math.random() * 500);
  nginx = spawn('bash', ['scripts/nginx-test.sh', String(port), root], { cwd: ROOT, stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (await fetch(`${base}/`).then((r) => r.ok, () => false)) return base;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nginx did not answer on ${base}`);
}

/** Status and text of a live page; once more on a dropped connection (nginx closes an idle kept-alive one while a build runs). */
async function get(url: string): Promise<{ status: number; text: string }> {
  const once = async () => {
    const r = await fetch(url);
    return { status: r.status, text: await r.text() };
  };
  return once().catch(once);
}

/** The edition file's id as the site names it (its date and street), and its first headline. */
function edition(file: string): { id: string; headline: string; text: string } {
  const text = fs.readFileSync(path.join(EDITIONS, file), 'utf8');
  const field = (name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(text)?.[1] ?? '';
  return { id: `${field('date')}-${field('street')}`, headline: /^## (.+)$/m.exec(text)?.[1] ?? '', text };
}

describe.sequential('npm run publish, push after push', () => {
  let base = '';
  let release1 = '';
  beforeAll(() => {
    fs.rmSync(SITES, { recursive: true, force: true });
    makeCorpus(CONTENT, CORPUS, 12);
  });
  afterAll(() => {
    nginx?.kill('SIGTERM');
    fs.rmSync(SITES, { recursive: true, force: true });
  });

  it('puts the whole archive live on the first push', { timeout: 300_000 }, async () => {
    const first = live();
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/full build/);
    release1 = fs.readlinkSync(path.join(TARGET, 'current'));
    base = await serve(path.join(TARGET, 'current'));
    const { id, headline } = edition('00002.md');
    const page = await get(`${base}/editions/${id}/`);
    expect(page.status).toBe(200);
    expect(page.text).toContain(headline);
  });

  // Two shard builds and a merge: 63 s alone, but 357 s once with another suite on
  // the same two cores, so it gets twice the others' headroom.
  it('split across two runners and merged, builds that same site byte for byte', { timeout: 600_000 }, () => {
    for (const i of [1, 2]) {
      const shard = publish(['--shard', `${i}/2`, '--site', at(`shard-${i}`)], { CHENBAO_CACHE_DIR: at('cache-shards') });
      expect(shard.status, shard.stderr).toBe(0);
    }
    // Each shard built only part of the editions' pages.
    const editions = (site: string) => fs.readdirSync(path.join(site, 'editions')).length;
    expect(editions(at('shard-1'))).toBeLessThan(editions(SITE));
    expect(editions(at('shard-2'))).toBeLessThan(editions(SITE));
    const merged = publish(['--merge', at('shard-1'), at('shard-2'), '--site', at('merged')]);
    expect(merged.status, merged.stderr).toBe(0);
    expect(merged.stdout).toMatch(/merged 2 shards/);
    expect(differences(SITE, at('merged'))).toEqual([]);
  });

  it('publishes nothing on a mistake, and says where on the job’s page', { timeout: 120_000 }, async () => {
    const { text } = edition('00002.md');
    const file = path.join(EDITIONS, '00002.md');
    const dateLine = text.split('\n').findIndex((l) => l.startsWith('date:')) + 1;
    fs.writeFileSync(file, text.replace(/^date: .*$/m, 'date: 2019-13-28'));
    const summaryFile = at('summary.md');
    const refused = live({ GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summaryFile });
    fs.writeFileSync(file, text);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toMatch(new RegExp(`::error file=[^\\n]*00002\\.md,line=${dateLine},title=date::`));
    const summary = fs.readFileSync(summaryFile, 'utf8');
    expect(summary).toContain('nothing was published');
    expect(summary).toContain(`00002.md:${dateLine}`);
    expect(fs.readlinkSync(path.join(TARGET, 'current'))).toBe(release1);
    expect(fs.readdirSync(path.join(TARGET, 'releases'))).toHaveLength(1);
  });

  it('puts an edition added, one corrected and one deleted live, rebuilding only what shows them', { timeout: 300_000 }, async () => {
    // One push: an edition added (of a street that has others), an older one's headline corrected, a third deleted.
    fs.writeFileSync(path.join(EDITIONS, '00099.md'), edition('00006.md').text.replace(/^date: .*$/m, 'date: 2001-06-01'));
    const corrected = edition('00002.md');
    fs.writeFileSync(path.join(EDITIONS, '00002.md'), corrected.text.replace(`## ${corrected.headline}`, `## ${corrected.headline}（更正）`));
    const deleted = edition('00004.md');
    fs.rmSync(path.join(EDITIONS, '00004.md'));
    const added = edition('00099.md');

    const second = live();
    expect(second.status, second.stderr).toBe(0);
    const plan = /incremental build: (\d+) edition\(s\) changed \((\d+) deleted\); rebuilding the pages of (\d+) edition/.exec(second.stdout);
    expect(plan, second.stdout).not.toBeNull();
    // The two editions changed, with any whose awards another edition reports (they print the reports); one deleted.
    expect(Number(plan?.[1])).toBeGreaterThanOrEqual(2);
    expect(plan?.[2]).toBe('1');
    expect(Number(plan?.[3])).toBeLessThan(12);

    const release2 = fs.readlinkSync(path.join(TARGET, 'current'));
    expect(release2).not.toBe(release1);
    expect((await get(`${base}/editions/${corrected.id}/`)).text).toContain(`${corrected.headline}（更正）`);
    expect((await get(`${base}/editions/${added.id}/`)).status).toBe(200);
    expect((await get(`${base}/editions/${deleted.id}/`)).status).toBe(404);
    // What did not change is not copied again: the search script is the same file in both releases.
    const inode = (release: string) => fs.statSync(path.join(TARGET, release, 'js/search.js')).ino;
    expect(inode(release2)).toBe(inode(release1));
  });

  it('built incrementally, is a full build of the same content, byte for byte', { timeout: 300_000 }, async () => {
    await buildSite(CORPUS, at('full'));
    expect(differences(SITE, at('full'))).toEqual([]);
  });
});
