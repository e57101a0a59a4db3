import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PAGE_SIZE, pageCount, pageHref, pageSegments, pageSlice, pageWindow, parsePageSegment } from '../../../lib/publish/paginate';

describe('pagination of listings', () => {
  it('has at least one page, and every item on exactly one page', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 200 }), fc.integer({ min: 1, max: 30 }), (items, size) => {
        const pages = pageCount(items.length, size);
        expect(pages).toBeGreaterThanOrEqual(1);
        const all = Array.from({ length: pages }, (_, i) => pageSlice(items, i + 1, size)).flat();
        expect(all).toEqual(items);
        for (let p = 1; p < pages; p++) expect(pageSlice(items, p, size)).toHaveLength(size);
      }),
    );
  });

  it('keeps page 1 at the listing URL and numbers the rest', () => {
    expect(pageHref('/streets/xianxia/', 1)).toBe('/streets/xianxia/');
    expect(pageHref('/streets/xianxia/', 3)).toBe('/streets/xianxia/page/3/');
    expect(pageCount(PAGE_SIZE)).toBe(1);
    expect(pageCount(PAGE_SIZE + 1)).toBe(2);
  });

  it('always exports page 1, so a static export never gets an empty parameter list', () => {
    expect(pageSegments(1)).toEqual([[]]);
    expect(pageSegments(3)).toEqual([[], ['page', '2'], ['page', '3']]);
  });

  it('reads back what it exports, and nothing else', () => {
    for (const seg of pageSegments(5)) expect(parsePageSegment(seg, 5)).toBe(seg.length ? Number(seg[1]) : 1);
    expect(parsePageSegment(undefined, 5)).toBe(1);
    for (const bad of [['page', '1'], ['page', '6'], ['page', '02'], ['page', 'x'], ['2'], ['pages', '2'], ['page', '2', 'x']]) {
      expect(parsePageSegment(bad, 5), bad.join('/')).toBeUndefined();
    }
  });

  it('shows the first, last and neighbouring pages with gaps between', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(5, 20)).toEqual([1, null, 4, 5, 6, null, 20]);
    expect(pageWindow(20, 20)).toEqual([1, null, 19, 20]);
  });
});
