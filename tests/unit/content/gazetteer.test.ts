import { describe, expect, it } from 'vitest';
import { parseGazetteer, residencesNamedIn } from '../../../lib/content/gazetteer';
import { formatIssue } from '../../../lib/content/report';
import { realContext } from '../helpers';

describe('the launch gazetteer', () => {
  const { gazetteer } = realContext();

  // These ids are URLs: if a pinyin library update changes one, this must fail.
  it('keeps the published ids', () => {
    expect(gazetteer.districts.map((d) => d.id)).toEqual(['changning', 'putuo', 'jingan']);
    expect(gazetteer.streets.map((s) => `${s.id}<${s.districtId}`)).toEqual([
      'xianxia<changning', 'huayanglu<changning', 'zhoujiaqiao<changning', 'changfengxincun<putuo', 'zhijiangxilu<jingan',
    ]);
    expect(gazetteer.residences.map((r) => r.id)).toEqual([
      'hongxu', 'weining', 'jinyuan', 'fuyi', 'hongxian', 'hongfang',
      'shijitongle', 'qingshuiwan', 'shidaercun',
      'taojiazhai', 'huayuan', 'huayi', 'pandong', 'suyi', 'changyi',
      'pushan',
      'hongqiaoxincheng', 'zhouer', 'zhongshangongyu', 'fanbei', 'zhongwu',
    ]);
  });

  it('finds residential areas named in text, longest name first, in order of mention', () => {
    const xianxia = gazetteer.residences.filter((r) => r.streetId === 'xianxia');
    expect(residencesNamedIn('虹纺居民区携手……威宁居委', xianxia).map((r) => r.id)).toEqual(['hongfang', 'weining']);
    expect(residencesNamedIn('没有提到任何居民区', xianxia)).toEqual([]);
  });
});

describe('parseGazetteer errors', () => {
  const base = 'districts:\n  - name: 长宁区\nstreets:\n  - name: 仙霞街道\n    district: changning\n';

  it('reports id collisions with the line and a fix', () => {
    const text = `${base}residences:\n  - { name: 虹旭, street: xianxia }\n  - { name: 红旭, street: xianxia }\n`;
    const r = parseGazetteer(text, 'g.yml');
    expect(r.gazetteer).toBeUndefined();
    expect(r.issues.map(formatIssue)).toEqual([
      'g.yml:8 residences[1].id: id "hongxu" of 红旭 (仙霞街道) collides with 虹旭 (仙霞街道) (give one of them a distinct `id:` by hand)',
    ]);
  });

  it('lets a hand-written id resolve a collision', () => {
    const text = `${base}residences:\n  - { name: 虹旭, street: xianxia }\n  - { name: 红旭, street: xianxia, id: hongxu-2 }\n`;
    expect(parseGazetteer(text, 'g.yml').issues).toEqual([]);
  });

  it('reports unknown parents and unknown fields', () => {
    const text = 'districts:\n  - name: 长宁区\nstreets:\n  - name: 仙霞街道\n    district: changnig\nresidences:\n  - { name: 虹旭, street: xianxia, colour: red }\n';
    const msgs = parseGazetteer(text, 'g.yml').issues.map(formatIssue);
    expect(msgs).toEqual(['g.yml:7 residences[0].colour: unknown field (expected one of: name, id, full_name, street, aliases)']);
    const text2 = 'districts:\n  - name: 长宁区\nstreets:\n  - name: 仙霞街道\n    district: changnig\nresidences: []\n';
    expect(parseGazetteer(text2, 'g.yml').issues.map(formatIssue)).toEqual([
      'g.yml:5 streets[0].district: unknown district "changnig" (did you mean "changning"?)',
    ]);
  });

  it('reports YAML that does not parse', () => {
    const r = parseGazetteer('districts: [\n', 'g.yml');
    expect(r.issues).toHaveLength(1);
    expect(formatIssue(r.issues[0])).toMatch(/^g\.yml:\d+ \(yaml\): YAML does not parse: /);
  });
});
