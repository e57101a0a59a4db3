/**
 * The search page's script (/js/search.js): the query and its filters live in
 * the URL (?q=&street=&residence=), so a search can be shared and the back
 * button works; Pagefind finds candidates and ./search.ts keeps only the
 * pages that contain every term. Results are built from the page's own
 * <template>, with text set as text: nothing from the index becomes markup.
 */
import { byPart, isPagefind, nextHits, queryTerms, partIndex, type Hit, type PagefindResult, type Shelf, type Parts } from './search';

const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const results = document.querySelector<HTMLElement>('[data-search-results]');
const templates = document.querySelector<HTMLTemplateElement>('[data-search-templates]');

let loading: Promise<Shelf> | undefined;
/** The newest part's index; older parts join it as searches need them. The page lists the parts, newest first. */
function loadShelf(): Promise<Shelf> {
  const parts = (results?.dataset.searchParts ?? '').split(' ').filter(Boolean);
  loading ??= (parts.length ? import(`${partIndex(parts[0])}pagefind.js`) : Promise.resolve(undefined)).then(async (m: unknown) => {
    if (!isPagefind(m)) throw new Error('search index did not load');
    await m.options({ excerptLength: 30 });
    return { pagefind: m, parts, merges: [] };
  });
  return loading;
}

function part<T extends HTMLElement>(name: string): T {
  const el = templates?.content.querySelector<T>(`[data-t="${name}"]`);
  if (!el) throw new Error(`search template "${name}" is missing`);
  const copy = el.cloneNode(true) as T;
  copy.removeAttribute('data-t');
  return copy;
}

function status(text: string): HTMLElement {
  const p = part('status');
  p.textContent = text;
  return p;
}

/** About 90 characters around the first match, every term marked. */
export function excerpt(into: HTMLElement, text: string, terms: readonly string[]): void {
  const first = Math.max(0, Math.min(...terms.map((t) => text.indexOf(t)).filter((i) => i >= 0)));
  const start = Math.max(0, first - 30);
  const slice = text.slice(start, start + 90);
  const pattern = new RegExp(`(${terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'g');
  if (start > 0) into.append('……');
  slice.split(pattern).forEach((piece, i) => {
    if (i % 2 === 1) {
      const mark = document.createElement('mark');
      mark.textContent = piece;
      into.append(mark);
    } else if (piece) into.append(piece);
  });
  if (start + 90 < text.length) into.append('……');
}

function hitItem(h: Hit, terms: readonly string[]): HTMLElement {
  const li = part('hit');
  const [link, meta, text] = [li.querySelector('a'), ...li.querySelectorAll('p')];
  if (link) {
    link.href = h.url;
    link.textContent = h.title;
  }
  if (meta) meta.textContent = `${h.street} · ${h.date}`;
  if (text) excerpt(text, h.content, terms);
  return li;
}

interface Search {
  asked: string;
  hits: Hit[];
  pending: PagefindResult[];
  parts: Parts;
}

/** Draws what a search has found so far, with 显示更多 while candidates or older parts remain. */
function show(s: Search, more: () => void): void {
  if (!results) return;
  const terms = queryTerms(s.asked);
  const open = s.pending.length > 0 || s.parts.left() > 0;
  const found = s.hits.length ? `“${s.asked}”已找到 ${s.hits.length} 篇文章，还有更多` : `较新的文章中没有“${s.asked}”，可以继续查找更早的文章`;
  const summary = status(open ? found : `“${s.asked}”共找到 ${s.hits.length} 篇文章`);
  const list = part('list');
  for (const h of s.hits) list.append(hitItem(h, terms));
  const parts: HTMLElement[] = [summary, list];
  if (open) {
    const button = part<HTMLButtonElement>('more');
    if (!s.hits.length) button.textContent = '继续查找';
    button.addEventListener('click', more);
    parts.push(button);
  }
  results.replaceChildren(...parts);
}

let current = 0;

async function run(q: string, street: string, residence: string): Promise<void> {
  const mine = ++current;
  if (!results) return;
  if (!q.trim()) {
    results.replaceChildren();
    return;
  }
  // A new search starts empty, so old results never pass for new ones.
  results.replaceChildren(status('正在搜索……'));
  const filters: Record<string, string> = {};
  if (street) filters.street = street;
  if (residence) filters.residence = residence;
  const terms = queryTerms(q);
  try {
    const parts = byPart(await loadShelf(), terms, filters);
    const found = await nextHits([], terms, [], parts);
    if (mine !== current) return;
    const s: Search = { asked: q.trim(), hits: found.hits, pending: found.rest, parts };
    const more = async () => {
      results.append(status('正在搜索……'));
      const next = await nextHits(s.pending, terms, s.hits, parts);
      if (mine !== current) return;
      Object.assign(s, { hits: next.hits, pending: next.rest });
      show(s, () => void more());
    };
    show(s, () => void more());
  } catch {
    if (mine === current) results.replaceChildren(status('搜索索引未能加载，请稍后再试。'));
  }
}

let residenceList: Promise<Record<string, string[]>> | undefined;

/** The second filter offers the chosen street's areas (and keeps the one the URL names). */
async function fillResidences(select: HTMLSelectElement, street: string, chosen: string): Promise<void> {
  let names: string[] = [];
  if (street) {
    residenceList ??= fetch('/search/residences.json').then((r) => r.json() as Promise<Record<string, string[]>>);
    names = (await residenceList.catch(() => ({}) as Record<string, string[]>))[street] ?? [];
  }
  if (chosen && !names.includes(chosen)) names = [chosen, ...names];
  const all = document.createElement('option');
  all.value = '';
  all.textContent = '全部';
  select.replaceChildren(all, ...names.map((n) => new Option(n, n, false, n === chosen)));
}

function fromUrl(): void {
  if (!form) return;
  const p = new URLSearchParams(window.location.search);
  const [q, street, residence] = ['q', 'street', 'residence'].map((k) => p.get(k) ?? '');
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
  const query = field('q');
  const streets = field('street');
  if (query) query.value = q;
  if (streets) streets.value = street;
  const residences = field('residence');
  if (residences instanceof HTMLSelectElement) void fillResidences(residences, street, residence);
  void run(q, street, residence);
}

if (form) {
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const p = new URLSearchParams();
    for (const k of ['q', 'street', 'residence']) {
      const v = String(data.get(k) ?? '').trim();
      if (v) p.set(k, v);
    }
    window.history.pushState(null, '', `?${p.toString()}`);
    void run(String(data.get('q') ?? ''), String(data.get('street') ?? ''), String(data.get('residence') ?? ''));
  });
  const street = form.elements.namedItem('street');
  const residence = form.elements.namedItem('residence');
  if (street instanceof HTMLSelectElement && residence instanceof HTMLSelectElement) {
    street.addEventListener('change', () => void fillResidences(residence, street.value, ''));
  }
  window.addEventListener('popstate', fromUrl);
  fromUrl();
}
