import { describe, expect, it } from 'vitest';
import { BATCH, STEP, byPart, candidates, isPagefind, nextHits, queryTerms, type Pagefind, type PagefindResult } from '../../../lib/browser/search';

/**
 * A fake index: a raw query also matches pages that only share a segment, as Pagefind's does (issue 1237). `older`
 * are the other parts' indexes by path: merging one adds its pages to every later search, as Pagefind's mergeIndex does.
 */
function fakePagefind(pages: Record<string, string>, older: Record<string, Record<string, string>> = {}): Pagefind & { asked: string[]; merged: string[] } {
  const asked: string[] = [];
  const merged: string[] = [];
  const all = { ...pages };
  const result = (url: string): PagefindResult => ({ id: url, data: async () => ({ url, content: all[url], meta: { title: `T${url}` } }) });
  return {
    asked,
    merged,
    options: async () => undefined,
    mergeIndex: async (indexPath) => {
      merged.push(indexPath);
      Object.assign(all, older[indexPath]);
    },
    search: async (q) => {
      asked.push(q);
      const quoted = q.includes('"');
      const terms = queryTerms(q);
      const urls = Object.keys(all).filter((u) => terms.every((t) => (quoted ? all[u].includes(t) : [...t].some((ch) => all[u].includes(ch)))));
      return { results: urls.map(result) };
    },
  };
}

describe('search', () => {
  const pages = { '/a/': '楼道堆物整治', '/b/': '楼道很干净', '/c/': '堆物清理', '/d/': '加装电梯' };

  it('splits queries into terms', () => {
    expect(queryTerms(' 加装电梯  “广场舞” ')).toEqual(['加装电梯', '广场舞']);
    expect(queryTerms('   ')).toEqual([]);
  });

  it('asks as typed and as quoted phrases, and keeps only pages that contain every term', async () => {
    const pf = fakePagefind(pages);
    const found = await candidates(pf, ['楼道堆物'], {});
    expect(found.map((r) => r.id).sort()).toEqual(['/a/', '/b/', '/c/']);
    expect(pf.asked).toEqual(['"楼道堆物"', '楼道堆物']);
    const { hits, rest } = await nextHits(found, ['楼道堆物'], []);
    expect(hits.map((h) => h.url)).toEqual(['/a/']);
    expect(rest).toEqual([]);
  });

  it('verifies in batches and says what is left', async () => {
    const many = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`/p${i}/`, i % 2 ? '电梯' : '楼梯']));
    const pf = fakePagefind(many);
    const all = await candidates(pf, ['电梯'], {});
    expect(all).toHaveLength(50);
    const first = await nextHits(all, ['电梯'], []);
    expect(first.hits).toHaveLength(BATCH);
    expect(first.hits.every((h) => h.content === '电梯')).toBe(true);
    const second = await nextHits(first.rest, ['电梯'], first.hits);
    expect(second.hits).toHaveLength(Math.min(25, 2 * BATCH));
    // Asked again until nothing is left: every one of the 25 true hits, once.
    let more = second;
    while (more.rest.length) more = await nextHits(more.rest, ['电梯'], more.hits);
    expect(more.hits.map((h) => h.url).sort()).toEqual(Object.keys(many).filter((u) => many[u] === '电梯').sort());
  });

  it('reads the newest part first, and merges an older part only when the newer ones run out', async () => {
    const year = (y: number, n: number, word: string) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`/${y}/${i}/`, i % 3 ? word : '楼梯']));
    const pf = fakePagefind(year(2024, 30, '电梯'), { '/pagefind/2023/': year(2023, 6, '电梯'), '/pagefind/2022/': year(2022, 30, '电梯') });
    const shelf = { pagefind: pf, parts: ['2024', '2023', '2022'], merges: [] };
    const parts = byPart(shelf, ['电梯'], {});
    // 20 true hits in 2024: the first ten (and any more in the batch that found the tenth) come from it alone.
    const first = await nextHits([], ['电梯'], [], parts);
    expect(first.hits.length).toBeGreaterThanOrEqual(BATCH);
    expect(first.hits.every((h) => h.url.startsWith('/2024/'))).toBe(true);
    expect(pf.merged).toEqual([]);
    expect(parts.left()).toBe(2);
    // Until every part is read: each true hit once, newest part first, each part merged once.
    let more = first;
    while (more.rest.length || parts.left()) more = await nextHits(more.rest, ['电梯'], more.hits, parts);
    const urls = more.hits.map((h) => h.url);
    expect(urls).toHaveLength(20 + 4 + 20);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls.map((u) => u.slice(1, 5))).toEqual([...Array(20).fill('2024'), ...Array(4).fill('2023'), ...Array(20).fill('2022')]);
    expect(pf.merged).toEqual(['/pagefind/2023/', '/pagefind/2022/']);
    // A later search starts from every part already loaded, and loads none again.
    const again = byPart(shelf, ['楼梯'], {});
    const stairs = await nextHits([], ['楼梯'], [], again);
    expect(stairs.hits.length).toBeGreaterThanOrEqual(BATCH);
    expect(again.left()).toBe(0);
    expect(pf.merged).toHaveLength(2);
  });

  it('a query found nowhere fetches a bounded step, then lets the reader go on', async () => {
    // 200 pages share a character with the query, none holds it; the two older parts likewise.
    const loose = (y: number) => Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`/${y}/${i}/`, '火车站']));
    const pf = fakePagefind(loose(2024), { '/pagefind/2023/': loose(2023), '/pagefind/2022/': loose(2022) });
    const fetched = (r: { rest: PagefindResult[] }, total: number) => total - r.rest.length;
    const parts = byPart({ pagefind: pf, parts: ['2024', '2023', '2022'], merges: [] }, ['火星基地'], {});
    const first = await nextHits([], ['火星基地'], [], parts);
    expect(first.hits).toEqual([]);
    expect(fetched(first, 200)).toBe(STEP.checks);
    expect(pf.merged).toEqual([]);
    // Going on: the rest of this part, at most one older part a step.
    let step = first;
    const merged: number[] = [];
    while (step.rest.length || parts.left()) {
      step = await nextHits(step.rest, ['火星基地'], step.hits, parts);
      merged.push(pf.merged.length);
    }
    expect(step.hits).toEqual([]);
    expect(merged.every((m, i) => m - (merged[i - 1] ?? 0) <= STEP.parts)).toBe(true);
    expect(pf.merged).toEqual(['/pagefind/2023/', '/pagefind/2022/']);
  });

  it('recognises the Pagefind module', () => {
    expect(isPagefind(fakePagefind({}))).toBe(true);
    expect(isPagefind({ search: 1 })).toBe(false);
    expect(isPagefind(null)).toBe(false);
  });
});
