/**
 * Step 3 of parsing an edition: the body's lines become article drafts.
 * `#` opens a section, `##` an article; `@key value` lines set an article's
 * fields, its figures (@图, with @替代 and @摄影 under them) and its places on
 * the printed pages (@版面); `{奖=…}` marks an award at the end of a list item
 * or subheading. Everything else is the article's Markdown body, kept as
 * written. Code fences are passed through untouched.
 */
import { AWARD_MARKER } from '../awards';
import { FIGURE_SENTINEL, figurePlaceholder } from '../markdown';
import { PHOTO_FILE } from '../media';
import { closest } from '../report';
import type { ArticleDraft, ArticleField, Issues } from './types';

/** Article fields set by `@key value` lines; Chinese and English keys alike. */
const FIELD_DIRECTIVES: Record<string, ArticleField> = {
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
/** `@版面 2 4.5 30 45.2 61`: page, then left, top, width and height in percent of the page. */
const REGION_DIRECTIVES = new Set(['版面', 'region']);
const REGION = /^(\d+)\s+(\d+(?:\.\d+)?)\s+(\d+(?:\.\d+)?)\s+(\d+(?:\.\d+)?)\s+(\d+(?:\.\d+)?)$/;
/** Rounding of the numbers the importer writes: a region may pass the page's edge by this much. */
const REGION_SLACK = 0.05;

const DIRECTIVE = /^@([^\s@]+)(?:[ \t\u3000]+(.*?))?\s*$/;
const HEADING = /^(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LIST_OR_SUBHEADING = /^(\s*(?:[-*+]|\d+[.)])\s+|#{3,6}\s+)(.*)$/;
const AWARD_ATTEMPT = /\{\s*(?:奖|award)\s*=/;

/** `@图 hongxu.jpg 王为人调研虹旭居民区` names a photo file; `@图 王为人调研虹旭居民区` is a caption alone. */
export function splitFigure(value: string): { file?: string; caption?: string } {
  const [first, ...rest] = value.split(/[ \t\u3000]+/);
  if (PHOTO_FILE.test(first)) return { file: first, caption: rest.join(' ').trim() || undefined };
  return { caption: value || undefined };
}

/** Where the reading of the body stands between lines. */
interface BodyState {
  drafts: ArticleDraft[];
  section?: string;
  current?: ArticleDraft;
  /** The open code fence, if any: its lines are body text, whatever they look like. */
  fence?: string;
  /** The line index of the last @图 line or figure field: fields attach to the figure directly above. */
  figureAt: number;
}

/** The articles of the body, which starts at line index `from`. */
export function readArticles(lines: readonly string[], from: number, issues: Issues): ArticleDraft[] {
  const state: BodyState = { drafts: [], figureAt: -2 };
  for (let i = from; i < lines.length; i++) readLine(lines[i], i, state, issues);
  if (!state.drafts.length) issues.error(from, 'body', 'edition has no articles', "expected at least one article starting with '## 标题'");
  return state.drafts;
}

function readLine(line: string, i: number, state: BodyState, issues: Issues): void {
  const n = i + 1;
  if (line.includes(FIGURE_SENTINEL)) {
    issues.error(n, 'body', 'contains the private-use character U+E000', 'remove it; it is reserved for figures');
    return;
  }
  const fenceMatch = FENCE.exec(line);
  if (state.fence !== undefined) {
    if (fenceMatch && fenceMatch[1][0] === state.fence[0] && fenceMatch[1].length >= state.fence.length) state.fence = undefined;
    state.current?.body.push(line);
    return;
  }
  if (fenceMatch) state.fence = fenceMatch[1];
  const inFence = state.fence !== undefined;
  const heading = inFence ? null : HEADING.exec(line);
  if (heading && heading[1].length <= 2) {
    readHeading(heading[1].length, (heading[2] ?? '').trim(), n, state, issues);
    return;
  }
  const current = state.current;
  if (!current) {
    if (line.trim()) issues.error(n, 'body', 'text outside any article (article without a title)', "expected '## 标题' before the article's text");
    return;
  }
  const directive = inFence ? null : DIRECTIVE.exec(line);
  if (directive) readDirective(directive[1], (directive[2] ?? '').trim(), i, state, current, issues);
  else if (!inFence && AWARD_ATTEMPT.test(line)) readAwardLine(line, n, current, issues);
  else current.body.push(line);
}

/** `# 栏目` opens a section; `## 标题` an article. */
function readHeading(level: number, title: string, n: number, state: BodyState, issues: Issues): void {
  if (level === 1) {
    if (!title) issues.error(n, 'section', 'section heading is empty', "expected '# 栏目名', e.g. '# 居民区'");
    state.section = title || undefined;
    state.current = undefined;
    return;
  }
  if (!title) issues.error(n, 'title', 'article without a title', "expected '## 标题' with the headline after it");
  if (AWARD_MARKER.test(title)) issues.error(n, 'title', 'award marker on an article title', 'put {奖=…} on a list item or a ### heading inside the article');
  state.current = { line: n, order: state.drafts.length + 1, section: state.section, title, fields: {}, body: [], figures: [], regions: [], markers: [] };
  state.drafts.push(state.current);
}

function readDirective(key: string, value: string, i: number, state: BodyState, current: ArticleDraft, issues: Issues): void {
  const n = i + 1;
  if (FIGURE_DIRECTIVES.has(key)) {
    if (!value) issues.error(n, `@${key}`, 'is empty', 'expected @图 followed by the photo file and its caption (e.g. @图 hongxu.jpg 居民在睦邻廊), or by the caption alone');
    else {
      current.body.push('', figurePlaceholder(current.figures.length), '');
      current.figures.push({ line: n, ...splitFigure(value) });
      state.figureAt = i;
    }
    return;
  }
  const figureField = FIGURE_FIELDS[key];
  if (figureField) {
    readFigureField(key, figureField, value, n, state.figureAt === i - 1, current, issues);
    state.figureAt = i;
    return;
  }
  if (REGION_DIRECTIVES.has(key)) {
    const region = readRegion(key, value, n, issues);
    if (region) current.regions.push(region);
    return;
  }
  const field = FIELD_DIRECTIVES[key];
  if (!field) {
    const hint = closest(key, [...Object.keys(FIELD_DIRECTIVES), ...FIGURE_DIRECTIVES, ...Object.keys(FIGURE_FIELDS), ...REGION_DIRECTIVES]);
    issues.error(n, `@${key}`, 'unknown field', `${hint ? `did you mean @${hint}? ` : ''}expected one of @引题 @副题 @作者 @来源 @居民区 @编号 @图 @替代 @摄影 @版面; write \\@ for a literal @`);
    return;
  }
  if (!value) issues.error(n, `@${key}`, 'is empty', `expected @${key} followed by its value`);
  else if (current.fields[field]) issues.error(n, `@${key}`, `is given twice (first on line ${current.fields[field]?.line})`, 'keep one');
  else current.fields[field] = { value, line: n };
}

/** @替代 or @摄影: a field of the figure on the line directly above. */
function readFigureField(key: string, field: 'alt' | 'credit', value: string, n: number, followsFigure: boolean, current: ArticleDraft, issues: Issues): void {
  const figure = current.figures[current.figures.length - 1];
  if (!figure || !followsFigure) issues.error(n, `@${key}`, 'does not follow an @图 line', `put it on the line right after the @图 line of the photo it belongs to`);
  else if (!value) issues.error(n, `@${key}`, 'is empty', `expected @${key} followed by its text`);
  else if (figure[field]) issues.error(n, `@${key}`, 'is given twice for one photo', 'keep one');
  else {
    figure[field] = value;
    if (field === 'alt') figure.altLine = n;
  }
}

/** `@版面 page left top width height`, in percent of the page, within it. */
export function readRegion(key: string, value: string, n: number, issues: Issues): ArticleDraft['regions'][number] | undefined {
  const m = REGION.exec(value);
  if (!m) {
    issues.error(n, `@${key}`, `"${value}" is not a region`, 'expected the page and four numbers, left, top, width and height in percent of the page: @版面 1 4.5 30 45.2 61');
    return undefined;
  }
  const [page, x, y, width, height] = m.slice(1).map(Number);
  if (page < 1) issues.error(n, `@${key}`, 'page 0 does not exist', 'pages are numbered from 1, as printed (第1版)');
  else if (width <= 0 || height <= 0) issues.error(n, `@${key}`, 'region has no area', 'give its width and height in percent of the page');
  else if (x + width > 100 + REGION_SLACK || y + height > 100 + REGION_SLACK) issues.error(n, `@${key}`, `region runs off the page (${x} + ${width} across, ${y} + ${height} down)`, 'left + width and top + height are at most 100 (percent of the page)');
  else return { page, x, y, width: Math.min(width, 100 - x), height: Math.min(height, 100 - y), line: n };
  return undefined;
}

/** A line with `{奖=…}`: the marker must end a list item or a ### heading; the body keeps the line without it. */
function readAwardLine(line: string, n: number, current: ArticleDraft, issues: Issues): void {
  const m = AWARD_MARKER.exec(line);
  const item = m ? LIST_OR_SUBHEADING.exec(line.slice(0, m.index)) : null;
  if (!m || !item) {
    issues.error(n, 'award', 'award marker is not at the end of a list item or ### heading', 'expected e.g. "- 金奖 华院居民区党支部 {奖=jinyin-7}"');
    current.body.push(line);
    return;
  }
  current.markers.push({ text: item[2].trim(), inner: m[1], line: n });
  current.body.push(line.slice(0, m.index));
}
