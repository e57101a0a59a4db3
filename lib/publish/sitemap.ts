/**
 * The sitemap: every indexable page with its last change (the newest edition
 * it shows), in files of at most 50,000 URLs, the protocol's limit, listed by
 * a sitemap index at /sitemap.xml. A city's decade is ~140,000 pages, so the
 * pages are filed where they stay: the site's own pages (listings, places,
 * honour rolls, archive) in one file, and editions with their articles in a
 * file for their year, so a new edition changes its year's file and the
 * index's date for it, not a single file of every URL.
 */
import { XMLBuilder } from 'fast-xml-parser';
import type { Content } from '../content';
import { absoluteUrl } from '../config';
import { toShanghaiDateTime } from '../content';
import { getContent } from './content';
import { href } from './site';
import { PAGE_SIZE, pageCount, pageHref } from './paginate';

export interface SitemapEntry {
  url: string;
  lastModified: string;
}

export interface SitemapFile {
  /** The file's name under /sitemaps/, without .xml: "site", a year ("2019"), or a year's later part ("2019-2"). */
  name: string;
  entries: SitemapEntry[];
}

/** The protocol's limit: at most 50,000 URLs (and 50 MB) a file. */
export const SITEMAP_MAX_URLS = 50_000;

const entry = (path: string, date: string): SitemapEntry => ({ url: encodeURI(absoluteUrl(path)), lastModified: toShanghaiDateTime(date) });

/** The site's own pages: everything that is not an edition or an article. */
function sitePages(c: Content): SitemapEntry[] {
  const entries: SitemapEntry[] = [];
  const add = (path: string, date: string | undefined) => {
    if (date) entries.push(entry(path, date));
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
  return entries;
}

/** Editions and their articles by year, newest year first; in a year, each edition then its articles. */
function pagesByYear(c: Content): Map<string, SitemapEntry[]> {
  const years = new Map<string, SitemapEntry[]>();
  for (const e of c.editions) {
    const year = e.date.slice(0, 4);
    if (!years.has(year)) years.set(year, []);
    const list = years.get(year)!;
    list.push(entry(href.edition(e.id), e.date));
    for (const id of e.articleIds) {
      const a = c.article.get(id);
      if (a) list.push(entry(href.article(a), a.date));
    }
  }
  return years;
}

/** The sitemap's files: "site", then each year's, each cut into parts of at most `max` URLs. */
export function sitemapFiles(c: Content, max = SITEMAP_MAX_URLS): SitemapFile[] {
  const files: SitemapFile[] = [];
  for (const [name, entries] of [['site', sitePages(c)] as const, ...pagesByYear(c)]) {
    for (let i = 0; i < Math.ceil(entries.length / max); i++) files.push({ name: i ? `${name}-${i + 1}` : name, entries: entries.slice(i * max, (i + 1) * max) });
  }
  return files;
}

export const sitemapFilePath = (name: string) => `/sitemaps/${name}.xml`;

const xml = new XMLBuilder({ ignoreAttributes: false, format: false, suppressEmptyNode: true });
const document = (root: Record<string, unknown>) => `<?xml version="1.0" encoding="UTF-8"?>\n${xml.build(root)}\n`;

/** One file's <urlset>. */
export function urlsetXml(entries: readonly SitemapEntry[]): string {
  return document({ urlset: { '@_xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9', url: entries.map((e) => ({ loc: e.url, lastmod: e.lastModified })) } });
}

/** The index at /sitemap.xml: each file with the newest change of the pages in it. */
export function sitemapIndexXml(files: readonly SitemapFile[]): string {
  const sitemap = files.map((f) => ({ loc: absoluteUrl(sitemapFilePath(f.name)), lastmod: f.entries.map((e) => e.lastModified).sort().at(-1) }));
  return document({ sitemapindex: { '@_xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9', sitemap } });
}

/** Every indexable page, in the order the files hold them. */
export function sitemapEntries(c: Content): SitemapEntry[] {
  return [...sitePages(c), ...[...pagesByYear(c).values()].flat()];
}

const xmlResponse = (body: string) => new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });

/**
 * The files, worked out once a content: the index, the list of files and every file's route each ask for them, and
 * at city 25,000 working them out takes 2 s, a dozen times over.
 */
const filesByContent = new WeakMap<Content, SitemapFile[]>();
async function contentFiles(): Promise<SitemapFile[]> {
  const c = await getContent();
  if (!filesByContent.has(c)) filesByContent.set(c, sitemapFiles(c));
  return filesByContent.get(c)!;
}

/** Route handlers: the index, and each file by its name ("2019.xml"). */
export const sitemapIndexRoute = async () => xmlResponse(sitemapIndexXml(await contentFiles()));
export const sitemapFileParams = async () => (await contentFiles()).map((f) => ({ file: `${f.name}.xml` }));
export async function sitemapFileRoute(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const name = (await params).file.replace(/\.xml$/, '');
  const file = (await contentFiles()).find((f) => f.name === name);
  return file ? xmlResponse(urlsetXml(file.entries)) : new Response('not found', { status: 404 });
}
