import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../lib/photos/load';
import { type Content } from '../../../lib/content/load';
import { newsArticleJsonLd, serializeJsonLd, websiteJsonLd } from '../../../lib/publish/jsonld';
import { CONTENT } from '../helpers';

const content = (await loadContent(CONTENT)).content as Content;

describe('JSON-LD', () => {
  it('is serialised so content cannot close the script element', () => {
    const s = serializeJsonLd({ headline: '</script><script>alert(1)</script>' });
    expect(s).not.toContain('<');
    expect(JSON.parse(s)).toEqual({ headline: '</script><script>alert(1)</script>' });
  });

  it('describes an article as a NewsArticle about its street and residential area', () => {
    const a = content.article.get('2019-11-28-xianxia/04');
    if (!a) throw new Error('missing article');
    const ld = JSON.parse(serializeJsonLd(newsArticleJsonLd(content, a)));
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      headline: '虹旭居民区 废旧自行车兑换',
      datePublished: '2019-11-28T00:00:00+08:00',
      inLanguage: 'zh-CN',
      publisher: { '@type': 'NewsMediaOrganization', name: '社区晨报' },
      contentLocation: [{ '@type': 'Place', name: '虹旭居民区', containedInPlace: { name: '仙霞街道', containedInPlace: { name: '上海市长宁区' } } }],
    });
  });

  it('describes the site as a WebSite with search, and its Organization', () => {
    const ld = JSON.parse(serializeJsonLd(websiteJsonLd()));
    expect(ld['@graph'].map((n: { '@type': string }) => n['@type'])).toEqual(['WebSite', 'NewsMediaOrganization']);
    expect(ld['@graph'][0].potentialAction.target).toBe('https://shequchenbao.example/search/?q={search_term_string}');
  });
});
