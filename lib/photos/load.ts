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
import { buildContent, readSources, type BuildResult, type ContentSources, type KeptParse, type MediaFile, type ParseMemo, type SourceFile } from '../content';
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
  const memo = parseMemo(dir, input);
  const result = buildContent(input, { photoView: bodyPhoto }, memo);
  memo?.save();
  return result;
}

/**
 * A build loads the content many times over: the check, each of Next's workers (twice: its page-data step and its
 * pages), the post-build step and the search index. Parsing the editions is most of it (25,000 editions: 47 s of one
 * core each time), so each clean parse is kept in the cache, with what it read (lib/content/load.ts: ParseMemo), in one
 * file for the content folder, its catalogues and the code that parses (lib/ but the importer, the browser scripts and
 * the pages' helpers, and the locked packages), read back with V8's own serialiser. A load parses only the files that
 * changed since: one edition corrected in a city of 25,000 is one parse, not 25,000.
 */
function parseMemo(dir: string, input: ContentSources): (ParseMemo & { save(): void }) | undefined {
  const code = codeHash();
  if (!code) return undefined;
  const name = createHash('sha256').update(code).update(path.resolve(dir)).update(input.gazetteer.text).update('\0').update(input.awards.text).digest('hex');
  const folder = path.join(cacheDir(), 'parses');
  const file = path.join(folder, `${name}.v8`);
  let stored = new Map<string, Buffer>();
  try {
    stored = v8.deserialize(fs.readFileSync(file)) as Map<string, Buffer>;
  } catch {
    // Not made yet, or unreadable (a partial copy, another Node's format): everything is parsed.
  }
  const used = new Map<string, Buffer>();
  let kept = 0;
  const keyOf = (f: SourceFile) => createHash('sha256').update(f.path).update('\0').update(f.text).digest('hex');
  return {
    recall(f) {
      const key = keyOf(f);
      const bytes = stored.get(key);
      if (!bytes) return undefined;
      used.set(key, bytes);
      return v8.deserialize(bytes) as KeptParse;
    },
    keep(f, k) {
      // Serialised now: the records are the parser's, before anything downstream could change them.
      used.set(keyOf(f), v8.serialize(k));
      kept++;
    },
    save() {
      // Written when a file was parsed anew or one kept is no longer there, whole under another name and renamed: a
      // worker reading at the same moment sees the old file or the new one.
      if (!kept && used.size === stored.size) return;
      fs.mkdirSync(folder, { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, v8.serialize(used));
      fs.renameSync(tmp, file);
      // The newest few are kept (the bench and the tests load several content folders with one cache).
      const files = fs.readdirSync(folder).filter((f) => f.endsWith('.v8')).map((f) => ({ f, t: fs.statSync(path.join(folder, f)).mtimeMs })).sort((a, b) => b.t - a.t);
      for (const { f } of files.slice(6)) fs.rmSync(path.join(folder, f), { force: true });
    },
  };
}

let code: string | undefined;

/**
 * A hash of the code that turns content into records: lib/ but the importer, the browser scripts and the pages'
 * helpers (none of which the loader runs), and the packages it parses with (the lock file names their versions); none
 * where lib/ cannot be read (then nothing is kept).
 */
function codeHash(): string | undefined {
  if (code !== undefined) return code;
  const lib = path.join(process.cwd(), 'lib');
  const lock = path.join(process.cwd(), 'package-lock.json');
  if (!fs.existsSync(lib)) return undefined;
  const hash = createHash('sha256').update(process.version);
  if (fs.existsSync(lock)) hash.update(fs.readFileSync(lock));
  const loaderCode = (f: string) => f.endsWith('.ts') && !/^(import|browser|publish)[/\\]/.test(f);
  for (const f of (fs.readdirSync(lib, { recursive: true }) as string[]).filter(loaderCode).sort()) hash.update(f).update(fs.readFileSync(path.join(lib, f)));
  code = hash.digest('hex');
  return code;
}
