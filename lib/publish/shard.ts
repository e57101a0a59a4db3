/**
 * One full build split across several machines (a CI job matrix): with
 * SITE_SHARD=i/n, the build makes only the i-th of n shares of the pages
 * that are many (editions, their articles and printed pages, street and
 * area listings and feeds). Everything else (home, archive, honour roll, site feeds,
 * sitemap) is few and cheap, and every shard builds it alike, byte for byte;
 * merging the shards' folders (scripts/merge-shards.ts) gives the full site.
 *
 * A page's shard is a hash of its key (an edition's id for everything an
 * edition prints, so an edition's pages are built together), so it stays
 * the same from build to build whatever else is added.
 */
import fs from 'node:fs';
import { SiteSelection } from './incremental';

export interface Shard {
  /** 1-based, as a CI matrix counts. */
  index: number;
  count: number;
}

export function parseShard(value: string | undefined): Shard | undefined {
  if (value === undefined || value === '') return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new Error(`SITE_SHARD=${value}: expected i/n with 1 ≤ i ≤ n, for example 2/4 for the second of four shards`);
  return { index, count };
}

/**
 * FNV-1a, 32 bits, then MurmurHash3's finaliser: the same number for a key on
 * every machine. FNV alone keeps its low bits poorly mixed (its lowest bit is
 * the parity of the key's bytes), and the shard is taken from the low bits.
 */
function hash(key: string): number {
  let h = 0x811c9dc5;
  for (const byte of Buffer.from(key, 'utf8')) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Which shard (1-based) builds the pages keyed so. */
export function shardOf(key: string, count: number): number {
  return (hash(key) % count) + 1;
}

/**
 * The params this shard builds. Never none: Next refuses a dynamic route
 * with no params in a static export, so a shard with nothing of a route
 * builds its first page, which the shard that owns it builds identically.
 */
export function shardParams<T>(params: T[], keyOf: (p: T) => string, shard: Shard | undefined = parseShard(process.env.SITE_SHARD)): T[] {
  if (!shard || shard.count === 1) return params;
  return atLeastOne(params, params.filter((p) => shardOf(keyOf(p), shard.count) === shard.index));
}

const atLeastOne = <T>(all: T[], mine: T[]): T[] => (mine.length || !all.length ? mine : all.slice(0, 1));

let selection: { file: string; keys: SiteSelection } | undefined;

/** SITE_ONLY names a JSON file of the keys to build (an incremental build, lib/publish/incremental.ts). */
function selected(): SiteSelection | undefined {
  const file = process.env.SITE_ONLY;
  if (!file) return undefined;
  if (selection?.file !== file) selection = { file, keys: SiteSelection.parse(JSON.parse(fs.readFileSync(file, 'utf8'))) };
  return selection.keys;
}

/**
 * The params a route builds: its share under SITE_SHARD, and under SITE_ONLY
 * only the pages of the editions, streets or areas named (`kind`).
 */
export function siteParams<T>(kind: keyof SiteSelection, params: T[], keyOf: (p: T) => string): T[] {
  const mine = shardParams(params, keyOf);
  const only = selected();
  if (!only) return mine;
  const keys = new Set(only[kind]);
  return atLeastOne(params, mine.filter((p) => keys.has(keyOf(p))));
}
