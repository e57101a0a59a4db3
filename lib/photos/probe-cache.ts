/**
 * What the check learnt of each file, kept between runs: a photo is read,
 * scanned, hashed and decoded once, a source PDF scanned once, then each is
 * known by its path, size and change time. With ten thousand photos in the
 * archive, a rebuild where nothing changed costs a stat per file instead of a
 * decode.
 */
import fs from 'node:fs';
import path from 'node:path';
import { refused, scanPdf, scanPhoto } from '../privacy';
import type { MediaFile, PhotoProbe, SourceProblem } from '../content';
import { probePhoto } from './imaging';
import { MAX_PHOTO_BYTES, PHOTO_PROBLEMS } from './plan';

interface CacheEntry<T> {
  size: number;
  mtimeMs: number;
  probe: T;
}

/** Bumped when a probe would answer differently for the same bytes (2: a photo with a location or serial is refused). */
const CACHE_VERSION = 2;

export const cacheDir = () => process.env.CHENBAO_CACHE_DIR ?? path.join(process.cwd(), '.cache');

function readCache<T>(file: string): Map<string, CacheEntry<T>> {
  try {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { version?: number; entries?: Record<string, CacheEntry<T>> };
    if (data.version === CACHE_VERSION && data.entries) return new Map(Object.entries(data.entries));
  } catch {
    // No cache yet, or a damaged one: every file is probed again.
  }
  return new Map();
}

function writeCache<T>(file: string, entries: Map<string, CacheEntry<T>>): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Written whole and renamed, so a reader (a parallel build worker) never sees half a file.
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify({ version: CACHE_VERSION, entries: Object.fromEntries(entries) }));
  fs.renameSync(tmp, file);
}

/** `probe` of each file, by file; unchanged files come from the cache named `cacheName`. */
async function cachedProbes<T>(cacheName: string, dir: string, files: readonly MediaFile[], probe: (f: MediaFile, abs: string) => Promise<T>): Promise<Map<string, T>> {
  const result = new Map<string, T>();
  if (!files.length) return result;
  const cacheFile = path.join(cacheDir(), cacheName);
  const cache = readCache<T>(cacheFile);
  const todo: MediaFile[] = [];
  for (const f of files) {
    const hit = cache.get(path.resolve(dir, f.file));
    if (hit && hit.size === f.size && hit.mtimeMs === f.mtimeMs) result.set(f.file, hit.probe);
    else todo.push(f);
  }
  // A few at a time: each decode already uses libvips' threads.
  let next = 0;
  const worker = async () => {
    while (next < todo.length) {
      const f = todo[next++];
      const abs = path.resolve(dir, f.file);
      const p = await probe(f, abs);
      result.set(f.file, p);
      cache.set(abs, { size: f.size, mtimeMs: f.mtimeMs, probe: p });
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, todo.length) }, worker));
  if (todo.length) writeCache(cacheFile, cache);
  return result;
}

/** Probes of the photos under content/media/, by file. */
export function probeMedia(mediaDir: string, files: readonly MediaFile[]): Promise<Map<string, PhotoProbe>> {
  return cachedProbes<PhotoProbe>('photo-probes.json', mediaDir, files, async (f, abs) => {
    // Too big to be a photo: say so without reading it.
    if (f.size > MAX_PHOTO_BYTES) return { ok: false, ...PHOTO_PROBLEMS.tooBig(f.size) };
    const bytes = fs.readFileSync(abs);
    const located = refused(scanPhoto(bytes));
    if (located.length) return { ok: false, ...PHOTO_PROBLEMS.located(located, `content/media/${f.file}`) };
    return probePhoto(bytes);
  });
}

/** Problems of the source PDFs under content/sources/ (a location or a camera's serial in them), by file; none for a clean one. */
export async function scanSources(sourcesDir: string, files: readonly MediaFile[]): Promise<Map<string, SourceProblem>> {
  const pdfs = files.filter((f) => /\.pdf$/i.test(f.file));
  const scans = await cachedProbes<SourceProblem | null>('source-scans.json', sourcesDir, pdfs, async (f, abs) => {
    let located;
    try {
      located = refused(await scanPdf(new Uint8Array(fs.readFileSync(abs))));
    } catch (e) {
      return { problem: `cannot be read as a PDF (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`, expected: 'keep the PDF the edition was imported from, as the printer sent it' };
    }
    return located.length ? PHOTO_PROBLEMS.located(located, `content/sources/${f.file}`) : null;
  });
  return new Map([...scans].filter((e): e is [string, SourceProblem] => e[1] !== null));
}
