'use client';
/**
 * The search panel: the only client script of our own, since search needs
 * interaction; every other page is plain HTML. The matching rules, and why
 * they are needed for Chinese, are in lib/browser/search.ts.
 */
import { useCallback, useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { candidates, isPagefind, nextHits, queryTerms, type Hit, type Pagefind, type PagefindResult } from '@/lib/browser';

let loading: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  loading ??= import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url).then(async (m: unknown) => {
    if (!isPagefind(m)) throw new Error('search index did not load');
    await m.options({ excerptLength: 30 });
    return m;
  });
  return loading;
}

/** About 80 characters around the first match, every term marked. */
function Excerpt({ text, terms }: { text: string; terms: string[] }) {
  const first = Math.max(0, Math.min(...terms.map((t) => text.indexOf(t)).filter((i) => i >= 0)));
  const start = Math.max(0, first - 30);
  const slice = text.slice(start, start + 90);
  const pattern = new RegExp(`(${terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'g');
  const parts: ReactNode[] = slice.split(pattern).map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : part));
  return (
    <p className="mt-1 text-[0.95rem] leading-relaxed">
      {start > 0 && '……'}
      {parts}
      {start + 90 < text.length && '……'}
    </p>
  );
}

type Status = 'idle' | 'loading' | 'done' | 'error';

/** The search itself: candidates from Pagefind, checked a batch at a time; a new search starts empty. */
function useSearch() {
  const [hits, setHits] = useState<Hit[]>([]);
  const [pending, setPending] = useState<PagefindResult[]>([]);
  const [status, setStatus] = useState<Status>('idle');
  const [asked, setAsked] = useState('');

  const fill = useCallback(async (queue: PagefindResult[], terms: string[], found: Hit[]) => {
    const next = await nextHits(queue, terms, found);
    setHits(next.hits);
    setPending(next.rest);
  }, []);

  const run = useCallback(async (q: string, s: string, r: string) => {
    if (!q.trim()) {
      setHits([]);
      setStatus('idle');
      return;
    }
    // A new search starts empty, so old results never pass for new ones.
    setHits([]);
    setPending([]);
    setStatus('loading');
    try {
      const filters: Record<string, string> = {};
      if (s) filters.street = s;
      if (r) filters.residence = r;
      const terms = queryTerms(q);
      await fill(await candidates(await loadPagefind(), terms, filters), terms, []);
      setAsked(q.trim());
      setStatus('done');
    } catch {
      setStatus('error');
    }
  }, [fill]);

  const more = async () => {
    setStatus('loading');
    try {
      await fill(pending, queryTerms(asked), hits);
      setStatus('done');
    } catch {
      setStatus('error');
    }
  };
  return { hits, pending, status, asked, run, more };
}

export function SearchPanel({ streets, residences }: { streets: string[]; residences: { name: string; street: string }[] }) {
  const [query, setQuery] = useState('');
  const [street, setStreet] = useState('');
  const [residence, setResidence] = useState('');
  const { hits, pending, status, asked, run, more } = useSearch();

  // The query lives in the URL (?q=&street=&residence=) so a search can be shared.
  useEffect(() => {
    const fromUrl = () => {
      const p = new URLSearchParams(window.location.search);
      const q = p.get('q') ?? '';
      const s = p.get('street') ?? '';
      const r = p.get('residence') ?? '';
      setQuery(q);
      setStreet(s);
      setResidence(r);
      void run(q, s, r);
    };
    fromUrl();
    window.addEventListener('popstate', fromUrl);
    return () => window.removeEventListener('popstate', fromUrl);
  }, [run]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const p = new URLSearchParams();
    if (query.trim()) p.set('q', query.trim());
    if (street) p.set('street', street);
    if (residence) p.set('residence', residence);
    window.history.pushState(null, '', `?${p.toString()}`);
    void run(query, street, residence);
  };

  return (
    <div>
      <SearchForm streets={streets} residences={residences} query={query} street={street} residence={residence} onQuery={setQuery} onStreet={(v) => { setStreet(v); setResidence(''); }} onResidence={setResidence} onSubmit={submit} />
      <SearchResults status={status} asked={asked} hits={hits} more={pending.length > 0 ? () => void more() : undefined} />
    </div>
  );
}

interface FormProps {
  streets: string[];
  residences: { name: string; street: string }[];
  query: string;
  street: string;
  residence: string;
  onQuery: (v: string) => void;
  onStreet: (v: string) => void;
  onResidence: (v: string) => void;
  onSubmit: (e: FormEvent) => void;
}

/** The query and its filters; a plain GET form, so it reads the same before the script runs. */
function SearchForm({ streets, residences, query, street, residence, onQuery, onStreet, onResidence, onSubmit }: FormProps) {
  return (
    <form role="search" action="/search/" method="get" onSubmit={onSubmit} className="space-y-3">
      <div className="flex gap-2">
        <label htmlFor="q" className="sr-only">搜索文章</label>
        <input id="q" name="q" type="search" value={query} onChange={(e) => onQuery(e.target.value)} placeholder="例如：加装电梯、垃圾分类" className="min-h-11 w-full rounded border border-rule bg-surface px-3 text-ink" />
        <button type="submit" className="min-h-11 shrink-0 rounded bg-accent px-5 text-accent-ink">搜索</button>
      </div>
      <div className="flex flex-wrap gap-3 text-sm">
        <label className="flex items-center gap-2">
          街道
          <select name="street" value={street} onChange={(e) => onStreet(e.target.value)} className="min-h-11 rounded border border-rule bg-surface px-2 text-ink">
            <option value="">全部</option>
            {streets.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </label>
        <label className="flex items-center gap-2">
          居民区
          <select name="residence" value={residence} onChange={(e) => onResidence(e.target.value)} className="min-h-11 rounded border border-rule bg-surface px-2 text-ink">
            <option value="">全部</option>
            {residences.filter((r) => !street || r.street === street).map((r) => <option key={`${r.street}-${r.name}`} value={r.name}>{r.name}</option>)}
          </select>
        </label>
      </div>
    </form>
  );
}

/** What the search found, announced as it changes; `more` when unchecked candidates remain. */
function SearchResults({ status, asked, hits, more }: { status: Status; asked: string; hits: Hit[]; more?: () => void }) {
  const terms = queryTerms(asked);
  return (
    <div aria-live="polite" className="mt-6">
      {status === 'loading' && <p className="text-muted">正在搜索……</p>}
      {status === 'error' && <p>搜索索引未能加载，请稍后再试。</p>}
      {(status === 'done' || (status === 'loading' && hits.length > 0)) && (
        <>
          <p className="text-muted">
            {more ? `“${asked}”已找到 ${hits.length} 篇文章，还有更多` : `“${asked}”共找到 ${hits.length} 篇文章`}
          </p>
          <ol aria-label="搜索结果" className="mt-2">
            {hits.map((h) => (
              <li key={h.url} className="border-b border-rule py-4">
                <a href={h.url} className="font-serif text-lg font-bold">{h.title}</a>
                <p className="text-sm text-muted">{h.street} · {h.date}</p>
                <Excerpt text={h.content} terms={terms} />
              </li>
            ))}
          </ol>
          {more && (
            <button type="button" onClick={more} className="mt-4 min-h-11 rounded border border-accent px-5 text-accent">
              显示更多
            </button>
          )}
        </>
      )}
    </div>
  );
}
