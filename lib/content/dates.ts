/**
 * Calendar dates as the paper prints them. A date is a string "YYYY",
 * "YYYY-MM" or "YYYY-MM-DD" meaning a day (or month, or year) in Shanghai; it
 * is never turned into a JS Date at midnight UTC, which is how dates shift by
 * a day.
 */
import type { z } from 'zod';
import type { DatePrecision } from './schema';

export type Precision = z.infer<typeof DatePrecision>;

export type ParsedDate =
  | { ok: true; date: string; precision: Precision; year: number; month?: number; day?: number }
  | { ok: false; message: string };

const EXPECTED = 'expected YYYY-MM-DD, or YYYY-MM / YYYY when only that much is known';

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Accepts what YAML gives for a date field: a string, or a bare year as a number. */
export function parseCalendarDate(value: unknown): ParsedDate {
  const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
  if (typeof text !== 'string') return { ok: false, message: `is not a date (${EXPECTED})` };
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (!m) return { ok: false, message: `"${text}" is not a date (${EXPECTED})` };
  const year = Number(m[1]);
  if (year < 1949 || year > 2100) return { ok: false, message: `"${text}" has an impossible year (expected 1949–2100)` };
  if (m[2] === undefined) return { ok: true, date: m[1], precision: 'year', year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return { ok: false, message: `"${text}" is not a date: month ${m[2]} does not exist (${EXPECTED})` };
  if (m[3] === undefined) return { ok: true, date: `${m[1]}-${m[2]}`, precision: 'month', year, month };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, message: `"${text}" is not a date: ${year}-${m[2]} has no day ${m[3]} (${EXPECTED})` };
  }
  return { ok: true, date: `${m[1]}-${m[2]}-${m[3]}`, precision: 'day', year, month, day };
}

export function precisionOf(date: string): Precision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** 2019年11月28日 / 2019年11月 / 2019年 */
export function formatChineseDate(date: string): string {
  const [y, m, d] = date.split('-');
  let out = `${y}年`;
  if (m) out += `${Number(m)}月`;
  if (d) out += `${Number(d)}日`;
  return out;
}

/**
 * The first instant of the date in Shanghai, as ISO 8601 with +08:00, for
 * feeds, sitemaps and JSON-LD. A year or month stands for its first day.
 */
export function toShanghaiDateTime(date: string): string {
  const [y, m = '01', d = '01'] = date.split('-');
  return `${y}-${m}-${d}T00:00:00+08:00`;
}

/** Sortable key in which a year or month sorts before the days inside it. */
export function dateSortKey(date: string): string {
  const [y, m = '00', d = '00'] = date.split('-');
  return `${y}-${m}-${d}`;
}

/** Newest first; ties broken by the second key so the order is stable. */
export function compareNewestFirst(a: { date: string; id: string }, b: { date: string; id: string }): number {
  const ka = dateSortKey(a.date);
  const kb = dateSortKey(b.date);
  if (ka !== kb) return ka < kb ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
