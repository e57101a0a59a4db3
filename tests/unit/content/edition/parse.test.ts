import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseEdition } from '../../../../lib/content/edition/parse';
import { FIXTURES, messages, parseFixture, realContext } from '../../helpers';

const ctx = realContext();

describe('a good edition', () => {
  const parsed = parseFixture('editions/good/minimal.md');

  it('parses to one edition with its article', () => {
    expect(messages(parsed)).toEqual([]);
    expect(parsed.edition).toMatchObject({ id: '2021-03-05-xianxia', streetId: 'xianxia', districtId: 'changning', date: '2021-03-05', datePrecision: 'day' });
    expect(parsed.articles).toHaveLength(1);
    const a = parsed.articles[0];
    expect(a).toMatchObject({ id: '2021-03-05-xianxia/01', section: '居民区', title: '虹旭居民区 **加装电梯**签约', byline: '□记者 张三', figures: [{ caption: '签约现场', line: 10 }], residenceIds: ['hongxu'] });
    expect(a.html).toContain('3月5日，<a href="/residences/hongxu/">虹旭居民区</a>召开加装电梯协调会。');
    expect(a.html).toContain('<li>一楼居民同意</li>');
  });

  it('accepts CRLF line endings and a byte-order mark as normal input', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'editions/good/minimal.md'), 'utf8');
    const crlf = parseEdition(`\uFEFF${text.replace(/\n/g, '\r\n')}`, 'crlf.md', ctx);
    expect(messages(crlf)).toEqual([]);
    expect(crlf.articles.map((a) => a.html)).toEqual(parsed.articles.map((a) => a.html));
    expect(crlf.edition?.date).toBe('2021-03-05');
  });
});

// One fixture per error class, with the exact message an editor sees.
const ERROR_CLASSES: Record<string, string[]> = {
  'yaml-invalid.md': [
    'tests/fixtures/editions/bad/yaml-invalid.md:3 front matter: YAML does not parse: unexpected end of the stream within a flow collection (expected `field: value` lines; quote values that contain a colon)',
  ],
  'front-matter-unclosed.md': ["tests/fixtures/editions/bad/front-matter-unclosed.md:1 front matter: is not closed (expected a line '---' after the fields)"],
  'missing-field.md': ['tests/fixtures/editions/bad/missing-field.md:2 date: missing field (expected YYYY-MM-DD)'],
  'unknown-field.md': [
    'tests/fixtures/editions/bad/unknown-field.md:4 author: unknown field (expected one of: street, date, id, title, issue, district, publisher, inferred, corrections, extras, source, pages)',
  ],
  'impossible-date.md': [
    'tests/fixtures/editions/bad/impossible-date.md:3 date: "2020-13-45" is not a date: month 13 does not exist (expected YYYY-MM-DD, or YYYY-MM / YYYY when only that much is known)',
  ],
  'unknown-street.md': [
    'tests/fixtures/editions/bad/unknown-street.md:2 street: unknown street "xianxai" (did you mean "xianxia"? Streets are listed in content/gazetteer.yml)',
  ],
  'unknown-residence.md': [
    'tests/fixtures/editions/bad/unknown-residence.md:7 @居民区: unknown residential area "hongxv" (did you mean "hongxu"? Residential areas are listed in content/gazetteer.yml)',
  ],
  'empty-edition.md': ["tests/fixtures/editions/bad/empty-edition.md:4 body: edition has no articles (expected at least one article starting with '## 标题')"],
  'untitled-article.md': ["tests/fixtures/editions/bad/untitled-article.md:6 title: article without a title (expected '## 标题' with the headline after it)"],
  'unknown-award-level.md': [
    'tests/fixtures/editions/bad/unknown-award-level.md:8 award: award with unknown level "铜奖" for 居民区党建工作“金银奖” (expected one of: 金奖标兵, 金奖, 银奖, 特色治理奖; or write 等级=… in the marker)',
  ],
  'unknown-directive.md': [
    'tests/fixtures/editions/bad/unknown-directive.md:7 @副标题: unknown field (did you mean @副题? expected one of @引题 @副题 @作者 @来源 @居民区 @编号 @图 @替代 @摄影 @版面; write \\@ for a literal @)',
  ],
};

describe('each error class gets its own clear message', () => {
  for (const [file, expected] of Object.entries(ERROR_CLASSES)) {
    it(file, () => {
      const parsed = parseFixture(`editions/bad/${file}`);
      expect(messages(parsed)).toEqual(expected);
      expect(parsed.edition).toBeUndefined();
    });
  }

  it('reports every problem in a file at once, in the order of its lines', () => {
    const text = '---\nstreet: nowhere\ndate: 2021-02-30\ncolour: red\n---\n\n孤立的段落\n\n## \n\n- 铜奖 某某 {奖=nope-1}\n';
    const msgs = messages(parseEdition(text, 'many.md', ctx));
    expect(msgs).toEqual([
      'many.md:2 street: unknown street "nowhere" (one of: xianxia, huayanglu, zhoujiaqiao, changfengxincun, zhijiangxilu)',
      'many.md:3 date: "2021-02-30" is not a date: 2021-02 has no day 30 (expected YYYY-MM-DD, or YYYY-MM / YYYY when only that much is known)',
      'many.md:4 colour: unknown field (expected one of: street, date, id, title, issue, district, publisher, inferred, corrections, extras, source, pages)',
      "many.md:7 body: text outside any article (article without a title) (expected '## 标题' before the article's text)",
      "many.md:9 title: article without a title (expected '## 标题' with the headline after it)",
    ]);
  });
});

describe('the parser never throws', () => {
  const alphabet = ['---', '\n', '#', '## ', '# ', '@图 ', '@居民区 ', '@', '{奖=jinyin-7}', '- ', '1. ', '```', 'street: xianxia', 'date: 2021-03-05', ':', '"', '[', '<b>', '虹旭居民区', '金奖', ' ', '\r\n', '\uFEFF', '\u200B', '\uE000', '　'];
  const fragments = fc.array(fc.oneof(fc.constantFrom(...alphabet), fc.string({ maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 8 })), { maxLength: 60 });

  it('answers any text with records or structured issues', () => {
    fc.assert(
      fc.property(fragments, (parts) => {
        const r = parseEdition(parts.join(''), 'prop.md', ctx);
        expect(Array.isArray(r.issues)).toBe(true);
        for (const i of r.issues) {
          expect(i.line).toBeGreaterThanOrEqual(0);
          expect(i.message.length).toBeGreaterThan(0);
        }
        if (r.edition) expect(r.articles.length).toBeGreaterThan(0);
        else expect(r.issues.some((i) => i.severity === 'error')).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('survives valid front matter followed by arbitrary bodies', () => {
    fc.assert(
      fc.property(fragments, (parts) => {
        const r = parseEdition(`---\nstreet: xianxia\ndate: 2021-03-05\n---\n## 标题\n${parts.join('')}`, 'prop.md', ctx);
        // Elements only: a `<` inside a quoted attribute value (```<b> gives class="language-<b>") is not markup.
        if (r.edition) for (const a of r.articles) expect(a.html.replace(/"[^"]*"/g, '""')).not.toMatch(/<script|<b>/i);
      }),
      { numRuns: 300 },
    );
  });
});
