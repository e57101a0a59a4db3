import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareNewestFirst, daysInMonth, formatChineseDate, parseCalendarDate, toShanghaiDateTime } from '../../../lib/content/dates';

describe('parseCalendarDate', () => {
  it('keeps a day as written, with its precision', () => {
    expect(parseCalendarDate('2019-11-28')).toMatchObject({ ok: true, date: '2019-11-28', precision: 'day' });
    expect(parseCalendarDate('2019-11')).toMatchObject({ ok: true, date: '2019-11', precision: 'month' });
    expect(parseCalendarDate(2019)).toMatchObject({ ok: true, date: '2019', precision: 'year' });
  });

  it('rejects impossible dates instead of rolling them over', () => {
    expect(parseCalendarDate('2020-13-45')).toMatchObject({ ok: false });
    expect(parseCalendarDate('2019-02-29')).toMatchObject({ ok: false });
    expect(parseCalendarDate('2020-02-29')).toMatchObject({ ok: true });
    expect(parseCalendarDate('2020-04-31')).toMatchObject({ ok: false });
    expect(parseCalendarDate('2020/11/24')).toMatchObject({ ok: false });
    expect(parseCalendarDate(null)).toMatchObject({ ok: false });
  });

  it('round-trips every real day and never shifts it, whatever the process time zone', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }), (d) => {
        const s = d.toISOString().slice(0, 10);
        const parsed = parseCalendarDate(s);
        expect(parsed).toMatchObject({ ok: true, date: s });
        expect(toShanghaiDateTime(s)).toBe(`${s}T00:00:00+08:00`);
      }),
    );
  });

  it('knows month lengths', () => {
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2021, 9)).toBe(30);
  });
});

describe('formatting and order', () => {
  it('prints dates the Chinese way at their precision', () => {
    expect(formatChineseDate('2019-11-08')).toBe('2019年11月8日');
    expect(formatChineseDate('2019-11')).toBe('2019年11月');
    expect(formatChineseDate('2019')).toBe('2019年');
  });

  it('sorts newest first, a bare year before its days', () => {
    const list = [
      { id: 'a', date: '2019' },
      { id: 'b', date: '2019-12-12' },
      { id: 'c', date: '2020-11-24' },
      { id: 'd', date: '2019-11-28' },
    ];
    expect([...list].sort(compareNewestFirst).map((x) => x.id)).toEqual(['c', 'b', 'd', 'a']);
  });
});
