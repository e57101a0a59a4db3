/**
 * A full build split across runners, end to end: the launch content built as
 * two shards (npm run publish -- --shard i/2) and merged (--merge) is the
 * full build, file for file and byte for byte.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { CONTENT, ROOT, tempDir } from '../unit/helpers';

describe('merging shards', () => {
  it('of the launch content equal the full build, byte for byte', { timeout: 600_000 }, () => {
    const dir = tempDir('shards');
    // Next builds only inside the project: the sites are the bench's folders, removed at the end.
    const sites = path.join(ROOT, 'bench-corpus', 'site-shards');
    fs.rmSync(sites, { recursive: true, force: true });
    fs.mkdirSync(sites, { recursive: true });
    onTestFinished(() => fs.rmSync(sites, { recursive: true, force: true }));
    const run = (...args: string[]) => {
      const r = spawnSync('npx', ['tsx', 'scripts/publish.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: CONTENT, CHENBAO_CACHE_DIR: path.join(dir, 'cache') }, maxBuffer: 64 * 2 ** 20 });
      expect(r.status, r.stderr).toBe(0);
      return r.stdout;
    };
    const at = (name: string) => path.join(sites, name);
    // Each build in the same folder, moved aside after: Next keeps its compiler's cache by that folder's name (and names
    // its CSS chunk after where it builds, so the full build to compare with is built there too).
    const build = (name: string, ...args: string[]) => {
      run(...args, '--site', at('build'));
      fs.renameSync(at('build'), at(name));
    };
    build('full');
    const full = at('full');
    build('shard-1', '--shard', '1/2');
    build('shard-2', '--shard', '2/2');
    // Each shard built only part of the articles.
    const articles = (site: string) => fs.readdirSync(path.join(site, 'editions'), { recursive: true }).filter((f) => String(f).split(path.sep).length === 3 && String(f).endsWith('index.html')).length;
    expect(articles(at('shard-1'))).toBeLessThan(articles(full));
    expect(articles(at('shard-2'))).toBeLessThan(articles(full));
    expect(run('--merge', at('shard-1'), at('shard-2'), '--site', at('merged'))).toMatch(/merged 2 shards/);

    const files = (site: string) => (fs.readdirSync(site, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(site, f)).isFile()).sort();
    const want = files(full);
    expect(files(at('merged'))).toEqual(want);
    const differ = want.filter((f) => !fs.readFileSync(path.join(full, f)).equals(fs.readFileSync(path.join(at('merged'), f))));
    expect(differ).toEqual([]);
  });
});
