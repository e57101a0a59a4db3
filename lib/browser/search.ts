/**
 * Search over Pagefind's index, made precise for Chinese. No DOM: the search
 * panel supplies Pagefind; tests supply a fake.
 *
 * Pagefind splits Chinese text with jieba when indexing but splits the query
 * with the browser's Intl.Segmenter, and the two can disagree (pagefind issue
 * 1237): 楼道堆物 comes back matching pages that do not contain it. So each
 * query is also sent as quoted phrases, the candidates are merged, and only
 * pages whose text contains every term are kept.
 *
 * The index is in parts, one Pagefind index a year, or a half, quarter or
 * month of a year when a year holds more text than one indexer should
 * (scripts/search-index.ts): each carries a table of every page it holds
 * (~7 bytes an article), which for the whole city's decade would outweigh
 * the answer. A search reads the newest part, and merges the next older one
 * only when the newer ones have run out of candidates: most searches never
 * load an old part.
 */

export interface ResultData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
}
export interface PagefindResult {
  id: string;
  data: () => Promise<ResultData>;
}
export interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string, o?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
  mergeIndex: (indexPath: string) => Promise<void>;
}

export interface Hit {
  url: string;
  title: string;
  street: string;
  date: string;
  content: string;
}

export function isPagefind(m: unknown): m is Pagefind {
  const has = (k: string) => typeof m === 'object' && m !== null && k in m && typeof (m as Record<string, unknown>)[k] === 'function';
  return has('search') && has('options') && has('mergeIndex');
}

const squash = (s: string) => s.replace(/\s+/g, '');

/** The terms a query asks for: split on spaces, quotes dropped. */
export function queryTerms(query: string): string[] {
  return query.replace(/["“”]/g, ' ').split(/\s+/).filter(Boolean);
}

/** Candidates from the query as typed and as quoted phrases, best first, without repeats. */
export async function candidates(pagefind: Pagefind, terms: readonly string[], filters: Record<string, string>): Promise<PagefindResult[]> {
  if (!terms.length) return [];
  const byId = new Map<string, PagefindResult>();
  // The quoted phrases first: their pages nearly always hold the query, so the first batches verified are hits.
  for (const variant of [terms.map((t) => `"${t}"`).join(' '), terms.join(' ')]) {
    const found = await pagefind.search(variant, { filters });
    for (const r of found?.results ?? []) if (!byId.has(r.id)) byId.set(r.id, r);
  }
  return [...byId.values()];
}

/** Where a part's index is (its folder: `2024`, `2024-h2`, `2024-q3`, `2024-05`): the primary one's script is `${partIndex(p)}pagefind.js`. */
export const partIndex = (part: string) => `/pagefind/${part}/`;

/**
 * The index a page has loaded: Pagefind with the newest part's index
 * (`parts[0]`), and the older parts merged into it so far, in order
 * (`merges[i]` merges `parts[i + 1]`). Searches share it, so no part is
 * fetched twice.
 */
export interface Shelf {
  pagefind: Pagefind;
  parts: readonly string[];
  merges: Promise<void>[];
}

/** One search's candidates, a part at a time, newest first. */
export interface Parts {
  /** The next candidates: first from every part already loaded, then from one older part each time; undefined when all are searched. */
  next: () => Promise<PagefindResult[] | undefined>;
  /** Older parts this search has not reached. */
  left: () => number;
  /** Whether `next` has been asked yet (its first answer merges nothing). */
  started: () => boolean;
}

export function byPart(shelf: Shelf, terms: readonly string[], filters: Record<string, string>): Parts {
  // A merged index is searched together with those before it: candidates already seen are dropped.
  const seen = new Set<string>();
  let searched = 0;
  return {
    left: () => shelf.parts.length - Math.max(searched, 1),
    started: () => searched > 0,
    next: async () => {
      if (searched > 0) {
        if (searched >= shelf.parts.length) return undefined;
        shelf.merges[searched - 1] ??= shelf.pagefind.mergeIndex(partIndex(shelf.parts[searched]));
      }
      await Promise.all(shelf.merges);
      searched = shelf.merges.length + 1;
      const fresh = (await candidates(shelf.pagefind, terms, filters)).filter((r) => !seen.has(r.id));
      for (const r of fresh) seen.add(r.id);
      return fresh;
    },
  };
}

/** Each candidate costs a fragment download, so they are checked a batch at a time. */
export const BATCH = 10;

/**
 * What one step may fetch: a query found nowhere would otherwise verify every
 * page that shares a character with it (a thousand fragments, 2.7 MB, at
 * 5,000 editions) and load every part. A step stops after this many
 * candidates or one more part, and the reader may go on.
 */
export const STEP = { checks: 5 * BATCH, parts: 1 };

/**
 * Verifies candidates until `BATCH` more hits are found, none are left, or
 * the step's allowance is spent, taking older parts' candidates from `parts`
 * when the queue runs dry; returns every hit so far and the candidates not
 * yet checked.
 */
export async function nextHits(queue: readonly PagefindResult[], terms: readonly string[], found: readonly Hit[], parts?: Parts): Promise<{ hits: Hit[]; rest: PagefindResult[] }> {
  let rest = [...queue];
  const hits = [...found];
  const goal = found.length + BATCH;
  let checks = 0;
  // The first step reads the parts already loaded (no merge); each step may add one older part.
  let merges = parts?.started() ? 0 : -1;
  while (hits.length < goal && checks < STEP.checks) {
    if (!rest.length) {
      if (!parts || merges >= STEP.parts) break;
      const older = await parts.next();
      if (!older) break;
      merges++;
      rest = older;
      continue;
    }
    const data = await Promise.all(rest.slice(0, BATCH).map((r) => r.data()));
    rest = rest.slice(BATCH);
    checks += data.length;
    for (const d of data) {
      if (terms.every((t) => squash(d.content).includes(squash(t)))) {
        hits.push({ url: d.url, title: d.meta.title ?? d.url, street: d.meta.street ?? '', date: d.meta.date ?? '', content: d.content });
      }
    }
  }
  return { hits, rest };
}
