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
 * The articles by year of their edition, newest year first: one search index
 * a year (scripts/search-index.ts), so a search loads the newest year's table
 * of pages and older ones only when it needs them (lib/browser/search.ts).
 */
export function articlesByYear(c: Content): { year: string; articles: Article[] }[] {
  const years = new Map<string, Article[]>();
  for (const a of c.articles) {
    const year = a.date.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), a]);
  }
  return [...years].sort(([a], [b]) => b.localeCompare(a)).map(([year, articles]) => ({ year, articles }));
}
