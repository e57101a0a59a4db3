/**
 * Hostile input: each case either builds into correct, inert output or stops
 * the check with a clear error, and none throws or hangs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser } from 'fast-xml-parser';
import { buildContent, readSources, type Content } from '../../../lib/content/load';
import { parseEdition, nestingOf, MAX_NESTING } from '../../../lib/content/edition/parse';
import { buildFeed, renderFeed, siteScope } from '../../../lib/publish/feeds';
import { newsArticleJsonLd, serializeJsonLd } from '../../../lib/publish/jsonld';
import { pageMetadata } from '../../../lib/publish/metadata';
import { ArticleHeader } from '../../../components/ArticleHeader';
import { ArticleBody } from '../../../components/ArticleBody';
import { CONTENT, FIXTURES, messages, parseFixture, realContext } from '../helpers';

const ctx = realContext();
/** Live markup, as opposed to the same characters shown as text (&#x3C;script>, &lt;a …). */
const LIVE = /<(?:script|iframe|img|svg|object|embed)\b|<a\b[^>]*href="javascript:|<[a-z][^>]*\son[a-z]+=/i;

describe('HTML and script in every field', () => {
  const parsed = parseFixture('editions/hostile/injection.md');
  const article = parsed.articles[0];
  const real = readSources(CONTENT);
  const content = buildContent({ ...real, editions: [{ path: 'hostile.md', text: fs.readFileSync(path.join(FIXTURES, 'editions/hostile/injection.md'), 'utf8') }] }).content as Content;

  it('parses, keeping every field exactly as written', () => {
    expect(messages(parsed)).toEqual([]);
    expect(parsed.edition?.title).toBe("<script>alert('title')</script>");
    expect(parsed.edition?.publisher).toBe('"><img src=x onerror=alert(1)>');
    expect(article.title).toBe('</script><script>alert(6)</script>标题 & "引号" ]]> 结束');
    expect(article.section).toBe('<b onmouseover=alert(5)>栏目</b>');
    expect(parsed.issues.filter((i) => i.severity === 'warning').map((i) => i.message)).toContain('raw HTML "<iframe src="javascript:alert(13)"></ifr" is shown as text, not as markup');
  });

  it('renders the body with no live markup, showing the HTML as text', () => {
    expect(article.html).not.toMatch(LIVE);
    expect(article.html).toContain('<p><a>点我</a>');
    expect(article.html).toContain('&#x3C;script>alert(12)&#x3C;/script>');
    expect(article.text).toContain('正文<script>alert(12)</script>继续');
  });

  it('escapes headline, kicker, byline and caption in the page', () => {
    const html = renderToStaticMarkup(createElement('div', null, createElement(ArticleHeader, { article, level: 1 }), createElement(ArticleBody, { html: article.html })));
    expect(html).not.toMatch(LIVE);
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(6)&lt;/script&gt;标题 &amp; &quot;引号&quot; ]]&gt; 结束');
  });

  it('keeps JSON-LD inside its script element', () => {
    const a = content.articles[0];
    const s = serializeJsonLd(newsArticleJsonLd(content, a));
    expect(s).not.toContain('<');
    expect(JSON.parse(s).headline).toBe(a.title);
  });

  it('keeps feeds well-formed, with the title read back exactly', () => {
    for (const format of ['rss', 'atom'] as const) {
      const xml = renderFeed(buildFeed(content, siteScope(content)), format);
      const feed = parseFeed(xml);
      expect(feed.items[0].title).toBe(article.title);
      // Read the HTML as the XML holds it (this parser decodes entities inside CDATA).
      const item = new XMLParser({ cdataPropName: false }).parse(xml);
      const entry = format === 'rss' ? item.rss.channel.item : item.feed.entry;
      const html = String(format === 'rss' ? entry['content:encoded'] : entry.content) + String(format === 'rss' ? entry.description : entry.summary);
      expect(html).not.toMatch(LIVE);
      expect(html).toContain('正文&lt;script&gt;alert(12)&lt;/script&gt;继续');
    }
    const json = JSON.parse(renderFeed(buildFeed(content, siteScope(content)), 'json'));
    expect(json.items[0].title).toBe(article.title);
  });

  it('passes titles to metadata as plain strings for the framework to escape', () => {
    const meta = pageMetadata({ title: article.title, description: article.text, path: '/x/' });
    expect(meta.title).toEqual({ absolute: `${article.title} | 社区晨报` });
    expect(meta.openGraph?.title).toBe(`${article.title} | 社区晨报`);
  });
});

describe('invisible characters', () => {
  it('a control character stops the check with its line and column', () => {
    expect(messages(parseFixture('editions/hostile/control.md'))).toEqual([
      'tests/fixtures/editions/hostile/control.md:8 text: control character U+0007 at column 9 (remove it: it is invisible and has no place in an edition)',
      'tests/fixtures/editions/hostile/control.md:8 text: control character U+0008 at column 17 (remove it: it is invisible and has no place in an edition)',
    ]);
  });

  it('a zero-width character is a warning and the edition still builds', () => {
    const r = parseFixture('editions/hostile/zero-width.md');
    expect(messages(r)).toEqual([]);
    expect(r.issues.map((i) => `${i.line} ${i.message}`)).toEqual(['8 zero-width character U+200B at column 3']);
    expect(r.articles[0].text).toBe('虹旭\u200B居民区的正文。');
  });
});

describe('size and shape', () => {
  it('lists nested beyond the limit stop the check at the first line too deep', () => {
    const r = parseFixture('editions/hostile/deep-list.md');
    const lines = fs.readFileSync(path.join(FIXTURES, 'editions/hostile/deep-list.md'), 'utf8').split('\n');
    const first = lines.findIndex((l) => nestingOf(l) > MAX_NESTING) + 1;
    expect(first).toBe(40);
    expect(messages(r)[0]).toBe(`tests/fixtures/editions/hostile/deep-list.md:40 body: nested more than ${MAX_NESTING} levels deep (at most ${MAX_NESTING} levels of lists or quotes)`);
    expect(r.edition).toBeUndefined();
  });

  it('counts nesting on one line and by indentation', () => {
    expect(nestingOf('- - - > 1. x')).toBe(5);
    expect(nestingOf('        - x')).toBe(3);
    expect(nestingOf('正文 - 不是列表')).toBe(0);
  });

  it('nesting that once overflowed the stack is an error, quickly', () => {
    const deep = Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- ${i}`).join('\n');
    const sameLine = `${'- '.repeat(5000)}x`;
    for (const body of [deep, sameLine]) {
      const t0 = performance.now();
      const r = parseEdition(`---\nstreet: xianxia\ndate: 2021-05-06\n---\n## 标题\n${body}\n`, 'deep.md', ctx);
      expect(performance.now() - t0).toBeLessThan(5_000);
      expect(r.edition).toBeUndefined();
      expect(messages(r)[0]).toMatch(/nested more than 16 levels deep/);
    }
  });

  it('a 10,000-character line builds', () => {
    const r = parseEdition(`---\nstreet: xianxia\ndate: 2021-05-07\n---\n## 长行\n${'长'.repeat(10_000)}\n`, 'long.md', ctx);
    expect(messages(r)).toEqual([]);
    expect(r.articles[0].text).toHaveLength(10_000);
  });

  it('a 5 MB edition stops the check with its size', () => {
    const big = `---\nstreet: xianxia\ndate: 2021-05-08\n---\n## 大文件\n${'虹旭居民区开展活动。\n\n'.repeat(165_000)}`;
    expect(Buffer.byteLength(big)).toBeGreaterThan(5 * 2 ** 20);
    const t0 = performance.now();
    expect(messages(parseEdition(big, 'big.md', ctx))).toEqual(['big.md:1 file: is 5.0 MB (an edition may be at most 1 MB: split it, or check for text pasted by mistake)']);
    expect(performance.now() - t0).toBeLessThan(2_000);
  });

  it('mixed full- and half-width punctuation is kept exactly as written', () => {
    const r = parseFixture('editions/hostile/mixed-punctuation.md');
    expect(messages(r)).toEqual([]);
    expect(r.articles[0].title).toBe('全角，半角, 混用');
    expect(r.articles[0].text).toBe('全角，半角,混用：“引号”"quote"（括号）(paren)；分号;句号。period.！!？?……...——--');
  });
});
