/**
 * What `npm run publish` decides and says apart from doing it
 * (lib/publish/release.ts): the name of a release, which old ones go, and
 * what a CI job shows of a refused publish. The command itself is tested end
 * to end in tests/build/publish.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { annotations, refusedSummary, releaseName, releasesToPrune } from '../../../lib/publish';
import { contentError } from '../../../lib/content/report';

describe('releases', () => {
  it('are named by time and commit, and sort by time', () => {
    expect(releaseName(new Date('2026-12-01T20:30:00.123Z'), 'abcdef0123456789')).toBe('20261201T203000Z-abcdef0');
    expect(releaseName(new Date('2026-12-01T20:30:00Z'), undefined)).toBe('20261201T203000Z');
    expect(releaseName(new Date('2026-12-01T20:30:00Z'), 'x'.repeat(3))).toBe('20261201T203000Z');
  });

  it('go oldest first beyond those kept, never the one served and never a folder that is not a release', () => {
    const names = ['20261101T000000Z-aaaaaaa', '20261201T000000Z-bbbbbbb', '20261115T000000Z', 'notes', '20261120T000000Z-ccccccc'];
    expect(releasesToPrune(names, 2, '20261201T000000Z-bbbbbbb')).toEqual(['20261115T000000Z', '20261101T000000Z-aaaaaaa']);
    // Rolled back to the oldest: it stays.
    expect(releasesToPrune(names, 1, '20261101T000000Z-aaaaaaa')).toEqual(['20261120T000000Z-ccccccc', '20261115T000000Z']);
  });
});

describe('what a CI job shows of a refused publish', () => {
  const issues = [contentError('content/editions/a,b.md', 7, 'date', 'is not a date: 2019-13-28', 'YYYY-MM-DD'), contentError('content/gazetteer.yml', 0, 'streets', 'line one\nline two')];

  it('annotates each finding on its file and line, escaped as GitHub reads it', () => {
    expect(annotations(issues)).toEqual([
      '::error file=content/editions/a%2Cb.md,line=7,title=date::is not a date: 2019-13-28 (YYYY-MM-DD)',
      '::error file=content/gazetteer.yml,title=streets::line one%0Aline two',
    ]);
  });

  it('lists every error in the job summary with what would be right', () => {
    const s = refusedSummary(issues);
    expect(s).toContain('The check found 2 errors. The live site is as it was.');
    expect(s).toContain('| `content/editions/a,b.md:7` | date | is not a date: 2019-13-28 | YYYY-MM-DD |');
    expect(s).toContain('| `content/gazetteer.yml` | streets | line one line two |  |');
  });
});
