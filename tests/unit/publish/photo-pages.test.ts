/**
 * What the pages, feeds and structured data say of an article's photos,
 * rendered from the sample edition with photos: the share image a link
 * shows, Google's image sizes, feed enclosures, and the eager lead photo.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { buildFeed, renderFeed, streetScope } from '../../../lib/publish/feeds';
import { newsArticleJsonLd } from '../../../lib/publish/jsonld';
import { eagerFirstPhoto } from '../../../lib/content/markdown';
import { articleShareImage, pageMetadata, siteShareImage } from '../../../lib/publish/metadata';
import { fallbackVariant, photoKey, photoVariants } from '../../../lib/photos/plan';
import { streetCard } from '../../../lib/photos/share-card';
import { photoEditionContent } from '../helpers';

const ORIGIN = 'https://shequchenbao.example';

describe('an article with photos', () => {
  it('shares its lead photo, cropped 16:9, with size and alt text', async () => {
    const { content } = await photoEditionContent();
    const a = content.article.get('2026-11-20-xianxia/01');
    if (!a) throw new Error('no article');
    const lead = a.figures[0].photo;
    if (!lead) throw new Error('no photo');
    const image = articleShareImage(content, a);
    expect(image).toEqual({ path: `/photos/${photoKey(lead.hash)}/share-16x9.jpeg`, width: 1200, height: 675, alt: '合成的街景：一排公寓楼前的草地和小路，路边有几棵树' });
    const meta = pageMetadata({ title: a.title, description: 'x', path: '/editions/2026-11-20-xianxia/01/', image });
    expect(meta.openGraph?.images).toEqual([{ url: `${ORIGIN}${image.path}`, width: 1200, height: 675, alt: image.alt }]);
    expect(meta.twitter).toMatchObject({ card: 'summary_large_image' });
  });

  it('without a photo, shares its street\'s card; other pages share the site\'s', async () => {
    const { content } = await photoEditionContent();
    const a = content.article.get('2026-11-20-xianxia/03');
    if (!a) throw new Error('no article');
    expect(a.figures).toEqual([{ line: expect.any(Number), caption: '社区学校合唱团排练（照片未保存）' }]);
    expect(articleShareImage(content, a)).toEqual(streetCard('仙霞街道', '长宁区'));
    expect(articleShareImage(content, a).path).toMatch(/^\/share\/[0-9a-f]{16}\.jpeg$/);
    expect(siteShareImage().path).not.toBe(articleShareImage(content, a).path);
    expect(pageMetadata({ title: 't', description: 'd', path: '/about/' }).openGraph?.images).toMatchObject([{ width: 1200, height: 630 }]);
  });

  it('gives NewsArticle the lead photo in 16x9, 4x3 and 1x1, and no image when there is no photo', async () => {
    const { content } = await photoEditionContent();
    const withPhoto = newsArticleJsonLd(content, content.article.get('2026-11-20-xianxia/01') as never) as { image: { url: string; width: number; height: number }[] };
    expect(withPhoto.image.map((i) => [i.url.replace(/^.*\/share-/, ''), i.width, i.height])).toEqual([
      ['16x9.jpeg', 1200, 675],
      ['4x3.jpeg', 1200, 900],
      ['1x1.jpeg', 1200, 1200],
    ]);
    for (const i of withPhoto.image) expect(i.url.startsWith(`${ORIGIN}/photos/`)).toBe(true);
    expect(newsArticleJsonLd(content, content.article.get('2026-11-20-xianxia/03') as never)).not.toHaveProperty('image');
  });

  it('carries its lead photo in feeds: RSS and Atom enclosure, JSON Feed image, and a plain absolute <img> in the text', async () => {
    const { content } = await photoEditionContent();
    const scope = streetScope(content, 'xianxia');
    if (!scope) throw new Error('no scope');
    const a = content.article.get('2026-11-20-xianxia/01');
    const lead = a?.figures[0].photo;
    if (!lead) throw new Error('no photo');
    const jpeg = fallbackVariant(photoVariants(lead));
    const feed = buildFeed(content, scope, (p) => (p === jpeg.path ? 12345 : undefined));
    const rss = renderFeed(feed, 'rss');
    expect(rss).toContain(`<enclosure length="12345" type="image/jpeg" url="${ORIGIN}${jpeg.path}"/>`);
    const atom = renderFeed(feed, 'atom');
    expect(atom).toContain(`<link rel="enclosure" href="${ORIGIN}${jpeg.path}"`);
    expect(atom).toContain('type="image/jpeg"');
    const json = JSON.parse(renderFeed(feed, 'json')) as { items: { image?: string; content_html: string }[] };
    expect(json.items[0].image).toBe(`${ORIGIN}${jpeg.path}`);
    const item = parseFeed(rss).items.find((i) => i.title === a?.title);
    expect(item?.content).toContain(`<img src="${ORIGIN}${jpeg.path}" width="2000" height="1333" alt="合成的街景：一排公寓楼前的草地和小路，路边有几棵树">`);
    expect(item?.content).not.toMatch(/<picture|<source|srcset|src="\//);
    // The article without a photo has no enclosure.
    expect(rss.match(/<enclosure /g)).toHaveLength(2);
  });

  it('loads its first photo at once and first, the others when they come near', async () => {
    const { content } = await photoEditionContent();
    const html = eagerFirstPhoto(content.article.get('2026-11-20-xianxia/01')?.html ?? '');
    expect(html.match(/fetchpriority="high"/g)).toHaveLength(1);
    expect(html.match(/loading="lazy"/g)).toHaveLength(1);
    expect(html.indexOf('fetchpriority="high"')).toBeLessThan(html.indexOf('loading="lazy"'));
  });
});
