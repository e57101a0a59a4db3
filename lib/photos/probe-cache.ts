/**
 * What the check learnt of each photo, kept between runs: a photo is read,
 * hashed and decoded once, then known by its path, size and change time. With
 * ten thousand photos in the archive, a rebuild where nothing changed costs a
 * stat per photo instead of a decode.
 */
import fs from 'node:fs';
import path from 'node:path';
import { probePhoto } from './imaging';
import { MAX_PHOTO_BYTES, PHOTO_PROBLEMS } from './plan';
import type { MediaFile, PhotoProbe } from '../content';

interface CacheEntry {
  size: number;
  mtimeMs: number;
  probe: PhotoProbe;
}

/** Bumped when a probe would answer differently for the same bytes. */
const CACHE_VERSION = 1;

export const cacheDir = () => process.env.CHENBAO_CACHE_DIR ?? path.join(process.cwd(), '.cache');

function readCache(file: string): Map<string, CacheEntry> {
  try {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { version?: number; entries?: Record<string, CacheEntry> };
    if (data.version === CACHE_VERSION && data.entries) return new Map(Object.entries(data.entries));
  } catch {
    // No cache yet, or a damaged one: every photo is probed again.
  }
  return new Map();
}

function writeCache(file: string, entries: Map<string, CacheEntry>): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Written whole and renamed, so a reader (a parallel build worker) never sees half a file.
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify({ version: CACHE_VERSION, entries: Object.fromEntries(entries) }));
  fs.renameSync(tmp, file);
}

/** Probes of the media files, by file; unchanged files come from the cache. */
export async function probeMedia(mediaDir: string, files: readonly MediaFile[]): Promise<Map<string, PhotoProbe>> {
  const result = new Map<string, PhotoProbe>();
  if (!files.length) return result;
  const cacheFile = path.join(cacheDir(), 'photo-probes.json');
  const cache = readCache(cacheFile);
  const todo: MediaFile[] = [];
  for (const f of files) {
    const abs = path.resolve(mediaDir, f.file);
    const hit = cache.get(abs);
    if (hit && hit.size === f.size && hit.mtimeMs === f.mtimeMs) result.set(f.file, hit.probe);
    else todo.push(f);
  }
  // A few at a time: each decode already uses libvips' threads.
  let next = 0;
  const worker = async () => {
    while (next < todo.length) {
      const f = todo[next++];
      const abs = path.resolve(mediaDir, f.file);
      // Too big to be a photo: say so without reading it.
      const probe = f.size > MAX_PHOTO_BYTES ? { ok: false as const, ...PHOTO_PROBLEMS.tooBig(f.size) } : await probePhoto(fs.readFileSync(abs));
      result.set(f.file, probe);
      cache.set(abs, { size: f.size, mtimeMs: f.mtimeMs, probe });
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, todo.length) }, worker));
  if (todo.length) writeCache(cacheFile, cache);
  return result;
}
