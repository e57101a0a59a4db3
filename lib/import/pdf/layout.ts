/**
 * Stage 3 for a PDF: the pages' lines and images become blocks in reading
 * order, from the geometry alone.
 *
 *  - furniture: the masthead band on the first page (down to its rule), and
 *    folios at the page edges (running heads, page numbers), go to the report;
 *    images there (logo, QR code) are not article photos;
 *  - captions: the small lines nearest a photo on any side are its caption,
 *    matched over the page's photos together;
 *  - reading order: by headline ownership (./ownership.ts): each headline
 *    owns the text under it and beside it down to the next separator; text
 *    no headline owns continues an article from a page before (its 上接
 *    line's, else the one left open), and is moved to follow it. The older
 *    recursive XY-cut (splitting first at every gap that runs the full
 *    height, else at the widest horizontal gap) stays for comparison
 *    (CHENBAO_LAYOUT=xy-cut);
 *  - paragraphs: a line continues the paragraph above unless it is indented
 *    (首行缩进) or the line above stopped short of the column's edge, across
 *    columns and pages too;
 *  - style: each block's size relative to the running text, and its weight,
 *    for ./roles.ts to read headlines, kickers, subtitles and subheadings.
 */
import { classify, CREDIT, SECTION_NAMES } from '../classify';
import { joinCjk } from '../repair';
import type { Block, ImportNote, Region } from '../types';
import { bodySize, centredUnder, downThePage, DOWN_THE_PAGE_REACH, fullWidthText, HUNG_MARK, pageGutters, pageLines, tracking, type Line } from './lines';
import { headlineText, setsByPhrase, type GatheredHeadline } from './headline';
import type { PdfImage, PdfPage, PdfRect } from './read';
import { JUMP, jumpOf, type Box, type ColumnEdges, type Element, type ReadPage } from './elements';
import { joinPages, readPage } from './ownership';

/** An image the layout placed in an article, with its caption when it has one. */
export interface LaidPhoto {
  page: number;
  image: PdfImage;
  caption?: string;
}

export interface PdfLayout {
  blocks: Block[];
  photos: LaidPhoto[];
  /** Images that are not article photos (logo, QR code, decoration), with why. */
  skipped: { page: number; why: string }[];
  notes: ImportNote[];
  /** The whole text layer, line by line in reading order: what the lost-character check counts. */
  text: string;
  bodySize: number;
}


const boxOf = (x: number, top: number, width: number, height: number): Box => ({ x, right: x + width, top, bottom: top + height });

/** Folio furniture: page numbers, running heads with the paper's name and date. */
const FOLIO = /第\s*\d+\s*版|^\s*\d+\s*$|\d{4}年\d{1,2}月\d{1,2}日|星期[一二三四五六日天]|社区晨报/u;

export type ReadingOrder = 'xy-cut' | 'ownership';

/**
 * `labels`: the names of the residential areas the edition's street covers (虹仙居民区, 师大二村). A community paper
 * opens a headline with the area it reports from, a phrase of its own (虹仙居民区 品味海派文化): a headline's first
 * line that is such a name ends a phrase even where it fills its column.
 */
export function layoutPdf(pages: readonly PdfPage[], order: ReadingOrder = 'ownership', labels: ReadonlySet<string> = new Set()): PdfLayout {
  const linesByPage = pages.map((p) => pageLines(p));
  const all = linesByPage.flat();
  const body = bodySize(all);
  const run = new LayoutRun(body, labels);
  const furniture = furnitureRules(pages, linesByPage, body);
  /** The masthead's lines, read in order and grouped into blocks like the news (see mastheadBlocks). */
  const mastheadEls: Element[] = [];
  const elementsByPage = pages.map((page, pi) => pageElements(page, linesByPage[pi], furniture, run, mastheadEls));

  // Reading order, page by page, then continuations moved to their articles.
  const gutter = body * 0.8;
  const gutters = pages.map((p) => pageGutters(p.runs, p.width));
  // Reading order by recursive XY-cut, or by headline ownership (./ownership.ts).
  const byOwnership = order === 'ownership';
  const pageOrders = byOwnership ? [] : elementsByPage.map((els, i) => xyOrder(els, gutter, body, gutters[i]));
  // Where a line can run to at most: the next gutter, or the right edge of the page's text.
  const textRight = linesByPage.map((ls) => Math.max(0, ...ls.filter((l) => Math.abs(l.size - body) < body * 0.1).map((l) => l.right)));
  const roomAfter = (l: Line) => {
    // A line set into a gutter (a closing mark may not start a line) has no room left.
    const edge = gutters[l.page - 1].find((g) => g.to >= l.right - 2)?.from ?? textRight[l.page - 1];
    return Math.max(0, edge - l.right);
  };
  const ordered = byOwnership
    ? joinPages(elementsByPage.map((els, i) => readPage(els, pages[i].rects, body)), pages.map((p) => p.number))
    : rejoinContinuations(pageOrders, body);

  // Each block carries the boxes of the lines and photos it was made of (Block.boxes): where it was printed.
  const blocks = [...mastheadBlocks(mastheadEls, run, gutter), ...newsBlocks(ordered, run, roomAfter)];
  for (const b of blocks) if (b.kind === 'body') b.kind = classify(b.text);
  for (const s of run.skipped) run.notes.push({ kind: 'info', sourceLine: 0, message: `第${s.page}版${s.why}` });
  return { blocks, photos: run.photos, skipped: run.skipped, notes: run.notes, text: run.textLayer.join('\n'), bodySize: body };
}

/** What the layout gathers as it reads: photos, images skipped, notes, and every line of text in reading order. */
class LayoutRun {
  readonly notes: ImportNote[] = [];
  readonly skipped: PdfLayout['skipped'] = [];
  readonly photos: LaidPhoto[] = [];
  readonly textLayer: string[] = [];
  /** A line number for each line in reading order, for notes; furniture is numbered first. */
  lineNo = 0;
  constructor(
    readonly body: number,
    readonly labels: ReadonlySet<string>,
  ) {}

  /** The next line in reading order: numbered, and counted in the text layer. */
  read(text: string | undefined): number {
    this.lineNo++;
    if (text !== undefined) this.textLayer.push(text);
    return this.lineNo;
  }

  furniture(l: Line, what: string): void {
    const n = this.read(l.text);
    this.notes.push({ kind: 'furniture', sourceLine: n, message: `第${l.page}版${what}“${l.text}”：版面文字，未放入正文` });
  }
}

interface Furniture {
  /** A running head or page number at the top or foot of a page. */
  isFolio: (l: Line, page: PdfPage) => boolean;
  /** Where the masthead band on the first page ends (-Infinity when there is none). */
  mastheadBottom: number;
}

function furnitureRules(pages: readonly PdfPage[], linesByPage: readonly Line[][], body: number): Furniture {
  const atEdge = (l: Line, page: PdfPage) => l.bottom < page.height * 0.07 || l.top > page.height * 0.93;
  // A running head or foot repeats at the edge of other pages (its page number changing); a line of text that happens
  // to repeat (a paragraph's first line, 陶家宅居民区) and to fall near the foot of one page is text.
  const repeated = new Map<string, Set<number>>();
  linesByPage.forEach((ls, i) => {
    for (const l of ls.filter((x) => atEdge(x, pages[i]))) {
      const key = l.text.replace(/\d+/g, '#');
      repeated.set(key, (repeated.get(key) ?? new Set()).add(i));
    }
  });
  const isFolio = (l: Line, page: PdfPage) =>
    atEdge(l, page) && l.size <= body * 1.05 && !JUMP.test(l.text.replace(/\s+/g, '')) && (FOLIO.test(l.text) || (repeated.get(l.text.replace(/\d+/g, '#'))?.size ?? 0) > 1);
  const first = linesByPage[0] ?? [];
  const title = [...first].sort((a, b) => b.size - a.size).find((l) => /晨报|报$/u.test(l.text)) ?? undefined;
  if (!title || title.size < body * 2.5) return { isFolio, mastheadBottom: -Infinity };
  // Down to the first rule across most of the page under the title, else a little under the title.
  const page = pages[0];
  const rule = page.rects.filter((r) => r.top > title.bottom && r.width > page.width * 0.6 && r.height < 4).sort((a, b) => a.top - b.top)[0];
  return { isFolio, mastheadBottom: rule ? rule.top + rule.height : title.bottom + body * 4 };
}

/** A page's photos (with the caption lines under each) and lines, furniture and masthead set apart. */
function pageElements(page: PdfPage, lines: readonly Line[], furniture: Furniture, run: LayoutRun, mastheadEls: Element[]): Element[] {
  const body = run.body;
  const els: Element[] = [];
  const inMasthead = (b: Box) => page.number === 1 && b.bottom <= furniture.mastheadBottom + 1;
  const banners = page.rects.filter((r) => r.height >= body * 0.9 && r.height <= body * 4 && r.width >= body * 3);
  const photos = page.images.filter((image) => isNewsPhoto(image, page, lines, inMasthead, run));
  const boxes = photos.map((i) => boxOf(i.x, i.top, i.width, i.height));
  const caption = captions(boxes, lines, body);
  const captionLines = new Set(caption.flat());
  photos.forEach((image, i) => {
    const b = boxes[i];
    const cap = caption[i];
    const photo = run.photos.length;
    run.photos.push({ page: page.number, image, caption: cap.length ? cap.map((l) => l.text).reduce((a, t) => joinCjk(a, t)) : undefined });
    // The photo's element covers its caption on whichever side it is set, as a reader sees the two.
    els.push({ kind: 'image', photo, x: Math.min(b.x, ...cap.map((l) => l.x)), right: Math.max(b.right, ...cap.map((l) => l.right)), top: Math.min(b.top, ...cap.map((l) => l.top)), bottom: Math.max(b.bottom, ...cap.map((l) => l.bottom)) });
  });
  for (const l of lines) {
    if (captionLines.has(l)) continue;
    if (inMasthead(l)) {
      mastheadEls.push({ kind: 'line', line: l, x: l.x, right: l.right, top: l.top, bottom: l.bottom });
      continue;
    }
    if (furniture.isFolio(l, page)) {
      run.furniture(l, '页眉页脚');
      continue;
    }
    const section = banners.some((r) => contains(r, l)) && l.text.length <= 12;
    els.push({ kind: 'line', line: l, x: l.x, right: l.right, top: l.top, bottom: l.bottom, section });
  }
  return els;
}

/**
 * The page's captions: for each photo, the smaller text nearest it on any side (under it, beside it, or above it),
 * with the lines of the same size that go with it. As many photos as can have one get one, each as near as that
 * allows: a line between two photos goes to the one whose other side has nothing else (a matching by augmenting
 * paths, nearest first; a photo's caption is never taken by a neighbour that has another).
 */
function captions(boxes: readonly Box[], lines: readonly Line[], body: number): Line[][] {
  const order = (a: { l: Line; d: number }, c: { l: Line; d: number }) => a.d - c.d || a.l.top - c.l.top || a.l.x - c.l.x;
  const cands = boxes.map((b) => captionCandidates(b, lines, body).sort(order));
  const owner = new Map<Line, number>();
  const place = (i: number, seen: Set<Line>): boolean => {
    for (const { l } of cands[i]) {
      if (seen.has(l)) continue;
      seen.add(l);
      const other = owner.get(l);
      if (other === undefined || place(other, seen)) {
        owner.set(l, i);
        return true;
      }
    }
    return false;
  };
  const byNearest = boxes.map((_, i) => i).filter((i) => cands[i].length).sort((i, k) => cands[i][0].d - cands[k][0].d || boxes[i].top - boxes[k].top || boxes[i].x - boxes[k].x);
  for (const i of byNearest) place(i, new Set());
  const firsts = [...owner].sort((a, c) => a[0].top - c[0].top || a[0].x - c[0].x);
  const taken = new Set(owner.keys());
  const out: Line[][] = boxes.map(() => []);
  for (const [first, i] of firsts) {
    taken.delete(first);
    const block = captionBlock(boxes[i], first, lines, taken, body, boxes);
    for (const x of block) taken.add(x);
    out[i] = block;
  }
  return out;
}

/** A line of the caption whose first line is `first`: its size, set from its start, `gap` (points) from the next line of it. */
const sameCaption = (first: Line, l: Line, gap: number) => Math.abs(l.size - first.size) < 0.5 && Math.abs(l.x - first.x) < 2 && gap < l.size * 0.9;

/**
 * Where a photo's caption may start: small lines just under, beside or above it, each with its distance. Above it, a
 * caption is measured from its last line and named by its first (第五巡回指导组调研仙 / 霞街道 between two photos,
 * its first line nearer the photo above, is one caption, the one below's, where the photo above has its own).
 */
function captionCandidates(b: Box, lines: readonly Line[], body: number): { l: Line; d: number }[] {
  const small = lines.filter((l) => l.size <= body * 0.97);
  const downward = [...small].sort((a, c) => a.top - c.top);
  const lastOf = (first: Line) => {
    let last = first;
    for (const l of downward) {
      if (l.top > last.top && sameCaption(first, l, l.top - last.bottom) && l.bottom <= b.top + 1) last = l;
    }
    return last;
  };
  const across = (l: Line) => Math.min(l.right, b.right) - Math.max(l.x, b.x) >= Math.min(b.right - b.x, l.right - l.x) * 0.5;
  const down = (l: Line) => Math.min(l.bottom, b.bottom) - Math.max(l.top, b.top) > 0 || (l.top >= b.top - body && l.top <= b.bottom);
  return [
    ...small.filter((l) => across(l) && l.top >= b.bottom - 1 && l.top - b.bottom <= body * 1.6).map((l) => ({ l, d: l.top - b.bottom })),
    ...small.filter((l) => down(l) && l.x >= b.right - 1 && l.x - b.right <= body * 1.5).map((l) => ({ l, d: l.x - b.right + 1 })),
    ...small.filter((l) => down(l) && l.right <= b.x + 1 && b.x - l.right <= body * 1.5).map((l) => ({ l, d: b.x - l.right + 1 })),
    ...small.filter((l) => across(l) && l.bottom <= b.top + 1 && b.top - lastOf(l).bottom <= body * 1.6).map((l) => ({ l, d: b.top - lastOf(l).bottom + 2 })),
  ];
}

/**
 * A caption's lines from its first: under or beside the photo, the lines of the same size that follow it down;
 * above it, those over it up to the line right under another photo (that photo's own caption).
 */
function captionBlock(b: Box, first: Line, lines: readonly Line[], taken: ReadonlySet<Line>, body: number, others: readonly Box[]): Line[] {
  const small = lines.filter((l) => !taken.has(l) && l.size <= body * 0.97);
  const block = [first];
  for (const l of [...small].sort((a, c) => a.top - c.top)) {
    const last = block[block.length - 1];
    if (l === last || l.top <= last.top) continue;
    if (sameCaption(first, l, l.top - last.bottom)) block.push(l);
  }
  if (first.bottom > b.top + 1) return block;
  // Above the photo, the caption ends where the photo starts, and the nearest line is its last.
  const above = block.filter((l) => l.bottom <= b.top + 1);
  const underAnother = (l: Line) => others.some((o) => l.top >= o.bottom - 1 && l.top - o.bottom <= body * 1.6 && Math.min(l.right, o.right) - Math.max(l.x, o.x) > 0);
  for (const l of [...small].sort((a, c) => c.top - a.top)) {
    const top = above[0];
    if (l.top >= top.top || underAnother(l)) continue;
    if (sameCaption(first, l, top.top - l.bottom)) above.unshift(l);
  }
  return above;
}

/** Whether an image is a news photo; a logo, QR code or ornament is noted as skipped. */
function isNewsPhoto(image: PdfImage, page: PdfPage, lines: readonly Line[], inMasthead: (b: Box) => boolean, run: LayoutRun): boolean {
  if (inMasthead(boxOf(image.x, image.top, image.width, image.height))) {
    run.skipped.push({ page: page.number, why: `报头里的图（${Math.round(image.width)}×${Math.round(image.height)} 点）：报徽或二维码，不作新闻照片` });
    return false;
  }
  const why = notAPhoto(image, page, lines);
  if (why) run.skipped.push({ page: page.number, why });
  return !why;
}

/**
 * The masthead first, as blocks of its own (a QR prompt and a slogan wrapped
 * side by side are read each whole): QR prompts, slogans, the publisher and
 * the blurb go to the front matter, the rest to the report.
 */
function mastheadBlocks(mastheadEls: Element[], run: LayoutRun, gutter: number): Block[] {
  if (!mastheadEls.length) return [];
  const blocks: Block[] = [];
  const order = xyOrder(mastheadEls, gutter, run.body, []);
  let last: { block: Block; line: Line; region: ColumnEdges } | undefined;
  for (const el of order.elements) {
    if (el.kind !== 'line') continue;
    const lineNo = run.read(el.line.text);
    const region = order.edges.get(el) ?? { left: el.x, right: el.right };
    if (last && continues(last.line, last.region, el.line, region, run.body)) {
      last.block.text = joinCjk(last.block.text, el.line.text);
      last = { ...last, line: el.line, region };
      continue;
    }
    const block: Block = { line: lineNo, gap: 1, text: el.line.text, kind: 'masthead' };
    blocks.push(block);
    last = { block, line: el.line, region };
  }
  for (const b of blocks) {
    const kind = classify(b.text);
    // The masthead's own lines that are not the publisher, a QR prompt, a slogan or a blurb.
    b.kind = kind === 'short' || kind === 'body' ? 'masthead' : kind;
  }
  return blocks;
}

/** The news in reading order: photos, section banners, and lines joined into paragraphs and headlines. */
function newsBlocks(ordered: readonly ReadPage[], run: LayoutRun, roomAfter: (l: Line) => number): Block[] {
  const body = run.body;
  const blocks: Block[] = [];
  // Headlines of more than one line: their text is joined once the document's habit is known (setsByPhrase).
  const headlines = new Map<Block, GatheredHeadline>();
  let open: { block: Block; last: Line; lines: Line[]; region: ColumnEdges; boxes: Region[]; head?: object } | undefined;
  for (const page of ordered) {
    const fullEnd = fullLineEnds(page, body);
    for (const el of page.elements) {
      if (el.kind === 'image') {
        const p = run.photos[el.photo];
        const lineNo = run.read(p.caption);
        // A photo set inside a paragraph does not end it: the paragraph goes on below, and the photo follows it.
        blocks.push({ line: lineNo, gap: 1, text: p.caption ?? '', kind: 'photo', photo: el.photo, role: 'caption', style: { size: 0.85, bold: false }, boxes: [{ page: p.page, x: el.x, top: el.top, width: el.right - el.x, height: el.bottom - el.top }] });
        continue;
      }
      const l = el.line;
      const lineNo = run.read(l.text);
      // A jump line is the page's: noted, and the paragraph it interrupts goes on after it.
      if (jumpOf(l.text)) {
        run.notes.push({ kind: 'furniture', sourceLine: lineNo, message: `第${l.page}版转版标记“${l.text}”：文章在另一版接续，已接上` });
        continue;
      }
      const ratio = l.size / body;
      const region = page.edges.get(el) ?? { left: l.x, right: l.right };
      const box = { page: l.page, x: l.x, top: l.top, width: l.right - l.x, height: l.bottom - l.top };
      if (el.section) {
        open = undefined;
        blocks.push({ line: lineNo, gap: 1, text: l.text, kind: SECTION_NAMES.includes(l.text) || l.text.length <= 8 ? 'section' : 'short', style: { size: ratio, bold: l.bold }, boxes: [box] });
        continue;
      }
      // A headline's unit is an article's start: the paragraph before it ends there, though it ends on a nearly full line
      // and the unit's 引题 is set in nearly the text's size (a continuation rejoined before the next article: tune seed 530).
      // Out of a unit, text may go on from its last line: a line it took as its byline may be its paragraph's first (seed 148).
      const head = page.heads?.get(el);
      if (open && head !== undefined && open.head !== head) open = undefined;
      if (open && (continues(open.last, open.region, l, region, body, fullEnd(open.region)) || endsWithName(open.last, l) || centredShortUnder(open.last, l, body))) {
        // A headline's lines are joined again as a whole (each break judged against all its lines); a paragraph's one by one.
        open.lines.push(l);
        if (l.size >= body * 1.15) headlines.set(open.block, { lines: open.lines, frame: region.frame });
        else open.block.text = endsWithSpace(open.last, l, fullEnd(open.region)) ? `${open.block.text} ${l.text}` : joinCjk(open.block.text, l.text);
        open.last = l;
        open.region = region;
        open.boxes.push(box);
        continue;
      }
      const boxes: Region[] = [box];
      const block: Block = { line: lineNo, gap: 1, text: l.text, kind: 'body', style: { size: ratio, bold: l.bold }, boxes };
      if (page.kickers?.has(el)) {
        block.kind = 'short';
        block.role = 'kicker';
        block.fixed = true;
      }
      blocks.push(block);
      open = { block, last: l, lines: [l], region, boxes, head };
    }
  }
  const byPhrase = setsByPhrase([...headlines.values()]);
  for (const [block, { lines, frame }] of headlines) block.text = headlineText(lines, roomAfter, { frame, labels: run.labels, byPhrase });
  return blocks;
}

function contains(r: PdfRect, b: Box): boolean {
  return b.x >= r.x - 2 && b.right <= r.x + r.width + 2 && b.top >= r.top - 4 && b.bottom <= r.top + r.height + 4;
}

/** Why an image is not a news photo: a QR code, a rule or ornament, an icon. Undefined for a photo. */
function notAPhoto(image: PdfImage, page: PdfPage, lines: readonly Line[]): string | undefined {
  const size = `${Math.round(image.width)}×${Math.round(image.height)} 点`;
  if (image.width < 36 || image.height < 36) return `很小的图（${size}）：图标或装饰，不作新闻照片`;
  if (image.width / image.height > 6 || image.height / image.width > 6) return `细长的图（${size}）：线条或花边，不作新闻照片`;
  const square = Math.abs(image.width - image.height) < Math.max(image.width, image.height) * 0.1;
  const qrText = lines.some((l) => /扫码|二维码|扫一扫|关注/u.test(l.text) && Math.abs(l.top - image.top) < image.height * 1.5 && Math.abs(l.x - image.x) < page.width * 0.3);
  if (square && qrText) return `二维码（${size}）：不作新闻照片`;
  return undefined;
}

// --- reading order ------------------------------------------------------------------


interface OrderedRun {
  page: number;
  /** The strips of the page (top-level vertical partition), by index into `strips`. */
  strips: Box[];
  /** Elements in reading order, each with its strip. */
  elements: Element[];
  stripOf: Map<Element, number>;
  edges: Map<Element, ColumnEdges>;
}

/**
 * Orders a page's elements: at each level, split at every gap that runs the
 * full height of the region (columns, stacks); if there is none, at the
 * widest horizontal gap; a region that cannot be cut is read top to bottom.
 * Leaves are the columns: their edges are what indents and short lines are
 * measured against.
 */
function xyOrder(els: Element[], gutter: number, body: number, pageGutters: readonly { from: number; to: number }[]): OrderedRun {
  const cut = new XyCut(gutter, body, pageGutters);
  cut.cut(els, 0, undefined);
  return { page: 0, strips: cut.strips, elements: cut.out, stripOf: cut.stripOf, edges: cut.edges };
}

const span = (list: Element[]): Box => ({ x: Math.min(...list.map((e) => e.x)), right: Math.max(...list.map((e) => e.right)), top: Math.min(...list.map((e) => e.top)), bottom: Math.max(...list.map((e) => e.bottom)) });

/** The recursive cut of one page (see xyOrder), and what it learns on the way: strips, columns' edges, the order. */
class XyCut {
  readonly edges = new Map<Element, ColumnEdges>();
  readonly stripOf = new Map<Element, number>();
  readonly strips: Box[] = [];
  readonly out: Element[] = [];

  constructor(
    private readonly gutter: number,
    private readonly body: number,
    private readonly pageGutters: readonly { from: number; to: number }[],
  ) {}

  /** A column, read top to bottom. */
  private leaf(list: Element[]): void {
    const sorted = [...list].sort((a, b) => a.top - b.top || a.x - b.x);
    const b = span(sorted);
    for (const e of sorted) {
      this.edges.set(e, { left: b.x, right: b.right });
      this.out.push(e);
    }
  }

  /** The strip these elements are in: the given one, or a new strip of the page spanning them. */
  private stripFor(list: Element[], strip: number | undefined): number {
    if (strip !== undefined) return strip;
    this.strips.push(span(list));
    const index = this.strips.length - 1;
    for (const e of list) this.stripOf.set(e, index);
    return index;
  }

  private splitColumns(list: Element[], cuts: { at: number }[], depth: number, strip: number | undefined): void {
    for (const part of splitAt(list, 'x', cuts)) this.cut(part, depth + 1, strip ?? this.stripFor(part, undefined));
  }

  cut(list: Element[], depth: number, strip: number | undefined): void {
    if (list.length === 0) return;
    if (list.length === 1 || depth > 60) {
      this.stripFor(list, strip);
      this.leaf(list);
      return;
    }
    // Columns and stacks: gaps that run the full height. A gap beside a short headline runs the full
    // height too, through the articles below it: such a gap is cut last, after the articles.
    const columns = columnCuts(list, this.gutter, this.body, this.pageGutters);
    const clean = columns.filter((g) => !throughArticles(list, g.at, this.body));
    if (clean.length) {
      this.splitColumns(list, clean, depth, strip);
      return;
    }
    // Article boundaries: a gap across the whole region with a headline or banner just below it.
    const boundaries = gaps(list, 'y', 0.5).filter((g) => list.some((e) => e.top > g.at && e.top - g.at < g.size / 2 + 2 && startsArticle(e, this.body)));
    if (boundaries.length) {
      const s = this.stripFor(list, strip);
      for (const part of splitAt(list, 'y', boundaries)) this.cut(part, depth + 1, s);
      return;
    }
    if (columns.length) {
      this.splitColumns(list, columns, depth, strip);
      return;
    }
    this.cutRows(list, depth, this.stripFor(list, strip));
  }

  /** No column to cut: split at the widest horizontal gap (under a headline, between articles; lines of text are closer). */
  private cutRows(list: Element[], depth: number, strip: number): void {
    const rows = gaps(list, 'y', 0.5);
    if (!rows.length) {
      this.leaf(list);
      return;
    }
    const widest = rows.reduce((a, b) => (b.size > a.size ? b : a));
    const tied = rows.filter((g) => g.size >= widest.size - 0.5);
    const parts = splitAt(list, 'y', tied.length > 1 && isLeafLike(list) ? [] : [widest]);
    if (parts.length === 1) {
      this.leaf(list);
      return;
    }
    for (const part of parts) this.cut(part, depth + 1, strip);
  }
}

const startsArticle = (e: Element, body: number) => isHeadline(e, body) || (e.kind === 'line' && e.section === true);

/**
 * Whether a full-height gap runs through articles rather than between
 * stacks of them: beside a headline on one side, the other side is empty,
 * with text above and below (the columns of the article under the headline
 * and of the one before it).
 */
function throughArticles(list: Element[], at: number, body: number): boolean {
  const left = list.filter((e) => e.x < at);
  const right = list.filter((e) => e.x >= at);
  const emptyBeside = (h: Element, other: Element[]) =>
    !other.some((e) => e.bottom > h.top && e.top < h.bottom) && other.some((e) => e.bottom <= h.top) && other.some((e) => e.top >= h.bottom);
  return left.some((h) => startsArticle(h, body) && emptyBeside(h, right)) || right.some((h) => startsArticle(h, body) && emptyBeside(h, left));
}

/**
 * A single column of lines, read top to bottom: every element starts within
 * a few points of the same edge, and none is much wider than the rest (a
 * headline over the column is not part of it).
 */
function isLeafLike(list: Element[]): boolean {
  const xs = list.map((e) => e.x);
  const widths = list.map((e) => e.right - e.x).sort((a, b) => a - b);
  const median = widths[Math.floor(widths.length / 2)];
  return Math.max(...xs) - Math.min(...xs) < 40 && widths[widths.length - 1] < median * 1.5;
}

/**
 * Where a region may be cut into columns: gaps no element lies in, and the
 * page's gutters (where its running text never runs) that no element crosses
 * by more than half a character: a headline set a character into the gutter
 * (a closing quote may not start a line) does not join two stacks.
 */
function columnCuts(list: Element[], gutter: number, body: number, pageGutters: readonly { from: number; to: number }[]): { at: number; size: number }[] {
  const cuts = gaps(list, 'x', gutter);
  const left = Math.min(...list.map((e) => e.x));
  const right = Math.max(...list.map((e) => e.right));
  const tolerance = body * 0.5;
  for (const g of pageGutters) {
    const at = (g.from + g.to) / 2;
    if (at <= left || at >= right || cuts.some((c) => Math.abs(c.at - at) < gutter)) continue;
    if (list.some((e) => at - e.x > tolerance && e.right - at > tolerance)) continue;
    if (!list.some((e) => e.right <= at + tolerance) || !list.some((e) => e.x >= at - tolerance)) continue;
    cuts.push({ at, size: g.to - g.from });
  }
  return cuts.sort((a, b) => a.at - b.at);
}

/** Gaps along an axis where no element lies, at least `min` wide. */
function gaps(list: Element[], axis: 'x' | 'y', min: number): { at: number; size: number }[] {
  const spans = list.map((e) => (axis === 'x' ? [e.x, e.right] : [e.top, e.bottom])).sort((a, b) => a[0] - b[0]);
  const out: { at: number; size: number }[] = [];
  let end = spans[0][1];
  for (const [start, stop] of spans.slice(1)) {
    if (start - end >= min) out.push({ at: (start + end) / 2, size: start - end });
    end = Math.max(end, stop);
  }
  return out;
}

function splitAt(list: Element[], axis: 'x' | 'y', cuts: { at: number }[]): Element[][] {
  const at = cuts.map((c) => c.at).sort((a, b) => a - b);
  const parts: Element[][] = Array.from({ length: at.length + 1 }, () => []);
  for (const e of list) {
    // An element belongs where it starts (a headline that runs into the gutter stays with its stack).
    const centre = axis === 'x' ? e.x + 0.01 : e.top;
    parts[at.filter((c) => c < centre).length].push(e);
  }
  return parts.filter((p) => p.length);
}

/** Whether a line starts a headline: set well above the running text. */
const isHeadline = (e: Element, body: number) => e.kind === 'line' && e.line.size >= body * 1.5;

/**
 * Text at the top of a strip that no headline precedes continues an article
 * the page before left open (the article at the end of one of its strips).
 * Each such run is moved to follow that article, the strips matched by how
 * much they overlap across the page.
 */
function rejoinContinuations(pages: OrderedRun[], body: number): { elements: Element[]; edges: Map<Element, ColumnEdges> }[] {
  const runs = pages.map((p) => ({ ...p, elements: [...p.elements] }));
  const result = runs.map((r) => ({ elements: r.elements, edges: r.edges }));
  for (let n = 1; n < runs.length; n++) {
    const prev = runs[n - 1];
    const cur = runs[n];
    // Runs of continuation: from the start of a strip up to its first headline (or section banner).
    const continuations: { strip: number; elements: Element[] }[] = [];
    let i = 0;
    while (i < cur.elements.length) {
      const e = cur.elements[i];
      const strip = cur.stripOf.get(e) ?? 0;
      const startsStrip = i === 0 || cur.stripOf.get(cur.elements[i - 1]) !== strip;
      if (!startsStrip) {
        i++;
        continue;
      }
      const taken: Element[] = [];
      let j = i;
      while (j < cur.elements.length && cur.stripOf.get(cur.elements[j]) === strip && !isHeadline(cur.elements[j], body) && !(cur.elements[j].kind === 'line' && (cur.elements[j] as { section?: boolean }).section)) taken.push(cur.elements[j++]);
      if (taken.length) continuations.push({ strip, elements: taken });
      i = Math.max(j, i + 1);
    }
    // Consecutive continuation runs with no headline between (columns of one strip) belong together.
    const merged: { strips: number[]; elements: Element[] }[] = [];
    for (const c of continuations) {
      const last = merged[merged.length - 1];
      const lastEl = last?.elements[last.elements.length - 1];
      const adjacent = lastEl !== undefined && cur.elements.indexOf(c.elements[0]) === cur.elements.indexOf(lastEl) + 1;
      if (last && adjacent) {
        last.strips.push(c.strip);
        last.elements.push(...c.elements);
      } else merged.push({ strips: [c.strip], elements: [...c.elements] });
    }
    if (!merged.length) continue;
    // The articles the page before left open: the last element of each of its strips, in order.
    const openEnds: { strip: Box; at: Element }[] = [];
    for (let s = 0; s < prev.strips.length; s++) {
      const inStrip = result[n - 1].elements.filter((e) => prev.stripOf.get(e) === s);
      const last = inStrip[inStrip.length - 1];
      if (last && !openEnds.some((o) => o.at === last)) openEnds.push({ strip: prev.strips[s], at: last });
    }
    if (!openEnds.length) continue;
    const used = new Set<number>();
    for (const m of merged) {
      const xs = m.elements.map((e) => [e.x, e.right]);
      const left = Math.min(...xs.map((x) => x[0]));
      const right = Math.max(...xs.map((x) => x[1]));
      let best = -1;
      let bestOverlap = -Infinity;
      openEnds.forEach((o, k) => {
        if (used.has(k)) return;
        const overlap = Math.min(right, o.strip.right) - Math.max(left, o.strip.x);
        if (overlap > bestOverlap) {
          bestOverlap = overlap;
          best = k;
        }
      });
      if (best === -1) continue;
      used.add(best);
      // Move the run to follow the open article's last element on the page before.
      const target = result[n - 1].elements;
      target.splice(target.indexOf(openEnds[best].at) + 1, 0, ...m.elements);
      for (const e of m.elements) {
        result[n - 1].edges.set(e, cur.edges.get(e) ?? { left: e.x, right: e.right });
        prev.stripOf.set(e, prev.stripOf.get(openEnds[best].at) ?? 0);
      }
      result[n].elements = result[n].elements.filter((e) => !m.elements.includes(e));
      cur.elements = result[n].elements;
      openEnds[best] = { strip: openEnds[best].strip, at: m.elements[m.elements.length - 1] };
    }
  }
  return result;
}

/**
 * A line that reads as a section's name only by its text (居民区), right under a line of its own size, weight and start
 * that ends no sentence, is the end of that line's text (市、区级领导先后调研虹旭|居民区, a 副题 wrapped): a section's
 * name stands apart, on a banner or after a gap.
 */
function endsWithName(prev: Line, l: Line): boolean {
  const rightUnder = l.top > prev.top && l.top - prev.bottom < l.size * 0.8 && Math.abs(l.x - prev.x) < l.size * 0.5;
  return SECTION_NAMES.includes(l.text) && sameStyle(prev, l) && rightUnder && !/[。！？：；]$/u.test(prev.text);
}

/**
 * A line set smaller than the running text, shorter than the line of its type right over it and centred under it, goes
 * on with that line: a centred 引题 or 副题 broken to a short last line (上海德必文化创意产业发展 / （集团）股份有限公司党支 /
 * 部). A paragraph of running text starts indented, never centred; a headline's lines are judged as a whole.
 */
function centredShortUnder(prev: Line, l: Line, body: number): boolean {
  const rightUnder = l.top > prev.top && l.top - prev.bottom < l.size * 0.8;
  return l.size < body * 0.95 && sameStyle(prev, l) && rightUnder && centredUnder(prev, l) && !/[。！？：；]$/u.test(prev.text);
}

/** Where a column's full lines of running text end, and how many characters those of full-width text hold. */
interface FullLines {
  end: number;
  chars?: number;
  /** Only lines ending on a hung mark reach `end`: where the column's measure ends short of it, nothing shows. */
  hung?: boolean;
}

/**
 * Where the full lines of running text in each of a page's columns end: the end most of them share, to half a point (a
 * line with a closing mark hung past it, or cut short by a rule of breaking, is the odd one out). Two lines at least
 * must share it: a column of three lines each ending elsewhere shows none (tune seed 438, Typst: a first line spread
 * past the column's end, a line with digits spread short of it, and a full one). With it, the number of characters
 * most of those lines hold that are all of full width (two of them at least, as for the end).
 */
function fullLineEnds(page: { elements: readonly Element[]; edges: ReadonlyMap<Element, ColumnEdges> }, body: number): (col: ColumnEdges) => FullLines | undefined {
  const key = (col: ColumnEdges) => `${col.left.toFixed(1)}:${col.right.toFixed(1)}`;
  const columns = new Map<string, Line[]>();
  for (const e of page.elements) {
    const col = page.edges.get(e);
    if (e.kind !== 'line' || !col || Math.abs(e.line.size - body) > body * 0.05) continue;
    const lines = columns.get(key(col)) ?? [];
    lines.push(e.line);
    columns.set(key(col), lines);
  }
  const endOf = (l: Line) => Math.round(l.right * 2) / 2;
  const onCharacter = (l: Line) => !HUNG_MARK.test(l.text);
  const full = new Map<string, FullLines>();
  for (const [k, lines] of columns) {
    // Only a mark hangs past a column's end, so the end lines ending on a character share comes first (tune seed 743,
    // Typst: four lines end on a hung mark at 130.6, three on a character at 126.2), and of two ends as many lines
    // share, the one such a line reaches (tune seed 718, Chromium: two lines end at 612.8, on 之 and on a ， set inside,
    // and two on a hung ， and 。 at 615.6). Measured from the marks' end, a line ending on a character reads a space's
    // width short, and takes a space: 工作之 余. Lines Typst spread may end a point apart, and two such still outvote the
    // marks (tune seed 310: two lines end on a character at 200.0 and 199.2, three on a hung ， at 203.6).
    const plain = lines.filter(onCharacter).map(endOf);
    const end = mostShared(plain) ?? nearlyShared(plain, 1) ?? mostShared(lines.map(endOf), (v) => lines.some((l) => endOf(l) === v && onCharacter(l)));
    if (end === undefined) continue;
    const chars = mostShared(lines.filter((l) => endOf(l) === end && fullWidthText(l.text)).map((l) => [...l.text].length));
    full.set(k, { end, chars, hung: !lines.some((l) => endOf(l) === end && onCharacter(l)) });
  }
  return (col) => full.get(key(col));
}

/** The value with most of a list's values at most `reach` below it, where two or more are; the larger of a tie. */
function nearlyShared(values: readonly number[], reach: number): number | undefined {
  const counted = values.map((v) => ({ v, near: values.filter((u) => u <= v && u >= v - reach).length }));
  const best = counted.reduce<(typeof counted)[number] | undefined>((a, b) => (!a || b.near > a.near || (b.near === a.near && b.v > a.v) ? b : a), undefined);
  return best && best.near >= 2 ? best.v : undefined;
}

/** The value most of a list share, where two or more share it; of a tie, the first found that is `preferred`, else the first. */
function mostShared(values: readonly number[], preferred: (v: number) => boolean = () => false): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const better = (b: [number, number], a: [number, number]) => b[1] > a[1] || (b[1] === a[1] && preferred(b[0]) && !preferred(a[0]));
  const [value, count] = [...counts].reduce((a, b) => (better(b, a) ? b : a), [0, 0]);
  return count >= 2 ? value : undefined;
}

/**
 * A line of running text the paragraph goes on from, ending a space's width (a fifth to two fifths of a character, and
 * the room the line's characters were spread by) short of where its column's full lines end, ended with a space: set
 * and spread with the line, but not printed (“陆配家庭迎进博 | 创意点亮新生活”, a quoted title with a space in it).
 * Between two Chinese characters, not after a mark (a closing mark's blank half may be squeezed out), not in bold (a
 * roll's or a heading's lines are set ragged), not in a line with letters or digits (Typst spreads such a line short
 * of its end: “WEHOME”智能 | 服务平台), and not where only lines ending on a hung mark show the column's end: a mark
 * hangs past the measure by as much as it likes (Typst, tune seed 928: ，and 、 4 to 5 points past 馨”的, a full line).
 */
function endsWithSpace(l: Line, next: Line, full: FullLines | undefined): boolean {
  if (full === undefined || full.hung || l.bold) return false;
  const short = full.end - l.right;
  // Spread to fill its line, the space is spread with it: by as much as the line's characters are (tune seed 701, Typst:
  // 家庭迎进博, five characters in a column of seven, half a character short).
  const spread = Math.max(0, tracking(l.text, l.right - l.x, l.size) ?? 0);
  return short > l.size * 0.2 && short < l.size * 0.4 + spread && fullWidthText(l.text) && /\p{Script=Han}$/u.test(l.text) && /^\p{Script=Han}/u.test(next.text);
}

/** Two lines of one type: sizes within 8 % (a font's own rounding), the same weight. */
function sameStyle(a: Line, b: Line): boolean {
  return Math.abs(a.size - b.size) <= Math.max(a.size, b.size) * 0.08 && a.bold === b.bold;
}

/**
 * Whether a line goes on with the block above: the same type and size,
 * not indented, and the line above ran to its column's edge (a paragraph's
 * last line stops short). Across a column or a page the same holds: a
 * paragraph broken there goes on, unindented, at the top of the next.
 */
function continues(prev: Line, prevCol: ColumnEdges, l: Line, col: ColumnEdges, body: number, fullLines?: FullLines): boolean {
  if (!sameStyle(prev, l)) return false;
  const headline = l.size >= body * 1.15 || l.bold;
  const sameColumn = Math.abs(col.left - prevCol.left) < 2 && l.top > prev.top && l.top - prev.bottom < l.size * (downThePage(prev, l, l.size) ? DOWN_THE_PAGE_REACH : 1.2);
  if (headline) return sameColumn;
  // A credit (a line wholly in brackets, classify's CREDIT) standing in from the column's edge is set apart: (芷江西路街道)
  // set to the right, which Typst draws from half a character in (tune seed 74), after a paragraph whose end the print lost.
  const indented = l.x > col.left + l.size * (CREDIT.test(l.text) ? 0.4 : 0.9);
  const full = prev.right >= prevCol.right - l.size * 1.2;
  // A line ending on a comma ends no paragraph, however short of its column's end (法”、“以事说理”，, its marks squeezed,
  // stops more than a character short of a column a hung mark made wider: Typst, tune seed 255).
  const midSentence = /[，、；]$/u.test(prev.text);
  // In the same column, or at the top of the next column or page: the paragraph goes on.
  return !indented && (full || midSentence || holdsAFullLine(prev, fullLines));
}

/**
 * A line of full-width text that holds as many characters as its column's full lines, ending on a character of a word:
 * full, though it stops short of their end. Its marks were set close (an opening quote hung into the margin, ”。 in the
 * room of one) and the engine did not spread the room they left (“加速度”。同时要提升社区治理的品 | 位, a character short:
 * Typst, tune seed 627).
 */
function holdsAFullLine(l: Line, full: FullLines | undefined): boolean {
  return full?.chars !== undefined && fullWidthText(l.text) && /\p{Script=Han}$/u.test(l.text) && [...l.text].length >= full.chars;
}
