/**
 * A full build split across runners: which shard builds a page, and a merge
 * refuses shards that disagree. End to end (two shards merged equal one full
 * build): tests/build/shards.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseShard, shardOf, shardParams } from '../../../lib/publish';
import { mergeShards } from '../../../scripts/merge-shards';
import { tempDir } from '../helpers';

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
});
