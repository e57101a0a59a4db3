/**
 * RSS 2.0, Atom and JSON Feed for the site, each street and each residential
 * area, built with the `feed` package: full text, absolute links, dates in
 * Asia/Shanghai.
 */
import { Feed } from 'feed';
import type { Content, Article } from '../content';
import { SITE_DESCRIPTION, SITE_NAME, SITE_URL, absoluteUrl } from '../config';
import { excerpt, href, residenceLabel, streetName } from './site';
import { leadPhoto } from '../content';
import { fallbackVariant, photoVariants } from '../photos';

export const FEED_FORMATS = {
  rss: { file: 'feed.xml', type: 'application/rss+xml', label: 'RSS' },
  atom: { file: 'atom.xml', type: 'application/atom+xml', label: 'Atom' },
  json: { file: 'feed.json', type: 'application/feed+json', label: 'JSON Feed' },
} as const;
export type FeedFormat = keyof typeof FEED_FORMATS;

/**
 * How many articles a feed carries: a street's paper is weekly, so 20 covers
 * a reader that checks every week or two (the common default); a residential
 * area has an article in a few editions a month, so 10 covers months. Each
 * feed holds full text in three formats, for 27 scopes: these numbers are
 * most of the feeds' weight in out/.
 */
export const FEED_SIZE = 20;
export const RESIDENCE_FEED_SIZE = 10;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/**
 * A calendar day in Shanghai that prints itself with +08:00. The feed package
 * formats dates with toISOString/toUTCString, which would show the previous
 * day (16:00 UTC); overriding both keeps the instant and the local day.
 */
export class ShanghaiDate extends Date {
  private readonly day: string;
  constructor(day: string) {
    const [y, m = '01', d = '01'] = day.split('-');
    super(`${y}-${m}-${d}T00:00:00+08:00`);
    this.day = `${y}-${m}-${d}`;
  }
  override toISOString(): string {
    return `${this.day}T00:00:00+08:00`;
  }
  override toUTCString(): string {
    const [y, m, d] = this.day.split('-').map(Number);
    const weekday = DAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
    return `${weekday}, ${String(d).padStart(2, '0')} ${MONTHS[m - 1]} ${y} 00:00:00 +0800`;
  }
}

/** Links and images in article HTML are site-relative; feed readers need them absolute. */
function absolutiseLinks(html: string): string {
  return html.replace(/(href|src)="\//g, `$1="${SITE_URL}/`);
}

/**
 * A photo as one plain <img> (the JPEG every reader shows): feed readers
 * drop <picture> and <source>, and some show nothing at all from them.
 */
export function plainPhotos(html: string): string {
  return html.replace(/<picture>(?:<source [^>]*>)*<img ([^>]*)><\/picture>/g, (_m, attrs: string) => {
    const keep = [...attrs.matchAll(/\b(src|width|height|alt)="([^"]*)"/g)].map((m) => `${m[1]}="${m[2]}"`);
    return `<img ${keep.join(' ')}>`;
  });
}

/** How big a published file is, when known: a feed's enclosure states its length. */
export type SizeOf = (sitePath: string) => number | undefined;

export interface FeedScope {
  /** URL path of the page the feed belongs to ("/", "/streets/xianxia/"). */
  path: string;
  title: string;
  description: string;
  articles: readonly Article[];
  /** How many of the newest articles the feed carries. */
  size: number;
}

export function siteScope(c: Content): FeedScope {
  return { path: '/', title: SITE_NAME, description: SITE_DESCRIPTION, articles: c.articles, size: FEED_SIZE };
}

export function streetScope(c: Content, streetId: string): FeedScope | undefined {
  const s = c.gazetteer.street.get(streetId);
  if (!s) return undefined;
  return { path: href.street(s.id), title: `${s.name} · ${SITE_NAME}`, description: `${s.name}的社区新闻`, articles: c.articlesByStreet.get(s.id) ?? [], size: FEED_SIZE };
}

export function residenceScope(c: Content, residenceId: string): FeedScope | undefined {
  const r = c.gazetteer.residence.get(residenceId);
  if (!r) return undefined;
  const name = `${streetName(c, r.streetId)}${residenceLabel(r)}`;
  return { path: href.residence(r.id), title: `${name} · ${SITE_NAME}`, description: `${name}的社区新闻`, articles: c.articlesByResidence.get(r.id) ?? [], size: RESIDENCE_FEED_SIZE };
}

export function feedPath(scope: Pick<FeedScope, 'path'>, format: FeedFormat): string {
  return `${scope.path}${FEED_FORMATS[format].file}`;
}

export function buildFeed(c: Content, scope: FeedScope, sizeOf: SizeOf = () => undefined): Feed {
  const articles = scope.articles.slice(0, scope.size);
  const newest = articles[0]?.date ?? c.articles[0]?.date ?? '2019';
  const feed = new Feed({
    title: scope.title,
    description: scope.description,
    id: absoluteUrl(scope.path),
    link: absoluteUrl(scope.path),
    language: 'zh-CN',
    favicon: absoluteUrl('/icon.svg'),
    copyright: `${SITE_NAME}及各街道党工委`,
    updated: new ShanghaiDate(newest),
    generator: SITE_NAME,
    feedLinks: {
      rss: absoluteUrl(feedPath(scope, 'rss')),
      atom: absoluteUrl(feedPath(scope, 'atom')),
      json: absoluteUrl(feedPath(scope, 'json')),
    },
  });
  for (const a of articles) {
    const url = absoluteUrl(href.article(a));
    const credit = a.credit ? `<p>（${escapeHtml(a.credit)}）</p>` : '';
    const byline = a.byline ? `<p>${escapeHtml(a.byline)}</p>` : '';
    const lead = leadPhoto(a.figures);
    const leadFile = lead ? fallbackVariant(photoVariants(lead.photo)) : undefined;
    feed.addItem({
      title: a.title,
      id: url,
      link: url,
      // RSS description and Atom summary are read as HTML: an excerpt is text, so it is escaped.
      description: escapeHtml(excerpt(a, 140)),
      content: absolutiseLinks(plainPhotos(`${byline}${a.html}${credit}`)),
      // The lead photo as the entry's image: RSS <enclosure>, Atom rel="enclosure", JSON Feed image.
      ...(lead && leadFile ? { image: { url: absoluteUrl(leadFile.path), type: 'image/jpeg', length: sizeOf(leadFile.path) ?? 0 } } : {}),
      date: new ShanghaiDate(a.date),
      published: new ShanghaiDate(a.date),
      author: a.byline ? [{ name: a.byline }] : undefined,
      category: [{ name: streetName(c, a.streetId) }, ...(a.section ? [{ name: a.section }] : [])],
    });
  }
  return feed;
}

export function renderFeed(feed: Feed, format: FeedFormat): string {
  return format === 'rss' ? feed.rss2() : format === 'atom' ? feed.atom1() : feed.json1();
}

export function feedResponse(c: Content, scope: FeedScope | undefined, format: FeedFormat, sizeOf?: SizeOf): Response {
  if (!scope) return new Response('not found', { status: 404 });
  return new Response(renderFeed(buildFeed(c, scope, sizeOf), format), {
    headers: { 'Content-Type': `${FEED_FORMATS[format].type}; charset=utf-8` },
  });
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** For a page's <link rel="alternate"> tags, via Next's metadata `alternates.types`. */
export function feedAlternates(scope: Pick<FeedScope, 'path' | 'title'>): Record<string, { url: string; title: string }[]> {
  return Object.fromEntries(
    (Object.keys(FEED_FORMATS) as FeedFormat[]).map((f) => [FEED_FORMATS[f].type, [{ url: feedPath(scope, f), title: `${scope.title}（${FEED_FORMATS[f].label}）` }]]),
  );
}
