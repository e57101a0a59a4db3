import { describe, expect, it } from 'vitest';
import { splitsWord } from '../../../lib/import/words';

describe('words: whether a line break falls inside a word', () => {
  it('finds a word split across the break', () => {
    expect(splitsWord('打通社区治理“最后一公', '里”专题会')).toBe(true);
    expect(splitsWord('学习四中全', '会读书会')).toBe(true);
  });
  it('finds a break between words, or beside a mark', () => {
    expect(splitsWord('品味海派文化', '感受社区温度')).toBe(false);
    expect(splitsWord('打通社区治理“最后一公里”', '专题会上')).toBe(false);
    expect(splitsWord('打通社区治理', '“最后一公里”')).toBe(false);
    expect(splitsWord('', '居民区')).toBe(false);
  });
  it('knows the words of today\'s news, and reads each break by the words most used', () => {
    // Tune seed 765: 常态化疫|情防控 broke 疫情 across a jump; ICU's dictionary had no 疫情.
    expect(splitsWord('居民反映的常态化疫', '情防控期间')).toBe(true);
    // Tune seed 783: 这次集中|共区域 joins 集中 and 区域, not 中共 broken; 楼道及公|共区域 breaks 公共.
    expect(splitsWord('这次集中', '共区域的主人')).toBe(false);
    expect(splitsWord('楼道及公', '共区域的主人')).toBe(true);
  });
  it('reads a radical a text layer gives for a character as that character', () => {
    // 居⺠ is 居民 with the radical ⺠: the break inside 居民 splits it.
    expect(splitsWord('虹仙居', '⺠区')).toBe(true);
  });
});
