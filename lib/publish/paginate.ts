/**
 * Listing pages (a street's or a residential area's articles) are cut into
 * pages of PAGE_SIZE so that no page grows with the archive. Page 1 lives at
 * the listing's own URL, page n at `<base>page/n/`: the URL of page 1 never
 * changes, and a link to page n stays valid until the archive shrinks.
 */
export const PAGE_SIZE = 20;

export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

export function pageSlice<T>(items: readonly T[], page: number, size = PAGE_SIZE): T[] {
  return items.slice((page - 1) * size, page * size);
}

export function pageHref(base: string, page: number): string {
  return page === 1 ? base : `${base}page/${page}/`;
}

/**
 * The optional catch-all segment of a listing route: none for page 1,
 * ['page', 'n'] for page n ≥ 2. Always includes page 1, so a static export
 * never sees an empty parameter list.
 */
export function pageSegments(pages: number): string[][] {
  return Array.from({ length: pages }, (_, i) => (i === 0 ? [] : ['page', String(i + 1)]));
}

/** The page number a catch-all segment names, or undefined when it names none (a 404). */
export function parsePageSegment(segment: readonly string[] | undefined, pages: number): number | undefined {
  if (!segment || segment.length === 0) return 1;
  if (segment.length !== 2 || segment[0] !== 'page' || !/^[1-9]\d*$/.test(segment[1])) return undefined;
  const n = Number(segment[1]);
  return n >= 2 && n <= pages ? n : undefined;
}

/** Page numbers to link, with null for a gap: 1 … 4 5 6 … 20. */
export function pageWindow(page: number, pages: number, radius = 1): (number | null)[] {
  const out: (number | null)[] = [];
  for (let n = 1; n <= pages; n++) {
    if (n === 1 || n === pages || Math.abs(n - page) <= radius) out.push(n);
    else if (out[out.length - 1] !== null) out.push(null);
  }
  return out;
}
