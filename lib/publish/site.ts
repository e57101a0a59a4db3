/**
 * What pages ask of the content beyond plain lookups: URLs, names,
 * breadcrumbs, excerpts, neighbours and related articles. Pure functions of
 * the loaded Content.
 */
import type { Content, Article, Award, Edition, Residence } from '../content';
import { formatChineseDate } from '../content';

export const href = {
  home: () => '/',
  streets: () => '/streets/',
  street: (id: string) => `/streets/${id}/`,
  district: (id: string) => `/streets/#${id}`,
  residences: () => '/residences/',
  residence: (id: string) => `/residences/${id}/`,
  archive: () => '/archive/',
  year: (y: string) => `/archive/${y}/`,
  month: (y: string, m: string) => `/archive/${y}/${m}/`,
  edition: (id: string) => `/editions/${id}/`,
  article: (a: Pick<Article, 'editionId' | 'slug'>) => `/editions/${a.editionId}/${a.slug}/`,
  /** A printed page of the 数字报, from 1. */
  page: (editionId: string, n: number) => `/editions/${editionId}/pages/${n}/`,
  /** An article's place on a printed page: the region link's id on that page. */
  region: (a: Pick<Article, 'editionId' | 'slug'>, n: number) => `/editions/${a.editionId}/pages/${n}/#${regionId(a.slug)}`,
  /** The edition's original PDF, as it went to the printer. */
  pdf: (editionId: string) => `/editions/${editionId}/${editionId}.pdf`,
  awards: () => '/awards/',
  /** A round's honour roll, one page a round, so the roll stays small however many rounds there are. */
  round: (roundId: string) => `/awards/${roundId}/`,
  award: (a: Pick<Award, 'id' | 'roundId'>) => `/awards/${a.roundId}/#${a.id}`,
  about: () => '/about/',
};

/** The id of an article's first region on a page: where 见第N版 lands. */
export function regionId(slug: string): string {
  return `p-${slug}`;
}

/** Whether the edition was imported from a PDF kept as its source: the one 下载原版 offers. */
export function hasOriginalPdf(e: Pick<Edition, 'pages' | 'source'>): boolean {
  return e.pages.length > 0 && Boolean(e.source?.toLowerCase().endsWith('.pdf'));
}

/** The pages an article was printed on, in order. */
export function articlePages(a: Pick<Article, 'regions'>): number[] {
  return [...new Set(a.regions.map((r) => r.page))].sort((x, y) => x - y);
}

export interface Crumb {
  label: string;
  href?: string;
}

export function streetName(c: Content, id: string): string {
  return c.gazetteer.street.get(id)?.name ?? id;
}

export function districtOfStreet(c: Content, streetId: string) {
  const street = c.gazetteer.street.get(streetId);
  return street ? c.gazetteer.district.get(street.districtId) : undefined;
}

export function residenceLabel(r: Residence): string {
  return r.fullName ?? r.name;
}

/** 首页 › 区 › 街道 [› 居民区] */
export function placeCrumbs(c: Content, streetId: string, residenceId?: string): Crumb[] {
  const crumbs: Crumb[] = [{ label: '首页', href: href.home() }];
  const district = districtOfStreet(c, streetId);
  if (district) crumbs.push({ label: district.name, href: href.district(district.id) });
  crumbs.push({ label: streetName(c, streetId), href: href.street(streetId) });
  const residence = residenceId ? c.gazetteer.residence.get(residenceId) : undefined;
  if (residence) crumbs.push({ label: residenceLabel(residence), href: href.residence(residence.id) });
  return crumbs;
}

export function editionLabel(c: Content, e: Edition): string {
  return `${streetName(c, e.streetId)} · ${formatChineseDate(e.date)}`;
}

/** The first sentences of the body, cut on a character boundary. */
export function excerpt(a: Article, max = 90): string {
  const text = a.text.replace(/\s+/g, ' ').trim();
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max).join('')}……`;
}

export function editionArticles(c: Content, e: Edition): Article[] {
  return e.articleIds.map((id) => c.article.get(id)).filter((a): a is Article => a !== undefined);
}

export function neighbours(c: Content, a: Article): { previous?: Article; next?: Article } {
  const e = c.edition.get(a.editionId);
  if (!e) return {};
  const i = e.articleIds.indexOf(a.id);
  return { previous: c.article.get(e.articleIds[i - 1] ?? ''), next: c.article.get(e.articleIds[i + 1] ?? '') };
}

/**
 * Reports from the same places, nearest in time: the ones just before it from
 * its residential areas, then from its street, then the ones just after;
 * never itself. Looking back first keeps an article's list as it was when a
 * newer edition is published, so publishing one edition rebuilds few pages.
 */
export function relatedArticles(c: Content, a: Article, limit = 5): Article[] {
  const seen = new Set([a.id]);
  const out: Article[] = [];
  const take = (list: readonly Article[]) => {
    for (const x of list) {
      if (out.length >= limit) return;
      if (!seen.has(x.id)) {
        seen.add(x.id);
        out.push(x);
      }
    }
  };
  // Lists are newest first: what follows the article is older, what precedes it newer (nearest first).
  const around = (list: readonly Article[] | undefined) => {
    const at = (list ?? []).findIndex((x) => x.id === a.id);
    return at === -1 ? { older: list ?? [], newer: [] } : { older: list?.slice(at + 1) ?? [], newer: list?.slice(0, at).reverse() ?? [] };
  };
  const places = [...a.residenceIds.map((r) => around(c.articlesByResidence.get(r))), around(c.articlesByStreet.get(a.streetId))];
  for (const p of places) take(p.older);
  for (const p of places) take(p.newer);
  return out;
}

/** Awards grouped for the honour roll: programme → round → level, in level order. */
export function honourRoll(c: Content, awards: readonly Award[] = c.awards) {
  return c.catalogue.programmes
    .map((p) => ({
      programme: p,
      rounds: p.rounds
        .map((r) => ({
          round: r,
          levels: p.levels
            .map((level) => ({ level, awards: awards.filter((a) => a.roundId === r.id && a.level === level) }))
            .filter((g) => g.awards.length > 0),
        }))
        .filter((r) => r.levels.length > 0),
    }))
    .filter((p) => p.rounds.length > 0);
}

export function monthLabel(m: string): string {
  return m ? `${Number(m)}月` : '月份不详';
}
