/**
 * Articles placed on the pages as modules (./compose.ts draws the style and
 * the lines): each article in a block of columns where the page's columns are
 * free highest, its headline over it (narrower where it is short), its photos reserved at
 * the top of some of its columns, its text poured through the rest; an
 * article the page cannot hold jumps to the next page, whose top continues it
 * beside new articles.
 */
import { random } from '../random';
import {
  breakLines,
  breakPhrases,
  unshownSpaces,
  drawnWidth,
  fontAdvance,
  colX,
  drawStyle,
  flowLines,
  fits,
  int,
  newPage,
  pick,
  pourInto,
  spanWidth,
  type Box,
  type Column,
  type CompositionKey,
  type FlowLine,
  type Frame,
  type Item,
  type PagePlan,
  type PageState,
} from './compose';
import type { ArticleText, EditionText } from './edition-text';

const PAPER = { A3: { width: 842, height: 1191 }, A4: { width: 595, height: 842 } } as const;

interface Pending {
  article: ArticleText;
  lines: FlowLine[];
  from: number;
  page: number;
  inLine: string;
}

/** A photo kept at the top of some columns of a module (under any photo above it there), with its caption. */
interface Reserved {
  first: number;
  span: number;
  /** Its top, from the top of the module's text. */
  y: number;
  height: number;
  items: Item[];
}

export function compose(e: EditionText, seed: number): { pages: PagePlan[]; key: CompositionKey } {
  const rnd = random(seed);
  const style = drawStyle(rnd);
  const { width } = PAPER[style.paper];
  const colWidth = (width - 2 * style.margin - (style.columns - 1) * style.gutter) / style.columns;
  const key: CompositionKey = { edition: e.id, seed, figures: [], furniture: ['logo'], jumps: [], unshownSpaces: {}, style };
  const f: Frame = { style, rnd, colWidth, left: style.margin, key, photoSeed: seed * 100 };
  const pages: PageState[] = [newPage(f, e, 1)];
  let pending: Pending[] = [];
  let section: string | undefined;
  for (const article of e.articles) {
    const banner = article.section && article.section !== section ? article.section : undefined;
    section = article.section;
    for (let attempt = 0; ; attempt++) {
      const page = pages[pages.length - 1];
      if (attempt > 30) throw new Error(`typeset: ${article.id} does not fit an empty page`);
      // An article whose photos, stacked in the columns drawn for it, are taller than a fresh page: across one column
      // more each time, drawn again (photos grow with their columns, and every column is not always the answer).
      const span = attempt > 3 ? 1 + ((attempt - 4) % f.style.columns) : undefined;
      const placed = placeArticle(f, page, article, banner, attempt > 0 && isEmpty(page), (rest) => pending.push({ ...rest, page: page.number + 1 }), span);
      if (placed) break;
      if (isEmpty(page)) continue;
      pages.push(newPage(f, e, pages.length + 1));
      pending = placeContinuations(f, pages[pages.length - 1], pending);
    }
  }
  while (pending.length) {
    pages.push(newPage(f, e, pages.length + 1));
    pending = placeContinuations(f, pages[pages.length - 1], pending);
  }
  return { pages: pages.map((p) => p.plan), key };
}

/** Nothing placed on the page yet but its head (continuations from the page before count as placed). */
const isEmpty = (page: PageState) => page.sky.every((y) => y === page.sky[0]) && page.plan.items.every((it) => it.kind !== 'text' || it.role === 'masthead' || it.role === 'folio');

/** The column block where the page is free highest for `span` columns. */
function slot(page: PageState, span: number, rnd: () => number): { first: number; top: number } {
  const options: { first: number; top: number }[] = [];
  for (let c = 0; c + span <= page.sky.length; c++) options.push({ first: c, top: Math.max(...page.sky.slice(c, c + span)) });
  const best = Math.min(...options.map((o) => o.top));
  const tied = options.filter((o) => o.top <= best + 1);
  return rnd() < 0.75 ? tied[0] : tied[tied.length - 1];
}

function spanFor(f: Frame, a: ArticleText): number {
  const chars = a.blocks.reduce((n, b) => n + (b.kind === 'figure' ? 0 : b.text.length), 0);
  const n = f.style.columns;
  const wanted = Math.round(chars / (f.style.paper === 'A3' ? 450 : 350)) + int(f.rnd, -1, 1);
  return Math.max(1, Math.min(n, f.rnd() < 0.12 ? n : wanted));
}

/**
 * Places an article on the page, or returns false when the page cannot hold
 * its start (a new page is then made). `mustPlace` on a fresh page: what does
 * not fit jumps on.
 */
function placeArticle(f: Frame, page: PageState, a: ArticleText, banner: string | undefined, mustPlace: boolean, jump: (rest: Omit<Pending, 'page'>) => void, span = spanFor(f, a)): boolean {
  // Its photos go into the answer key as they are laid out; an article that does not fit is laid out again on the next
  // page, and the key keeps only the photos printed.
  const figures = f.key.figures.length;
  const placed = layArticle(f, page, a, banner, mustPlace, jump, span);
  if (!placed) f.key.figures.splice(figures);
  return placed;
}

function layArticle(f: Frame, page: PageState, a: ArticleText, banner: string | undefined, mustPlace: boolean, jump: (rest: Omit<Pending, 'page'>) => void, span: number): boolean {
  const { first, top } = slot(page, span, f.rnd);
  const x = colX(f, first);
  const w = spanWidth(f, span);
  const items: Item[] = [];
  const boxed = span <= 3 && !banner && f.rnd() < 0.15 && a.blocks.length < 8;
  const pad = boxed ? 6 : 0;
  let y = top + pad;
  if (f.style.rules && top > page.sky.reduce((m, s) => Math.min(m, s), Infinity) + 1) items.push({ kind: 'rect', box: { x, y: top - f.style.gutter / 2, w, h: 0.6 }, fill: '#333' });
  if (banner) y = sectionBanner(f, items, banner, x, y, w);
  y = header(f, items, a, x + pad, y, w - 2 * pad);
  const reserved = reservePhotos(f, a, span, w);
  const lines = flowLines(a.blocks, Math.floor((f.colWidth - 2 * pad / span) / f.style.body.size), f.style.body.size);
  const lh = f.style.body.size * f.style.body.leading;
  const columnsAt = (h: number): Column[] =>
    Array.from({ length: span }, (_, i) => {
      const offset = Math.max(0, ...reserved.filter((res) => i >= res.first && i < res.first + res.span).map((res) => res.y + res.height + 6));
      return { x: colX(f, first + i) + (i === 0 ? pad : 0), y: y + offset, w: f.colWidth - (span === 1 ? 2 * pad : pad), h: Math.max(0, h - offset) };
    });
  const capacity = (h: number) => columnsAt(h).reduce((n, col, i, cols) => n + fits(lines, cols.slice(0, i).reduce((k, c) => k + fits(lines, k, c.h, lh), 0), col.h, lh), 0);
  const maxH = page.bottom - y - pad;
  const photoH = Math.max(0, ...reserved.map((r) => r.y + r.height + 6));
  if (maxH < photoH + 3 * lh) return mustPlaceAnyway(mustPlace);
  let h = Math.max(photoH + lh, Math.ceil(lines.length / span) * lh);
  while (h <= maxH && capacity(h) < lines.length) h += lh;
  let placedLines = lines.length;
  if (h > maxH) {
    // The page cannot hold it: jump on, when enough of it fits here (or this page is fresh); else a new page.
    if (!mustPlace && capacity(maxH) < Math.max(8, lines.length * 0.3)) return false;
    h = maxH;
    const out = pick(f.rnd, ['下转', '转']);
    const inWord = pick(f.rnd, ['上接', '接']);
    placedLines = Math.max(1, capacity(h) - 1);
    const to = page.number + 1;
    const jumpLine: FlowLine = { text: `（${out}第${to}版）`, indent: 0, role: 'jump', before: 0, bold: false, align: 'right' };
    const shown = [...lines.slice(0, placedLines), jumpLine];
    pourInto(columnsAt(h), shown, 0, f.style, items, f.style.body.font);
    f.key.jumps.push({ article: a.id, from: page.number, to, out: jumpLine.text, in: `（${inWord}第${page.number}版）` });
    jump({ article: a, lines, from: placedLines, inLine: `（${inWord}第${page.number}版）` });
  } else pourInto(columnsAt(h), lines, 0, f.style, items, f.style.body.font);
  for (const r of reserved) for (const it of r.items) items.push(shiftItem(it, colX(f, first + r.first), y));
  if (boxed) items.unshift({ kind: 'rect', box: { x, y: top, w, h: y - top + h + 2 * pad }, fill: '#f1ece1', stroke: '#a4161a', lineWidth: 1 });
  page.plan.items.push(...items);
  for (let c = first; c < first + span; c++) page.sky[c] = y + h + pad + f.style.gutter;
  void placedLines;
  return true;
}

const mustPlaceAnyway = (mustPlace: boolean) => {
  void mustPlace;
  return false;
};

function shiftItem(it: Item, dx: number, dy: number): Item {
  if (it.kind === 'text') return { ...it, lines: it.lines.map((l) => ({ ...l, x: l.x + dx, y: l.y + dy })) };
  return { ...it, box: { ...it.box, x: it.box.x + dx, y: it.box.y + dy } };
}

function sectionBanner(f: Frame, items: Item[], text: string, x: number, y: number, w: number): number {
  const filled = f.rnd() < 0.6;
  items.push({ kind: 'rect', box: { x, y, w, h: 20 }, ...(filled ? { fill: '#a4161a' } : { stroke: '#a4161a', lineWidth: 1.2 }) });
  items.push({ kind: 'text', role: 'banner', lines: [{ x: x + 6, y: y + 3, text }], size: 11, bold: true, font: 'sans', color: filled ? '#ffffff' : '#a4161a', lineHeight: 14 });
  return y + 28;
}

/** 引题, headline (over the module, left or centred, a line a phrase or more), 副题 and byline; returns where the text starts. */
function header(f: Frame, items: Item[], a: ArticleText, x: number, y: number, w: number): number {
  // Its frame is the module's width: the lines are the editor's phrases, so a short headline is narrower than the text
  // under it, centred over it or set at its left. It is set smaller where it must be, as an editor sets it, for its
  // longest phrase to fit a line with room to breathe (a character and a half) where the paper's smallest headline type
  // allows; a phrase wider than that wraps, filling its lines.
  const advance = fontAdvance(f.style.headline.font);
  const longest = Math.max(...a.title.split(' ').map((phrase) => drawnWidth(phrase, advance)));
  const hs = Math.max(Math.round(f.style.body.size * 1.6), Math.floor(Math.min(f.style.headline.size, w / (longest + 1.5))));
  const centred = f.rnd() < 0.4;
  const place = (text: string, size: number, bold: boolean, role: 'kicker' | 'headline' | 'subtitle' | 'byline', font: 'serif' | 'sans', lh: number) => {
    // Broken to the frame's own measure (a headline is set ragged, to no grid of whole characters).
    const lines = role === 'byline' ? breakLines(text, Math.floor(w / size)).map((l) => l.text.trim()) : breakPhrases(text, w / size, advance);
    // The article's last layout is the one printed: an article laid out again on the next page writes over this.
    if (role === 'headline') f.key.unshownSpaces[a.id] = unshownSpaces(text, lines, w / size, advance);
    items.push({
      kind: 'text',
      role,
      lines: lines.map((l, i) => ({ x: centred ? x + (w - drawnWidth(l, advance) * size) / 2 : x, y: y + i * lh, text: l })),
      size,
      bold,
      font,
      lineHeight: lh,
    });
    y += lines.length * lh;
  };
  if (a.kicker) place(a.kicker, Math.round(hs * 0.5), false, 'kicker', f.style.headline.font, Math.round(hs * 0.5) * 1.5);
  place(a.title, hs, true, 'headline', f.style.headline.font, hs * 1.25);
  if (a.subtitle) place(a.subtitle, Math.round(hs * 0.55), false, 'subtitle', f.style.headline.font, Math.round(hs * 0.55) * 1.5);
  if (a.byline) {
    y += 2;
    place(a.byline, 9, false, 'byline', 'sans', 13);
  }
  return y + 8;
}

/**
 * Photos at the top of some of the module's columns, each with its caption
 * under, beside or above it; a photo goes where its columns are least
 * taken, under any photo already there (a cluster).
 */
function reservePhotos(f: Frame, a: ArticleText, span: number, moduleW: number): Reserved[] {
  const figures = a.blocks.filter((b) => b.kind === 'figure');
  const out: Reserved[] = [];
  const depth = (first: number, n: number) => Math.max(0, ...out.filter((r) => first < r.first + r.span && r.first < first + n).map((r) => r.y + r.height + 6));
  for (const fig of figures) {
    const pspan = Math.min(span, f.rnd() < 0.5 ? 1 : 2);
    const starts = Array.from({ length: span - pspan + 1 }, (_, c) => c);
    // Leftmost or rightmost first, then wherever the columns are least taken.
    if (f.rnd() < 0.4) starts.reverse();
    const first = starts.reduce((best, c) => (depth(c, pspan) < depth(best, pspan) ? c : best), starts[0]);
    const y = depth(first, pspan);
    const block = photoBlock(f, a, fig.caption, pspan);
    out.push({ first, span: pspan, y, height: block.height, items: block.items.map((it) => shiftItem(it, 0, y)) });
  }
  void moduleW;
  return out;
}

function photoBlock(f: Frame, a: ArticleText, caption: string, pspan: number): { height: number; items: Item[] } {
  const w = spanWidth(f, pspan);
  const seed = f.photoSeed++;
  f.key.figures.push({ article: a.id, caption, seed });
  const cs = Math.max(7, f.style.body.size - 1.5);
  const clh = cs * 1.4;
  const where = pspan >= 2 && f.rnd() < 0.3 ? 'beside' : f.rnd() < 0.15 ? 'above' : 'under';
  const items: Item[] = [];
  if (where === 'beside') {
    // The photo in the first column, its caption in the next, from the top.
    const pw = f.colWidth;
    // Photos are drawn 3:2, as the synthetic scenes are: what a page shows of one is all of it.
    const ph = (pw * 2) / 3;
    const lines = breakLines(caption, Math.floor((w - pw - 6) / cs));
    items.push({ kind: 'photo', box: { x: 0, y: 0, w: pw, h: ph }, seed });
    items.push({ kind: 'text', role: 'caption', lines: lines.map((l, i) => ({ x: pw + 6, y: i * clh, text: l.text, ...(i < lines.length - 1 ? { justify: w - pw - 6 } : {}) })), size: cs, bold: false, font: 'sans', lineHeight: clh });
    return { height: Math.max(ph, lines.length * clh), items };
  }
  const ph = (w * 2) / 3;
  const lines = breakLines(caption, Math.floor(w / cs));
  const capH = lines.length * clh;
  const photoY = where === 'above' ? capH + 3 : 0;
  const capY = where === 'above' ? 0 : ph + 3;
  items.push({ kind: 'photo', box: { x: 0, y: photoY, w, h: ph }, seed });
  items.push({ kind: 'text', role: 'caption', lines: lines.map((l, i) => ({ x: 0, y: capY + i * clh, text: l.text, ...(i < lines.length - 1 ? { justify: w } : {}) })), size: cs, bold: false, font: 'sans', lineHeight: clh });
  return { height: ph + 3 + capH, items };
}

/** At the top of a page: the articles the page before left to continue here, leftmost, each under its 上接 line. */
function placeContinuations(f: Frame, page: PageState, pending: readonly Pending[]): Pending[] {
  const later: Pending[] = [];
  for (const p of pending) {
    if (p.page !== page.number) {
      later.push(p);
      continue;
    }
    const rest = p.lines.slice(p.from);
    const lines: FlowLine[] = [{ text: p.inLine, indent: 0, role: 'jump', before: 0, bold: false }, ...rest];
    // As many columns as it takes to hold it above the page's foot: a continuation set under another may have less
    // height than it needs (seed 535 lost its last line there).
    let span = Math.max(1, Math.min(page.sky.length - 1, Math.ceil(rest.length / 40)));
    let at = continuationFrame(f, page, lines, span);
    while (!at.holds && span < page.sky.length) at = continuationFrame(f, page, lines, ++span);
    const items: Item[] = [];
    pourInto(at.columns, lines, 0, f.style, items, f.style.body.font);
    page.plan.items.push(...items);
    for (let c = at.first; c < at.first + span; c++) page.sky[c] = at.top + at.height + f.style.gutter;
  }
  return later;
}

/** Where `lines` go in `span` columns at the page's highest free slot: as high as they need, down to the page's foot at most. */
function continuationFrame(f: Frame, page: PageState, lines: readonly FlowLine[], span: number): { first: number; top: number; height: number; columns: Column[]; holds: boolean } {
  const { first, top } = slot(page, span, () => 0);
  const lh = f.style.body.size * f.style.body.leading;
  const cols = (h: number): Column[] => Array.from({ length: span }, (_, i) => ({ x: colX(f, first + i), y: top, w: f.colWidth, h }));
  const total = (h: number) => cols(h).reduce((n, c, i, all) => n + fits(lines, all.slice(0, i).reduce((k, cc) => k + fits(lines, k, cc.h, lh), 0), c.h, lh), 0);
  let height = Math.ceil(lines.length / span) * lh;
  while (total(height) < lines.length && height < page.bottom - top) height += lh;
  return { first, top, height, columns: cols(height), holds: total(height) >= lines.length };
}

export type { Box };
