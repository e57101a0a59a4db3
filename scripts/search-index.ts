/**
 * The search index (Pagefind), built from the articles' records rather than
 * from the pages (lib/publish/search-index.ts): `tsx scripts/search-index.ts
 * <site dir>` writes one index a year, <site dir>/pagefind/<part>/, or a
 * half, quarter or month of a year when a year's text is more than one
 * indexer should hold (searchParts says how much), newest first on the search
 * page (lib/browser/search.ts says why). A part whose records are what they
 * were at the last run on this site, and whose folder is there, is kept as it
 * is: adding an edition rewrites its part's index only. Part of `npm run build`.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import * as pagefind from 'pagefind';
import { searchParts, type SearchRecord } from '../lib/publish';
import { loadContent } from '../lib/photos';
import { siteCacheFile } from './build-site';

const site = path.resolve(process.argv[2] ?? 'out');
const root = path.join(site, 'pagefind');
const dir = process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content');
const loaded = await loadContent(dir);
if (!loaded.content) throw new Error(`search index: ${dir} has errors; run npm run check`);
const c = loaded.content;

// What each part's index was written from at the last run on this site: the records and the indexer's version.
const stampsFile = siteCacheFile('search', site);
const stamps: Record<string, string> = fs.existsSync(stampsFile) ? (JSON.parse(fs.readFileSync(stampsFile, 'utf8')) as Record<string, string>) : {};
const version = (JSON.parse(fs.readFileSync(path.join(process.cwd(), 'node_modules/pagefind/package.json'), 'utf8')) as { version: string }).version;
const stamp = (records: SearchRecord[]) => createHash('sha256').update(version).update(JSON.stringify(records)).digest('hex');

async function writePart(key: string, records: SearchRecord[]): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(`search index ${key}: ${errors.join('; ')}`);
  // A batch at a time: the indexer answers each record, and a few hundred in flight keep it busy.
  const BATCH = 256;
  for (let i = 0; i < records.length; i += BATCH) {
    const answers = await Promise.all(records.slice(i, i + BATCH).map((r) => index.addCustomRecord(r)));
    const failed = answers.flatMap((r) => r.errors);
    if (failed.length) throw new Error(`search index ${key}: ${failed.slice(0, 3).join('; ')}`);
  }
  const out = path.join(root, key);
  fs.rmSync(out, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: out });
  if (written.errors.length) throw new Error(`search index ${key}: ${written.errors.join('; ')}`);
  // Pagefind's ready-made search interfaces (about 430 KB an index): the site has its own page and script.
  for (const f of fs.readdirSync(out)) if (/^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(f)) fs.rmSync(path.join(out, f));
  await index.deleteIndex();
}

/** A file of /proc about a process (Linux), empty once the process is gone: reaped, not merely exited. */
const proc = (pid: number | 'self', file: string) => (fs.existsSync(`/proc/${pid}/${file}`) ? fs.readFileSync(`/proc/${pid}/${file}`, 'utf8') : '');

/**
 * Pagefind's close() kills its indexer, a process of its own, without waiting for it. Waiting here lets Node reap it,
 * so the build's peak-memory figure (GNU time counts the processes a step's processes reaped) includes the indexer,
 * which it had missed; its own peak is printed too.
 */
async function closeIndexer(): Promise<void> {
  const pids = proc('self', `task/${process.pid}/children`).split(/\s+/).filter(Boolean).map(Number).filter((pid) => proc(pid, 'cmdline').includes('pagefind'));
  for (const pid of pids) {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(proc(pid, 'status'))?.[1];
    if (hwm) console.log(`search index: the indexer (pid ${pid}) peaked at ${(Number(hwm) / 2 ** 20).toFixed(2)} GiB`);
  }
  await pagefind.close();
  for (let i = 0; i < 200 && pids.some((pid) => proc(pid, 'stat')); i++) await sleep(25);
}

const parts = searchParts(c);
// Whatever is not a part of the archive now goes: a year no edition is left in, a year since split in halves, an index of an older layout.
fs.mkdirSync(root, { recursive: true });
for (const entry of fs.readdirSync(root)) if (!parts.some((p) => p.key === entry)) fs.rmSync(path.join(root, entry), { recursive: true, force: true });
const written: string[] = [];
const next: Record<string, string> = {};
for (const { key, records } of parts) {
  next[key] = stamp(records);
  if (stamps[key] === next[key] && fs.existsSync(path.join(root, key, 'pagefind-entry.json'))) continue;
  await writePart(key, records);
  written.push(key);
}
await closeIndexer();
fs.mkdirSync(path.dirname(stampsFile), { recursive: true });
fs.writeFileSync(stampsFile, JSON.stringify(next));
console.log(`search index: ${c.articles.length} articles in ${parts.length} indexes; written ${written.length ? written.join(', ') : 'none'} (the rest unchanged)`);
