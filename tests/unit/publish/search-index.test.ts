import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlesByYear, searchRecord } from '../../../lib/publish';
import { makeCorpus } from '../../../scripts/corpus';
import { CONTENT, ROOT, launchContent, tempDir } from '../helpers';

describe('the search index, one a year', () => {
  it('holds every article once, under its edition\'s year, newest year first', async () => {
    const c = await launchContent();
    const years = articlesByYear(c);
    expect(years.map((y) => y.year)).toEqual(['2020', '2019']);
    expect(years.flatMap((y) => y.articles.map((a) => a.id)).sort()).toEqual(c.articles.map((a) => a.id).sort());
    for (const { year, articles } of years) for (const a of articles) expect(c.edition.get(a.editionId)?.date.startsWith(year)).toBe(true);
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
    expect(index()).toMatch(/in 2 yearly indexes; written 2001, 2000 /);
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
    expect(index()).toMatch(/in 1 yearly indexes; written none/);
    expect(fs.readdirSync(path.join(site, 'pagefind'))).toEqual(['2000']);
  });
});
