/**
 * Newspaper pages drawn at random from the conventions of real papers, from a
 * seed: A3 or A4, 3 to 8 columns; articles in modules of 1 to all columns;
 * headlines over a module, left or centred, broken at their phrases (sized to
 * fit them), a short one narrower than the text under it, with 引题 and 副题;
 * lead photos above, beside or inside the text with captions under, beside or
 * above; photo clusters; section banners; boxed and
 * tinted sidebars; rules or none; articles that jump to a later page with
 * 下转/上接 lines; continuations at the top of a page beside new articles;
 * honour rolls; masthead, running heads, folios, QR codes and logos.
 *
 * Every line is placed here, at its position on the page, so that two
 * producers (./chromium.ts, ./typst.ts) draw the same page, and so that the
 * answer key knows where each text went. The composition is pure: an edition's
 * articles and a seed in, pages and their key out.
 */
import type { EditionText, ArticleText, Block } from './edition-text';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** One line of text at its place: `y` is the top of the line box; `justify`, the width it is spread to (a line a paragraph goes on from). */
export interface Line {
  x: number;
  y: number;
  text: string;
  justify?: number;
}

export type TextRole = 'headline' | 'kicker' | 'subtitle' | 'byline' | 'body' | 'subheading' | 'roll' | 'caption' | 'jump' | 'banner' | 'masthead' | 'folio' | 'credit';

export type Item =
  | { kind: 'text'; role: TextRole; lines: Line[]; size: number; bold: boolean; font: 'serif' | 'sans'; color?: string; lineHeight: number }
  | { kind: 'photo'; box: Box; seed: number }
  | { kind: 'image'; box: Box; image: 'qr' | 'logo'; seed: number }
  | { kind: 'rect'; box: Box; fill?: string; stroke?: string; lineWidth?: number };

export interface PagePlan {
  width: number;
  height: number;
  items: Item[];
}

/** The key a producer's PDF is scored against. */
export interface CompositionKey {
  edition: string;
  seed: number;
  /** Each photo, the article it illustrates and its caption. */
  figures: { article: string; caption: string; seed: number }[];
  /** Images that are not article photos. */
  furniture: string[];
  /** Articles continued on a later page: the pages, and how the jump lines read. */
  jumps: { article: string; from: number; to: number; out: string; in: string }[];
  /** By article, where its headline's printed lines hide a space its text has (unshownSpaces). */
  unshownSpaces: Record<string, number[]>;
  style: Style;
}

export interface Style {
  paper: 'A3' | 'A4';
  columns: number;
  margin: number;
  gutter: number;
  body: { size: number; leading: number; font: 'serif' | 'sans' };
  headline: { size: number; font: 'serif' | 'sans' };
  rules: boolean;
  columnRules: boolean;
  folio: 'top' | 'bottom';
}

type Rnd = () => number;
const pick = <T>(rnd: Rnd, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
const between = (rnd: Rnd, lo: number, hi: number) => lo + rnd() * (hi - lo);
const int = (rnd: Rnd, lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));

const PAPER = { A3: { width: 842, height: 1191 }, A4: { width: 595, height: 842 } } as const;

export function drawStyle(rnd: Rnd): Style {
  const paper = rnd() < 0.6 ? 'A3' : 'A4';
  const columns = paper === 'A3' ? int(rnd, 4, 8) : int(rnd, 3, 5);
  const size = paper === 'A3' ? between(rnd, 9, 11) : between(rnd, 8.5, 10);
  return {
    paper,
    columns,
    margin: between(rnd, 28, 42),
    gutter: between(rnd, 9, 15),
    body: { size: Math.round(size * 2) / 2, leading: Math.round(between(rnd, 1.45, 1.7) * 20) / 20, font: rnd() < 0.7 ? 'serif' : 'sans' },
    headline: { size: paper === 'A3' ? int(rnd, 20, 32) : int(rnd, 16, 24), font: rnd() < 0.6 ? 'sans' : 'serif' },
    rules: rnd() < 0.6,
    columnRules: rnd() < 0.3,
    folio: rnd() < 0.5 ? 'top' : 'bottom',
  };
}

// --- lines ------------------------------------------------------------------

const CLOSING = /[，。、；：！？）」』”’…,.;:!?)]/u;
/** Width of a character in ems: CJK and full-width forms take one; Latin letters and digits a little over half. */
const widthOf = (ch: string) => (/[\u0000-\u024f]/u.test(ch) ? (ch === ' ' ? 0.3 : 0.6) : 1);
/** How wide a character is counted, in ems, as lines are broken. */
export type Advance = (ch: string) => number;
/**
 * The characters a font draws much narrower than widthOf counts them, in ems: Noto Serif CJK's 1 and middle dot (0.47
 * and 0.34 in its bold, measured; its other digits 0.59, Noto Sans CJK's every digit and dot 0.59). A ragged headline
 * broken as if “12·5” were 2.4 ems wide, where it is drawn 2, ends its line short by a character's room (Typst and
 * Chromium, tune seeds 1427 and 1502): the page shows a phrase's end where none was set. Justified text shows no such
 * room, so only a headline's lines are broken by the font.
 */
export const fontAdvance = (font: 'serif' | 'sans'): Advance => (font === 'serif' ? (ch) => (ch === '1' ? 0.47 : ch === '·' ? 0.34 : widthOf(ch)) : widthOf);
/** Width of a text in ems, as the lines are broken: by widthOf, or by a headline font's advances (fontAdvance). */
const emsOf = (text: string, advance: Advance = widthOf) => [...text].reduce((n, ch) => n + advance(ch), 0);

const OPENING = /[（「『“‘(]/u;
const LATIN = /[A-Za-z0-9]/;

/**
 * Text broken into lines of at most `em` ems (the first `indent` ems in), by
 * the breaking rules of Chinese typesetting (禁则): a closing mark never
 * starts a line (one hangs at the end of the line before; where a second
 * would, the last character goes down to the next line with its marks), and
 * an opening mark never ends one (it goes down with the character it opens);
 * a word of letters or digits is not broken.
 */
export function breakLines(text: string, em: number, indent = 0, advance: Advance = widthOf): { text: string; indent: number }[] {
  const out: { text: string; indent: number }[] = [];
  let line: string[] = [];
  let lineIndent = indent;
  const widthOfLine = () => line.reduce((n, ch) => n + advance(ch), lineIndent);
  for (const ch of text) {
    const width = widthOfLine();
    const over = width + advance(ch) > em + 0.01;
    // One closing mark hangs past the measure; a line already past it hangs no second one.
    if (line.length && over && !(CLOSING.test(ch) && width <= em + 0.01)) {
      let cut = line.length;
      if (CLOSING.test(ch)) while (cut > 1 && CLOSING.test(line[cut - 1])) cut--;
      if (CLOSING.test(ch)) cut--;
      while (cut > 1 && OPENING.test(line[cut - 1])) cut--;
      // A word of letters or digits is kept whole (WE, 2012), unless it is the whole line.
      if (cut === line.length && LATIN.test(ch)) while (cut > 1 && LATIN.test(line[cut - 1])) cut--;
      if (cut < 1 || (cut === 1 && LATIN.test(line[0]) && LATIN.test(ch))) cut = line.length;
      out.push({ text: line.slice(0, cut).join(''), indent: lineIndent });
      line = line.slice(cut);
      lineIndent = 0;
    }
    line.push(ch);
  }
  if (line.length) out.push({ text: line.join(''), indent: lineIndent });
  return out;
}

/**
 * A headline (引题, 副题) broken as an editor breaks one: at the spaces set
 * between its phrases, as many phrases to a line as fit, and within a phrase
 * (by breakLines) only where the phrase alone is wider than the measure. The
 * space at a break is not printed, as neither DTP nor CSS prints one there.
 */
export function breakPhrases(text: string, em: number, advance: Advance = widthOf): string[] {
  const out: string[] = [];
  let line = '';
  for (const phrase of text.split(' ').filter(Boolean)) {
    if (line && emsOf(`${line} ${phrase}`, advance) <= em + 0.01) {
      line = `${line} ${phrase}`;
      continue;
    }
    if (line) out.push(line);
    const pieces = breakLines(phrase, em, 0, advance).map((l) => l.text);
    out.push(...pieces.slice(0, -1));
    line = pieces.at(-1) ?? '';
  }
  if (line) out.push(line);
  return out;
}

/**
 * Where a headline's printed lines (breakPhrases at `em`) hide a space set
 * between two phrases: its offsets in `title`. A phrase's space at a line's
 * end shows as the line stopping short of where a wrap inside one phrase would
 * have stopped; where the phrase filled the line (or hung its closing mark past
 * it), a wrap would have broken there too, and the page's geometry says nothing
 * of the space (only the words may: a residential area's name, a couplet).
 */
export function unshownSpaces(title: string, lines: readonly string[], em: number, advance: Advance = widthOf): number[] {
  // Offsets in characters (code points), as [...title] counts them.
  const chars = [...title];
  const out: number[] = [];
  let at = 0;
  lines.forEach((line, i) => {
    if (i > 0 && chars[at] === ' ') {
      if (breakLines(`${lines[i - 1]}${line}`, em, 0, advance)[0]?.text === lines[i - 1]) out.push(at);
      at++;
    }
    at += [...line].length;
  });
  return out;
}

/** How wide a line is drawn, in ems: a space is drawn at about a quarter of an em in Noto CJK (measured in Chromium). */
export const drawnWidth = (text: string, advance: Advance = widthOf) => [...text].reduce((n, ch) => n + (ch === ' ' ? 0.25 : advance(ch)), 0);

// --- text flowing through columns ----------------------------------------------

/** A body line before it is placed: its text, indent, and what kind of block it belongs to. */
interface FlowLine {
  text: string;
  indent: number;
  /** The block goes on on the next line: the line is set full width, as a paper justifies its text. */
  full?: boolean;
  role: 'body' | 'subheading' | 'roll' | 'credit' | 'jump';
  /** Space before it, in lines (between blocks). */
  before: number;
  bold: boolean;
  align?: 'right';
}

/** How much larger than the running text a subheading is set, in points. */
const SUBHEADING_STEP = 0.5;

/**
 * The article's running text as lines of `em` ems of the body's `size`: paragraphs indented two characters,
 * subheadings bold (in their larger size, so fewer characters to the line: a line of the body's count had run into the
 * gutter), honour-roll items as printed.
 */
function flowLines(blocks: readonly Block[], em: number, size: number): FlowLine[] {
  const out: FlowLine[] = [];
  const subEm = Math.floor((em * size) / (size + SUBHEADING_STEP) + 0.01);
  for (const b of blocks) {
    if (b.kind === 'figure') continue;
    if (b.kind === 'paragraph') breakLines(b.text, em, 2).forEach((l, i, all) => out.push({ ...l, role: 'body', before: 0, bold: false, full: i < all.length - 1 }));
    else if (b.kind === 'subheading') breakLines(b.text, subEm).forEach((l, i) => out.push({ ...l, role: 'subheading', before: i === 0 ? 0.5 : 0, bold: true }));
    else if (b.kind === 'item') breakLines(b.text, em).forEach((l, i, all) => out.push({ ...l, role: 'roll', before: 0, bold: false, full: i < all.length - 1 }));
    else if (b.kind === 'credit') out.push({ text: `（${b.text}）`, indent: 0, role: 'credit', before: 0, bold: false, align: 'right' });
  }
  return out;
}

/** Lines that fit a column of height `h`, counting the space before blocks. */
function fits(lines: readonly FlowLine[], from: number, h: number, lh: number): number {
  let used = 0;
  let n = 0;
  for (let i = from; i < lines.length; i++) {
    const need = (lines[i].before + 1) * lh;
    if (used + need > h + 0.01) break;
    used += need;
    n++;
  }
  return n;
}

interface Column {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Places lines into columns in order; returns how many were placed. */
function pourInto(columns: readonly Column[], lines: readonly FlowLine[], from: number, style: Style, items: Item[], font: 'serif' | 'sans'): number {
  const size = style.body.size;
  const lh = size * style.body.leading;
  let i = from;
  for (const col of columns) {
    const n = fits(lines, i, col.h, lh);
    let y = col.y;
    const group: Record<string, Line[]> = {};
    for (const l of lines.slice(i, i + n)) {
      y += l.before * lh;
      const width = emsOf(l.text) * size;
      const x = l.align === 'right' ? col.x + col.w - width : col.x + l.indent * size;
      const key = `${l.role}|${l.bold}`;
      (group[key] ??= []).push({ x, y, text: l.text, ...(l.full ? { justify: col.w - l.indent * size } : {}) });
      y += lh;
    }
    // A DTP program draws a frame's lines as one object: one item a kind of line, in the column.
    for (const [key, ls] of Object.entries(group)) {
      const [role, bold] = key.split('|');
      items.push({ kind: 'text', role: role as TextRole, lines: ls, size: role === 'subheading' ? size + SUBHEADING_STEP : size, bold: bold === 'true', font: bold === 'true' ? 'sans' : font, lineHeight: lh });
    }
    i += n;
  }
  return i - from;
}

// --- the page ------------------------------------------------------------------

interface PageState {
  plan: PagePlan;
  number: number;
  /** Top of the free space in each column. */
  sky: number[];
  bottom: number;
}

interface Frame {
  style: Style;
  rnd: Rnd;
  colWidth: number;
  left: number;
  key: CompositionKey;
  photoSeed: number;
}

const colX = (f: Frame, c: number) => f.left + c * (f.colWidth + f.style.gutter);
const spanWidth = (f: Frame, s: number) => s * f.colWidth + (s - 1) * f.style.gutter;

function newPage(f: Frame, e: EditionText, number: number): PageState {
  const { width, height } = PAPER[f.style.paper];
  const plan: PagePlan = { width, height, items: [] };
  const m = f.style.margin;
  let top = m;
  if (number === 1) top = masthead(f, e, plan);
  else top = runningHead(f, e, plan, number);
  let bottom = height - m;
  if (f.style.folio === 'bottom' || number === 1) {
    plan.items.push({ kind: 'text', role: 'folio', lines: [{ x: width / 2 - 15, y: height - m + 6, text: `第${number}版` }], size: 8, bold: false, font: 'sans', lineHeight: 10 });
    bottom -= 4;
  }
  return { plan, number, sky: Array.from({ length: f.style.columns }, () => top), bottom };
}

/** The first page's masthead band: the title, street and date, publisher, blurb, QR code and prompt, logo, slogan; down to a rule. */
function masthead(f: Frame, e: EditionText, plan: PagePlan): number {
  const m = f.style.margin;
  const w = plan.width - 2 * m;
  plan.items.push({ kind: 'image', box: { x: m, y: m, w: 42, h: 42 }, image: 'logo', seed: f.key.seed });
  plan.items.push({ kind: 'text', role: 'masthead', lines: [{ x: m + 52, y: m, text: '社区晨报' }], size: 46, bold: true, font: 'serif', color: '#a4161a', lineHeight: 52 });
  const meta = [`${e.streetName} · ${e.dateLabel}`, e.publisher].filter((t): t is string => Boolean(t));
  plan.items.push({ kind: 'text', role: 'masthead', lines: meta.map((t, i) => ({ x: m + 52, y: m + 56 + i * 14, text: t })), size: 10, bold: false, font: 'sans', lineHeight: 14 });
  let bottom = m + 56 + meta.length * 14;
  const side = m + w * 0.55;
  if (e.about) {
    const lines = breakLines(e.about, Math.floor((w * 0.45 - 70) / 8));
    plan.items.push({ kind: 'text', role: 'masthead', lines: lines.map((l, i) => ({ x: side, y: m + i * 11, text: l.text })), size: 8, bold: false, font: 'sans', lineHeight: 11 });
    bottom = Math.max(bottom, m + lines.length * 11);
  }
  if (e.qr) {
    const qx = plan.width - m - 52;
    plan.items.push({ kind: 'image', box: { x: qx, y: m, w: 52, h: 52 }, image: 'qr', seed: f.key.seed });
    const lines = breakLines(e.qr, 7);
    plan.items.push({ kind: 'text', role: 'masthead', lines: lines.map((l, i) => ({ x: qx, y: m + 56 + i * 10, text: l.text })), size: 7.5, bold: false, font: 'sans', lineHeight: 10 });
    bottom = Math.max(bottom, m + 56 + lines.length * 10);
    f.key.furniture.push('qr');
  }
  if (e.slogan) {
    plan.items.push({ kind: 'text', role: 'masthead', lines: [{ x: side, y: bottom + 4, text: e.slogan }], size: 9, bold: true, font: 'sans', lineHeight: 12 });
    bottom += 16;
  }
  bottom += 6;
  plan.items.push({ kind: 'rect', box: { x: m, y: bottom, w, h: 2.5 }, fill: '#111' });
  return bottom + 12;
}

/** A later page's running head: the paper, street and date, and the page number, over a rule. */
function runningHead(f: Frame, e: EditionText, plan: PagePlan, number: number): number {
  const m = f.style.margin;
  const text = `${e.streetName} 社区晨报 ${e.dateLabel}`;
  if (f.style.folio === 'top') {
    plan.items.push({ kind: 'text', role: 'folio', lines: [{ x: m, y: m, text }, { x: plan.width - m - 40, y: m, text: `第${number}版` }], size: 8, bold: false, font: 'sans', lineHeight: 11 });
  } else plan.items.push({ kind: 'text', role: 'folio', lines: [{ x: m, y: m, text }], size: 8, bold: false, font: 'sans', lineHeight: 11 });
  plan.items.push({ kind: 'rect', box: { x: m, y: m + 14, w: plan.width - 2 * m, h: 0.8 }, fill: '#111' });
  return m + 26;
}

export { flowLines, pourInto, newPage, colX, spanWidth, fits, pick, between, int };
export type { Frame, PageState, FlowLine, Column, Rnd, ArticleText };
