import { describe, expect, it } from 'vitest';
import { pinyinId, pinyinInitials } from '../../../lib/content/ids';

describe('pinyinId', () => {
  it('makes ASCII ids from names, dropping the given suffix', () => {
    expect(pinyinId('仙霞街道', ['街道'])).toBe('xianxia');
    expect(pinyinId('长宁区', ['区'])).toBe('changning');
    expect(pinyinId('芷江西路街道', ['街道'])).toBe('zhijiangxilu');
    expect(pinyinId('A栋2号')).toBe('adong2hao');
  });

  it('never yields characters outside [a-z0-9-]', () => {
    for (const name of ['世纪同乐', '“两新”组织', '上海德必文化创意产业发展(集团)', '  空格  ']) {
      expect(pinyinId(name)).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });

  it('abbreviates long organisation names to initials', () => {
    expect(pinyinInitials('上海精益电器厂有限公司党委')).toBe('shjydqcyxgsdw');
  });
});
