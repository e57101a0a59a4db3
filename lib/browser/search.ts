/**
 * Search over Pagefind's index, made precise for Chinese. No DOM: the search
 * panel supplies Pagefind; tests supply a fake.
 *
 * Pagefind splits Chinese text with jieba when indexing but splits the query
 * with the browser's Intl.Segmenter, and the two can disagree (pagefind issue
 * 1237): 楼道堆物 comes back matching pages that do not contain it. So each
 * query is also sent as quoted phrases, the candidates are merged, and only
 * pages whose text contains every term are kept.
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
}

export interface Hit {
  url: string;
  title: string;
  street: string;
  date: string;
  content: string;
}

export function isPagefind(m: unknown): m is Pagefind {
  return typeof m === 'object' && m !== null && 'search' in m && typeof m.search === 'function' && 'options' in m && typeof m.options === 'function';
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
  for (const variant of [terms.join(' '), terms.map((t) => `"${t}"`).join(' ')]) {
    const found = await pagefind.search(variant, { filters });
    for (const r of found?.results ?? []) if (!byId.has(r.id)) byId.set(r.id, r);
  }
  return [...byId.values()];
}

/** Each candidate costs a fragment download, so they are checked a batch at a time. */
export const BATCH = 10;

/**
 * Verifies candidates until `BATCH` more hits are found or none are left;
 * returns every hit so far and the candidates not yet checked.
 */
export async function nextHits(queue: readonly PagefindResult[], terms: readonly string[], found: readonly Hit[]): Promise<{ hits: Hit[]; rest: PagefindResult[] }> {
  let rest = [...queue];
  const hits = [...found];
  const goal = found.length + BATCH;
  while (rest.length && hits.length < goal) {
    const data = await Promise.all(rest.slice(0, BATCH).map((r) => r.data()));
    rest = rest.slice(BATCH);
    for (const d of data) {
      if (terms.every((t) => squash(d.content).includes(squash(t)))) {
        hits.push({ url: d.url, title: d.meta.title ?? d.url, street: d.meta.street ?? '', date: d.meta.date ?? '', content: d.content });
      }
    }
  }
  return { hits, rest };
}
