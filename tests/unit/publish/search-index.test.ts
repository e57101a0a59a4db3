import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../lib/content';
import { searchParts, searchRecord } from '../../../lib/publish';
import { makeCorpus } from '../../../scripts/corpus';
import { CONTENT, ROOT, launchContent, tempDir } from '../helpers';

describe('the search index, in parts', () => {
  it('is one part a year while a year\'s text fits one indexer, newest year first', async () => {
    const c = await launchContent();
    const parts = searchParts(c);
    expect(parts.map((p) => p.key)).toEqual(['2020', '2019']);
    for (const { key, articles } of parts) for (const a of articles) expect(a.date.startsWith(key)).toBe(true);
  });

  it('splits a year with more text than the cap into halves, quarters or months, as far as it must, losing no article', async () => {
    const c = await launchContent();
    const size = (articles: readonly Article[]) => articles.reduce((n, a) => n + searchRecord(c, a).content.length, 0);
    // The launch's 2019: 14 articles of November and December, and one edition dated by its year alone.
    expect(c.articles.some((a) => a.date === '2019')).toBe(true);
    for (const cap of [7_000, 5_000, 3_000, 500]) {
      const parts = searchParts(c, cap);
      expect(parts.flatMap((p) => p.articles.map((a) => a.id)).sort()).toEqual(c.articles.map((a) => a.id).sort());
      expect(new Set(parts.map((p) => p.key)).size).toBe(parts.length);
      for (const { key, articles } of parts) {
        // A part is over the cap only when it is a single month, or a year that fits.
        if (size(articles) > cap) expect(key).toMatch(/^\d{4}(-\d{2}|-undated)?$/);
        const [year, sub = ''] = key.split('-');
        for (const a of articles) {
          expect(a.date.slice(0, 4)).toBe(year);
          const month = Number(a.date.slice(5, 7));
          if (sub === 'undated') expect(month).toBe(0);
          else if (sub.startsWith('h')) expect(Math.ceil(month / 6)).toBe(Number(sub.slice(1)));
          else if (sub.startsWith('q')) expect(Math.ceil(month / 3)).toBe(Number(sub.slice(1)));
          else if (sub) expect(month).toBe(Number(sub));
        }
      }
    }
    // 2020 (6,207 characters, all of November) fits 7,000; 2019 (7,800) does not: its second half (5,733), then the undated edition.
    expect(searchParts(c, 7_000).map((p) => p.key)).toEqual(['2020', '2019-h2', '2019-undated']);
    // Under 5,000 each half and quarter is split again, down to November 2020 alone, which stays whole though over.
    expect(searchParts(c, 5_000).map((p) => p.key)).toEqual(['2020-11', '2019-12', '2019-11', '2019-undated']);
  });

  it('indexes what a reader finds an article by, and what a result shows', async () => {
    const c = await launchContent();
    const a = c.articles.find((x) => x.figures.length > 0) ?? c.articles[0];
    const r = searchRecord(c, a);
    expect(r.url).toBe(`/editions/${a.editionId}/${a.slug}/`);
    expect(r.content).toContain(a.title);
    for (const f of a.figures) expect(r.content).toContain(f.caption);
    expect(r.meta.title).toBe(a.title);
    expect(r.filters.street).toHaveLength(1);
  });
});

describe('npm run build\'s search index step (scripts/search-index.ts)', () => {
  it('writes again only the years whose articles changed, and removes a year no edition is left in', { timeout: 120_000 }, () => {
    const dir = tempDir('search-index');
    const corpus = makeCorpus(CONTENT, path.join(dir, 'content'), 6);
    const editions = path.join(corpus, 'editions');
    // Three editions a year: 2000 and 2001.
    for (const f of ['00003.md', '00004.md', '00005.md']) {
      const file = path.join(editions, f);
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^date: 2000-/m, 'date: 2001-'));
    }
    const site = path.join(dir, 'site');
    const index = () => {
      const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/search-index.ts'), site], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: corpus, CHENBAO_CACHE_DIR: path.join(dir, 'cache') } });
      expect(r.status, r.stderr).toBe(0);
      return r.stdout;
    };
    const entry = (year: string) => path.join(site, 'pagefind', year, 'pagefind-entry.json');
    expect(index()).toMatch(/in 2 indexes; written 2001, 2000 /);
    expect(fs.readdirSync(path.join(site, 'pagefind')).sort()).toEqual(['2000', '2001']);
    // Only Pagefind's search itself is kept, not its ready-made interfaces.
    expect(fs.readdirSync(path.join(site, 'pagefind', '2000')).filter((f) => f.startsWith('pagefind-ui'))).toEqual([]);
    const before = fs.statSync(entry('2000')).mtimeMs;

    expect(index()).toMatch(/written none/);
    const file = path.join(editions, '00004.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^## (.+)$/m, '## $1（更正）'));
    expect(index()).toMatch(/written 2001 /);
    expect(fs.statSync(entry('2000')).mtimeMs).toBe(before);

    for (const f of ['00003.md', '00004.md', '00005.md']) fs.rmSync(path.join(editions, f));
    expect(index()).toMatch(/in 1 indexes; written none/);
    expect(fs.readdirSync(path.join(site, 'pagefind'))).toEqual(['2000']);
  });
});
