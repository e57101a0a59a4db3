/**
 * Step 2 of parsing an edition: the front matter. Finds the block between the
 * two '---' lines, parses its YAML, validates its fields against the schema
 * and resolves what they name (street, date, district, source), each problem
 * reported at the field's line.
 */
import matter from 'gray-matter';
import yaml from 'js-yaml';
import { z } from 'zod';
import { parseCalendarDate, type ParsedDate } from '../dates';
import { findStreet } from '../gazetteer';
import { closest } from '../report';
import { Correction, Extra, Id, type Street } from '../schema';
import { locate, yamlErrorInfo, zodToIssues } from '../yaml';
import type { Issues, ParseContext } from './types';

const FRONT_MATTER_FIELDS = ['street', 'date', 'id', 'title', 'issue', 'district', 'publisher', 'inferred', 'corrections', 'extras', 'source', 'pages'] as const;

const Text = z.string().trim().min(1, 'is empty');
export const FrontMatter = z.strictObject({
  street: z.string({ error: 'is not text' }).trim().min(1, 'is empty'),
  date: z.union([z.string(), z.number()], { error: 'is not a date' }),
  id: Id.optional(),
  title: Text.optional(),
  issue: z.union([Text, z.number().int().positive()]).optional(),
  district: Text.optional(),
  publisher: Text.optional(),
  inferred: z.record(z.string(), Text).optional(),
  corrections: z.array(Correction).optional(),
  extras: z.array(Extra).optional(),
  source: Text.optional(),
  /** The printed pages as images in the edition's media folder, 第1版 first (数字报). */
  pages: z.array(Text).optional(),
});
export type FrontMatter = z.infer<typeof FrontMatter>;

const EXPECT: Record<string, string> = {
  '*': `expected one of: ${FRONT_MATTER_FIELDS.join(', ')}`,
  street: 'expected a street id from content/gazetteer.yml, e.g. xianxia',
  date: 'expected YYYY-MM-DD',
  id: 'expected lower-case ASCII, e.g. 2019-11-28-xianxia',
  'extras[].kind': 'expected about, slogan, qr or notice',
  inferred: 'expected field: reason, e.g. date: 报上未印出版日期……',
  pages: 'expected a list of the page images in content/media/<edition id>/, 第1版 first, e.g. [page-1.jpg, page-2.jpg]',
};

/** The front matter's text and parsed data, with where it ends. */
export interface FrontMatterBlock {
  /** Index of the closing '---' line: the body starts on the line after it. */
  close: number;
  yamlText: string;
  data: Record<string, unknown>;
}

/** What the front matter says, checked: the fields that passed the schema, and the street and date they name. */
export interface CheckedFrontMatter {
  /** The fields as written, for those that can be used even when others fail. */
  raw: Record<string, unknown>;
  /** Every field valid, or undefined. */
  fields?: FrontMatter;
  street?: Street;
  date?: ParsedDate;
  /** The line of a field in the file (1-based), or the first line of the front matter. */
  lineOf: (field: string) => number;
}

/** Finds and parses the front matter; undefined (with the problem reported) when there is none to read. */
export function splitFrontMatter(text: string, lines: readonly string[], issues: Issues): FrontMatterBlock | undefined {
  if (lines[0].trim() !== '---') {
    issues.error(1, 'front matter', 'missing', "expected the file to start with a line '---', the fields (street, date, …), then '---'");
    return undefined;
  }
  const close = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
  if (close === -1) {
    issues.error(1, 'front matter', 'is not closed', "expected a line '---' after the fields");
    return undefined;
  }
  const yamlText = lines.slice(1, close).join('\n');
  let data: unknown;
  try {
    // gray-matter splits the file; YAML's core schema keeps dates as written.
    data = matter(text, { engines: { yaml: (s: string) => yaml.load(s, { schema: yaml.CORE_SCHEMA }) as object } }).data;
  } catch (e) {
    const info = yamlErrorInfo(e);
    // js-yaml often notices a problem only at the end of the text; keep the line inside the front matter.
    issues.error(Math.min(1 + info.line, close), 'front matter', `YAML does not parse: ${info.reason}`, 'expected `field: value` lines; quote values that contain a colon');
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) data = {};
  return { close, yamlText, data: data as Record<string, unknown> };
}

/** Validates the fields and resolves the street, date, source and district they name. */
export function checkFrontMatter(block: FrontMatterBlock, path: string, ctx: ParseContext, issues: Issues): CheckedFrontMatter {
  const { data: raw, yamlText } = block;
  const lineOf = (field: string) => 1 + Math.max(1, locate(yamlText, [field]));
  const fm = FrontMatter.safeParse(raw);
  if (!fm.success) issues.list.push(...zodToIssues(fm.error, { path, yamlText, lineOffset: 1, value: raw }, EXPECT));

  const streetRef = typeof raw.street === 'string' ? raw.street.trim() : undefined;
  const street = streetRef ? findStreet(ctx.gazetteer, streetRef) : undefined;
  if (streetRef && !street) {
    const hint = closest(streetRef, ctx.gazetteer.streets.map((s) => s.id));
    issues.error(lineOf('street'), 'street', `unknown street "${streetRef}"`, hint ? `did you mean "${hint}"? Streets are listed in content/gazetteer.yml` : `one of: ${ctx.gazetteer.streets.map((s) => s.id).join(', ')}`);
  }
  const date = raw.date === undefined ? undefined : parseCalendarDate(raw.date);
  if (date && !date.ok) issues.error(lineOf('date'), 'date', date.message.replace(/ \(expected.*\)$/, ''), 'expected YYYY-MM-DD, or YYYY-MM / YYYY when only that much is known');
  checkSource(raw, ctx, lineOf, issues);
  if (street && typeof raw.district === 'string') {
    const d = ctx.gazetteer.district.get(street.districtId);
    if (d && raw.district !== d.id && raw.district !== d.name) {
      issues.error(lineOf('district'), 'district', `"${raw.district}" does not match the street's district`, `expected ${d.id} (${d.name}), or leave the field out`);
    }
  }
  return { raw, fields: fm.success ? fm.data : undefined, street, date, lineOf };
}

/** `source:` names a file under content/sources/, when the check knows which files are there. */
function checkSource(raw: Record<string, unknown>, ctx: ParseContext, lineOf: (field: string) => number, issues: Issues): void {
  if (!ctx.files || typeof raw.source !== 'string' || !raw.source.trim()) return;
  const source = raw.source.trim();
  const problem = ctx.files.sourceProblems?.get(source);
  if (problem) issues.error(lineOf('source'), 'source', `content/sources/${source} ${problem.problem}`, problem.expected);
  if (ctx.files.sources.has(source)) return;
  const hint = closest(source, [...ctx.files.sources]);
  issues.error(lineOf('source'), 'source', `"${source}" is not in content/sources/`, `the file this edition was transcribed or imported from, committed under content/sources/${hint ? `; did you mean "${hint}"?` : ''}`);
}

/** The edition's id, once street and date are known (or given as `id:`): it names the media folder and every URL. */
export function editionIdOf(fm: CheckedFrontMatter): string | undefined {
  const explicit = typeof fm.raw.id === 'string' && Id.safeParse(fm.raw.id).success ? fm.raw.id : undefined;
  return explicit ?? (fm.street && fm.date?.ok ? `${fm.date.date}-${fm.street.id}` : undefined);
}
