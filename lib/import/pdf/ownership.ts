/**
 * Reading order by what a reader sees, not by the order a program drew the
 * page in. A headline owns the text under it: in the columns it spans, and in
 * the columns beside it whose text starts at the same height (a centred
 * headline narrower than its article), each down to the next headline, rule,
 * banner or box edge. Text no headline owns continues an article: the one its
 * 上接 line names, or (at the top of a later page, without one) the one the
 * page before left open; where a page sends several on to one page, the
 * continuation goes with the article it shares words with (./jumps.ts). A
 * jump line links the two halves and is read as the page's, not the article's.
 *
 *   lanes      the page's columns, where its running text starts, and the columns only photos stand in
 *   units      headlines with their 引题 and 副题, and section banners
 *   segments   each lane's elements cut at every separator
 *   ownership  each segment given to a unit, or left to continue an article
 *   order      articles top to bottom, left to right; in each, its lanes left to right
 *   pages      continuations joined to the articles they go on from (joinPages)
 */
import type { PdfRect } from './read';
import type { Box, ColumnEdges, Element, ReadPage } from './elements';
import { jumpOf } from './elements';
import { centredUnder, downThePage, DOWN_THE_PAGE_REACH, HUNG_MARK, hungOffsets, OPENING_MARK, sameBaseline, startTogether } from './lines';
import { pairJumps } from './jumps';
import { kickerLike } from './roles';

interface Lane {
  left: number;
  right: number;
}

interface Unit {
  box: Box;
  els: Element[];
  banner: boolean;
  /** A 引题 in the text's size read as one by its place alone, longer than a name: set across columns (joinKicker). */
  placedKicker?: Element;
}

interface Segment {
  lane: number;
  els: Element[];
  top: number;
  bottom: number;
  /** The separator above it: a unit, or something that is not one (a rule, a box edge, the page's head). */
  above?: Unit;
  owner?: Unit;
}

/** What a page leaves to the pages after it: the parts that continue an article, and where. */
export interface PagePart {
  /** The unit the part belongs to on its page; undefined for text no headline owns. */
  unit?: Unit;
  elements: Element[];
  /** Where its text ends in each lane it has text in, by the lane's stretch across the page. */
  ends: { x: number; right: number; bottom: number }[];
  /** 下转第N版: the article goes on on page N. */
  jumpTo?: number;
  /** 上接第N版: the part goes on from page N. */
  jumpFrom?: number;
}

const isLine = (e: Element): e is Extract<Element, { kind: 'line' }> => e.kind === 'line';
/** A lane's stretch across the page, as a box's is measured. */
const stretch = (l: Lane): { x: number; right: number } => ({ x: l.left, right: l.right });
const overlap = (a: { x: number; right: number }, b: { x: number; right: number }) => Math.min(a.right, b.right) - Math.max(a.x, b.x);
const spanOf = (els: readonly Element[]): Box => ({ x: Math.min(...els.map((e) => e.x)), right: Math.max(...els.map((e) => e.right)), top: Math.min(...els.map((e) => e.top)), bottom: Math.max(...els.map((e) => e.bottom)) });

/**
 * Lanes: the page's columns, found where running text lines start (a
 * paragraph's indented first line starts a little further in) and ending
 * where its full lines end, and the columns only photos stand in (a column of
 * photos beside an article). Gutters alone miss a column whose channel a
 * caption or a wide line crosses.
 */
function lanes(els: readonly Element[], body: number): Lane[] {
  const text = textLanes(els, body);
  const withShort = [...text, ...shortLanes(els, text, body)];
  return [...withShort, ...photoLanes(els, withShort)].sort((a, b) => a.left - b.left);
}

/** Columns of text too short to find by their starts (two lines and a jump line left of a new article): lines beside every lane. */
function shortLanes(els: readonly Element[], text: readonly Lane[], body: number): Lane[] {
  const loose = els.filter((e) => isLine(e) && e.line.size <= body * 1.15 && !text.some((l) => overlap(e, stretch(l)) > 2));
  return textStretches(loose);
}

/** Lanes of text lines' stretches: a point left of where the lines start, as textLanes sets a lane's left. */
const textStretches = (lines: readonly Box[]): Lane[] => mergedStretches(lines).map((l) => ({ ...l, left: l.left - 1 }));

/** Side by side stretches of boxes merged into lanes, left to right. */
function mergedStretches(boxes: readonly Box[]): Lane[] {
  const out: Lane[] = [];
  for (const e of [...boxes].sort((a, b) => a.x - b.x)) {
    const last = out[out.length - 1];
    if (last && e.x < last.right) last.right = Math.max(last.right, e.right);
    else out.push({ left: e.x, right: e.right });
  }
  return out;
}

function textLanes(els: readonly Element[], body: number): Lane[] {
  const text = els.filter((e): e is Extract<Element, { kind: 'line' }> => isLine(e) && Math.abs(e.line.size - body) < body * 0.15);
  if (!text.length) return [];
  const counts = new Map<number, number>();
  for (const e of text) counts.set(Math.round(e.x), (counts.get(Math.round(e.x)) ?? 0) + 1);
  const starts: number[] = [];
  // Columns of another band of the page set a few points off one found (a box's text, set in from its sides).
  const offset: number[] = [];
  for (const [x, n] of [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])) {
    if (n < 3) break;
    // Not a start already found (within less than a character: such a column), nor an indent to the right of either.
    if ([...starts, ...offset].some((st) => x > st - body && x <= st + body * 2.6)) {
      if (starts.some((st) => Math.abs(x - st) < body)) offset.push(x);
      continue;
    }
    starts.push(x);
  }
  if (!starts.length) return sideBySide(text);
  starts.sort((a, b) => a - b);
  return starts.map((left, i) => {
    const next = starts[i + 1] ?? Infinity;
    const mine = text.filter((e) => e.x >= left - 2 && e.x < Math.min(next - 2, left + body * 2.6 + 1));
    const rights = mine.map((e) => e.right).sort((a, b) => a - b);
    const right = Math.min(rights[Math.floor(rights.length * 0.9)] ?? left + body * 10, next - 1);
    return { left: left - 1, right };
  });
}

/**
 * Columns too short to find by their starts (a few lines under a page of photos): the stretches of the lines set side by
 * side on one baseline, where two baselines or more show them (a 引题 in the text's size, set across both columns, has
 * its baseline to itself and joins no stretch); else one lane across the text.
 */
function sideBySide(text: readonly TextLine[]): Lane[] {
  const paired = text.filter((e) => text.some((o) => o !== e && sameBaseline(o.line, e.line) && overlap(o, e) < 0));
  if (new Set(paired.map((e) => Math.round(e.line.y))).size >= 2) return textStretches(paired);
  return [{ left: Math.min(...text.map((e) => e.x)), right: Math.max(...text.map((e) => e.right)) }];
}

/** Photos no text lane holds (a lane holds a photo over 30 % of its own width), side by side stretches merged. */
function photoLanes(els: readonly Element[], text: readonly Lane[]): Lane[] {
  return mergedStretches(els.filter((e) => e.kind === 'image' && !text.some((l) => overlap(e, stretch(l)) > (l.right - l.left) * 0.3)));
}

const laneOf = (ls: readonly Lane[], e: Box) => {
  const centre = (e.x + Math.min(e.right, e.x + 40)) / 2;
  const i = ls.findIndex((l) => centre >= l.left - 2 && centre <= l.right + 2);
  return i === -1 ? ls.reduce((best, l, k) => (Math.abs((l.left + l.right) / 2 - centre) < Math.abs((ls[best].left + ls[best].right) / 2 - centre) ? k : best), 0) : i;
};

/**
 * The lanes either side of lane `i` across a gutter, not across a column left empty on the page (wider than half the
 * narrower of the two): no text of its own parts them.
 */
const besideOf = (ls: readonly Lane[], i: number): Lane[] =>
  [ls[i - 1], ls[i + 1]].filter((n): n is Lane => n !== undefined && Math.max(n.left - ls[i].right, ls[i].left - n.right) < Math.min(n.right - n.left, ls[i].right - ls[i].left) * 0.5);

/** A photo's lane: the one it covers most of (the leftmost of equals), so a photo across two lanes is read once. */
const photoLane = (ls: readonly Lane[], e: Box) => ls.reduce((best, l, k) => (overlap(e, stretch(l)) > overlap(e, stretch(ls[best])) + 1 ? k : best), 0);

type TextLine = Extract<Element, { kind: 'line' }>;
/** A headline as first found, with the stretch of its own lines (before 引题 and 副题 join it). */
type Head = { u: Unit; box: Box };
const centre = (b: Box) => (b.x + b.right) / 2;

/** Headlines with the 引题 above and the 副题 below them; section banners. */
function units(els: readonly Element[], body: number): Unit[] {
  const out = headlines(els, body);
  const heads = out.map((u) => ({ u, box: u.box }));
  const taken = new Set<Element>();
  joinMiddling(els, heads, body, taken);
  // A line across a gutter of the running text, over a character into each of two columns: no column's line.
  const columns = textLanes(els, body);
  const acrossColumns = (e: Box) => columns.filter((l) => overlap(e, stretch(l)) > body).length >= 2;
  for (const h of heads) joinKicker(els, h, body, taken, acrossColumns);
  for (const h of heads) joinCentredUnder(els, h, body, taken);
  for (const u of out) {
    u.box = spanOf(u.els);
    u.els.sort((a, b) => a.top - b.top || a.x - b.x);
  }
  for (const e of els) if (isLine(e) && e.section) out.push({ box: { ...e }, els: [e], banner: true });
  return out;
}

/** Lines in a headline's size, the lines of one headline together: each next line right under it, across the same stretch. */
function headlines(els: readonly Element[], body: number): Unit[] {
  const big = els.filter((e): e is TextLine => isLine(e) && !e.section && (e.line.size >= body * 1.35 || (e.line.size >= body * 1.2 && e.line.bold))).sort((a, b) => a.top - b.top);
  const out: Unit[] = [];
  for (const e of big) {
    // The next line of a headline, or its 副题 set large: under it, across most of the narrower of the two (a
    // headline in the next column may start where this one's closing quote ends).
    const reach = (x: Unit) => e.line.size * (downThePage(x.box, e, e.line.size) ? DOWN_THE_PAGE_REACH : 0.8);
    const u = out.find((x) => e.top - x.box.bottom < reach(x) && e.top >= x.box.top && overlap(x.box, e) > Math.min(e.right - e.x, x.box.right - x.box.x) * 0.5);
    if (u) {
      u.els.push(e);
      u.box = spanOf(u.els);
    } else out.push({ box: { ...e }, els: [e], banner: false });
  }
  return out;
}

/**
 * 引题 just above, 副题 just below: text larger than the body's, smaller than the headline's, starting where the
 * headline starts or centred on it, each to the headline nearest it, outwards line by line (one of two lines joins by
 * its nearer line). Two such lines side by side over one headline's span are its columns' subheadings (编者按 over one
 * column, 光荣榜 over the next), and so is one with a column's text already begun beside it: not a 副题. (Side by side
 * over two headlines, each is its own headline's 引题.)
 */
function joinMiddling(els: readonly Element[], heads: readonly Head[], body: number, taken: Set<Element>): void {
  const middling = els.filter((e): e is TextLine => isLine(e) && !e.section && e.line.size > body * 1.05 && e.line.size < body * 1.35 && !(e.line.size >= body * 1.2 && e.line.bold));
  const sideBySide = (m: TextLine, box: Box) => middling.some((o) => o !== m && Math.abs(o.top - m.top) < m.line.size * 0.5 && overlap(o, m) <= 0 && overlap(o, box) > 0);
  const textBegunBeside = (m: Box, box: Box) =>
    els.some((o) => isLine(o) && Math.abs(o.line.size - body) < body * 0.15 && overlap(o, m) <= 0 && overlap(o, box) > 0 && o.top >= box.bottom - 1 && o.top < m.top && o.bottom > m.top - body);
  for (let grew = true; grew; ) {
    grew = false;
    for (const m of middling) {
      if (taken.has(m)) continue;
      const gap = (b: Box) => (m.bottom <= b.top ? b.top - m.bottom : m.top >= b.bottom ? m.top - b.bottom : Infinity);
      const fits = heads
        .map(({ u, box }) => ({ u, box, span: spanOf(u.els) }))
        .filter(({ box, span }) => overlap(box, m) > 0 && gap(span) < m.line.size * 1.6 && (Math.abs(m.x - box.x) < body * 4 || Math.abs(centre(m) - centre(box)) < body * 1.5) && !sideBySide(m, box) && !(m.top >= box.bottom - 1 && textBegunBeside(m, box)));
      const best = fits.sort((a, b) => gap(a.span) - gap(b.span))[0];
      if (best) {
        best.u.els.push(m);
        taken.add(m);
        grew = true;
      }
    }
  }
}

/**
 * Where a headline's lines were set from: its box's left, or half a mark right of it where the line standing there opens
 * with a quote hung half out and another starts there (Typst: “12·5” in a headline a column wide, its 引题 at the
 * column's left, tune seeds 707 and 127: read from the quote, the 引题 was in from the headline's edge, not its).
 */
function setLeft(els: readonly Element[], box: Box): number {
  const lines = els.filter(isLine);
  const hung = lines.find((h) => Math.abs(h.x - box.x) < 0.5 && hungOffsets(h.line).length > 1);
  const shifted = hung && box.x + hung.line.size / 2;
  return shifted !== undefined && lines.some((h) => h !== hung && Math.abs(h.x - shifted) < 1) ? shifted : box.x;
}

/**
 * Where a headline's lines were set to: where they end, a closing mark at a line's end not counted, as it may hang past
 * (Typst hangs 举办“12·5” past the column, tune seed 1217: measured to the quote, the 引题's and byline's full lines read
 * as short, and their last lines as paragraphs of their own).
 */
function setRight(els: readonly Element[], box: Box): number {
  const ends = els.filter(isLine).map((e) => (HUNG_MARK.test(e.line.text) ? e.right - e.line.size : e.right));
  return ends.length ? Math.max(...ends) : box.right;
}

/** A line no headline has taken yet and not one of `u`'s own: free to join `u` as its 引题 or byline. */
const freeOf = (u: Unit, taken: ReadonlySet<Element>) => (e: Element): e is TextLine => isLine(e) && !taken.has(e) && !u.els.includes(e);

/**
 * A short line in the text's size or smaller right on a headline, where it starts or centred on it, with no sentence
 * end, alone at its height and with space above it (not a line of running text): its 引题 (the organisation an article
 * is about, 陶家宅居民区党总支), read before it. A long name set small runs to a second line: the line of its size
 * right over it, at its start and at least as long, is the 引题's first (and a third over that, in the text's size,
 * running text). Set centred, or smaller than the text, it may run to a third: a short last line centred under the
 * others is no column's (a paragraph's last line starts at its column's edge), 上海德必文化创意产业发展 / （集团）股份有限
 * 公司党支 / 部; nor are lines in a smaller size than the text's (上海德必文化创意产业 / 发展（集团）股份有限 / 公司党支部).
 * Set in the text's size across two columns, a long one is no column's line either (acrossColumns: tune seed 1055).
 */
function joinKicker(els: readonly Element[], { u, box }: Head, body: number, taken: Set<Element>, acrossColumns: (e: Box) => boolean): void {
  const top = Math.min(...u.els.map((e) => e.top));
  const free = freeOf(u, taken);
  const left = setLeft(u.els, box);
  const atLeft = (e: Box) => Math.abs(e.x - left) < body * 0.5;
  const kicker = els
    .filter(
      (e): e is TextLine =>
        free(e) && e.bottom <= top + 1 && top - e.bottom < body * 1.2 && overlap(e, box) > 0 && (atLeft(e) || Math.abs(centre(e) - centre(box)) < body) && kickerLike(e.line.text, e.line.size / body, acrossColumns(e)),
    )
    .sort((a, b) => b.bottom - a.bottom)[0];
  if (!kicker) return;
  // Longer than a name in the text's size, it is a 引题 by its place across the columns alone: a line of one.
  const placed = !kickerLike(kicker.line.text, kicker.line.size / body);
  const lines = [kicker];
  const most = (above: TextLine) => (centredUnder(above.line, kicker.line) || kicker.line.size < body * 0.95 ? 3 : 2);
  for (let above = placed ? undefined : lineOver(els, kicker, free); above && lines.length < most(above) && !/[。！？：；]$/u.test(above.line.text); above = lineOver(els, above, free)) lines.unshift(above);
  const first = lines[0];
  // Beside it over the headline: a line mostly beyond the headline's span (the next module's headline, which a line of
  // this one set too wide runs under, tune seed 12) is not.
  const besideIt = (o: Element) => lines.some((l) => Math.abs(o.top - l.top) < body * 0.5) && overlap(o, box) > (o.right - o.x) / 2;
  const rightAbove = (o: Element) => o.bottom <= first.top + 1 && first.top - o.bottom < first.line.size && overlap(o, first) > 0;
  if (els.some((o) => isLine(o) && !lines.includes(o) && (besideIt(o) || rightAbove(o)))) return;
  u.els.push(...lines);
  for (const l of lines) taken.add(l);
  if (placed) u.placedKicker = kicker;
}

/**
 * A short line in the text's size or smaller right under a centred headline, centred on it and inside its stretch, alone
 * at its height there (a byline, □记者 冯璐迪 整理报道): the headline's, read after it. Left in place, it would be read
 * as the first line of whichever column it starts in, spliced into that column's sentence.
 */
function joinCentredUnder(els: readonly Element[], { u, box }: Head, body: number, taken: Set<Element>): void {
  // A headline whose lines share their left edge is set at the left: the indented first line of its text, under it,
  // may stand centred on it by chance (仙霞举办“世界非遗” | 青瓷展 over 我国龙泉青瓷在2006年以: Typst, tune seed 738).
  if (alignment({ ...u, els: u.els.filter((e) => isLine(e) && e.line.size >= body * 1.2) }, body) === 'left') return;
  const bottom = Math.max(...u.els.map((e) => e.bottom));
  const free = freeOf(u, taken);
  const under = els
    .filter(
      (e): e is TextLine =>
        free(e) && e.line.size <= body * 1.05 && e.top >= bottom - 1 && e.top - bottom < body * 1.2 && e.x > box.x + body * 0.5 && e.right < box.right - body * 0.5 && Math.abs(centre(e) - centre(box)) < body && kickerLike(e.line.text, e.line.size / body),
    )
    .sort((a, b) => a.top - b.top)[0];
  if (!under || els.some((o) => o !== under && Math.abs(o.top - under.top) < body * 0.5 && overlap(o, box) > 0)) return;
  u.els.push(under);
  taken.add(under);
}

/** The line of the same size set right over `l`, at its start or centred on the same axis, and at least as long (a name's first line over its second), if any. */
function lineOver(els: readonly Element[], l: TextLine, free: (e: Element) => e is TextLine): TextLine | undefined {
  const aligned = (o: TextLine) => startTogether(o.line, l.line) || centredUnder(o.line, l.line);
  // A line opening with a bracket may have had it carried down from the end of the line over it (禁则), which then
  // stops a character short (上海德必文化创意产业发展 / （集团）股份有限公司党支部, Typst, tune seed 1205).
  const carried = OPENING_MARK.test(l.line.text.charAt(0)) ? l.line.size : 0;
  return els.find((o): o is TextLine => free(o) && o !== l && Math.abs(o.line.size - l.line.size) < 0.5 && aligned(o) && o.bottom <= l.top + 1 && l.top - o.bottom < l.line.size * 0.9 && o.right >= l.right - carried - 1);
}

/** Horizontal separators: rules, banners and box edges, as boxes. */
function separators(rects: readonly PdfRect[], body: number): Box[] {
  const out: Box[] = [];
  for (const r of rects) {
    if (r.height <= 3 && r.width >= body * 3) out.push({ x: r.x, right: r.x + r.width, top: r.top, bottom: r.top + r.height });
    else if (r.width >= body * 3 && r.height > 3) {
      // A box or a tinted panel: its top and bottom edges.
      out.push({ x: r.x, right: r.x + r.width, top: r.top, bottom: r.top + 1 }, { x: r.x, right: r.x + r.width, top: r.top + r.height - 1, bottom: r.top + r.height });
    }
  }
  return out;
}

/**
 * A unit's stretch across the page, from where its lines were set: a quote or bracket hung half out at the start of a
 * line standing left of the others (setLeft) is no reach over the lane before (Typst hangs “12·5”国际志愿 four points
 * into the column left of its headline's, tune seed 1157: read as over it, the headline took that column's text under
 * the lead photo from the article above). A quote set inside a line still counts (Chromium sets it so: a headline
 * centred over its article's five columns, “绿色进园区…, reaches the first by its quote's blank half, tune seed 1018).
 * At a line's end a hung mark counts too: a headline set at the left reaches toward its article's further columns
 * (坚持党员“四先” over three columns, its quote over the third, 345).
 */
function setSpan(u: Unit): { x: number; right: number } {
  return { x: setLeft(u.els, u.box), right: u.box.right };
}

/** Where a unit ends over a lane: its lowest line there (a headline's second line may stand over its first column only). */
function bottomOver(u: Unit, lane: { x: number; right: number }): number {
  const over = u.els.filter((e) => overlap(e, lane) > 2);
  return over.length ? Math.max(...over.map((e) => e.bottom)) : u.box.bottom;
}

/** Whether lane `k` has nothing drawn at a unit's height (its text stands in a gap there). */
const clearAt = (els: readonly Element[], ls: readonly Lane[], k: number, u: Unit) =>
  !els.some((e) => (e.kind === 'image' ? photoLane(ls, e) === k : laneOf(ls, e) === k) && e.top < u.box.bottom && u.box.top < e.bottom);

/**
 * Whether a headline two or more lanes over stands in a gap of lane `li`'s text, with every lane between clear at its
 * height too: a centred headline over the right of its article, its first columns left of it (its article starts at
 * the page's left; the article above ends there).
 */
function reachesAcross(els: readonly Element[], ls: readonly Lane[], li: number, u: Unit): boolean {
  const step = u.box.x >= ls[li].right ? 1 : -1;
  for (let k = li; clearAt(els, ls, k, u); ) {
    const next = besideOf(ls, k).find((n) => ls.indexOf(n) === k + step);
    if (!next) return false;
    if (overlap(u.box, stretch(next)) > 2) return k !== li;
    k += step;
  }
  return false;
}

/** Each lane's elements, cut at the units and separators that cross it. */
function segments(els: readonly Element[], ls: readonly Lane[], us: readonly Unit[], seps: readonly Box[], body: number): Segment[] {
  const inUnit = new Set(us.flatMap((u) => u.els));
  const out: Segment[] = [];
  ls.forEach((lane, li) => {
    const laneBox = stretch(lane);
    const mine = els.filter((e) => !inUnit.has(e) && (e.kind === 'image' ? photoLane(ls, e) === li : laneOf(ls, e) === li)).sort((a, b) => a.top - b.top);
    // A headline over the lane next to this one, standing in a gap of this lane's text, starts an article here too:
    // short articles stacked in two columns, each headline over its first column only. Not where a headline over this
    // lane stands at the same height (two articles side by side, each under its own), nor where a photo reaching over
    // this lane from the lane beside stands there (the photo's article goes on under it), nor where the headline is set
    // at the left of its first column, right of this lane: its article's columns are to its right (tune seed 358, a
    // column opening with the lead's photo beside a headline set lower, in the next column).
    const over = us.filter((u) => overlap(u.box, laneBox) > 2);
    const besideLane = (u: Unit) =>
      overlap(setSpan(u), laneBox) <= 2 &&
      !(u.box.x >= lane.right && firstLaneAtLeft(u, ls, body) >= 0) &&
      (besideOf(ls, li).some((n) => overlap(u.box, stretch(n)) > 2) || reachesAcross(els, ls, li, u)) &&
      !over.some((o) => o.box.top < u.box.bottom && u.box.top < o.box.bottom) &&
      !els.some((e) => e.kind === 'image' && overlap(e, laneBox) > 2 && e.top < u.box.bottom && u.box.top < e.bottom);
    const cuts = [
      ...us.filter((u) => overlap(setSpan(u), laneBox) > 2 || (!u.banner && besideLane(u))).map((u) => ({ at: bottomOver(u, laneBox), top: u.box.top, unit: u as Unit | undefined })),
      ...seps.filter((s) => overlap(s, laneBox) > (lane.right - lane.left) * 0.5).map((s) => ({ at: s.bottom, top: s.top, unit: undefined })),
    ].sort((a, b) => a.at - b.at);
    let current: Segment | undefined;
    for (const e of mine) {
      const cut = [...cuts].reverse().find((c) => c.at <= e.top + 1);
      // Of units ending on one baseline, the one over more of the lane: a centred headline wider than its column reaches
      // a few points into the next, whose own headline's last line may share its baseline (tune seed 497).
      const level = cut?.unit ? cuts.flatMap((c) => (c.unit && Math.abs(c.at - cut.at) < 1 ? [c.unit] : [])) : [];
      const above = level.length > 1 ? level.reduce((a, b) => (overlap(b.box, laneBox) > overlap(a.box, laneBox) ? b : a)) : cut?.unit;
      // A 上接 line under text in the lane starts a continuation of its own, under nothing that owns it (tune seed 535: two
      // continuations stacked in a page's first columns, the lower one under the upper's end, no rule between them).
      const jumpIn = current !== undefined && isLine(e) && jumpOf(e.line.text)?.from !== undefined;
      const startsNew = !current || jumpIn || cuts.some((c) => c.top >= current!.bottom - 1 && c.at <= e.top + 1);
      if (startsNew) {
        current = { lane: li, els: [], top: e.top, bottom: e.bottom, above: jumpIn ? undefined : above };
        out.push(current);
      }
      current!.els.push(e);
      current!.bottom = Math.max(current!.bottom, e.bottom);
    }
  });
  return out;
}

/**
 * Gives segments to units: those right under a unit in its lanes, then those beside them that start as high (right of a
 * headline set at its first column's left, either side of a centred one), and those under an owned segment or photo
 * (ownUnder); again until none is given, as each may open the way to another (text beside a photo under the headline).
 */
function own(us: readonly Unit[], segs: Segment[], ls: readonly Lane[], body: number): void {
  const headlines = us.filter((u) => !u.banner).sort((a, b) => a.box.top - b.box.top);
  for (const u of headlines) {
    const core = segs.filter((s) => !s.owner && s.above === u);
    for (const s of core) s.owner = u;
  }
  // Where each headline's own text starts, under it: what text beside it must start as high as.
  const starts = new Map(headlines.flatMap((u) => {
    const owned = segs.filter((s) => s.owner === u);
    return owned.length ? [[u, Math.min(...owned.map((s) => s.top))] as const] : [];
  }));
  for (let grew = true; grew; ) {
    grew = false;
    for (const [u, start] of starts) grew = growBeside(u, start, segs, ls, body) || grew;
    grew = ownUnder(segs, ls, body) || grew;
  }
}

/**
 * The lane a headline is set at the left of, its first (or -1, centred or set in). Set so, a headline narrower than its
 * article has its article's columns to its right; the text to its left is another's (centred, it has columns on both
 * sides). One centred on a run of lanes may start at a lane's left by chance (across four columns of A4, tune seed 270).
 * Its lines show which, where they differ in width. Where they do not, one as wide as its lanes is also centred on the
 * run of lanes around them, and is taken as centred (tune seed 433 had three lines set at the left of one column, the
 * widest filling it: read as centred on that column and the two beside it, it took the column to its left).
 */
function firstLaneAtLeft(u: Unit, ls: readonly Lane[], body: number): number {
  const spanned = ls.flatMap((l, i) => (overlap(u.box, stretch(l)) > 2 ? [i] : []));
  if (!spanned.length || Math.abs(u.box.x - ls[spanned[0]].left) >= body * 0.5) return -1;
  const set = alignment(u, body);
  if (set) return set === 'left' ? spanned[0] : -1;
  // Its widest line, opening with a quote or bracket, may stand half of it left of where it was set, the rest with it
  // (Typst hangs it: “绿色进园区 花香满楼宇”插花活动, centred on five columns of A4, stood 9 points left of their axis and at
  // the second column's left, so the first column, its article's too, went to the text above: tune seed 683).
  const widest = u.els.filter(isLine).reduce<TextLine | undefined>((a, b) => (a && a.right - a.x >= b.right - b.x ? a : b), undefined);
  const centredOn = (mid: number) => ls.some((a, i) => i <= spanned[0] && ls.some((b, j) => j >= spanned[spanned.length - 1] && Math.abs((a.left + b.right) / 2 - mid) < body * 0.5));
  return (widest ? hungOffsets(widest.line) : [0]).some((shift) => centredOn(centre(u.box) + shift)) ? -1 : spanned[0];
}

/**
 * How a unit's lines are set, where two differ in width by a character or more: sharing their left edge, or their
 * centre (a 引题 centred over its headline, a headline's short last line). Undefined where they do not differ (one line,
 * or lines of one width) or share neither.
 */
function alignment(u: Unit, body: number): 'left' | 'centre' | undefined {
  const ls = u.els.filter(isLine);
  const widths = ls.map((l) => l.right - l.x);
  if (ls.length < 2 || Math.max(...widths) - Math.min(...widths) < body) return undefined;
  const shared = (at: (l: Box) => number) => Math.max(...ls.map(at)) - Math.min(...ls.map(at)) < body * 0.3;
  // A line opening with a bracket or quote may start half of it left of the others (Typst hangs it: a 引题's second
  // line, （集团）股份有限公司党支部, over a headline set at the left, tune seed 920).
  const starts = ls.map((l) => hungOffsets(l.line).map((shift) => l.x + shift));
  const sharedLeft = starts.flat().some((from) => starts.every((xs) => xs.some((x) => x >= from && x - from < body * 0.3)));
  return sharedLeft ? 'left' : shared(centre) ? 'centre' : undefined;
}

/** Gives a headline the segments beside its own that start as high as its text; whether it gave any. */
function growBeside(u: Unit, start: number, segs: Segment[], ls: readonly Lane[], body: number): boolean {
  const fromLane = firstLaneAtLeft(u, ls, body);
  let gave = false;
  for (let grew = true; grew; ) {
    grew = false;
    const laneSet = new Set(segs.filter((s) => s.owner === u).map((s) => ls[s.lane]));
    for (const s of segs) {
      // Text that opens with a 上接 line continues an article from another page, whatever stands beside it.
      if (s.owner || s.lane < fromLane || !besideOf(ls, s.lane).some((n) => laneSet.has(n)) || startsWithJump(s) || goesOnFromJump(s, segs, ls, body)) continue;
      // Beside the headline's text, starting as high, with nothing else over it down to the headline's top.
      const besideTop = Math.abs(s.top - start) < body * 2.5 || (s.top >= u.box.top - 1 && s.top <= start + body);
      const clear = !s.above || s.above === u || (s.above.box.bottom <= u.box.top + 1 && !s.above.banner);
      if (besideTop && clear && ls[s.lane]) {
        s.owner = u;
        grew = gave = true;
      }
    }
  }
  return gave;
}

/**
 * Below an owned segment in its lane, separated only by a photo's gap, or right under an owned photo (with its caption)
 * that reaches over the lane from the lane beside: the same article. Whether any segment was given.
 */
function ownUnder(segs: Segment[], ls: readonly Lane[], body: number): boolean {
  let gave = false;
  for (const s of segs.sort((a, b) => a.lane - b.lane || a.top - b.top)) {
    if (s.owner || s.above || startsWithJump(s)) continue;
    const prev = segs.filter((p) => p.lane === s.lane && p.bottom <= s.top + 1 && p.owner).sort((a, b) => b.bottom - a.bottom)[0];
    const photoOver = segs.find((p) => p.owner && p.els.some((e) => e.kind === 'image' && overlap(e, stretch(ls[s.lane])) > 2 && e.bottom <= s.top + 1 && s.top - e.bottom < body * 3));
    s.owner = (prev ?? photoOver)?.owner;
    gave ||= s.owner !== undefined;
  }
  return gave;
}

const startsWithJump = (s: Segment) => {
  const first = s.els.find(isLine);
  return Boolean(first && jumpOf(first.line.text)?.from);
};

/**
 * Whether a segment is the next column of a continuation: nothing over it on the page, level with a segment in the lane
 * to its left that opens with a 上接 line or is itself such a column (a continuation in two columns at the page's top,
 * beside a centred headline whose 引题 stands as high).
 */
function goesOnFromJump(s: Segment, segs: readonly Segment[], ls: readonly Lane[], body: number): boolean {
  if (s.above || !besideOf(ls, s.lane).includes(ls[s.lane - 1])) return false;
  const left = segs.find((p) => p.lane === s.lane - 1 && !p.above && Math.abs(p.top - s.top) < body);
  return left !== undefined && (startsWithJump(left) || goesOnFromJump(left, segs, ls, body));
}

/**
 * The page read: its articles as parts in reading order (each headline's, and
 * the text no headline owns, which continues an article from before), and
 * each line's column.
 */
export function readPage(els: readonly Element[], rects: readonly PdfRect[], body: number): { parts: PagePart[]; edges: Map<Element, ColumnEdges> } {
  const ls = lanes(els, body);
  if (!ls.length) ls.push({ left: 0, right: Infinity });
  const us = units(els, body);
  const segs = segments(els, ls, us, separators(rects, body), body);
  own(us, segs, ls, body);
  const edges = new Map<Element, ColumnEdges>();
  for (const s of segs) {
    const lines = s.els.filter(isLine);
    const col = { left: columnLeft(lines, ls[s.lane], body), right: columnRight(lines) };
    for (const e of s.els) edges.set(e, col);
  }
  for (const u of us) {
    // The headline's frame: the columns of its running text, as far as their lines run (a box's padding is inside the
    // lanes); not a line of small print it owns beside it (a banner's motto).
    const running = (s: Segment) => s.els.some((e) => isLine(e) && Math.abs(e.line.size - body) < body * 0.15);
    // Its edges are where most lines of its first and last columns start and end, all their segments counted together
    // (a short segment's lines may all end on a mark hung past the column).
    const owned = segs.filter((s) => s.owner === u && running(s));
    const lanesOwned = owned.map((s) => s.lane);
    const linesIn = (lane: number) => owned.filter((s) => s.lane === lane).flatMap((s) => s.els.filter(isLine));
    // A line ending on a closing mark may hang it past the column: where lines ending otherwise are found, they say
    // where it ends (tune seed 565, Typst: four lines ending on （集团） or ， outvoted full lines set a point apart, and the
    // frame a character too wide made a headline's wrap a phrase's end).
    const ends = (ls: readonly Extract<Element, { kind: 'line' }>[]) => {
      const plain = ls.filter((l) => !HUNG_MARK.test(l.line.text));
      return (plain.length ? plain : ls).map((l) => l.right);
    };
    const text = owned.length ? { left: mostCommon(linesIn(Math.min(...lanesOwned)).map((l) => l.x)), right: mostCommon(ends(linesIn(Math.max(...lanesOwned)))) } : undefined;
    // A photo it owns that reaches past those columns, and past the headline's end, was under the headline too: its frame
    // spans it (a box's text in two columns, a photo over the second and third: tune seed 627, both producers, where the
    // headline's first line, ending short of the photo's edge, read as filling the text's columns).
    const photoEnd = Math.max(-Infinity, ...segs.filter((s) => s.owner === u).flatMap((s) => s.els.filter((e) => e.kind === 'image').map((e) => e.right)));
    const frame = text && photoEnd > text.right + body && photoEnd >= u.box.right ? { left: text.left, right: photoEnd } : text;
    const unitEdges = { left: setLeft(u.els, u.box), right: setRight(u.els, u.box), ...(frame && { frame }) };
    for (const e of u.els) edges.set(e, unitEdges);
  }
  // Orphans first: text at the top that continues an article from a page before.
  const parts = orphanParts(segs, ls, body);
  const ordered = [...us].sort((a, b) => (Math.abs(a.box.top - b.box.top) < body * 2 ? a.box.x - b.box.x : a.box.top - b.box.top));
  for (const u of ordered) {
    const mine = segs.filter((s) => s.owner === u).sort((a, b) => a.lane - b.lane || a.top - b.top);
    const elements = [...u.els, ...mine.flatMap((s) => s.els)];
    const jump = elements.filter(isLine).map((l) => jumpOf(l.line.text)).find((j) => j?.to);
    // Where it ends: its text in each lane, and the headline itself in the lanes it spans (a headline at the foot of a
    // page, its text all on the next, is the article left open there).
    const ends = [
      ...mine.map((sg) => ({ x: ls[sg.lane].left, right: ls[sg.lane].right, bottom: sg.bottom })),
      ...ls.filter((l) => overlap(u.box, stretch(l)) > 2).map((l) => ({ x: l.left, right: l.right, bottom: u.box.bottom })),
    ];
    parts.push({ unit: u, elements, jumpTo: jump?.to, ends });
  }
  return { parts, edges };
}

/**
 * The text no headline owns, as the continuations it makes up, each in reading order. Lanes next to each other continue
 * one article (a stack's columns); a gap of lanes, or a 上接 line, starts another. Where continuations are stacked in the
 * same lanes, a column goes on with the one beside it in its band, the one whose column in the lane to its left starts
 * where it starts, not with the one read last (tune seed 535: three （接第1版） on a page, one under another in its
 * first two columns).
 */
function orphanParts(segs: readonly Segment[], ls: readonly Lane[], body: number): PagePart[] {
  const parts: PagePart[] = [];
  const tops = new Map<PagePart, { right: number; top: number }[]>();
  let last: PagePart | undefined;
  const orphans = segs.filter((sg) => !sg.owner).sort((a, b) => a.lane - b.lane || a.top - b.top);
  for (const s of orphans.flatMap((o) => splitAtBands(o, orphans, body))) {
    const from = startsWithJump(s) ? jumpOf(s.els.filter(isLine)[0].line.text)?.from : undefined;
    const lane = ls[s.lane];
    const adjacent = (p: PagePart) => p.ends.some((e) => Math.abs(e.right - lane.left) < 40 || Math.abs(e.x - lane.left) < 1);
    const inBand = parts.find((p) => adjacent(p) && (tops.get(p) ?? []).some((t) => Math.abs(t.right - lane.left) < 40 && Math.abs(t.top - s.top) < body * 2));
    let part = from === undefined ? (inBand ?? (last && adjacent(last) ? last : undefined)) : undefined;
    if (!part) {
      part = { elements: [], jumpFrom: from, ends: [] };
      parts.push(part);
    }
    part.elements.push(...s.els);
    part.ends.push({ x: lane.left, right: lane.right, bottom: s.bottom });
    tops.set(part, [...(tops.get(part) ?? []), { right: lane.right, top: s.top }]);
    last = part;
  }
  return parts;
}

/**
 * An unowned segment cut where a continuation starts, with its 上接 line, in a lane to its left: a continuation under
 * another in a page's first columns runs on into the columns beside, under the upper one's columns there, with no 上接 of
 * its own (tune seed 535). A cut where the columns beside go on with one article is mended by reading order: the lower
 * piece goes on with the upper one in the same lane.
 */
function splitAtBands(s: Segment, orphans: readonly Segment[], body: number): Segment[] {
  const cuts = orphans.filter((o) => o.lane < s.lane && startsWithJump(o) && o.top > s.top + body && o.top < s.bottom - body).map((o) => o.top);
  if (!cuts.length) return [s];
  const out: Segment[] = [];
  for (const e of s.els) {
    const piece = out[out.length - 1];
    if (!piece || cuts.some((t) => piece.els[piece.els.length - 1].top < t - 1 && e.top >= t - 1)) out.push({ ...s, els: [e], top: e.top, bottom: e.bottom });
    else {
      piece.els.push(e);
      piece.bottom = Math.max(piece.bottom, e.bottom);
    }
  }
  return out;
}

/** Where a segment's full lines end: the furthest end two or more of its lines share (a wider line, a 引题 set across the
 * gutter, is not the column), or its furthest end. */
function columnRight(lines: readonly TextLine[]): number {
  return Math.max(...sharingEdge(lines, (l) => l.right).map((l) => l.right));
}

/** The lines whose edge (rounded to a point) two or more of them share; all of them when none do. */
/** The edge most lines share, to the point (the larger of two as common): a column's full lines, not a line with a mark hung
 * past it or an indented one. */
function mostCommon(edges: readonly number[]): number {
  const counts = countsToThePoint(edges);
  const [best] = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  // The middle of the edges counted there, not the first: a line set in or hung out by a fraction of a point shares it.
  const near = edges.filter((e) => Math.round(e) === best).sort((a, b) => a - b);
  return near[Math.floor(near.length / 2)] ?? best;
}

/** How many edges lie at each point (rounded). */
function countsToThePoint(edges: readonly number[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const e of edges) counts.set(Math.round(e), (counts.get(Math.round(e)) ?? 0) + 1);
  return counts;
}

function sharingEdge(lines: readonly TextLine[], edge: (l: TextLine) => number): readonly TextLine[] {
  const counts = countsToThePoint(lines.map(edge));
  const shared = lines.filter((l) => (counts.get(Math.round(edge(l))) ?? 0) >= 2);
  return shared.length ? shared : lines;
}

/**
 * Where a segment's lines start: the leftmost start two or more of its lines share (a paragraph's indented first
 * line starts further in; a byline or 副题 set in the next column, alone at its start, is not the column), or its
 * lane's left edge when that is a little to the left (a segment of one indented line).
 */
function columnLeft(lines: readonly TextLine[], lane: Lane, body: number): number {
  if (!lines.length) return lane.left;
  const left = Math.min(...sharingEdge(lines, (l) => l.x).map((l) => l.x));
  return lane.left < left && left - lane.left < body * 2.6 ? lane.left : left;
}

/**
 * The article the page before left open over the lanes a continuation runs in: the one whose text
 * ends lowest in the lane where the continuation starts (a stack's last article runs on at its top).
 */
function openAbove(parts: readonly PagePart[], part: PagePart): PagePart | undefined {
  const first = part.ends[0];
  if (!first) return parts[parts.length - 1];
  const candidates = parts.filter((p) => p.unit).flatMap((p) => p.ends.filter((e) => Math.min(e.right, first.right) - Math.max(e.x, first.x) > 0).map((e) => ({ p, bottom: e.bottom })));
  if (!candidates.length) return parts[parts.length - 1];
  return candidates.sort((a, b) => b.bottom - a.bottom)[0].p;
}

/** A part's lines of text in reading order, its jump lines aside. */
const textLines = (part: PagePart) => part.elements.filter((e): e is TextLine => isLine(e) && !jumpOf(e.line.text));

/** Whether an article's text breaks off inside a sentence: its last line runs to its column's end and ends on a character. */
function breaksOffMidSentence(part: PagePart): boolean {
  const last = textLines(part).at(-1);
  if (!last || !/[\p{Script=Han}A-Za-z0-9]$/u.test(last.line.text)) return false;
  const end = part.ends.find((e) => last.x >= e.x - 1 && last.x < e.right);
  return end !== undefined && last.right >= end.right - last.line.size * 1.5;
}

/** Whether a continuation opens with a paragraph's first line: set in by two characters or so from the lines under it. */
function opensParagraph(part: PagePart): boolean {
  const [first, ...rest] = textLines(part);
  if (!first) return false;
  const under = rest.filter((l) => Math.abs(l.x - first.x) < first.line.size * 3 && Math.abs(l.line.size - first.line.size) < 0.5);
  return under.length > 0 && first.x - Math.min(...under.map((l) => l.x)) >= first.line.size * 1.5;
}

/** A part's text in reading order, without its jump lines (its words, and where they break off). */
const textOf = (part: PagePart) => textLines(part).map((e) => e.line.text).join('');

/** A page's parts in reading order, under its folio. */
interface PageSequence {
  page: number;
  parts: PagePart[];
}

/**
 * The article each continuation on a page goes on from, among those a page before sends on to it (下转 this page):
 * several sent on to one page are told apart by the words each shares with its continuation (pairJumps).
 */
function continuedBy(here: PageSequence, sourceOf: (part: PagePart) => PageSequence | undefined): Map<PagePart, PagePart> {
  const out = new Map<PagePart, PagePart>();
  const bySource = new Map<PageSequence, PagePart[]>();
  for (const part of here.parts) {
    const source = !part.unit && sourceOf(part);
    if (source && source !== here) bySource.set(source, [...(bySource.get(source) ?? []), part]);
  }
  for (const [source, continuations] of bySource) {
    const articles = source.parts.filter((p) => p.unit && p.jumpTo === here.page);
    const breaks = { offMidSentence: articles.map(breaksOffMidSentence), opensParagraph: continuations.map(opensParagraph) };
    pairJumps(articles.map(textOf), continuations.map(textOf), breaks).forEach((o, k) => {
      if (o >= 0) out.set(continuations[k], articles[o]);
    });
  }
  return out;
}

/**
 * The pages joined: each part that continues an article goes after that
 * article's part on its page (the one whose 下转 names this page, else the
 * last part of the page before).
 */
export function joinPages(pages: readonly { parts: PagePart[]; edges: Map<Element, ColumnEdges> }[], pageNumbers: readonly number[]): ReadPage[] {
  const out: ReadPage[] = pages.map((p) => ({
    elements: [],
    edges: p.edges,
    heads: new Map(p.parts.flatMap(({ unit }) => unit?.els.map((e) => [e, unit] as const) ?? [])),
    kickers: new Set(p.parts.flatMap(({ unit }) => (unit?.placedKicker ? [unit.placedKicker] : []))),
  }));
  // Where each article part ends up: parts are moved whole, continuations after their articles.
  const sequences: PageSequence[] = pages.map((p, i) => ({ page: pageNumbers[i], parts: [...p.parts] }));
  for (let i = 1; i < sequences.length; i++) {
    const here = sequences[i];
    const sourceOf = (part: PagePart) => sequences.find((s) => s.page === (part.jumpFrom ?? sequences[i - 1].page));
    const sentOn = continuedBy(here, sourceOf);
    for (const part of [...here.parts]) {
      if (part.unit) continue;
      const source = sourceOf(part);
      if (!source || source === here) continue;
      const target = sentOn.get(part) ?? (part.jumpFrom === undefined ? openAbove(source.parts, part) : undefined);
      if (!target) continue;
      target.elements.push(...part.elements);
      target.jumpTo = undefined;
      here.parts.splice(here.parts.indexOf(part), 1);
      for (const e of part.elements) {
        const edge = here.parts.length >= 0 ? pages[i].edges.get(e) : undefined;
        if (edge) out[sequences.indexOf(source)].edges.set(e, edge);
      }
    }
  }
  sequences.forEach((s, i) => {
    out[i].elements = s.parts.flatMap((p) => p.elements);
  });
  return out;
}
