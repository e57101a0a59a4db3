/**
 * The importer, measured against the editors' transcriptions of the five
 * launch editions, and held to its promises: nothing dropped, guesses
 * flagged, and a draft that fails the check only where it flagged.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IMPORT_FLAG, PLACEHOLDER, parseEdition } from '../../../lib/content/edition/parse';
import { cjkSpaces, importText, joinCjk, unaccounted, type Block, type ImportResult } from '../../../lib/import/index';
import { repairBlocks } from '../../../lib/import/repair-blocks';
import { addScore, emptyTotals, importAsTranscribed, paragraphsOf, rewrap, rewrapEach, scoreImport, withoutFlags } from '../../../lib/import/score';
import { editionFiles } from '../../../lib/content/load';
import { CONTENT, realContext } from '../helpers';
import { random } from '../../../scripts/random';

const ctx = realContext();
const SOURCES = path.join(CONTENT, 'sources');
const run = (text: string, streetId = 'xianxia', date = '2019-11-28') => importText(text, { streetId, date, ...ctx });

/**
 * What each launch edition scored when this test was written: titles found
 * (precision and recall), paragraphs identical to the transcription, awards
 * identical. The scores may rise; a fall fails. The paragraphs still
 * different are editors' judgements no importer can make: text marked
 * 〔原文缺失〕 where the print lost it, and a paragraph the editor
 * reassembled from two columns.
 */
const BASELINE: Record<string, { titles: number; paragraphs: number; awards: number }> = {
  '2019-11-28-xianxia.md': { titles: 9, paragraphs: 16, awards: 0 },
  '2019-12-12-changfengxincun.md': { titles: 5, paragraphs: 18, awards: 0 },
  '2019-zhijiangxilu.md': { titles: 1, paragraphs: 9, awards: 0 },
  '2020-11-24-huayanglu.md': { titles: 4, paragraphs: 16, awards: 6 },
  '2020-11-24-zhoujiaqiao.md': { titles: 2, paragraphs: 14, awards: 6 },
};

const editions = editionFiles(CONTENT);

function importSeed(file: string): { input: string; truth: string; result: ImportResult } {
  const truth = fs.readFileSync(path.join(CONTENT, 'editions', file), 'utf8');
  return { truth, ...importAsTranscribed(truth, (name) => fs.readFileSync(path.join(SOURCES, name), 'utf8'), ctx) };
}

describe('importing the five launch editions', () => {
  it('covers every transcribed edition', () => {
    expect(editions).toEqual(Object.keys(BASELINE).sort());
  });

  const totals = emptyTotals();
  for (const file of editions) {
    it(`${file}: titles, paragraphs and awards match the transcription at least as well as before`, () => {
      const { result, truth } = importSeed(file);
      const s = scoreImport(result.markdown, truth, ctx);
      const base = BASELINE[file];
      console.log(
        `${file}: titles ${s.titles.matched}/${s.titles.truth} found, precision ${s.titles.precision.toFixed(2)} recall ${s.titles.recall.toFixed(2)}; ` +
          `paragraphs identical ${s.paragraphs.identical}/${s.paragraphs.truth}; awards ${s.awards.matched}/${s.awards.truth}${s.awards.identical ? ' identical' : ''}; flags ${result.stats.flags}`,
      );
      expect(s.titles.precision).toBe(1);
      expect(s.titles.matched).toBeGreaterThanOrEqual(base.titles);
      expect(s.paragraphs.identical).toBeGreaterThanOrEqual(base.paragraphs);
      expect(s.awards.identical).toBe(true);
      expect(s.awards.matched).toBe(base.awards);
      addScore(totals, s, result.stats.flags);
    });

    it(`${file}: keeps every character of the input, in the draft or in the report`, () => {
      const { input, result } = importSeed(file);
      expect(unaccounted(input, result).join('')).toBe('');
    });

    it(`${file}: the draft fails the check only at its flags, and passes once they are reviewed`, () => {
      const { result } = importSeed(file);
      const lines = result.markdown.split('\n');
      const errors = parseEdition(result.markdown, file, ctx).issues.filter((i) => i.severity === 'error');
      expect(errors.length).toBe(result.stats.flags);
      for (const e of errors) expect(lines[e.line - 1].startsWith(IMPORT_FLAG) || lines[e.line - 1].includes(PLACEHOLDER), `${e.line}: ${e.message}`).toBe(true);
      expect(parseEdition(withoutFlags(result.markdown), file, ctx).issues.filter((i) => i.severity === 'error')).toEqual([]);
      // Every flag in the draft is in the report, with its line.
      const flagLines = lines.flatMap((l, i) => (l.startsWith(IMPORT_FLAG) ? [i + 1] : []));
      expect(result.notes.filter((n) => n.kind === 'flag').map((n) => n.draftLine)).toEqual(flagLines);
    });
  }

  it('adds up', () => {
    console.log(
      `all five: titles ${totals.titles}/${totals.truthTitles} (precision ${(totals.titles / totals.draftTitles).toFixed(2)}, recall ${(totals.titles / totals.truthTitles).toFixed(2)}); ` +
        `paragraphs ${totals.paragraphs}/${totals.truthParagraphs}; awards ${totals.awards}/${totals.truthAwards}; ${totals.flags} flags`,
    );
    expect(totals.titles).toBe(21);
    expect(totals.awards).toBe(12);
  });
});

describe('text broken into narrow columns', () => {
  // A narrow column's extraction breaks every paragraph and long headline into lines of its width;
  // the importer infers the width from the input. Every width from 10 to 40 characters, each over
  // the five editions: sentences whole (the editors' own marks, 〔原文缺失〕, left aside),
  // headlines found, and no flag the unbroken text does not also need.
  const unbroken = editions.map((f) => importSeed(f).result.stats.flags).reduce((a, b) => a + b, 0);
  for (let chars = 10; chars <= 40; chars++) {
    it(`at ${chars} characters a line: ≥ 99 % of sentences whole, ≥ 90 % of headlines, no more flags`, () => {
      let sentences = 0;
      let whole = 0;
      let titles = 0;
      let found = 0;
      let flags = 0;
      for (const file of editions) {
        const truth = fs.readFileSync(path.join(CONTENT, 'editions', file), 'utf8');
        const { result } = importAsTranscribed(truth, (name) => rewrap(fs.readFileSync(path.join(SOURCES, name), 'utf8'), chars), ctx);
        const s = scoreImport(result.markdown, truth, ctx);
        sentences += s.sentences.truth;
        whole += s.sentences.whole;
        titles += s.titles.truth;
        found += s.titles.matched;
        flags += result.stats.flags;
        expect(s.titles.precision, file).toBe(1);
      }
      expect(whole / sentences).toBeGreaterThanOrEqual(0.99);
      expect(found / titles).toBeGreaterThanOrEqual(0.9);
      expect(flags).toBeLessThanOrEqual(unbroken);
    });
  }
});

describe('text copied from columns of different widths', () => {
  // Each paragraph and headline broken at its own width, 22 to 41 characters, drawn from a seed.
  // The rules were tuned on seeds 1–10; seeds 101–130 were scored once, after tuning, and are held
  // here as a floor: sentences whole, no body line read as a headline, subheading, 引题 or caption,
  // no more flags than the unbroken text needs.
  const unbroken = editions.map((f) => importSeed(f).result.stats.flags).reduce((a, b) => a + b, 0);
  const score = (seeds: readonly number[]) => {
    let sentences = 0;
    let whole = 0;
    const falseRoles: string[] = [];
    let worstFlags = 0;
    for (const seed of seeds) {
      let flags = 0;
      for (const file of editions) {
        const truth = fs.readFileSync(path.join(CONTENT, 'editions', file), 'utf8');
        const rnd = random(seed * 1000 + file.length);
        const { result } = importAsTranscribed(truth, (name) => rewrapEach(fs.readFileSync(path.join(SOURCES, name), 'utf8'), () => 22 + Math.floor(rnd() * 20)), ctx);
        const s = scoreImport(result.markdown, truth, ctx);
        sentences += s.sentences.truth;
        whole += s.sentences.whole;
        falseRoles.push(...s.falseRoles.map((x) => `seed ${seed} ${file}: ${x}`));
        flags += result.stats.flags;
      }
      worstFlags = Math.max(worstFlags, flags);
    }
    return { share: whole / sentences, falseRoles, worstFlags };
  };
  for (const [set, seeds] of [['tune', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]], ['held-out', Array.from({ length: 30 }, (_, i) => 101 + i)]] as const) {
    it(`${set} seeds: ≥ 99 % of sentences whole, no body line set apart, no more flags`, () => {
      const r = score(seeds);
      expect(r.share).toBeGreaterThanOrEqual(0.99);
      expect(r.falseRoles).toEqual([]);
      expect(r.worstFlags).toBeLessThanOrEqual(unbroken);
    }, 120_000);
  }
});

describe('the importer, line by line', () => {
  it('joins a sentence broken around a photo caption, and moves the caption after it', () => {
    const r = run('## 标题一\n\n第一段的前半句,\n\n\n\n照片说明文字\n\n后半句结束了。\n\n第二段。\n');
    expect(r.markdown).toContain('第一段的前半句，后半句结束了。\n\n@图 照片说明文字\n\n第二段。');
    expect(r.stats.joins).toBe(1);
  });

  it('writes a numbered item as Markdown numbers it, bulleted by extraction or not, and takes no decimal for one', () => {
    const r = run('## 标题\n\n经验启示\n\n- 1.党的领导是社区治理的根本保证;要全面加强党的领导。\n- 2.破解社区治理顽症是突破口。\n\n3．依法治理是确保人民安居乐业的有力保障。\n\n2.5万人参加了这次活动,大家都很满意。\n');
    expect(r.markdown).toContain('1. 党的领导是社区治理的根本保证；要全面加强党的领导。\n2. 破解社区治理顽症是突破口。');
    expect(r.markdown).toContain('3. 依法治理是确保人民安居乐业的有力保障。');
    expect(r.markdown).toContain('\n2.5万人参加了这次活动，大家都很满意。');
    expect(run('## 标题\n\n- 1. 2019年起，小区每月举办一次议事会。\n').markdown).toContain('\n1. 2019年起，小区每月举办一次议事会。');
  });

  it('removes stray spaces inside Chinese when the file is full of them, and flags a lone one', () => {
    const damaged = Array.from({ length: 3 }, (_, i) => `第${i}段 落里有 很多空 格的文字,这是提取 造成的。`).join('\n\n');
    const r = run(`## 标题\n\n${damaged}\n`);
    expect(r.markdown).toContain('第0段落里有很多空格的文字，这是提取造成的。');
    expect(r.stats.flags).toBe(0);
    const lone = run('## 标题\n\n主题为“陆配家庭迎进博 创意点亮新生活”的分享会在这里举行,大家都来参加了。\n');
    expect(lone.markdown).toContain('迎进博 创意点亮');
    expect(lone.markdown).toMatch(/【导入存疑】原文第3行：保留了中文之间的空格/);
    expect(cjkSpaces('abc def')).toEqual([]);
    expect(joinCjk('WE', 'HOME')).toBe('WE HOME');
    expect(joinCjk('中', '文')).toBe('中文');
  });

  it('repairs "-" misread for 一 where the next character settles it, and flags it elsewhere', () => {
    const r = run('## 标题\n\n-股正气之风在小区里蔚然成型,居民们都很满意。\n\n他说-样的事情以后还会有很多很多的吧。\n');
    expect(r.markdown).toContain('一股正气之风');
    expect(r.notes.some((n) => n.kind === 'repair' && n.message.includes('“-股”改为“一股”'))).toBe(true);
    const flagged = run('## 标题\n\n居民们-致认为这件事情办得很好,以后还要继续办下去。\n');
    expect(flagged.markdown).toContain('居民们-致认为');
    expect(flagged.markdown).toMatch(/【导入存疑】.*“-致”中的“-”可能是误识别的“一”/);
  });

  it('repairs every text it writes: a caption\'s stray spaces and radicals, a headline\'s and a list item\'s misread 一, and keeps their phrases\' spaces', () => {
    const damaged = Array.from({ length: 3 }, (_, i) => `第${i}段 落里有 很多空 格的文字,这是提取 造成的。`).join('\n\n');
    const r = run(`## -股清风 暖人心\n\n${damaged}\n\n\n\n居民 代表在会上 发言\n\n\n\n- 社区选出了-批骨干\n- 金奖 虹旭居民区党总支\n`);
    expect(r.markdown).toContain('## 一股清风 暖人心');
    expect(r.markdown).toContain('@图 居民代表在会上发言');
    expect(r.markdown).toContain('- 社区选出了一批骨干\n');
    expect(r.markdown).toContain('- 金奖 虹旭居民区党总支 {奖=jinyin-7}');
    // Radicals, in a photo's caption from a PDF as in its text (⼈ ⺠ ⻓ ⻛ are Kangxi and CJK radicals).
    const blocks: Block[] = [
      { line: 1, gap: 1, text: '居⺠⻓廊', kind: 'photo', role: 'caption', photo: 0 },
      { line: 2, gap: 1, text: '⼈⺠广场⻛景', kind: 'body' },
    ];
    const repaired = repairBlocks(blocks);
    expect(blocks.map((b) => b.text)).toEqual(['居民长廊', '人民广场风景']);
    expect(repaired.stats.radicals).toBe(5);
  });

  it('reads headlines, kickers, subtitles, bylines, sections and credits', () => {
    const text = [
      '汇集志愿力量,引领文明时尚', '', '长风新村街道举办国际志愿者日暨垃圾分类志愿服务活动', '', '', '', '活动现场人头攒动', '', '□记者 冯璐迪 整理报道', '',
      '12月5日是第34个国际志愿者日,活动在长风公园举行,市民们踊跃参加。', '', '社区扫描', '', '虹旭居民区 废旧自行车兑换', '', '11月15日,虹旭居民区开展废旧自行车兑换活动,居民们纷纷响应。', '', '(社区发展办)',
    ].join('\n');
    const r = run(text);
    const md = r.markdown;
    expect(md).toContain('## 长风新村街道举办国际志愿者日暨垃圾分类志愿服务活动\n@引题 汇集志愿力量，引领文明时尚\n@作者 □记者 冯璐迪 整理报道');
    expect(r.notes.find((n) => n.message.startsWith('文中提到的本街道居民区'))?.message).toContain('：虹旭居民区');
    expect(md).toContain('@图 活动现场人头攒动');
    expect(md).toContain('# 社区扫描\n\n## 虹旭居民区 废旧自行车兑换');
    expect(md).toContain('@来源 社区发展办');
  });

  it('turns an honour roll into award entries, flagging a level it had to infer', () => {
    const text = ['## 华阳路街道荣获佳绩', '', '光荣榜', '', '华阳路街道荣获长宁区第七轮居民区党建工作“金银奖”榜单', '', '- 金奖 华院居民区党支部', '- 特色治理奖 潘东居民区党支部', '苏一居民区党总支', '', '正文说明这份名单的来历。'].join('\n');
    const r = run(text, 'huayanglu', '2020-11-24');
    expect(r.markdown).toContain('- 金奖 华院居民区党支部 {奖=jinyin-7}\n- 特色治理奖 潘东居民区党支部 {奖=jinyin-7}');
    expect(r.markdown).toMatch(/【导入存疑】原文第9行：这一项没有印等级，按上一项的“特色治理奖”处理\n\n- 苏一居民区党总支 \{奖=jinyin-7 等级=特色治理奖\}/);
    expect(r.stats.awards).toBe(3);
    const claims = parseEdition(withoutFlags(r.markdown), 'x.md', ctx).claims;
    expect(claims.map((c) => `${c.level} ${c.recipient}`)).toEqual(['金奖 华院居民区党支部', '特色治理奖 潘东居民区党支部', '特色治理奖 苏一居民区党总支']);
  });

  it('puts page furniture in the front matter and the report, not in the news', () => {
    const text = ['扫描二维码', '关注“上海社区发布”', '官方微信公众号', '', '自 / 家 / 门 / 口 / 这 / 点 / 事', '', '社区晨报', '', '周家桥街道党工委 联合出版', '', '# 标题', '', '正文。'].join('\n');
    const r = run(text, 'zhoujiaqiao', '2020-11-24');
    expect(r.markdown).toContain('publisher: "周家桥街道党工委 联合出版"');
    expect(r.markdown).toContain('  - kind: qr\n    text: "扫描二维码关注“上海社区发布”官方微信公众号"');
    expect(r.markdown).toContain('  - kind: slogan\n    text: "自 / 家 / 门 / 口 / 这 / 点 / 事"');
    expect(r.notes.find((n) => n.kind === 'furniture' && n.message.includes('报头“社区晨报”'))?.sourceLine).toBe(7);
    expect(paragraphsOf(r.markdown)).toEqual(['正文。']);
  });

  it('asks for a title when text comes before any headline, and the check holds the draft there', () => {
    const r = run('这是一段没有标题的正文,报上的标题没能提取出来,只剩下正文。\n');
    expect(r.markdown).toContain(`## ${PLACEHOLDER}标题】`);
    const errors = parseEdition(r.markdown, 'x.md', ctx).issues.filter((i) => i.severity === 'error');
    expect(errors.length).toBe(2);
  });

  it('scores a draft as if each flag were accepted: a photo left without its caption is a photo wrong, not an edition lost', () => {
    const draft = ['---', 'street: xianxia', 'date: 2019-11-28', '---', '', '## 标题', '', '正文。', '', '@图 photo-01.jpg', `${IMPORT_FLAG}这张照片下面没有说明`, '', '@图 photo-02.jpg 说明', '', '## 下一篇', '', '正文。', ''].join('\n');
    expect(parseEdition(draft.replace(/^【.*$/mu, ''), 'x.md', ctx).articles).toEqual([]);
    const reviewed = withoutFlags(draft);
    const parsed = parseEdition(reviewed, 'x.md', ctx);
    expect(parsed.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(parsed.articles.map((a) => a.title)).toEqual(['标题', '下一篇']);
    expect(parsed.articles[0].figures.map((f) => f.caption)).toEqual(['（未找到说明）', '说明']);
  });

  it('flags a paragraph that stops mid-sentence with nothing to continue it', () => {
    const r = run('## 标题\n\n这一段在这里停下了,后面的文字没有提取出来\n\n## 下一篇\n\n正文。\n');
    expect(r.markdown).toMatch(/【导入存疑】原文第3行：这一段没有句末标点/);
  });

  it('flags a list item that stops where every other item of its list has its closing mark, above the list, which stays whole', () => {
    const r = run('## 标题\n\n1. 第一项写完了。\n2. 第二项写完了。\n3. 第三项在这里停下\n\n正文。\n');
    expect(r.markdown).toMatch(/【导入存疑】原文第5行：这一项没有句末标点[^\n]*\n1\. 第一项写完了。\n2\. 第二项写完了。\n3\. 第三项在这里停下\n/u);
    // Items that end as they please (names), or a list half without marks, are as printed.
    for (const list of ['- 张三\n- 李四\n- 王五', '1. 第一项写完了。\n2. 第二项在这里停下\n3. 第三项在这里停下']) {
      expect(run(`## 标题\n\n${list}\n\n正文。\n`).markdown).not.toContain('【导入存疑】');
    }
  });

  it('flags a doubt about a list item (spaces kept between Chinese) above its list', () => {
    const r = run('## 标题\n\n1. 第一 项写完了。\n2. 第二项写完了。\n\n正文。\n');
    expect(r.markdown).toMatch(/【导入存疑】原文第3行：保留了中文之间的空格[^\n]*\n1\. 第一 项写完了。\n2\. 第二项写完了。\n/u);
  });

  it('reads Windows line endings and a byte-order mark as it reads plain text', () => {
    const { input } = importSeed('2019-12-12-changfengxincun.md');
    expect(run(`\uFEFF${input.replace(/\n/g, '\r\n')}`, 'changfengxincun', '2019-12-12').markdown).toBe(run(input, 'changfengxincun', '2019-12-12').markdown);
  });

  it('never throws, never loses a character, and always writes its front matter, whatever the input', () => {
    const cjk = fc.constantFrom(...'居民区党总支社区扫描金奖银奖特色治理奖二维码扫码公众号一股-#□()（）,。！？ 　\n\n\n- ：:“”');
    fc.assert(
      fc.property(fc.array(fc.oneof(cjk, fc.string({ maxLength: 3 })), { maxLength: 300 }), (parts) => {
        const input = parts.join('');
        const r = run(input);
        expect(r.markdown.startsWith('---\nstreet: xianxia\ndate: 2019-11-28\n')).toBe(true);
        expect(unaccounted(input, r)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('unaccounted', () => {
  it('counts a radical the draft wrote as the character a Simplified Chinese font draws as present, and a dropped one as lost', () => {
    // ⼾ is 戶 to NFKC and the UCD, but 户 in Simplified Chinese fonts, and so in the draft.
    expect(unaccounted('挨家挨⼾，⼾籍', { markdown: '挨家挨户，户籍', notes: [] })).toEqual([]);
    expect(unaccounted('挨家挨⼾，⼾籍', { markdown: '挨家挨户，籍', notes: [] })).toEqual(['⼾']);
  });
});
