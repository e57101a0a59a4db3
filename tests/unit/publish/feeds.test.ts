import { describe, expect, it } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import { loadContent } from '../../../lib/photos/load';
import { type Content } from '../../../lib/content/load';
import { FEED_SIZE, RESIDENCE_FEED_SIZE, ShanghaiDate, buildFeed, renderFeed, residenceScope, siteScope, streetScope } from '../../../lib/publish/feeds';
import { CONTENT } from '../helpers';

const content = (await loadContent(CONTENT)).content as Content;

describe('ShanghaiDate', () => {
  it('keeps the Shanghai day when printed, and the right instant', () => {
    const d = new ShanghaiDate('2019-11-28');
    expect(d.toISOString()).toBe('2019-11-28T00:00:00+08:00');
    expect(d.toUTCString()).toBe('Thu, 28 Nov 2019 00:00:00 +0800');
    expect(d.getTime()).toBe(Date.UTC(2019, 10, 27, 16));
    expect(new ShanghaiDate('2019').toISOString()).toBe('2019-01-01T00:00:00+08:00');
  });
});

describe('feeds', () => {
  it('RSS is read by a feed reader, full text, absolute links, Shanghai dates', () => {
    const feed = parseFeed(renderFeed(buildFeed(content, siteScope(content)), 'rss'));
    expect(feed.title).toBe('社区晨报');
    // The newest FEED_SIZE articles, newest first (the launch content has a few more).
    expect(content.articles.length).toBeGreaterThan(FEED_SIZE);
    expect(feed.items.map((i) => i.url)).toEqual(content.articles.slice(0, FEED_SIZE).map((a) => `https://shequchenbao.example/editions/${a.editionId}/${a.slug}/`));
    const lead = feed.items.find((i) => i.title === '发挥党建引领作用 居民自治更进一步');
    expect(lead?.url).toBe('https://shequchenbao.example/editions/2019-11-28-xianxia/01/');
    expect(lead?.published?.getTime()).toBe(Date.UTC(2019, 10, 27, 16));
    expect(lead?.content).toContain('区委副书记陈华文，区委常委、组织部部长宋宗德陪同调研。');
    expect(lead?.content).toContain('href="https://shequchenbao.example/residences/hongxu/"');
    expect(lead?.content).not.toContain('href="/');
  });

  it('a residential area feed carries its newest RESIDENCE_FEED_SIZE articles', () => {
    const scope = residenceScope(content, 'hongxu');
    if (!scope) throw new Error('no hongxu');
    const many = { ...scope, articles: content.articles };
    const feed = parseFeed(renderFeed(buildFeed(content, many), 'rss'));
    expect(RESIDENCE_FEED_SIZE).toBeLessThan(FEED_SIZE);
    expect(feed.items.map((i) => i.title)).toEqual(content.articles.slice(0, RESIDENCE_FEED_SIZE).map((a) => a.title));
  });

  it('Atom is read by a feed reader', () => {
    const feed = parseFeed(renderFeed(buildFeed(content, streetScope(content, 'xianxia') ?? siteScope(content)), 'atom'));
    expect(feed.items.map((i) => i.title)).toHaveLength(9);
    expect(feed.language ?? 'zh-CN').toMatch(/zh/i);
  });

  it('JSON Feed has the required fields', () => {
    const json: unknown = JSON.parse(renderFeed(buildFeed(content, residenceScope(content, 'hongxu') ?? siteScope(content)), 'json'));
    expect(json).toMatchObject({ version: 'https://jsonfeed.org/version/1', title: expect.stringContaining('虹旭') });
    const items = (json as { items: { id: string; content_html: string; date_published: string }[] }).items;
    expect(items.map((i) => i.id)).toEqual(['https://shequchenbao.example/editions/2019-11-28-xianxia/01/', 'https://shequchenbao.example/editions/2019-11-28-xianxia/04/']);
    expect(items[0].date_published).toBe('2019-11-28T00:00:00+08:00');
  });

  it('unknown scopes have no feed', () => {
    expect(streetScope(content, 'nowhere')).toBeUndefined();
    expect(residenceScope(content, 'nowhere')).toBeUndefined();
  });
});
