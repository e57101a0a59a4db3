/**
 * One edition live without a full build, end to end on a small corpus: an
 * edition added, another corrected and a third deleted, built incrementally
 * (scripts/incremental.ts), give the same site, file for file and byte for
 * byte, as a full build of the same content.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { Content } from '../../lib/content';
import { loadContent } from '../../lib/photos';
import { buildSite } from '../../scripts/build-site';
import { makeCorpus } from '../../scripts/corpus';
import { buildIncremental } from '../../scripts/incremental';
import { CONTENT, ROOT, tempDir } from '../unit/helpers';

describe('an incremental build', () => {
  let cache = '';
  const previousCache = process.env.CHENBAO_CACHE_DIR;
  // Next builds only inside the project, and keeps its compiler's cache by the folder's name: fixed names.
  const site = path.join(ROOT, 'bench-corpus', 'site-incremental');
  const full = path.join(ROOT, 'bench-corpus', 'site-incremental-full');
  const env = { NEXT_BUILD_ID: 'incremental-test' };

  beforeAll(() => {
    cache = fs.mkdtempSync(path.join(ROOT, 'bench-corpus', 'cache-incremental-'));
    process.env.CHENBAO_CACHE_DIR = cache;
  });
  afterAll(() => {
    if (previousCache === undefined) delete process.env.CHENBAO_CACHE_DIR;
    else process.env.CHENBAO_CACHE_DIR = previousCache;
    for (const d of [cache, site, full, `${site}-partial`]) fs.rmSync(d, { recursive: true, force: true });
  });

  const files = (dir: string) => (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort();
  async function loaded(dir: string): Promise<Content> {
    const r = await loadContent(dir);
    if (!r.content) throw new Error(r.issues.map((i) => i.message).join('\n'));
    return r.content;
  }
  /** The incremental build of the corpus as it is now, against a full build of the same content. */
  async function sameAsFull(corpus: string, changedFiles: string[], deletions: number): Promise<void> {
    const c = await loaded(corpus);
    const { plan } = buildIncremental(corpus, site, c, env);
    expect(plan).toMatchObject({ full: false });
    if (plan.full) return;
    // The editions changed, and those whose awards another edition reports too (they print the reports).
    for (const f of changedFiles) expect(plan.changed).toContain(c.editions.find((e) => e.path.endsWith(f))?.id);
    expect(plan.deleted).toHaveLength(deletions);
    // Fewer pages than a full build.
    expect(plan.select.editions.length).toBeLessThan(c.editions.length);
    fs.rmSync(full, { recursive: true, force: true });
    buildSite(corpus, full, env);
    const want = files(full);
    expect(files(site)).toEqual(want);
    expect(want.filter((f) => !fs.readFileSync(path.join(site, f)).equals(fs.readFileSync(path.join(full, f))))).toEqual([]);
  }

  it('of an edition added, one corrected and one deleted equals a full build of the same content', { timeout: 900_000 }, async () => {
    const corpus = makeCorpus(CONTENT, path.join(tempDir('incremental'), 'content'), 12);
    onTestFinished(() => fs.rmSync(corpus, { recursive: true, force: true }));
    const first = buildIncremental(corpus, site, await loaded(corpus), env);
    expect(first.plan).toMatchObject({ full: true });
    const editions = path.join(corpus, 'editions');

    // One push: an edition added (of a street that has others), an older one corrected (a headline), a third deleted.
    fs.writeFileSync(path.join(editions, '00099.md'), fs.readFileSync(path.join(editions, '00006.md'), 'utf8').replace(/^date: .*$/m, 'date: 2001-06-01'));
    const older = path.join(editions, '00002.md');
    const text = fs.readFileSync(older, 'utf8');
    const headline = /^## (.+)$/m.exec(text)?.[1] ?? '';
    expect(headline).not.toBe('');
    fs.writeFileSync(older, text.replace(`## ${headline}`, `## ${headline}（更正）`));
    fs.rmSync(path.join(editions, '00004.md'));
    await sameAsFull(corpus, ['00099.md', '00002.md'], 1);
  });
});
