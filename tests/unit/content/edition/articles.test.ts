import { describe, expect, it } from 'vitest';
import { readArticles, readRegion, splitFigure } from '../../../../lib/content/edition/articles';
import { issuesFor } from '../../../../lib/content/edition/types';
import { figurePlaceholder } from '../../../../lib/content/markdown';
import { formatIssue } from '../../../../lib/content/report';

function articles(body: string) {
  const issues = issuesFor('e.md');
  const drafts = readArticles(['---', '---', ...body.split('\n')], 2, issues);
  return { drafts, messages: issues.list.map(formatIssue) };
}

describe('articles from the body', () => {
  it('opens sections and articles, and sets fields from @ lines', () => {
    const { drafts, messages } = articles('# 居民区\n## 标题一\n@引题 虹旭居民区\n@作者 王为人\n正文。\n## 标题二\n正文二。');
    expect(messages).toEqual([]);
    expect(drafts.map((d) => [d.order, d.section, d.title, d.line])).toEqual([[1, '居民区', '标题一', 4], [2, '居民区', '标题二', 8]]);
    expect(drafts[0].fields).toEqual({ kicker: { value: '虹旭居民区', line: 5 }, byline: { value: '王为人', line: 6 } });
    expect(drafts[0].body).toEqual(['正文。']);
  });

  it('puts a figure where its @图 line stands, and attaches @替代 and @摄影 only directly below it', () => {
    const { drafts, messages } = articles('## 标题\n前文。\n@图 a.jpg 说明\n@替代 画面\n@摄影 王\n后文。\n@摄影 李');
    expect(drafts[0].figures).toEqual([{ line: 5, file: 'a.jpg', caption: '说明', alt: '画面', altLine: 6, credit: '王' }]);
    expect(drafts[0].body).toEqual(['前文。', '', figurePlaceholder(0), '', '后文。']);
    expect(messages).toEqual(['e.md:9 @摄影: does not follow an @图 line (put it on the line right after the @图 line of the photo it belongs to)']);
  });

  it('passes code fences through untouched', () => {
    const { drafts, messages } = articles('## 标题\n```\n@图 not a figure\n## not a title\n```\n后文。');
    expect(messages).toEqual([]);
    expect(drafts).toHaveLength(1);
    expect(drafts[0].body).toEqual(['```', '@图 not a figure', '## not a title', '```', '后文。']);
  });

  it('takes an award marker off the end of a list item, and refuses one elsewhere', () => {
    const { drafts, messages } = articles('## 光荣榜\n- 金奖 虹旭居民区党总支 {奖=jinyin-7}\n正文 {奖=jinyin-7} 之后');
    expect(drafts[0].markers).toEqual([{ text: '金奖 虹旭居民区党总支', inner: 'jinyin-7', line: 4 }]);
    expect(messages).toEqual(['e.md:5 award: award marker is not at the end of a list item or ### heading (expected e.g. "- 金奖 华院居民区党支部 {奖=jinyin-7}")']);
  });

  it('reports text before any article, an unknown field with a hint, a field given twice, and an edition with no articles', () => {
    expect(articles('前言\n## 标题\n@作著 王\n@作者 王\n@作者 李').messages).toEqual([
      "e.md:3 body: text outside any article (article without a title) (expected '## 标题' before the article's text)",
      'e.md:5 @作著: unknown field (did you mean @作者? expected one of @引题 @副题 @作者 @来源 @居民区 @编号 @图 @替代 @摄影 @版面; write \\@ for a literal @)',
      'e.md:7 @作者: is given twice (first on line 6) (keep one)',
    ]);
    expect(articles('').messages).toEqual(["e.md:2 body: edition has no articles (expected at least one article starting with '## 标题')"]);
  });

  it('reads a region on the page, and refuses one that runs off it', () => {
    const issues = issuesFor('e.md');
    expect(readRegion('版面', '1 4.5 30 45.2 61', 9, issues)).toEqual({ page: 1, x: 4.5, y: 30, width: 45.2, height: 61, line: 9 });
    expect(readRegion('版面', '1 60 30 45 10', 10, issues)).toBeUndefined();
    expect(issues.list.map(formatIssue)).toEqual(['e.md:10 @版面: region runs off the page (60 + 45 across, 30 + 10 down) (left + width and top + height are at most 100 (percent of the page))']);
  });

  it('tells a photo file from a caption', () => {
    expect(splitFigure('hongxu.jpg 居民在睦邻廊')).toEqual({ file: 'hongxu.jpg', caption: '居民在睦邻廊' });
    expect(splitFigure('居民在睦邻廊 hongxu')).toEqual({ caption: '居民在睦邻廊 hongxu' });
  });
});
