/** What search engines and feed readers see, read from the built out/ (and the server for headers). */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser } from 'fast-xml-parser';
import { OUT, exportedPages } from './helpers';

const ORIGIN = 'https://shequchenbao.example';

function outFileFor(url: string): string {
  const p = decodeURI(new URL(url).pathname);
  return path.join(OUT, p.endsWith('/') ? `${p}index.html` : p);
}

test.describe('sitemap and robots', () => {
  test('the sitemap index lists its files, which list every indexable page once, each a page in out/', () => {
    const parser = new XMLParser();
    const index = parser.parse(fs.readFileSync(path.join(OUT, 'sitemap.xml'), 'utf8'));
    const files = ([] as { loc: string; lastmod: string }[]).concat(index.sitemapindex.sitemap);
    // The site's own pages, then a file a year, newest first (the launch editions are of 2020 and 2019).
    expect(files.map((f) => f.loc)).toEqual(['site', '2020', '2019'].map((n) => `${ORIGIN}/sitemaps/${n}.xml`));
    const urls: { loc: string; lastmod: string }[] = [];
    for (const f of files) {
      const mine = ([] as { loc: string; lastmod: string }[]).concat(parser.parse(fs.readFileSync(outFileFor(f.loc), 'utf8')).urlset.url);
      expect(mine.length).toBeLessThanOrEqual(50_000);
      // A file's date in the index is the newest of its pages'.
      expect(f.lastmod).toBe(mine.map((u) => u.lastmod).sort().at(-1));
      urls.push(...mine);
    }
    for (const u of urls) {
      expect(u.loc.startsWith(`${ORIGIN}/`), u.loc).toBe(true);
      expect(u.loc, 'percent-encoded').toBe(encodeURI(decodeURI(u.loc)));
      expect(fs.existsSync(outFileFor(u.loc)), u.loc).toBe(true);
      expect(u.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+08:00$/);
    }
    const listed = urls.map((u) => new URL(u.loc).pathname);
    const indexable = exportedPages().filter((p) => p !== '/search/');
    expect([...listed].sort()).toEqual(indexable);
  });

  test('robots.txt names the sitemap', () => {
    expect(fs.readFileSync(path.join(OUT, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
  });
});

test.describe('feeds', () => {
  const feeds = ['', ...fs.readdirSync(path.join(OUT, 'streets')).map((s) => `streets/${s}/`), ...fs.readdirSync(path.join(OUT, 'residences')).map((r) => `residences/${r}/`)]
    .filter((dir) => fs.existsSync(path.join(OUT, dir, 'feed.xml')));

  test('there is a feed for the site, every street and every residential area', () => {
    expect(feeds).toHaveLength(1 + 5 + 21);
  });

  test('every RSS and Atom feed is read by a feed reader; every JSON Feed has its fields; items link to pages', () => {
    for (const dir of feeds) {
      for (const file of ['feed.xml', 'atom.xml']) {
        const feed = parseFeed(fs.readFileSync(path.join(OUT, dir, file), 'utf8'));
        expect(feed.title, `${dir}${file}`).toBeTruthy();
        for (const item of feed.items) {
          expect(item.url && fs.existsSync(outFileFor(item.url)), `${dir}${file} ${item.url}`).toBe(true);
          expect(item.content?.length ?? 0).toBeGreaterThan(20);
          expect(item.published).toBeInstanceOf(Date);
        }
      }
      const json = JSON.parse(fs.readFileSync(path.join(OUT, dir, 'feed.json'), 'utf8'));
      expect(json.version).toBe('https://jsonfeed.org/version/1');
      for (const item of json.items) {
        expect(item.content_html.length).toBeGreaterThan(20);
        expect(item.date_published).toMatch(/\+08:00$/);
      }
    }
  });

  test('feeds are announced on their pages and linked for people', async ({ page }) => {
    for (const [pagePath, feedBase] of [['/', '/'], ['/streets/xianxia/', '/streets/xianxia/'], ['/residences/hongxu/', '/residences/hongxu/']]) {
      await page.goto(pagePath);
      await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', `${ORIGIN}${feedBase}feed.xml`);
      await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', `${ORIGIN}${feedBase}atom.xml`);
      await expect(page.locator('link[rel="alternate"][type="application/feed+json"]')).toHaveAttribute('href', `${ORIGIN}${feedBase}feed.json`);
      await expect(page.getByRole('link', { name: 'RSS' })).toHaveAttribute('href', `${feedBase}feed.xml`);
      const served = await page.request.get(`${feedBase}feed.xml`);
      expect(served.ok()).toBe(true);
    }
  });
});

test.describe('metadata on every page', () => {
  test('unique title, description, canonical, Open Graph and Twitter tags', () => {
    const titles = new Map<string, string>();
    for (const p of exportedPages()) {
      const html = fs.readFileSync(path.join(OUT, p, 'index.html'), 'utf8');
      const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
      expect(title, p).not.toBe('');
      expect(titles.get(title), `${p} shares its title with ${titles.get(title)}`).toBeUndefined();
      titles.set(title, p);
      expect(html, p).toMatch(/<html lang="zh-CN"/);
      expect(html, p).toMatch(/<meta name="description" content="[^"]{10,}"/);
      expect(html, p).toContain(`<link rel="canonical" href="${ORIGIN}${p}"/>`);
      expect(html, p).toContain('<meta property="og:locale" content="zh_CN"/>');
      expect(html, p).toContain(`<meta property="og:url" content="${ORIGIN}${p}"/>`);
      expect(html, p).toMatch(/<meta name="twitter:card" content="summary_large_image"\/>/);
      // Every page shares a picture: its lead photo or a card, at its size, described.
      for (const prop of ['og:image', 'og:image:width', 'og:image:height', 'og:image:alt']) expect(html, `${p} ${prop}`).toMatch(new RegExp(`<meta property="${prop}" content="[^"]+"/>`));
      const image = /<meta property="og:image" content="([^"]+)"\/>/.exec(html)?.[1] ?? '';
      expect(fs.existsSync(path.join(OUT, new URL(image).pathname)), `${p}: ${image} is in out/`).toBe(true);
    }
  });

  test('article pages carry NewsArticle and BreadcrumbList; the home page WebSite and Organization', () => {
    const ldOf = (p: string) =>
      [...fs.readFileSync(path.join(OUT, p, 'index.html'), 'utf8').matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((m) => JSON.parse(m[1]));
    const articles = exportedPages().filter((p) => /^\/editions\/[^/]+\/[^/]+\/$/.test(p));
    expect(articles).toHaveLength(21);
    for (const p of articles) {
      const ld = ldOf(p);
      const news = ld.find((x) => x['@type'] === 'NewsArticle');
      expect(news, p).toBeDefined();
      expect(news.headline.length).toBeGreaterThan(0);
      expect(news.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+08:00$/);
      expect(news.publisher.name).toBe('社区晨报');
      expect(news.url).toBe(`${ORIGIN}${p}`);
      expect([news.contentLocation].flat()[0]['@type']).toBe('Place');
      const crumbs = ld.find((x) => x['@type'] === 'BreadcrumbList');
      expect(crumbs.itemListElement.at(-1).item).toBe(`${ORIGIN}${p}`);
    }
    const home = ldOf('/')[0];
    expect(home['@graph'].map((n: { '@type': string }) => n['@type'])).toEqual(['WebSite', 'NewsMediaOrganization']);
  });
});
