/**
 * Parses one edition file into records. Pure: (text, path, gazetteer,
 * award catalogue) in, records and issues out; it never reads the disk and
 * never throws on any input. See content/README.md for the format.
 */
import matter from 'gray-matter';
import yaml from 'js-yaml';
import { z } from 'zod';
import { Correction, Extra, Id, type Article, type ContentIssue, type Edition, type Figure, type Page, type Region, type Residence } from '../schema';
import { PHOTO_FILE, type PhotoProbe } from '../media';
import type { Gazetteer } from '../gazetteer';
import { findResidence, findStreet, residencesNamedIn } from '../gazetteer';
import { AWARD_MARKER, parseAwardMarker, splitLevel, type AwardCatalogue } from '../awards';
import { parseCalendarDate } from '../dates';
import { closest, contentError, contentWarning } from '../report';
import { FIGURE_SENTINEL, figurePlaceholder, renderBodies, type PhotoView } from '../markdown';
import { locate, yamlErrorInfo, zodToIssues } from '../yaml';

/** Files committed beside the editions, by name, so a reference to one can be checked at its line. */
export interface ContentFiles {
  /** Under content/sources/: what each edition was transcribed or imported from. */
  sources: ReadonlySet<string>;
  /** Under content/media/ (`<edition id>/<file>`), each with what the check found in it. */
  media: ReadonlyMap<string, PhotoProbe>;
}

export interface ParseContext {
  gazetteer: Gazetteer;
  catalogue: AwardCatalogue;
  residenceHref?: (id: string) => string;
  /** How figures show their photos (lib/photos supplies it); without it, captions only. */
  photoView?: PhotoView;
  /** When given, `source:` must name one of these files. */
  files?: ContentFiles;
}

/** An award as one edition reports it; the loader merges reports of the same award. */
export interface AwardClaim {
  roundId: string;
  level: string;
  recipient: string;
  residenceId?: string;
  streetId: string;
  articleId: string;
  path: string;
  line: number;
}

export interface ParsedEdition {
  edition?: Edition;
  articles: Article[];
  claims: AwardClaim[];
  issues: ContentIssue[];
  /**
   * The media folder this edition owns and the files it names there, known
   * even when the edition has errors, so that its photos are not also
   * reported as unused. Undefined when the edition's id could not be made.
   */
  media?: { folder: string; files: string[] };
}

const FRONT_MATTER_FIELDS = ['street', 'date', 'id', 'title', 'issue', 'district', 'publisher', 'inferred', 'corrections', 'extras', 'source', 'pages'] as const;

const Text = z.string().trim().min(1, 'is empty');
const FrontMatter = z.strictObject({
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

const EXPECT: Record<string, string> = {
  '*': `expected one of: ${FRONT_MATTER_FIELDS.join(', ')}`,
  street: 'expected a street id from content/gazetteer.yml, e.g. xianxia',
  date: 'expected YYYY-MM-DD',
  id: 'expected lower-case ASCII, e.g. 2019-11-28-xianxia',
  'extras[].kind': 'expected about, slogan, qr or notice',
  inferred: 'expected field: reason, e.g. date: 报上未印出版日期……',
  pages: 'expected a list of the page images in content/media/<edition id>/, 第1版 first, e.g. [page-1.jpg, page-2.jpg]',
};

/** Article fields set by `@key value` lines; Chinese and English keys alike. */
const FIELD_DIRECTIVES: Record<string, 'kicker' | 'subtitle' | 'byline' | 'credit' | 'residences' | 'slug'> = {
  引题: 'kicker', kicker: 'kicker',
  副题: 'subtitle', subtitle: 'subtitle',
  作者: 'byline', byline: 'byline',
  来源: 'credit', credit: 'credit',
  居民区: 'residences', residences: 'residences',
  编号: 'slug', slug: 'slug',
};
const FIGURE_DIRECTIVES = new Set(['图', 'figure']);
/** Fields of the figure on the line above: alt text and the photographer's credit. */
const FIGURE_FIELDS: Record<string, 'alt' | 'credit'> = { 替代: 'alt', alt: 'alt', 摄影: 'credit', photographer: 'credit' };
const DIRECTIVE = /^@([^\s@]+)(?:[ \t\u3000]+(.*?))?\s*$/;
const HEADING = /^(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LIST_OR_SUBHEADING = /^(\s*(?:[-*+]|\d+[.)])\s+|#{3,6}\s+)(.*)$/;

interface ArticleDraft {
  line: number;
  order: number;
  section?: string;
  title: string;
  fields: Partial<Record<'kicker' | 'subtitle' | 'byline' | 'credit' | 'residences' | 'slug', { value: string; line: number }>>;
  body: string[];
  figures: FigureDraft[];
  regions: Region[];
  markers: { text: string; inner: string; line: number }[];
}

/** `@版面 2 4.5 30 45.2 61`: page, then left, top, width and height in percent of the page. */
const REGION_DIRECTIVES = new Set(['版面', 'region']);
const REGION = /^(\d+)\s+(\d+(?:\.\d+)?)\s+(\d+(?:\.\d+)?)\s+(\d+(?:\.\d+)?)\s+(\d+(?:\.\d+)?)$/;
/** Rounding of the numbers the importer writes: a region may pass the page's edge by this much. */
const REGION_SLACK = 0.05;

interface FigureDraft {
  line: number;
  file?: string;
  caption?: string;
  alt?: string;
  credit?: string;
  /** Where @替代 was written, to point at it. */
  altLine?: number;
}

/** `@图 hongxu.jpg 王为人调研虹旭居民区` names a photo file; `@图 王为人调研虹旭居民区` is a caption alone. */
export function splitFigure(value: string): { file?: string; caption?: string } {
  const [first, ...rest] = value.split(/[ \t\u3000]+/);
  if (PHOTO_FILE.test(first)) return { file: first, caption: rest.join(' ').trim() || undefined };
  return { caption: value || undefined };
}

/** What `npm run new` puts where an editor must write; the check refuses a file that still has one. */
export const PLACEHOLDER = '【请填写';

/** What `npm run import` writes above a guess it is unsure of; the check refuses a file that still has one. */
export const IMPORT_FLAG = '【导入存疑';

/** An edition is a few dozen KB; past this, something was pasted by mistake, and pages would be unreadable. */
export const MAX_EDITION_BYTES = 1024 * 1024;
/** Markdown nests lists and quotes without limit, but rendering cost grows with depth (and overflows the stack). */
export const MAX_NESTING = 16;

/**
 * How deeply a line nests: quote marks and list markers at its start
 * (`> - - 1. x` is four levels) plus its indentation, four columns a level.
 */
export function nestingOf(line: string): number {
  const lead = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*/.exec(line)?.[0] ?? '';
  const markers = (lead.match(/>|[-*+]|\d{1,9}[.)]/g) ?? []).length;
  const spaces = /^[ \t]*/.exec(line)?.[0] ?? '';
  const indent = [...spaces].reduce((n, ch) => n + (ch === '\t' ? 4 : 1), 0);
  return markers + Math.floor(indent / 4);
}

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

const CONTROL_ANY = new RegExp(CONTROL.source);
const ZERO_WIDTH_ANY = new RegExp(ZERO_WIDTH.source);
/** Only a line starting with space, a quote or a list marker can nest. */
const NESTING_START = /^[ \t>*+\-\d]/;

const hex = (ch: string) => `U+${ch.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Problems of the raw text, found before any parsing: size, invisible
 * characters, and nesting too deep to render safely.
 */
function checkRawText(text: string, lines: readonly string[], path: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_EDITION_BYTES) {
    issues.push(contentError(path, 1, 'file', `is ${(bytes / 2 ** 20).toFixed(1)} MB`, `an edition may be at most ${MAX_EDITION_BYTES / 2 ** 20} MB: split it, or check for text pasted by mistake`));
    return issues;
  }
  // One scan of the whole text first: almost every edition has none of these.
  const hasControl = CONTROL_ANY.test(text);
  const hasZeroWidth = ZERO_WIDTH_ANY.test(text);
  lines.forEach((line, i) => {
    if (hasControl) for (const m of line.matchAll(CONTROL)) {
      issues.push(contentError(path, i + 1, 'text', `control character ${hex(m[0])} at column ${(m.index ?? 0) + 1}`, 'remove it: it is invisible and has no place in an edition'));
    }
    if (hasZeroWidth) for (const m of line.matchAll(ZERO_WIDTH)) {
      issues.push(contentWarning(path, i + 1, 'text', `zero-width character ${hex(m[0])} at column ${(m.index ?? 0) + 1}`, 'invisible on the page; remove it unless it is wanted'));
    }
    const placeholder = line.indexOf(PLACEHOLDER);
    if (placeholder !== -1) {
      issues.push(contentError(path, i + 1, 'text', `placeholder left at column ${placeholder + 1}: "${line.slice(placeholder, line.indexOf('】', placeholder) + 1 || undefined)}"`, 'replace it with the text of the edition, or delete it'));
    }
    if (line.startsWith(IMPORT_FLAG)) {
      issues.push(contentError(path, i + 1, 'text', `import guess not yet reviewed: ${line}`, 'check the text beside it against the printed page, correct the text if the guess is wrong, then delete this line'));
    }
    if (NESTING_START.test(line) && nestingOf(line) > MAX_NESTING) {
      issues.push(contentError(path, i + 1, 'body', `nested more than ${MAX_NESTING} levels deep`, `at most ${MAX_NESTING} levels of lists or quotes`));
    }
  });
  return issues;
}

/** Strips a UTF-8 byte-order mark and normalises CRLF and CR line endings. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export function parseEdition(rawText: string, path: string, ctx: ParseContext): ParsedEdition {
  const parsed = parseEditionUnsorted(rawText, path, ctx);
  // Checks run in passes (text, then figures, then records); an editor reads the file top to bottom.
  parsed.issues.sort((a, b) => a.line - b.line);
  return parsed;
}

function parseEditionUnsorted(rawText: string, path: string, ctx: ParseContext): ParsedEdition {
  const issues: ContentIssue[] = [];
  const err = (line: number, field: string, message: string, expected?: string) => issues.push(contentError(path, line, field, message, expected));
  const text = normaliseText(rawText);
  const lines = text.split('\n');
  issues.push(...checkRawText(text, lines, path));
  if (issues.some((i) => i.severity === 'error' && (i.field === 'file' || i.field === 'body'))) return { articles: [], claims: [], issues };

  // --- front matter -------------------------------------------------------
  if (lines[0].trim() !== '---') {
    err(1, 'front matter', 'missing', "expected the file to start with a line '---', the fields (street, date, …), then '---'");
    return { articles: [], claims: [], issues };
  }
  const close = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
  if (close === -1) {
    err(1, 'front matter', 'is not closed', "expected a line '---' after the fields");
    return { articles: [], claims: [], issues };
  }
  const yamlText = lines.slice(1, close).join('\n');
  let data: unknown;
  try {
    // gray-matter splits the file; YAML's core schema keeps dates as written.
    data = matter(text, { engines: { yaml: (s: string) => yaml.load(s, { schema: yaml.CORE_SCHEMA }) as object } }).data;
  } catch (e) {
    const info = yamlErrorInfo(e);
    // js-yaml often notices a problem only at the end of the text; keep the line inside the front matter.
    err(Math.min(1 + info.line, close), 'front matter', `YAML does not parse: ${info.reason}`, 'expected `field: value` lines; quote values that contain a colon');
    return { articles: [], claims: [], issues };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) data = {};
  const fmLine = (field: string) => 1 + Math.max(1, locate(yamlText, [field]));
  const fm = FrontMatter.safeParse(data);
  if (!fm.success) {
    issues.push(...zodToIssues(fm.error, { path, yamlText, lineOffset: 1, value: data }, EXPECT));
  }
  const raw = data as Record<string, unknown>;

  const streetRef = typeof raw.street === 'string' ? raw.street.trim() : undefined;
  const street = streetRef ? findStreet(ctx.gazetteer, streetRef) : undefined;
  if (streetRef && !street) {
    const hint = closest(streetRef, ctx.gazetteer.streets.map((s) => s.id));
    err(fmLine('street'), 'street', `unknown street "${streetRef}"`, hint ? `did you mean "${hint}"? Streets are listed in content/gazetteer.yml` : `one of: ${ctx.gazetteer.streets.map((s) => s.id).join(', ')}`);
  }
  const date = raw.date === undefined ? undefined : parseCalendarDate(raw.date);
  if (date && !date.ok) err(fmLine('date'), 'date', date.message.replace(/ \(expected.*\)$/, ''), 'expected YYYY-MM-DD, or YYYY-MM / YYYY when only that much is known');
  if (ctx.files && typeof raw.source === 'string' && raw.source.trim()) {
    const source = raw.source.trim();
    if (!ctx.files.sources.has(source)) {
      const hint = closest(source, [...ctx.files.sources]);
      err(fmLine('source'), 'source', `"${source}" is not in content/sources/`, `the file this edition was transcribed or imported from, committed under content/sources/${hint ? `; did you mean "${hint}"?` : ''}`);
    }
  }
  if (street && typeof raw.district === 'string') {
    const d = ctx.gazetteer.district.get(street.districtId);
    if (d && raw.district !== d.id && raw.district !== d.name) {
      err(fmLine('district'), 'district', `"${raw.district}" does not match the street's district`, `expected ${d.id} (${d.name}), or leave the field out`);
    }
  }

  // --- body ---------------------------------------------------------------
  const drafts: ArticleDraft[] = [];
  let section: string | undefined;
  let current: ArticleDraft | undefined;
  let fence: string | undefined;
  /** The line index of the last @图 line or figure field: fields attach to the figure directly above. */
  let figureAt = -2;
  for (let i = close + 1; i < lines.length; i++) {
    const line = lines[i];
    const n = i + 1;
    if (line.includes(FIGURE_SENTINEL)) {
      err(n, 'body', 'contains the private-use character U+E000', 'remove it; it is reserved for figures');
      continue;
    }
    const fenceMatch = FENCE.exec(line);
    if (fence !== undefined) {
      if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length) fence = undefined;
      current?.body.push(line);
      continue;
    }
    if (fenceMatch) fence = fenceMatch[1];
    const heading = fence === undefined ? HEADING.exec(line) : null;
    if (heading && heading[1].length <= 2) {
      const title = (heading[2] ?? '').trim();
      if (heading[1].length === 1) {
        if (!title) err(n, 'section', 'section heading is empty', "expected '# 栏目名', e.g. '# 居民区'");
        section = title || undefined;
        current = undefined;
        continue;
      }
      if (!title) err(n, 'title', 'article without a title', "expected '## 标题' with the headline after it");
      if (AWARD_MARKER.test(title)) err(n, 'title', 'award marker on an article title', 'put {奖=…} on a list item or a ### heading inside the article');
      current = { line: n, order: drafts.length + 1, section, title, fields: {}, body: [], figures: [], regions: [], markers: [] };
      drafts.push(current);
      continue;
    }
    if (!current) {
      if (line.trim()) err(n, 'body', 'text outside any article (article without a title)', "expected '## 标题' before the article's text");
      continue;
    }
    const directive = fence === undefined ? DIRECTIVE.exec(line) : null;
    if (directive) {
      const key = directive[1];
      const value = (directive[2] ?? '').trim();
      if (FIGURE_DIRECTIVES.has(key)) {
        if (!value) err(n, `@${key}`, 'is empty', 'expected @图 followed by the photo file and its caption (e.g. @图 hongxu.jpg 居民在睦邻廊), or by the caption alone');
        else {
          current.body.push('', figurePlaceholder(current.figures.length), '');
          current.figures.push({ line: n, ...splitFigure(value) });
          figureAt = i;
        }
        continue;
      }
      const figureField = FIGURE_FIELDS[key];
      if (figureField) {
        const figure = current.figures[current.figures.length - 1];
        if (!figure || figureAt !== i - 1) err(n, `@${key}`, 'does not follow an @图 line', `put it on the line right after the @图 line of the photo it belongs to`);
        else if (!value) err(n, `@${key}`, 'is empty', `expected @${key} followed by its text`);
        else if (figure[figureField]) err(n, `@${key}`, 'is given twice for one photo', 'keep one');
        else {
          figure[figureField] = value;
          if (figureField === 'alt') figure.altLine = n;
        }
        figureAt = i;
        continue;
      }
      if (REGION_DIRECTIVES.has(key)) {
        const m = REGION.exec(value);
        if (!m) err(n, `@${key}`, `"${value}" is not a region`, 'expected the page and four numbers, left, top, width and height in percent of the page: @版面 1 4.5 30 45.2 61');
        else {
          const [page, x, y, width, height] = m.slice(1).map(Number);
          if (page < 1) err(n, `@${key}`, 'page 0 does not exist', 'pages are numbered from 1, as printed (第1版)');
          else if (width <= 0 || height <= 0) err(n, `@${key}`, 'region has no area', 'give its width and height in percent of the page');
          else if (x + width > 100 + REGION_SLACK || y + height > 100 + REGION_SLACK) err(n, `@${key}`, `region runs off the page (${x} + ${width} across, ${y} + ${height} down)`, 'left + width and top + height are at most 100 (percent of the page)');
          else current.regions.push({ page, x, y, width: Math.min(width, 100 - x), height: Math.min(height, 100 - y), line: n });
        }
        continue;
      }
      const field = FIELD_DIRECTIVES[key];
      if (!field) {
        const hint = closest(key, [...Object.keys(FIELD_DIRECTIVES), ...FIGURE_DIRECTIVES, ...Object.keys(FIGURE_FIELDS), ...REGION_DIRECTIVES]);
        err(n, `@${key}`, 'unknown field', `${hint ? `did you mean @${hint}? ` : ''}expected one of @引题 @副题 @作者 @来源 @居民区 @编号 @图 @替代 @摄影 @版面; write \\@ for a literal @`);
        continue;
      }
      if (!value) err(n, `@${key}`, 'is empty', `expected @${key} followed by its value`);
      else if (current.fields[field]) err(n, `@${key}`, `is given twice (first on line ${current.fields[field]?.line})`, 'keep one');
      else current.fields[field] = { value, line: n };
      continue;
    }
    if (fence === undefined && /\{\s*(?:奖|award)\s*=/.test(line)) {
      const m = AWARD_MARKER.exec(line);
      const item = m ? LIST_OR_SUBHEADING.exec(line.slice(0, m.index)) : null;
      if (!m || !item) {
        err(n, 'award', 'award marker is not at the end of a list item or ### heading', 'expected e.g. "- 金奖 华院居民区党支部 {奖=jinyin-7}"');
        current.body.push(line);
        continue;
      }
      current.markers.push({ text: item[2].trim(), inner: m[1], line: n });
      current.body.push(line.slice(0, m.index));
      continue;
    }
    current.body.push(line);
  }
  if (!drafts.length) err(close + 1, 'body', 'edition has no articles', "expected at least one article starting with '## 标题'");

  // --- photos ---------------------------------------------------------------
  // The edition's photos live in content/media/<edition id>/; the id is known once street and date are.
  const explicitId = typeof raw.id === 'string' && Id.safeParse(raw.id).success ? raw.id : undefined;
  const folder = explicitId ?? (street && date?.ok ? `${date.date}-${street.id}` : undefined);
  const figures = drafts.map((d) => d.figures.map((fd) => resolveFigure(fd, folder, ctx.files?.media, err)));
  // The printed pages (数字报): images in the same folder, and the regions on them.
  const pageFiles = Array.isArray(raw.pages) ? raw.pages.filter((x): x is string => typeof x === 'string').map((x) => x.trim()) : [];
  const pages = resolvePages(pageFiles, fmLine('pages'), folder, ctx.files?.media, err);
  for (const d of drafts) {
    for (const r of d.regions) {
      if (r.page > pageFiles.length) {
        err(r.line, '@版面', pageFiles.length ? `page ${r.page} does not exist: the edition has ${pageFiles.length}` : 'the edition keeps no printed pages', pageFiles.length ? `expected a page from 1 to ${pageFiles.length}` : 'list the page images in the front matter (pages: [page-1.jpg, …]), or delete the @版面 lines');
      }
    }
  }
  if (pageFiles.length) {
    const covered = new Set(drafts.flatMap((d) => d.regions.map((r) => r.page)));
    pageFiles.forEach((file, i) => {
      if (!covered.has(i + 1)) issues.push(contentWarning(path, fmLine('pages'), 'pages', `page ${i + 1} (${file}) has no article on it`, 'give the articles printed on it an @版面 line, so readers can open them from the page'));
    });
    for (const d of drafts) {
      if (!d.regions.length) issues.push(contentWarning(path, d.line, '@版面', `"${d.title}" is on no page`, 'add @版面 with its page and place, so the 数字报 links to it'));
    }
  }
  const media = folder ? { folder, files: [...drafts.flatMap((d) => d.figures.flatMap((fd) => (fd.file ? [fd.file] : []))), ...pageFiles] } : undefined;

  if (!fm.success || !street || !date || !date.ok) return { articles: [], claims: [], issues, media };

  // --- records --------------------------------------------------------------
  const f = fm.data;
  const editionId = f.id ?? `${date.date}-${street.id}`;
  const streetResidences = ctx.gazetteer.residences.filter((r) => r.streetId === street.id);
  const residenceHref = ctx.residenceHref ?? ((id: string) => `/residences/${id}/`);
  const articles: Article[] = [];
  const claims: AwardClaim[] = [];
  const slugs = new Map<string, number>();

  let renderedBodies: ReturnType<typeof renderBodies>;
  try {
    renderedBodies = renderBodies(drafts.map((d, i) => ({ markdown: d.body.join('\n'), figures: figures[i], linkResidences: streetResidences, residenceHref, photoView: ctx.photoView })));
  } catch (e) {
    // Defence in depth: the raw-text checks should make this unreachable.
    err(close + 2, 'body', `cannot be rendered: ${e instanceof Error ? e.message : String(e)}`, `simplify the Markdown (at most ${MAX_NESTING} levels of nesting)`);
    return { articles: [], claims: [], issues, media };
  }
  for (const d of drafts) {
    const explicit: Residence[] = [];
    const residencesField = d.fields.residences;
    if (residencesField) {
      for (const ref of residencesField.value.split(/[\s,，、]+/).filter(Boolean)) {
        const r = findResidence(ctx.gazetteer, ref, street.id);
        if (r) explicit.push(r);
        else {
          const hint = closest(ref, ctx.gazetteer.residences.map((x) => x.id));
          err(residencesField.line, '@居民区', `unknown residential area "${ref}"`, hint ? `did you mean "${hint}"? Residential areas are listed in content/gazetteer.yml` : 'expected an id from content/gazetteer.yml');
        }
      }
    }
    const slugField = d.fields.slug;
    let slug = String(d.order).padStart(2, '0');
    if (slugField) {
      if (Id.safeParse(slugField.value).success) slug = slugField.value;
      else err(slugField.line, '@编号', `"${slugField.value}" is not a valid id`, 'expected lower-case ASCII letters, digits and hyphens');
    }
    // /editions/<id>/pages/ is the 数字报's.
    if (slug === 'pages') err(slugField?.line ?? d.line, '@编号', '"pages" is reserved for the printed pages', 'choose another id');
    if (slugs.has(slug)) err(slugField?.line ?? d.line, '@编号', `duplicate article id "${slug}" (also line ${slugs.get(slug)})`, 'give each article its own @编号');
    slugs.set(slug, d.line);

    const rendered = renderedBodies[d.order - 1];
    for (const h of rendered.rawHtml) {
      issues.push(contentWarning(path, d.line, 'body', `raw HTML "${h.slice(0, 40)}" is shown as text, not as markup`, 'write Markdown instead'));
    }
    for (const alt of rendered.images) {
      issues.push(contentWarning(path, d.line, 'body', `image "${alt}" is shown as its caption: the site has no photos`, 'write @图 followed by the caption'));
    }
    const named = residencesNamedIn([d.title, d.fields.kicker?.value, d.fields.subtitle?.value, rendered.text].join('\n'), streetResidences);
    const residenceIds = [...new Set([...explicit, ...named].map((r) => r.id))];
    const articleId = `${editionId}/${slug}`;

    for (const mk of d.markers) {
      const parsed = parseAwardMarker(mk.inner);
      for (const p of parsed.problems) err(mk.line, 'award', p);
      if (!parsed.marker) continue;
      const round = ctx.catalogue.round.get(parsed.marker.roundId);
      if (!round) {
        const hint = closest(parsed.marker.roundId, [...ctx.catalogue.round.keys()]);
        err(mk.line, 'award', `unknown award round "${parsed.marker.roundId}"`, hint ? `did you mean "${hint}"? Rounds are listed in content/awards.yml` : `one of: ${[...ctx.catalogue.round.keys()].join(', ')}`);
        continue;
      }
      const programme = ctx.catalogue.programme.get(round.programmeId);
      if (!programme) continue;
      const split = splitLevel(mk.text.replace(/^[\s:：]+/, ''), programme, parsed.marker.level);
      if ('problem' in split) {
        err(mk.line, 'award', split.problem, split.expected);
        continue;
      }
      if (!split.recipient) {
        err(mk.line, 'award', 'award names no recipient', 'expected the organisation after the level, e.g. "金奖 华院居民区党支部"');
        continue;
      }
      let residenceId: string | undefined;
      if (parsed.marker.residence) {
        const r = findResidence(ctx.gazetteer, parsed.marker.residence, street.id);
        if (!r) err(mk.line, 'award', `unknown residential area "${parsed.marker.residence}"`, 'expected an id from content/gazetteer.yml');
        residenceId = r?.id;
      } else {
        residenceId = residencesNamedIn(split.recipient, streetResidences)[0]?.id;
        if (!residenceId && /居民区|居委/.test(split.recipient)) {
          err(mk.line, 'award', `unknown residential area in "${split.recipient}"`, `add it to content/gazetteer.yml under ${street.id}, or write 居民区=<id> in the marker`);
        }
      }
      claims.push({ roundId: round.id, level: split.level, recipient: split.recipient, residenceId, streetId: street.id, articleId, path, line: mk.line });
    }

    articles.push({
      id: articleId,
      slug,
      editionId,
      streetId: street.id,
      date: date.date,
      datePrecision: date.precision,
      order: d.order,
      section: d.section,
      title: d.title || '(无标题)',
      kicker: d.fields.kicker?.value,
      subtitle: d.fields.subtitle?.value,
      byline: d.fields.byline?.value,
      credit: d.fields.credit?.value,
      residenceIds,
      // Filled by the loader once reports of the same award are merged.
      awardIds: [],
      figures: figures[d.order - 1],
      regions: d.regions,
      html: rendered.html,
      text: rendered.text,
      line: d.line,
    });
  }

  // A file with any error yields no records: the build stops on it anyway, and
  // half an edition must never reach a page.
  if (!articles.length || issues.some((i) => i.severity === 'error')) return { articles: [], claims: [], issues, media };
  const edition: Edition = {
    id: editionId,
    path,
    streetId: street.id,
    districtId: street.districtId,
    date: date.date,
    datePrecision: date.precision,
    title: f.title,
    issue: f.issue === undefined ? undefined : String(f.issue),
    publisher: f.publisher,
    inferred: f.inferred ?? {},
    corrections: f.corrections ?? [],
    extras: f.extras ?? [],
    source: f.source,
    pages,
    articleIds: articles.map((a) => a.id),
  };
  return { edition, articles, claims, issues, media };
}

/**
 * A figure as a record: its photo found in the edition's media folder and
 * readable, or an error at the @图 line saying what is wrong and what to do.
 */
function resolveFigure(
  fd: FigureDraft,
  folder: string | undefined,
  media: ReadonlyMap<string, PhotoProbe> | undefined,
  err: (line: number, field: string, message: string, expected?: string) => void,
): Figure {
  const figure: Figure = { line: fd.line };
  // Only the fields the editor wrote: a record says what the page says, no empty keys.
  if (fd.caption) figure.caption = fd.caption;
  if (fd.alt) figure.alt = fd.alt;
  if (fd.credit) figure.credit = fd.credit;
  if (!fd.file) {
    if (fd.alt) err(fd.altLine ?? fd.line, '@替代', 'describes a photo, but this @图 names no photo file', 'name the file first (@图 hongxu.jpg 说明), or delete @替代: a caption alone needs none');
    return figure;
  }
  if (!fd.caption && !fd.alt) {
    err(fd.line, '@图', 'photo has neither a caption nor @替代', 'readers who cannot see it need one: write the caption after the file name, or @替代 on the next line');
  }
  if (!folder || !media) return figure;
  const key = `${folder}/${fd.file}`;
  const probe = media.get(key);
  if (!probe) {
    const present = [...media.keys()].filter((k) => k.startsWith(`${folder}/`)).map((k) => k.slice(folder.length + 1));
    const hint = closest(fd.file, present);
    err(fd.line, '@图', `"${fd.file}" is not in content/media/${folder}/`, hint ? `did you mean "${hint}"? File names must match exactly` : `commit the photo as content/media/${folder}/${fd.file}`);
  } else if (!probe.ok) err(fd.line, '@图', `content/media/${key} ${probe.problem}`, probe.expected);
  else figure.photo = { file: key, hash: probe.hash, width: probe.width, height: probe.height };
  return figure;
}

/** The printed pages' images, each found in the edition's media folder and readable, or an error at `pages:`. */
function resolvePages(
  files: readonly string[],
  line: number,
  folder: string | undefined,
  media: ReadonlyMap<string, PhotoProbe> | undefined,
  err: (line: number, field: string, message: string, expected?: string) => void,
): Page[] {
  const pages: Page[] = [];
  files.forEach((file, i) => {
    if (!PHOTO_FILE.test(file)) {
      err(line, 'pages', `"${file}" is not an image file name`, 'expected the page images made by npm run import, e.g. page-1.jpg');
      return;
    }
    if (!folder || !media) return;
    const key = `${folder}/${file}`;
    const probe = media.get(key);
    if (!probe) {
      const present = [...media.keys()].filter((k) => k.startsWith(`${folder}/`)).map((k) => k.slice(folder.length + 1));
      const hint = closest(file, present.filter((f) => !files.includes(f)));
      err(line, 'pages', `page ${i + 1}: "${file}" is not in content/media/${folder}/`, hint ? `did you mean "${hint}"? File names must match exactly` : `commit the page image as content/media/${folder}/${file}`);
    } else if (!probe.ok) err(line, 'pages', `page ${i + 1}: content/media/${key} ${probe.problem}`, probe.expected);
    else pages.push({ number: i + 1, photo: { file: key, hash: probe.hash, width: probe.width, height: probe.height } });
  });
  return pages;
}
