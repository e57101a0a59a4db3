import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { SITEMAP_MAX_URLS, sitemapEntries, sitemapFiles, sitemapIndexXml, urlsetXml } from '../../../lib/publish';
import { launchContent } from '../helpers';

const parser = new XMLParser({ ignoreAttributes: false });

describe('the sitemap, in files of at most 50,000 URLs under an index', () => {
  it('files the site\'s own pages apart from each year\'s editions and articles, every page once', async () => {
    const c = await launchContent();
    const files = sitemapFiles(c);
    expect(files.map((f) => f.name)).toEqual(['site', '2020', '2019']);
    const all = files.flatMap((f) => f.entries.map((e) => e.url));
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toEqual(sitemapEntries(c).map((e) => e.url).sort());
    for (const f of files.slice(1)) for (const e of f.entries) expect(e.lastModified.startsWith(f.name)).toBe(true);
    expect(files[0].entries.some((e) => /\/editions\//.test(e.url))).toBe(false);
    expect(SITEMAP_MAX_URLS).toBe(50_000);
  });

  it('cuts a file that would pass the limit into parts, in order, none empty', async () => {
    const c = await launchContent();
    const whole = sitemapFiles(c);
    const cut = sitemapFiles(c, 7);
    for (const f of cut) {
      expect(f.entries.length).toBeGreaterThan(0);
      expect(f.entries.length).toBeLessThanOrEqual(7);
    }
    const y2019 = whole.find((f) => f.name === '2019')!.entries;
    const parts = cut.filter((f) => f.name === '2019' || f.name.startsWith('2019-'));
    expect(parts.map((f) => f.name)).toEqual(['2019', ...Array.from({ length: Math.ceil(y2019.length / 7) - 1 }, (_, i) => `2019-${i + 2}`)]);
    expect(parts.flatMap((f) => f.entries)).toEqual(y2019);
  });

  it('writes valid sitemap XML: the index dates each file by its newest page, and escapes what XML needs', async () => {
    const c = await launchContent();
    const files = sitemapFiles(c);
    const index = parser.parse(sitemapIndexXml(files)).sitemapindex;
    expect(index['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(index.sitemap).toHaveLength(3);
    expect(index.sitemap[1]).toEqual({ loc: 'https://shequchenbao.example/sitemaps/2020.xml', lastmod: files[1].entries.map((e) => e.lastModified).sort().at(-1) });
    const set = parser.parse(urlsetXml([{ url: 'https://shequchenbao.example/a?b=1&c=2', lastModified: '2020-01-01T00:00:00+08:00' }]));
    expect(set.urlset.url).toEqual({ loc: 'https://shequchenbao.example/a?b=1&c=2', lastmod: '2020-01-01T00:00:00+08:00' });
    expect(urlsetXml([{ url: 'https://x.example/a?b=1&c=2', lastModified: 'd' }])).toContain('b=1&amp;c=2');
  });
});
