/**
 * One edition live without a full build: what a change rebuilds
 * (lib/publish/incremental.ts). End to end (the incremental result equals a
 * full build): tests/build/incremental.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { planRebuild, type SiteManifest } from '../../../lib/publish';

const m = (editions: SiteManifest['editions'], code = 'c'): SiteManifest => ({ version: 1, code, editions });
const base = { a: { hash: '1', street: 's1', residences: ['r1'] }, b: { hash: '2', street: 's1', residences: [] }, c: { hash: '3', street: 's2', residences: ['r1'] }, d: { hash: '4', street: 's3', residences: ['r3'] } };

describe('what a change rebuilds', () => {
  it('everything with no build before, or when the code or catalogues changed', () => {
    expect(planRebuild(undefined, m(base))).toMatchObject({ full: true });
    expect(planRebuild(m(base, 'x'), m(base, 'y'))).toMatchObject({ full: true, reason: expect.stringMatching(/code/) });
  });

  it('nothing when nothing changed', () => {
    expect(planRebuild(m(base), m({ ...base }))).toEqual({ full: false, changed: [], deleted: [], select: { editions: [], streets: [], residences: [] } });
  });

  it('a corrected edition: the editions of its street and of the areas it reports on, and those listings', () => {
    const plan = planRebuild(m(base), m({ ...base, a: { ...base.a, hash: '9' } }));
    expect(plan).toEqual({ full: false, changed: ['a'], deleted: [], select: { editions: ['a', 'b', 'c'], streets: ['s1'], residences: ['r1'] } });
  });

  it('an edition moved to another area: both areas', () => {
    const plan = planRebuild(m(base), m({ ...base, d: { hash: '5', street: 's3', residences: ['r4'] } }));
    expect(plan).toMatchObject({ changed: ['d'], select: { editions: ['d'], streets: ['s3'], residences: ['r3', 'r4'] } });
  });

  it('a deleted edition: its pages go, its street and areas are rebuilt', () => {
    const rest = Object.fromEntries(Object.entries(base).filter(([id]) => id !== 'd'));
    expect(planRebuild(m(base), m(rest))).toEqual({ full: false, changed: ['d'], deleted: ['d'], select: { editions: [], streets: ['s3'], residences: ['r3'] } });
  });
});
