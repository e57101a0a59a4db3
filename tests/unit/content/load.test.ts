import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContent, readSources, type Content, type SourceFile } from '../../../lib/content/load';
import { loadContent } from '../../../lib/photos/load';
import { normaliseText } from '../../../lib/content/edition/parse';
import { formatIssue } from '../../../lib/content/report';
import { CONTENT, FIXTURES } from '../helpers';

const SOURCES = path.join(CONTENT, 'sources');

async function launch(): Promise<Content> {
  const r = await loadContent(CONTENT);
  if (!r.content) throw new Error(r.issues.map(formatIssue).join('\n'));
  return r.content;
}
const content = await launch();

describe('the five launch editions', () => {
  it('parse without errors or warnings', async () => {
    expect((await loadContent(CONTENT)).issues.map(formatIssue)).toEqual([]);
  });

  it('are dated as far as the text supports, and say so', () => {
    expect(content.editions.map((e) => [e.id, e.streetId, e.districtId, e.date, e.datePrecision])).toEqual([
      ['2020-11-24-huayanglu', 'huayanglu', 'changning', '2020-11-24', 'day'],
      ['2020-11-24-zhoujiaqiao', 'zhoujiaqiao', 'changning', '2020-11-24', 'day'],
      ['2019-12-12-changfengxincun', 'changfengxincun', 'putuo', '2019-12-12', 'day'],
      ['2019-11-28-xianxia', 'xianxia', 'changning', '2019-11-28', 'day'],
      ['2019-zhijiangxilu', 'zhijiangxilu', 'jingan', '2019', 'year'],
    ]);
    for (const e of content.editions) {
      expect(e.inferred.date, e.id).toMatch(/未印出版日期/);
      expect(e.issue).toBeUndefined();
    }
  });

  it('hold every article in printed order, with sections, kickers and bylines', () => {
    const summary = (id: string) =>
      content.articles.filter((a) => a.editionId === id).map((a) => [a.section ?? '', a.kicker ?? '', a.title, a.residenceIds.join(',')].join(' | '));
    expect(summary('2019-11-28-xianxia')).toEqual([
      ' |  | 发挥党建引领作用 居民自治更进一步 | hongxu',
      '居民区 |  | 威宁居民区 公益活动聚威宁 志愿服务暖民心 | weining',
      '居民区 |  | 锦苑居民区 党代表联系社区 | jinyuan',
      '居民区 |  | 虹旭居民区 废旧自行车兑换 | hongxu',
      '居民区 |  | 芙一居民区 学习四中全会读书会 | fuyi',
      '居民区 |  | 虹仙居民区 品味海派文化 感受社区温度 | hongxian',
      '居民区 |  | 虹纺居民区 美丽七彩虹纺 你我携手共建 | hongfang',
      '社区扫描 |  | 仙霞举办“世界非遗”青瓷展 | ',
      '社区扫描 |  | “绿色进园区 花香满楼宇”插花活动 | ',
    ]);
    expect(summary('2019-12-12-changfengxincun')).toEqual([
      ' |  | 打通社区治理“最后一公里” 专题会上大家畅谈了想法 | ',
      '社区扫描 | 汇集志愿力量，引领文明时尚 | 长风新村街道举办“12·5”国际志愿者日暨垃圾分类志愿服务活动 | ',
      '居民区 |  | 世纪同乐 整治楼道行动中 守护家园共参与 | shijitongle',
      '居民区 |  | 清水湾居委会 楼道堆物齐整治 小区创卫靠大家 | qingshuiwan',
      '居民区 |  | 师大二村 听老党员解读 十九届四中全会精神 | shidaercun',
    ]);
    expect(summary('2020-11-24-huayanglu')).toEqual([
      ' |  | 在“加强基层党建、创新社会治理”之路上奋勇前行 | taojiazhai,huayuan,huayi,pandong,suyi',
      ' | 陶家宅居民区党总支 | 坚持党员“四先” 破解治理难题 | taojiazhai',
      ' | 长一居民区党总支 | 当好“领头雁” 用好“带头人” | changyi',
      ' | 上海德必文化创意产业发展（集团）股份有限公司党支部 | 深化载体建设，构建园区党建生态圈 | ',
    ]);
    expect(summary('2019-zhijiangxilu')).toEqual([' | 实现新作为 开创新局面 | 2019年芷江西路街道党建工作巡礼之普善居民区 | pushan']);
    expect(summary('2020-11-24-zhoujiaqiao')).toEqual([
      ' |  | 长宁区第七轮“金银奖”名单公布 周家桥喜获“2金2银1特色” | hongqiaoxincheng,zhouer,zhongshangongyu,fanbei,zhongwu',
      ' |  | 全国台联及各省市台联考察团 来长宁调研两岸婚姻家庭工作 | ',
    ]);
    expect(content.article.get('2019-12-12-changfengxincun/02')?.byline).toBe('□记者 冯璐迪 整理报道');
    expect(content.article.get('2019-zhijiangxilu/01')?.credit).toBe('芷江西路街道');
    expect(content.articles.reduce((n, a) => n + a.figures.length, 0)).toBe(23);
  });

  it('hold the two honour rolls as 12 awards, each linked to its article and area', () => {
    expect(content.awards.map((a) => [a.roundId, a.level, a.recipient, a.residenceId ?? '', a.streetId, a.articleIds.join(',')])).toEqual([
      ['jinyin-7', '金奖标兵', '虹桥新城居民区党支部', 'hongqiaoxincheng', 'zhoujiaqiao', '2020-11-24-zhoujiaqiao/01'],
      ['jinyin-7', '金奖标兵', '陶家宅居民区党总支', 'taojiazhai', 'huayanglu', '2020-11-24-huayanglu/01'],
      ['jinyin-7', '金奖', '华院居民区党支部', 'huayuan', 'huayanglu', '2020-11-24-huayanglu/01'],
      ['jinyin-7', '金奖', '周二居民区党总支', 'zhouer', 'zhoujiaqiao', '2020-11-24-zhoujiaqiao/01'],
      ['jinyin-7', '银奖', '范北居民区党总支', 'fanbei', 'zhoujiaqiao', '2020-11-24-zhoujiaqiao/01'],
      ['jinyin-7', '银奖', '华一居民区党总支', 'huayi', 'huayanglu', '2020-11-24-huayanglu/01'],
      ['jinyin-7', '银奖', '中山公寓居民区党支部', 'zhongshangongyu', 'zhoujiaqiao', '2020-11-24-zhoujiaqiao/01'],
      ['jinyin-7', '特色治理奖', '潘东居民区党支部', 'pandong', 'huayanglu', '2020-11-24-huayanglu/01'],
      ['jinyin-7', '特色治理奖', '苏一居民区党总支', 'suyi', 'huayanglu', '2020-11-24-huayanglu/01'],
      ['jinyin-7', '特色治理奖', '中五居民区党支部', 'zhongwu', 'zhoujiaqiao', '2020-11-24-zhoujiaqiao/01'],
      ['wuxing-4', '五星奖', '上海德必文化创意产业发展（集团）有限公司党支部', '', 'huayanglu', '2020-11-24-huayanglu/01'],
      ['wuxing-4', '五星奖', '上海精益电器厂有限公司党委', '', 'zhoujiaqiao', '2020-11-24-zhoujiaqiao/01'],
    ]);
    expect(content.article.get('2020-11-24-zhoujiaqiao/01')?.awardIds).toHaveLength(6);
  });

  it('keep the papers\' own blurbs as edition information, not articles', () => {
    const extras = content.editions.flatMap((e) => e.extras.map((x) => x.kind));
    expect(extras.sort()).toEqual(['about', 'qr', 'qr', 'qr', 'slogan', 'slogan']);
    expect(content.articles.some((a) => a.text.includes('深耕社区十年'))).toBe(false);
    expect(content.edition.get('2020-11-24-zhoujiaqiao')?.publisher).toBe('周家桥街道党工委 联合出版');
  });

  it('are indexed by street, residential area, month and award', () => {
    expect(content.articlesByResidence.get('hongxu')?.map((a) => a.id)).toEqual(['2019-11-28-xianxia/01', '2019-11-28-xianxia/04']);
    expect(content.editionsByStreet.get('zhoujiaqiao')?.map((e) => e.id)).toEqual(['2020-11-24-zhoujiaqiao']);
    expect([...(content.editionsByMonth.get('2019')?.keys() ?? [])]).toEqual(['12', '11', '']);
    expect(content.awardsByResidence.get('suyi')?.map((a) => a.level)).toEqual(['特色治理奖']);
    expect(content.awardsByRound.get('wuxing-4')).toHaveLength(2);
  });
});

/** Markdown syntax a line may carry that is not text of the news. */
function visibleText(line: string): string {
  return line
    .replace(/\s*\{\s*(?:奖|award)\s*=[^{}]*\}\s*$/, '')
    .replace(/^#{1,6}\s*/, '')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
    .replace(/\*\*|__/g, '')
    .replace(/\s+/g, '');
}

describe('nothing an editor wrote is lost', () => {
  const files = readSources(CONTENT).editions;

  it('every paragraph, heading, list item and field of every edition reaches the records', () => {
    let checked = 0;
    for (const file of files) {
      const lines = normaliseText(file.text).split('\n');
      const close = lines.indexOf('---', 1);
      const editionArticles = content.articles.filter((a) => content.edition.get(a.editionId)?.path === file.path);
      let article: (typeof editionArticles)[number] | undefined;
      for (let i = close + 1; i < lines.length; i++) {
        const line = lines[i];
        if (!line.trim()) continue;
        if (/^# /.test(line)) {
          expect(editionArticles.some((a) => a.section === line.slice(2).trim()), `${file.path}:${i + 1}`).toBe(true);
          continue;
        }
        if (/^## /.test(line)) {
          article = editionArticles.find((a) => a.line === i + 1);
          expect(article?.title, `${file.path}:${i + 1}`).toBe(line.slice(3).trim());
          continue;
        }
        if (!article) throw new Error(`${file.path}:${i + 1} outside any article`);
        const a = article;
        const fieldValues = [a.kicker, a.subtitle, a.byline, a.credit, ...a.figures.flatMap((f) => [f.caption, f.alt, f.credit])].filter(Boolean).map((v) => String(v).replace(/\s+/g, ''));
        const directive = /^@(\S+)\s+(.*)$/.exec(line);
        if (directive) {
          expect(fieldValues, `${file.path}:${i + 1}`).toContain(directive[2].replace(/\s+/g, ''));
        } else {
          expect(a.text.replace(/\s+/g, ''), `${file.path}:${i + 1}`).toContain(visibleText(line));
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(140);
  });

  // The transcriptions against the extracted text: every line of each seed
  // (after the repairs the edition declares) is in the edition's records.
  it('every line of each seed appears in its transcription', () => {
    expect(fs.existsSync(SOURCES), `source texts not found at ${SOURCES}`).toBe(true);
    const masthead = new Set(['社区晨报']); // the paper's name, which the site shows as its own
    let checked = 0;
    for (const edition of content.editions) {
      expect(edition.source, edition.id).toBeDefined();
      let seed = fs.readFileSync(path.join(SOURCES, String(edition.source)), 'utf8');
      // Repairs of one place each; the one made everywhere (half-width punctuation made full-width) is folded below.
      for (const c of edition.corrections) if ([...c.from].length > 1) seed = seed.replace(c.from, c.to);
      const articles = content.articles.filter((a) => a.editionId === edition.id);
      const record = [
        ...articles.flatMap((a) => [a.section, `${a.kicker ?? ''}${a.title}${a.subtitle ?? ''}`, a.byline, a.credit && `(${a.credit})`, ...a.figures.map((f) => f.caption), a.text]),
        edition.publisher,
        ...edition.extras.map((x) => x.text),
      ]
        .filter(Boolean)
        .join('\n')
        .replace(/\s+/g, '')
        .normalize('NFKC');
      for (const raw of seed.split('\n')) {
        const line = visibleText(raw).replace(/^\d+\./, '').normalize('NFKC');
        if (!line || masthead.has(line)) continue;
        expect(record, `${edition.source}: ${raw}`).toContain(line);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(190);
  });
});

describe('the loader across files', () => {
  const real = readSources(CONTENT);
  const fixture = (name: string): SourceFile => ({ path: `tests/fixtures/editions/${name}`, text: fs.readFileSync(path.join(FIXTURES, 'editions', name), 'utf8') });

  it('reports two files describing the same edition', () => {
    const r = buildContent({ ...real, editions: [fixture('bad/duplicate-a.md'), fixture('bad/duplicate-b.md')] });
    expect(r.content).toBeUndefined();
    expect(r.issues.map(formatIssue)).toEqual([
      'tests/fixtures/editions/bad/duplicate-b.md:1 id: duplicate edition "2021-04-01-xianxia": tests/fixtures/editions/bad/duplicate-a.md describes the same street and date (keep one file per edition, or set a distinct `id:` if both are real)',
    ]);
  });

  it('keeps an award reported by two editions as one record linked to both', () => {
    const report = (street: string, date: string) => ({
      path: `${street}.md`,
      text: `---\nstreet: ${street}\ndate: ${date}\n---\n\n## 光荣榜\n\n- 金奖 华院居民区党支部 {奖=jinyin-7 居民区=huayuan}\n`,
    });
    const r = buildContent({ ...real, editions: [report('huayanglu', '2020-11-25'), report('zhoujiaqiao', '2020-11-26')] });
    expect(r.issues.map(formatIssue)).toEqual([]);
    expect(r.content?.awards).toHaveLength(1);
    expect(r.content?.awards[0].articleIds).toEqual(['2020-11-25-huayanglu/01', '2020-11-26-zhoujiaqiao/01']);
    expect(r.content?.article.get('2020-11-26-zhoujiaqiao/01')?.awardIds).toEqual(['jinyin-7-huayuan']);
  });

  it('checks that each edition names a source file that is committed under content/sources/', () => {
    const edition = (source: string) => ({ path: 'x.md', text: `---\nstreet: xianxia\ndate: 2021-01-01\nsource: ${source}\n---\n## 标题\n正文。\n` });
    expect(buildContent({ ...real, editions: [edition('000_506d3bfcea08d201.txt')] }).issues.map(formatIssue)).toEqual([]);
    expect(buildContent({ ...real, editions: [edition('000_506d3bfcea08d20.txt')] }).issues.map(formatIssue)).toEqual([
      'x.md:4 source: "000_506d3bfcea08d20.txt" is not in content/sources/ (the file this edition was transcribed or imported from, committed under content/sources/; did you mean "000_506d3bfcea08d201.txt"?)',
    ]);
    // The same edition is fine when nothing is committed but it names nothing either.
    expect(buildContent({ ...real, sources: [], editions: [edition('000_506d3bfcea08d201.txt')] }).content).toBeUndefined();
  });

  it('refuses two reports of one award that disagree on the level', () => {
    const a = { path: 'a.md', text: '---\nstreet: huayanglu\ndate: 2020-11-25\n---\n## 榜\n- 金奖 华院居民区党支部 {奖=jinyin-7}\n' };
    const b = { path: 'b.md', text: '---\nstreet: huayanglu\ndate: 2020-11-26\n---\n## 榜\n- 银奖 华院居民区党支部 {奖=jinyin-7}\n' };
    expect(buildContent({ ...real, editions: [a, b] }).issues.map(formatIssue)).toEqual([
      'b.md:6 award: level "银奖" for 华院居民区党支部 disagrees with "金奖" reported at a.md:6 (the same award must have the same level in every edition)',
    ]);
  });
});
