/**
 * The one loader's kept parses (lib/photos/load.ts): an edition that has not changed is recalled from the cache
 * instead of parsed again, exactly as parsing would give it; a changed one, or one whose photos changed, is parsed
 * again; a parse with findings is never kept.
 */
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { KeptParse } from '../../../lib/content';
import { loadContent } from '../../../lib/photos';
import { CONTENT, photoEditionContent, tempDir } from '../helpers';
import { PHOTO_EDITION } from '../../../scripts/fixture-site';

/** The launch content in a folder of its own, with a cache of its own. */
function launchCopy() {
  const dir = tempDir('parses');
  fs.cpSync(CONTENT, dir, { recursive: true });
  const cache = path.join(dir, '.cache');
  process.env.CHENBAO_CACHE_DIR = cache;
  onTestFinished(() => {
    delete process.env.CHENBAO_CACHE_DIR;
  });
  const folder = path.join(cache, 'parses');
  const memoFiles = () => (fs.existsSync(folder) ? fs.readdirSync(folder).filter((f) => f.endsWith('.v8')).map((f) => path.join(folder, f)) : []);
  const kept = () => memoFiles().flatMap((f) => [...(v8.deserialize(fs.readFileSync(f)) as Map<string, Buffer>).values()].map((b) => v8.deserialize(b) as KeptParse));
  const editionFile = () => path.join(dir, 'editions', fs.readdirSync(path.join(dir, 'editions')).filter((f) => f.endsWith('.md'))[0]);
  return { dir, memoFiles, kept, editionFile };
}

describe('kept parses', () => {
  it('give what parsing gives, with records shared as they were', async () => {
    const { dir, memoFiles, kept } = launchCopy();
    const parsed = await loadContent(dir);
    expect(memoFiles()).toHaveLength(1);
    expect(kept()).toHaveLength(parsed.content?.editions.length ?? -1);
    const written = fs.statSync(memoFiles()[0]).mtimeMs;
    const read = await loadContent(dir);
    expect(read).toEqual(parsed);
    // Nothing new: the file is not written again.
    expect(fs.statSync(memoFiles()[0]).mtimeMs).toBe(written);
    const c = read.content;
    if (!c) throw new Error('no content');
    // One record under every index that lists it, as parsing links them; awards added to copies, not to what is kept.
    expect(c.article.get(c.articles[0].id)).toBe(c.articles[0]);
    expect(c.articlesByStreet.get(c.articles[0].streetId)).toContain(c.articles[0]);
    expect(c.articles.some((a) => a.awardIds.length > 0)).toBe(true);
    expect(kept().flatMap((k) => k.parsed.articles).every((a) => a.awardIds.length === 0)).toBe(true);
  });

  it('are what answers: a planted parse is what the loader returns while its file is unchanged', async () => {
    const { dir, memoFiles } = launchCopy();
    const before = await loadContent(dir);
    const file = memoFiles()[0];
    const map = v8.deserialize(fs.readFileSync(file)) as Map<string, Buffer>;
    for (const [key, bytes] of map) {
      const k = v8.deserialize(bytes) as KeptParse;
      for (const a of k.parsed.articles) a.title = `${a.title}（缓存）`;
      map.set(key, v8.serialize(k));
    }
    fs.writeFileSync(file, v8.serialize(map));
    const planted = await loadContent(dir);
    expect(planted.content?.articles.map((a) => a.title)).toEqual(before.content?.articles.map((a) => `${a.title}（缓存）`));
  });

  it('are not used for an edition that changed, and the others still are', async () => {
    const { dir, memoFiles, kept, editionFile } = launchCopy();
    const before = await loadContent(dir);
    const file = editionFile();
    const text = fs.readFileSync(file, 'utf8');
    const title = /^## (.+)$/m.exec(text)?.[1] ?? '';
    fs.writeFileSync(file, text.replace(`## ${title}`, `## ${title}（更正）`));
    const changed = await loadContent(dir);
    expect(changed.content?.articles.map((a) => a.title)).toContain(`${title}（更正）`);
    expect(changed.content?.articles.map((a) => a.title)).not.toContain(title);
    expect(changed.content?.articles).toHaveLength(before.content?.articles.length ?? -1);
    // The old parse of that file is dropped, the new one kept: one parse a file.
    expect(kept()).toHaveLength(before.content?.editions.length ?? -1);
    // A file cut short (a copy interrupted) is no answer: the content is parsed again, the same.
    for (const f of memoFiles()) fs.writeFileSync(f, 'not kept parses');
    expect(await loadContent(dir)).toEqual(changed);
  });

  it('are parsed again when a photo an edition names changes', async () => {
    const { dir } = await photoEditionContent();
    const folder = path.join(dir, 'media', PHOTO_EDITION);
    const photo = path.join(folder, fs.readdirSync(folder).find((p) => /\.(jpe?g|png|webp)$/i.test(p)) ?? '');
    const memo = path.join(process.env.CHENBAO_CACHE_DIR ?? '', 'parses');
    expect(fs.readdirSync(memo).filter((f) => f.endsWith('.v8'))).toHaveLength(1);
    // Unreadable now: the edition that names it must say so at its line, not recall its clean parse.
    fs.writeFileSync(photo, 'not a photo');
    const r = await loadContent(dir);
    expect(r.content).toBeUndefined();
    expect(r.issues.some((i) => i.path.endsWith(`${PHOTO_EDITION}.md`) && i.severity === 'error')).toBe(true);
  });

  it('keep nothing of an edition with errors, and the rest as parsed', async () => {
    const { dir, kept, editionFile } = launchCopy();
    const file = editionFile();
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^date: .*$/m, 'date: 2019-13-45'));
    const r = await loadContent(dir);
    expect(r.content).toBeUndefined();
    expect(r.issues.some((i) => i.path.endsWith(path.basename(file)) && i.field === 'date')).toBe(true);
    const editions = fs.readdirSync(path.join(dir, 'editions')).filter((f) => f.endsWith('.md')).length;
    expect(kept()).toHaveLength(editions - 1);
  });
});
