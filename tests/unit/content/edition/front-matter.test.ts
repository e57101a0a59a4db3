import { describe, expect, it } from 'vitest';
import { checkFrontMatter, editionIdOf, splitFrontMatter } from '../../../../lib/content/edition/front-matter';
import { issuesFor } from '../../../../lib/content/edition/types';
import { formatIssue } from '../../../../lib/content/report';
import { realContext } from '../../helpers';

function read(text: string) {
  const issues = issuesFor('e.md');
  const block = splitFrontMatter(text, text.split('\n'), issues);
  const fm = block ? checkFrontMatter(block, 'e.md', realContext(), issues) : undefined;
  return { block, fm, messages: issues.list.map(formatIssue) };
}

describe('front matter', () => {
  it('finds the fields between the two --- lines, and where the body starts', () => {
    const r = read('---\nstreet: xianxia\ndate: 2019-11-28\n---\n\n## 标题');
    expect(r.messages).toEqual([]);
    expect(r.block?.close).toBe(3);
    expect(r.fm?.street?.id).toBe('xianxia');
    expect(r.fm?.date).toMatchObject({ ok: true, date: '2019-11-28', precision: 'day' });
    expect(r.fm && editionIdOf(r.fm)).toBe('2019-11-28-xianxia');
  });

  it('says what is missing when there is no front matter, or it is not closed', () => {
    expect(read('## 标题').messages[0]).toMatch(/^e\.md:1 front matter: missing/);
    expect(read('---\nstreet: xianxia\n').messages[0]).toMatch(/^e\.md:1 front matter: is not closed/);
  });

  it('keeps a YAML error inside the front matter', () => {
    const r = read('---\nstreet: [xianxia\ndate: 2019\n---\nbody');
    expect(r.block).toBeUndefined();
    expect(r.messages[0]).toMatch(/^e\.md:[2-4] front matter: YAML does not parse/);
  });

  it('names the field and its line: an unknown street with a hint, a district that does not match, a bad date', () => {
    const r = read('---\nstreet: xianxai\ndistrict: 静安区\ndate: 2019-13-01\n---\n');
    expect(r.messages).toEqual([
      'e.md:2 street: unknown street "xianxai" (did you mean "xianxia"? Streets are listed in content/gazetteer.yml)',
      expect.stringMatching(/^e\.md:4 date: /),
    ]);
    const d = read('---\nstreet: xianxia\ndistrict: 静安区\ndate: 2019\n---\n');
    expect(d.messages).toEqual(['e.md:3 district: "静安区" does not match the street\'s district (expected changning (长宁区), or leave the field out)']);
  });

  it('takes an explicit id for the edition, and none until street and date are known', () => {
    expect(editionIdOf(read('---\nstreet: xianxia\ndate: 2019\nid: xianxia-special\n---\n').fm ?? ({} as never))).toBe('xianxia-special');
    const unknown = read('---\nstreet: nowhere\ndate: 2019\n---\n').fm;
    expect(unknown && editionIdOf(unknown)).toBeUndefined();
  });
});
