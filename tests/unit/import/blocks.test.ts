import { describe, expect, it } from 'vitest';
import { joinWrapped, textBlocks, wrapWidth } from '../../../lib/import/blocks';
import { readTextLines } from '../../../lib/import/read-text';
import { displayWidth } from '../../../lib/import/width';
import { rewrap } from '../../../lib/import/score';

const paragraph = '11月18日，区委书记王为人、副区长徐静一行到仙霞街道虹旭居民区调研并视察居民区治理工作。王为人一行实地察看了虹旭二小区精品小区项目建设以及生境花园、美丽楼道、花坊议事厅、瓶子菜园、大件建筑垃圾堆放点等小区自治共治项目。';

describe('the width text was wrapped at', () => {
  it('counts a Chinese character as two columns, a Latin letter or digit as one', () => {
    expect(displayWidth('虹旭2019 ab，')).toBe(2 + 2 + 4 + 1 + 2 + 2);
  });

  it('is found in text broken at any width, and not in text of whole paragraphs', () => {
    const text = [paragraph, '', '威宁居民区 公益活动聚威宁', '', paragraph, '', paragraph].join('\n');
    expect(wrapWidth(readTextLines(text))).toBeUndefined();
    for (const chars of [10, 16, 23, 40]) expect(wrapWidth(readTextLines(rewrap(text, chars))), `${chars}`).toBe(chars * 2);
  });
});

describe('wrapped lines become blocks', () => {
  const blocks = (text: string) => joinWrapped(readTextLines(text), wrapWidth(readTextLines(text))).map((l) => l.text);

  it('rejoins a paragraph and a headline broken across lines, keeping the space between a headline\'s phrases', () => {
    const text = rewrap(['虹仙居民区 品味海派文化 感受社区温度', '', paragraph, '', paragraph].join('\n'), 12);
    expect(blocks(text)).toEqual(['虹仙居民区 品味海派文化 感受社区温度', paragraph, paragraph]);
  });

  it('never starts a block with a closing mark, nor puts a space inside a number', () => {
    // Lines of 34 columns: 17 characters, or 15 and two digits.
    const lines = ['区委书记王为人、副区长徐静一行到仙', '霞街道调研，参会的有街道领导和80', '余人，会议由街道办事处主任主持', '。', '', ...Array.from({ length: 8 }, () => '区委书记王为人、副区长徐静一行到仙')].join('\n');
    expect(blocks(lines)[0]).toBe('区委书记王为人、副区长徐静一行到仙霞街道调研，参会的有街道领导和80余人，会议由街道办事处主任主持。');
  });

  it('keeps apart what a blank line separates, a list item, and a line that did not fill the column', () => {
    const full = '区委书记王为人、副区长徐静一行到仙霞街';
    const lines = [full, '道调研。', full, '', full, '- 金奖 华院居民区党支部', ...Array.from({ length: 8 }, () => full)].join('\n');
    expect(blocks(lines).slice(0, 4)).toEqual([`${full}道调研。`, full, `${full}`, '- 金奖 华院居民区党支部']);
  });

  it('classifies each block as a whole', () => {
    const text = rewrap(['扫描二维码关注“上海社区发布”官方微信公众号', '', '□记者 冯璐迪 整理报道', '', paragraph, '', paragraph, '', paragraph].join('\n'), 10);
    expect(textBlocks(readTextLines(text)).map((b) => b.kind)).toEqual(['qr', 'byline', 'body', 'body', 'body']);
  });
});
