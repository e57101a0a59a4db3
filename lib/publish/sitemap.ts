/** Every indexable page with its last change: the newest edition it shows. */
import type { Content } from '../content';
import { absoluteUrl } from '../config';
import { toShanghaiDateTime } from '../content';
import { href } from './site';
import { PAGE_SIZE, pageCount, pageHref } from './paginate';

export interface SitemapEntry {
  url: string;
  lastModified: string;
}

export function sitemapEntries(c: Content): SitemapEntry[] {
  const entries: SitemapEntry[] = [];
  const add = (path: string, date: string | undefined) => {
    if (date) entries.push({ url: encodeURI(absoluteUrl(path)), lastModified: toShanghaiDateTime(date) });
  };
  const newest = c.editions[0]?.date;
  for (const path of [href.home(), href.streets(), href.residences(), href.archive(), href.awards(), href.about()]) add(path, newest);
  for (const s of c.gazetteer.streets) add(href.street(s.id), c.editionsByStreet.get(s.id)?.[0]?.date ?? newest);
  for (const r of c.gazetteer.residences) add(href.residence(r.id), c.articlesByResidence.get(r.id)?.[0]?.date ?? newest);
  // Later pages of the listings: each changes when its newest article does.
  const listings = [
    ...c.gazetteer.streets.map((s) => [href.street(s.id), c.articlesByStreet.get(s.id) ?? []] as const),
    ...c.gazetteer.residences.map((r) => [href.residence(r.id), c.articlesByResidence.get(r.id) ?? []] as const),
  ];
  for (const [base, articles] of listings) {
    for (let page = 2; page <= pageCount(articles.length); page++) add(pageHref(base, page), articles[(page - 1) * PAGE_SIZE]?.date);
  }
  for (const [round, awards] of c.awardsByRound) add(href.round(round), awards.flatMap((a) => a.articleIds.map((id) => c.article.get(id)?.date ?? '')).sort().at(-1) || newest);
  for (const [year, months] of c.editionsByMonth) {
    add(href.year(year), [...months.values()][0]?.[0]?.date);
    for (const [month, editions] of months) if (month) add(href.month(year, month), editions[0]?.date);
  }
  for (const e of c.editions) add(href.edition(e.id), e.date);
  for (const a of c.articles) add(href.article(a), a.date);
  return entries;
}
