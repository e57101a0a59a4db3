import { describe, expect, it } from 'vitest';
import { articleSlug, awardClaims, listedResidences, type EditionFacts } from '../../../../lib/content/edition/records';
import { issuesFor, type ArticleDraft } from '../../../../lib/content/edition/types';
import { formatIssue } from '../../../../lib/content/report';
import { realContext } from '../../helpers';

const ctx = realContext();
const street = ctx.gazetteer.street.get('xianxia');
if (!street) throw new Error('the launch gazetteer has no xianxia');
const facts: EditionFacts = { path: 'e.md', editionId: '2019-11-28-xianxia', street, date: { ok: true, date: '2019-11-28', precision: 'day', year: 2019, month: 11, day: 28 }, residences: ctx.gazetteer.residences.filter((r) => r.streetId === 'xianxia') };
const draft = (over: Partial<ArticleDraft>): ArticleDraft => ({ line: 10, order: 1, title: '标题', fields: {}, body: [], figures: [], regions: [], markers: [], ...over });

describe('records', () => {
  it('gives an article its printed order as id unless @编号 names one; refuses a duplicate, a bad id and "pages"', () => {
    const issues = issuesFor('e.md');
    const taken = new Map<string, number>();
    expect(articleSlug(draft({ order: 3 }), taken, issues)).toBe('03');
    expect(articleSlug(draft({ line: 20, fields: { slug: { value: 'hongxu', line: 21 } } }), taken, issues)).toBe('hongxu');
    articleSlug(draft({ line: 30, fields: { slug: { value: 'hongxu', line: 31 } } }), taken, issues);
    articleSlug(draft({ line: 40, fields: { slug: { value: 'Hong Xu', line: 41 } } }), taken, issues);
    articleSlug(draft({ line: 50, fields: { slug: { value: 'pages', line: 51 } } }), taken, issues);
    expect(issues.list.map(formatIssue)).toEqual([
      'e.md:31 @编号: duplicate article id "hongxu" (also line 20) (give each article its own @编号)',
      'e.md:41 @编号: "Hong Xu" is not a valid id (expected lower-case ASCII letters, digits and hyphens)',
      'e.md:51 @编号: "pages" is reserved for the printed pages (choose another id)',
    ]);
  });

  it('finds the residential areas @居民区 lists under the edition\'s street, with a hint for one it does not know', () => {
    const issues = issuesFor('e.md');
    const found = listedResidences(draft({ fields: { residences: { value: 'hongxu、weining hongxv', line: 12 } } }), street, ctx, issues);
    expect(found.map((r) => r.id)).toEqual(['hongxu', 'weining']);
    expect(issues.list.map(formatIssue)).toEqual(['e.md:12 @居民区: unknown residential area "hongxv" (did you mean "hongxu"? Residential areas are listed in content/gazetteer.yml)']);
  });

  it('claims an award for the residential area its recipient names, and refuses an unknown round with a hint', () => {
    const issues = issuesFor('e.md');
    const round = [...ctx.catalogue.round.keys()][0];
    const programme = ctx.catalogue.programme.get(ctx.catalogue.round.get(round)?.programmeId ?? '');
    const level = programme?.levels[0] ?? '';
    const claims = awardClaims(draft({ markers: [{ text: `${level} 虹旭居民区党总支`, inner: round, line: 15 }, { text: `${level} 虹旭居民区党总支`, inner: `${round}x`, line: 16 }] }), 'a/01', facts, ctx, issues);
    expect(claims).toEqual([{ roundId: round, level, recipient: '虹旭居民区党总支', residenceId: 'hongxu', streetId: 'xianxia', articleId: 'a/01', path: 'e.md', line: 15 }]);
    expect(issues.list.map(formatIssue)).toEqual([`e.md:16 award: unknown award round "${round}x" (did you mean "${round}"? Rounds are listed in content/awards.yml)`]);
  });
});
