import { describe, expect, it } from 'vitest';
import { BATCH, candidates, isPagefind, nextHits, queryTerms, type Pagefind, type PagefindResult } from '../../../lib/browser/search';

/** A fake index: a raw query also matches pages that only share a segment, as Pagefind's does (issue 1237). */
function fakePagefind(pages: Record<string, string>): Pagefind & { asked: string[] } {
  const asked: string[] = [];
  const result = (url: string): PagefindResult => ({ id: url, data: async () => ({ url, content: pages[url], meta: { title: `T${url}` } }) });
  return {
    asked,
    options: async () => undefined,
    search: async (q) => {
      asked.push(q);
      const quoted = q.includes('"');
      const terms = queryTerms(q);
      const urls = Object.keys(pages).filter((u) => terms.every((t) => (quoted ? pages[u].includes(t) : [...t].some((ch) => pages[u].includes(ch)))));
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
    expect(pf.asked).toEqual(['楼道堆物', '"楼道堆物"']);
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

  it('recognises the Pagefind module', () => {
    expect(isPagefind(fakePagefind({}))).toBe(true);
    expect(isPagefind({ search: 1 })).toBe(false);
    expect(isPagefind(null)).toBe(false);
  });
});
