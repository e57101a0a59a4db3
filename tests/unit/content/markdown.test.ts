import { describe, expect, it } from 'vitest';
import { figurePlaceholder, renderMarkdown, shiftHeadings } from '../../../lib/content/markdown';
import { realContext } from '../helpers';

const { gazetteer } = realContext();
const xianxia = gazetteer.residences.filter((r) => r.streetId === 'xianxia');
const render = (markdown: string, captions: string[] = []) =>
  renderMarkdown({ markdown, figures: captions.map((caption, i) => ({ caption, line: i + 1 })), linkResidences: xianxia, residenceHref: (id) => `/residences/${id}/` });

describe('Chinese Markdown', () => {
  it('never turns a line break inside a Chinese paragraph into a space', () => {
    const { html, text } = render('区委副书记陈华文,\n区委常委、组织部部长\n宋宗德陪同调研。');
    expect(html).toBe('<p>区委副书记陈华文,区委常委、组织部部长宋宗德陪同调研。</p>\n');
    expect(text).not.toMatch(/\s/);
  });

  it('joins across inline nodes too', () => {
    expect(render('这是**强调**\n然后继续').html).toBe('<p>这是<strong>强调</strong>然后继续</p>\n');
  });

  it('keeps the space between wrapped Latin words', () => {
    expect(render('WE party\nclass').html).toBe('<p>WE party class</p>\n');
  });

  it('renders emphasis next to Chinese punctuation', () => {
    expect(render('**“金银奖”**名单公布').html).toBe('<p><strong>“金银奖”</strong>名单公布</p>\n');
    expect(render('他说**这是重点。**然后').html).toBe('<p>他说<strong>这是重点。</strong>然后</p>\n');
  });
});

describe('sanitising', () => {
  it('shows raw HTML as inert text, never as markup', () => {
    const r = render('<script>alert(1)</script>\n\n段落<img src=x onerror=alert(1)>结束\n\n<a href="javascript:alert(1)">点</a>');
    // No element other than the paragraphs remark itself writes.
    expect(r.html.match(/<[a-z][^>]*>/gi)).toEqual(['<p>', '<p>', '<p>']);
    expect(r.html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(r.rawHtml).toHaveLength(4);
  });

  it('drops javascript: links written in Markdown', () => {
    expect(render('[点我](javascript:alert(1))').html).not.toContain('javascript:');
  });

  it('shows a Markdown image as its caption, so no broken picture appears', () => {
    const r = render('![活动现场](photo.jpg)');
    expect(r.html).toBe('<p>［图：活动现场］</p>\n');
    expect(r.images).toEqual(['活动现场']);
  });
});

describe('figures and links', () => {
  it('turns photo captions into figures without an image', () => {
    const r = render(`第一段。\n\n${figurePlaceholder(0)}\n\n第二段。`, ['王为人调研虹旭居民区']);
    expect(r.html).toContain('<figure class="photo"><figcaption>王为人调研虹旭居民区</figcaption></figure>');
    expect(r.html).not.toContain('<img');
  });

  it('links the first mention of each residential area, not headings', () => {
    const r = render('### 虹旭居民区\n\n虹旭居民区和威宁居委，又到虹旭居民区。');
    expect(r.html).toContain('<h3>虹旭居民区</h3>');
    expect(r.html).toContain('<p><a href="/residences/hongxu/">虹旭居民区</a>和<a href="/residences/weining/">威宁居委</a>，又到虹旭居民区。</p>');
  });

  it('shifts heading levels', () => {
    expect(shiftHeadings('<h3>a</h3><h6>b</h6>', 1)).toBe('<h4>a</h4><h6>b</h6>');
  });
});
