/**
 * The one loader: the content folder read and checked, with each photo
 * probed and each source PDF scanned (both cached by size and change time),
 * and photos drawn as this concern draws them. The check, the build and the
 * bench all load through it.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { buildContent, readSources, type BuildResult, type ContentSources, type MediaFile } from '../content';
import { cacheDir, probeMedia, scanSources } from './probe-cache';
import { bodyPhoto } from './picture';

export async function loadContent(dir: string): Promise<BuildResult> {
  const sources = readSources(dir);
  const probes = await probeMedia(path.join(dir, 'media'), sources.media);
  const sourcesDir = path.join(dir, 'sources');
  const sourceFiles: MediaFile[] = sources.sources.map((file) => {
    const st = fs.statSync(path.join(sourcesDir, file));
    return { file, size: st.size, mtimeMs: st.mtimeMs };
  });
  const sourceProblems = await scanSources(sourcesDir, sourceFiles);
  const input = { ...sources, probes, sourceProblems };
  return snapshotted(input, () => buildContent(input, { photoView: bodyPhoto }));
}

/**
 * A build loads the content many times over: the check, each of Next's workers (twice: its page-data step and its
 * pages), the post-build step and the search index. Parsing is most of it (25,000 editions: 64 s of one core each
 * time), so the records of content that checked clean are kept in the cache, named by a hash of everything they were
 * made from (every file's text, the photos' probes, the source PDFs' scans) and of the code that made them (lib/ and
 * the locked packages), and
 * read back with V8's own serialiser (city of 5,000 editions: 1.2 s instead of 17–27 s). The same input and code make
 * the same records, so what is read back is what parsing would give; content with errors is never kept.
 */
function snapshotted(input: ContentSources, build: () => BuildResult): BuildResult {
  const code = codeHash();
  if (!code) return build();
  const hash = createHash('sha256').update(code);
  // File by file: the editions' text together is too long for one string at city scale.
  for (const f of [input.gazetteer, input.awards, ...input.editions]) hash.update(`\0${f.path}\0`).update(f.text);
  const entries = (map: ReadonlyMap<string, unknown> | undefined) => [...(map ?? [])].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  hash.update(JSON.stringify([input.sources, input.media, entries(input.probes), entries(input.sourceProblems)]));
  const dir = path.join(cacheDir(), 'content');
  const file = path.join(dir, `${hash.digest('hex')}.v8`);
  try {
    return v8.deserialize(fs.readFileSync(file)) as BuildResult;
  } catch {
    // Not made yet, or unreadable (a partial copy, another Node's format): parse.
  }
  const result = build();
  if (!result.content) return result;
  fs.mkdirSync(dir, { recursive: true });
  // Written whole under another name and renamed: a worker reading at the same moment sees the old file or the new one.
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, v8.serialize(result));
  fs.renameSync(tmp, file);
  // The newest few are kept (the bench and the tests build several content folders with one cache).
  const kept = fs.readdirSync(dir).filter((f) => f.endsWith('.v8')).map((f) => ({ f, t: fs.statSync(path.join(dir, f)).mtimeMs })).sort((a, b) => b.t - a.t);
  for (const { f } of kept.slice(4)) fs.rmSync(path.join(dir, f), { force: true });
  return result;
}

let code: string | undefined;

/**
 * A hash of the code that turns content into records: lib/, and the packages it parses with (the lock file names their
 * versions); none where lib/ cannot be read (then nothing is kept).
 */
function codeHash(): string | undefined {
  if (code !== undefined) return code;
  const lib = path.join(process.cwd(), 'lib');
  const lock = path.join(process.cwd(), 'package-lock.json');
  if (!fs.existsSync(lib)) return undefined;
  const hash = createHash('sha256').update(process.version);
  if (fs.existsSync(lock)) hash.update(fs.readFileSync(lock));
  for (const f of (fs.readdirSync(lib, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).sort()) hash.update(f).update(fs.readFileSync(path.join(lib, f)));
  code = hash.digest('hex');
  return code;
}
