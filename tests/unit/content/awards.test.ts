import { describe, expect, it } from 'vitest';
import { parseAwardCatalogue, parseAwardMarker, splitLevel } from '../../../lib/content/awards';
import { realContext } from '../helpers';

describe('award catalogue', () => {
  const { catalogue } = realContext();
  const jinyin = catalogue.programme.get('jinyin');

  it('holds both programmes and their rounds', () => {
    expect(catalogue.programmes.map((p) => p.name)).toEqual(['居民区党建工作“金银奖”', '“两新”组织党建工作“五星奖”']);
    expect(catalogue.round.get('jinyin-7')).toMatchObject({ label: '第七轮', year: 2020 });
    expect(catalogue.round.get('wuxing-4')).toMatchObject({ label: '第四轮', year: 2020 });
  });

  it('splits level from recipient, longest level first', () => {
    if (!jinyin) throw new Error('no jinyin');
    expect(splitLevel('金奖标兵 陶家宅居民区党总支', jinyin)).toEqual({ level: '金奖标兵', recipient: '陶家宅居民区党总支' });
    expect(splitLevel('金奖: 周二居民区党总支', jinyin)).toEqual({ level: '金奖', recipient: '周二居民区党总支' });
    expect(splitLevel('苏一居民区党总支', jinyin, '特色治理奖')).toEqual({ level: '特色治理奖', recipient: '苏一居民区党总支' });
    expect(splitLevel('铜奖 某居民区', jinyin)).toMatchObject({ problem: 'award with unknown level "铜奖" for 居民区党建工作“金银奖”' });
    expect(splitLevel('某居民区', jinyin, '金將')).toMatchObject({ problem: expect.stringContaining('unknown level "金將"'), expected: expect.stringContaining('did you mean "金奖"') });
  });

  it('reads markers and refuses unknown parts', () => {
    expect(parseAwardMarker(' jinyin-7 等级=银奖 ')).toEqual({ marker: { roundId: 'jinyin-7', level: '银奖' }, problems: [] });
    expect(parseAwardMarker('jinyin-7 colour=gold').problems).toEqual(['unknown part "colour=gold" in award marker (expected 等级=… or 居民区=…)']);
    expect(parseAwardMarker('  ').marker).toBeUndefined();
  });

  it('reports duplicate round ids and unknown districts', () => {
    const text = 'programmes:\n  - id: a\n    name: A\n    district: nowhere\n    levels: [x]\n    rounds:\n      - { id: a-1, round: 1, label: 一, year: 2020 }\n      - { id: a-1, round: 2, label: 二, year: 2021 }\n';
    const r = parseAwardCatalogue(text, 'a.yml', new Set(['changning']));
    expect(r.catalogue).toBeUndefined();
    expect(r.issues.map((i) => `${i.line} ${i.field} ${i.message}`)).toEqual([
      '4 programmes[0].district unknown district "nowhere"',
      '8 programmes[0].rounds[1].id duplicate round id "a-1"',
    ]);
  });
});
