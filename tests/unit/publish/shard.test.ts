/**
 * A full build split across runners: which shard builds a page, and, end to
 * end, two shards of the launch content built apart and merged give the
 * same site, file for file and byte for byte, as one full build.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { parseShard, shardOf, shardParams } from '../../../lib/publish';
import { mergeShards } from '../../../scripts/merge-shards';
import { CONTENT, ROOT, tempDir } from '../helpers';

describe('shards', () => {
  it('are read from i/n and refused otherwise', () => {
    expect(parseShard(undefined)).toBeUndefined();
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/2', '3/2', '2', 'a/b', '1/0']) expect(() => parseShard(bad), bad).toThrow(/expected i\/n/);
  });

  it('give every page to exactly one shard, by a key that does not move when others are added', () => {
    const keys = Array.from({ length: 500 }, (_, i) => `2026-01-${String(i).padStart(3, '0')}-street`);
    const params = keys.map((k) => ({ edition: k }));
    const shares = [1, 2, 3].map((index) => shardParams(params, (p) => p.edition, { index, count: 3 }));
    expect(shares.flat().map((p) => p.edition).sort()).toEqual([...keys].sort());
    // Roughly even, with three shards and with two.
    for (const s of shares) expect(s.length).toBeGreaterThan(130);
    expect(shardParams(params, (p) => p.edition, { index: 1, count: 2 }).length).toBeGreaterThan(200);
    expect(shardParams(params, (p) => p.edition, { index: 2, count: 2 }).length).toBeGreaterThan(200);
    // The same key, the same shard, whatever else is built.
    expect(shardOf(keys[7], 3)).toBe(shardOf(keys[7], 3));
    expect(shardParams([...params, { edition: 'new' }], (p) => p.edition, { index: shardOf(keys[7], 3), count: 3 })).toContainEqual({ edition: keys[7] });
  });

  it('never leave a route with no params, which a static export refuses', () => {
    const one = [{ edition: 'a' }];
    const other = shardOf('a', 2) === 1 ? 2 : 1;
    expect(shardParams(one, (p) => p.edition, { index: other, count: 2 })).toEqual(one);
    expect(shardParams([], (p: { edition: string }) => p.edition, { index: 1, count: 2 })).toEqual([]);
  });
});

describe('merging shards', () => {
  it('refuses two shards that built a shared file differently', () => {
    const dir = tempDir('merge');
    for (const [name, home] of [['a', 'one'], ['b', 'two']]) {
      fs.mkdirSync(path.join(dir, name), { recursive: true });
      fs.writeFileSync(path.join(dir, name, 'index.html'), home);
    }
    expect(() => mergeShards([path.join(dir, 'a'), path.join(dir, 'b')], path.join(dir, 'out'))).toThrow(/disagree on 1 file \(index\.html\)/);
  });

  it('of the launch content equal one full build, byte for byte', { timeout: 600_000 }, () => {
    const dir = tempDir('shards');
    // Next builds only inside the project: the sites are the bench's folders, removed at the end.
    const sites = path.join(ROOT, 'bench-corpus', 'site-shards');
    fs.rmSync(sites, { recursive: true, force: true });
    fs.mkdirSync(sites, { recursive: true });
    onTestFinished(() => fs.rmSync(sites, { recursive: true, force: true }));
    const run = (...args: string[]) => {
      const r = spawnSync('npx', ['tsx', 'scripts/publish.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: CONTENT, CHENBAO_CACHE_DIR: path.join(dir, 'cache'), GITHUB_SHA: '0123456789abcdef' }, maxBuffer: 64 * 2 ** 20 });
      expect(r.status, r.stderr).toBe(0);
      return r.stdout;
    };
    const at = (name: string) => path.join(sites, name);
    // Each build in the same folder, moved aside after: Next keeps its compiler's cache by that folder's name.
    const build = (name: string, ...args: string[]) => {
      run(...args, '--site', at('build'));
      fs.renameSync(at('build'), at(name));
    };
    build('full');
    build('shard-1', '--shard', '1/2');
    build('shard-2', '--shard', '2/2');
    // Each shard built only part of the articles.
    const articles = (site: string) => fs.readdirSync(path.join(site, 'editions'), { recursive: true }).filter((f) => String(f).split(path.sep).length === 3 && String(f).endsWith('index.html')).length;
    expect(articles(at('shard-1'))).toBeLessThan(articles(at('full')));
    expect(articles(at('shard-2'))).toBeLessThan(articles(at('full')));
    expect(run('--merge', at('shard-1'), at('shard-2'), '--site', at('merged'))).toMatch(/merged 2 shards/);

    const files = (site: string) => (fs.readdirSync(site, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(site, f)).isFile()).sort();
    const full = files(at('full'));
    expect(files(at('merged'))).toEqual(full);
    const differ = full.filter((f) => !fs.readFileSync(path.join(at('full'), f)).equals(fs.readFileSync(path.join(at('merged'), f))));
    expect(differ).toEqual([]);
  });
});
