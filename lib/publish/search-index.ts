/**
 * What the search index holds: one record a article (its 引题, headline,
 * 副题, text, captions and credit: what a reader can find it by), with the
 * title, street and date a result shows and the street and residential areas
 * it can be filtered by. Built from the records, not by parsing the built
 * pages: the indexer then holds words, not documents.
 */
import type { Article, Content } from '../content';
import { formatChineseDate } from '../content';
import { href, residenceLabel, streetName } from './site';

export interface SearchRecord {
  url: string;
  content: string;
  language: 'zh-cn';
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export function searchRecord(c: Content, a: Article): SearchRecord {
  const edition = c.edition.get(a.editionId);
  const residences = a.residenceIds.map((id) => c.gazetteer.residence.get(id)).filter((r) => r !== undefined);
  const street = streetName(c, a.streetId);
  return {
    url: href.article(a),
    content: [a.kicker, a.title, a.subtitle, a.text, ...a.figures.map((f) => f.caption), a.credit].filter(Boolean).join('\n'),
    language: 'zh-cn',
    meta: { title: a.title, street, date: `${formatChineseDate(a.date)}${edition?.inferred.date ? '（推定）' : ''}` },
    filters: { street: [street], ...(residences.length ? { residence: residences.map(residenceLabel) } : {}) },
  };
}

/**
 * The most text one search index is built from, in characters of its
 * records' content. Pagefind's indexer holds about 0.45 GiB a million
 * characters while it builds an index (measured: a year of the whole city,
 * 10,884 articles and 7.3 million characters, peaked at 3.18 GiB), so four
 * million keeps it near 1.8 GiB, under the 3 GB a build step may take.
 */
export const SEARCH_PART_CHARS = 4_000_000;

/** A stretch of months of one year: a whole year, a half, a quarter or a month. */
const SPANS = [12, 6, 3, 1] as const;

function partKey(year: string, first: number, months: (typeof SPANS)[number]): string {
  if (months === 12) return year;
  if (months === 6) return `${year}-h${(first - 1) / 6 + 1}`;
  if (months === 3) return `${year}-q${(first - 1) / 3 + 1}`;
  return `${year}-${String(first).padStart(2, '0')}`;
}

/**
 * The articles in parts of one search index each, newest first
 * (scripts/search-index.ts): a year, or, when a year's text is more than
 * `maxChars`, its halves, quarters or months, each split only as far as it
 * needs (the articles of an edition dated by its year alone, when their
 * year is split, in a part of their own, after the year's months). A search
 * loads the newest part and older ones only when it needs them
 * (lib/browser/search.ts); adding an edition rewrites only its part.
 */
export function searchParts(c: Content, maxChars = SEARCH_PART_CHARS): { key: string; articles: Article[]; records: SearchRecord[] }[] {
  // Each article's record, made once: measured here, indexed by scripts/search-index.ts.
  const records = new Map(c.articles.map((a) => [a.id, searchRecord(c, a)]));
  const month = (a: Article) => Number(a.date.slice(5, 7));
  const parts: { key: string; first: number; articles: Article[] }[] = [];
  const split = (year: string, articles: Article[], first: number, span: number): void => {
    const months = SPANS[span];
    const size = articles.reduce((n, a) => n + (records.get(a.id)?.content.length ?? 0), 0);
    if (size <= maxChars || span === SPANS.length - 1) {
      parts.push({ key: partKey(year, first, months), first, articles });
      return;
    }
    // An edition dated by its year alone (推定) has no month to go by: its articles keep a part of their own.
    const undated = articles.filter((a) => !month(a));
    if (span === 0 && undated.length) parts.push({ key: `${year}-undated`, first: 0, articles: undated });
    const finer = SPANS[span + 1];
    for (let m = first; m < first + months; m += finer) {
      const inside = articles.filter((a) => month(a) >= m && month(a) < m + finer);
      if (inside.length) split(year, inside, m, span + 1);
    }
  };
  const years = new Map<string, Article[]>();
  for (const a of c.articles) {
    const year = a.date.slice(0, 4);
    const list = years.get(year);
    if (list) list.push(a);
    else years.set(year, [a]);
  }
  for (const [year, articles] of years) split(year, articles, 1, 0);
  return parts.sort((a, b) => b.key.slice(0, 4).localeCompare(a.key.slice(0, 4)) || b.first - a.first).map(({ key, articles }) => ({ key, articles, records: articles.flatMap((a) => records.get(a.id) ?? []) }));
}
