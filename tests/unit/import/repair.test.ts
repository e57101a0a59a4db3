import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullWidthPunctuation, joinCjk, repairRadicals, repairYi } from '../../../lib/import/repair';

describe('half-width punctuation inside Chinese (GB/T 15834)', () => {
  const fw = (t: string) => fullWidthPunctuation(t).text;

  it('turns , : ; full-width between Chinese, and keeps them in numbers, Latin text and URLs', () => {
    expect(fw('11月18日,区委书记王为人')).toBe('11月18日，区委书记王为人');
    expect(fw('提出三点要求:一是要加强党建引领;二是')).toBe('提出三点要求：一是要加强党建引领；二是');
    expect(fw('轨交3,4号线')).toBe('轨交3,4号线');
    expect(fw('时间:12:30,地点')).toBe('时间:12:30,地点');
    expect(fw('见 https://example.cn/a,b 网址')).toBe('见 https://example.cn/a,b 网址');
    expect(fw('Hello, world')).toBe('Hello, world');
    // A number with its measure word is Chinese text; a mark after a digit stays as it is.
    expect(fw('“金银奖”;22个')).toBe('“金银奖”；22个');
    expect(fw('展示会,50个居民区')).toBe('展示会，50个居民区');
    expect(fw('会议12:30开始')).toBe('会议12:30开始');
    expect(fw('号线,3A出口')).toBe('号线,3A出口');
  });

  it('turns a pair of parentheses full-width when Chinese is inside and around it', () => {
    expect(fw('上海德必文化创意产业发展(集团)有限公司')).toBe('上海德必文化创意产业发展（集团）有限公司');
    expect(fw('切实减轻压力。(社区发展办)')).toBe('切实减轻压力。（社区发展办）');
    expect(fw('(社区发展办)')).toBe('（社区发展办）');
    expect(fw('版本(v2.0)发布')).toBe('版本(v2.0)发布');
    expect(fw('函数f(x)的值')).toBe('函数f(x)的值');
  });

  it('counts what it changed, and changes only those marks', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...'居民区,:;()。，abc12 '), { maxLength: 40 }), (parts) => {
        const input = parts.join('');
        const r = fullWidthPunctuation(input);
        expect([...r.text].length).toBe([...input].length);
        const changed = [...input].filter((c, i) => c !== [...r.text][i]);
        expect(changed.length).toBe(r.count);
        expect(changed.every((c) => ',:;()'.includes(c))).toBe(true);
      }),
    );
  });
});

describe('radicals a PDF gives for characters', () => {
  it('become the characters they look like (Kangxi Radicals and CJK Radicals Supplement)', () => {
    expect(repairRadicals('居⺠区⽤⾃⼰的⼀⽉⽇⼈⻓⾏')).toEqual({ text: '居民区用自己的一月日人长行', count: 10 });
    expect(repairRadicals('普通文字')).toEqual({ text: '普通文字', count: 0 });
    // Chromium names 户's glyph in a Simplified Chinese font by the radical DOOR, whose UCD equivalent is the traditional 戶.
    expect(repairRadicals('挨家挨⼾、⼾籍')).toEqual({ text: '挨家挨户、户籍', count: 2 });
  });
  it('so does a rare ideograph the font draws with a common one\'s glyph, named by its lower code point', () => {
    expect(repairRadicals('阿㬵熬制、骨密度检测')).toEqual({ text: '阿胶熬制、骨密度检测', count: 1 });
    // Other ideographs of Extension A stand.
    expect(repairRadicals('㐀㑇')).toEqual({ text: '㐀㑇', count: 0 });
  });
});

describe('other repairs', () => {
  it('joins lines with a space between Latin words only', () => {
    expect(joinCjk('WE', 'HOME')).toBe('WE HOME');
    expect(joinCjk('8', '0余人')).toBe('80余人');
    expect(joinCjk('covid-', '19')).toBe('covid-19');
    expect(joinCjk('中', '文')).toBe('中文');
  });

  it('repairs "-" for 一 where the next character settles it', () => {
    expect(repairYi('-股正气之风，居民们-致认为')).toEqual({ text: '一股正气之风，居民们-致认为', repaired: ['股'], unsure: ['致'] });
  });
});
