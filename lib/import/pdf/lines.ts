/**
 * Stage 2 for a PDF: runs of text become lines. A line is the runs on one
 * baseline that follow each other closely; a column's gutter, wider than a
 * space, ends it. Each line knows its box, its size (the most common among
 * its characters) and whether it is bold.
 */
import { joinCjk } from '../repair';
import type { PdfPage, TextRun } from './read';

export interface Line {
  page: number;
  x: number;
  right: number;
  top: number;
  bottom: number;
  /** Baseline. */
  y: number;
  size: number;
  bold: boolean;
  text: string;
  /** The text layer has a space at the line's start, or at its end: a line broken at a space (a headline's phrases). */
  spaceBefore: boolean;
  spaceAfter: boolean;
}

/** A gap wider than this many font sizes between two runs on a baseline ends a line, gutter or not (a space is a third of one). */
const GUTTER = 1.2;
/**
 * Wider than this, and a space was printed there: between Latin words a
 * fifth of the size; between Chinese characters, which justification spreads
 * apart, most of a character (a headline's phrases are set a character apart).
 */
const SPACE = 0.2;
/** Sizes further apart than this factor are a headline's and the text's, not one line's. */
const UNLIKE = 1.5;
const CJK_SPACE = 0.8;

/** Two runs or lines on one baseline: within 0.3 of the larger size of each other. */
export function sameBaseline(a: { y: number; size: number }, b: { y: number; size: number }): boolean {
  return Math.abs(a.y - b.y) < Math.max(a.size, b.size) * 0.3;
}

/**
 * Two lines a character wide, one under the other at one start: lines of a headline set down the page (竖题), which
 * leaves a line blank between its phrases.
 */
export function downThePage(a: { x: number; right: number }, b: { x: number; right: number }, size: number): boolean {
  return a.right - a.x < size * 1.5 && b.right - b.x < size * 1.5 && Math.abs(a.x - b.x) < size * 0.2;
}

/** How far, in sizes, the next line of a headline set down the page may lie below the last: a line left blank between phrases. */
export const DOWN_THE_PAGE_REACH = 2.2;

/** Marks that may not start a line, and marks that may not end one (GB/T 15834's 禁则). */
export const CLOSING_MARK = /[，。、；：！？）」』”’》〉】…,.;:!?)]/u;
export const OPENING_MARK = /[“‘「『（《〈【]/u;
/** The full-width closing marks a justified Chinese column hangs past its measure at a line's end. */
export const HUNG_MARK = /[，。、；：！？）」』”’]$/u;

/**
 * Where a run's text ends, for telling columns apart: a closing mark at its end may hang into the gutter (justified
 * columns print it so) and touch or cross into the next column's first character; its square is not text of the line.
 */
const textEnd = (r: TextRun) => r.x + r.width - (HUNG_MARK.test(r.text) ? r.size : 0);
/** Where a run's text starts: an opening mark at a line's start may be drawn half out into the gutter (Typst trims its blank half). */
const textStart = (r: TextRun) => r.x + (OPENING_MARK.test(r.text.charAt(0)) ? r.size * 0.75 : 0);

/**
 * How far left of where it was set a line may stand: an opening mark at its start hung half out into the margin (Typst
 * hangs it, Chromium does not). Lines compared for a shared start or axis are compared at each.
 */
export const hungOffsets = (l: Line): readonly number[] => (OPENING_MARK.test(l.text.charAt(0)) ? [0, l.size / 2] : [0]);

/** Whether two lines start together, an opening mark hung at either's start aside. */
export const startTogether = (a: Line, b: Line): boolean => hungOffsets(a).some((sa) => hungOffsets(b).some((sb) => Math.abs(a.x + sa - b.x - sb) < 1));

/**
 * Whether `l` is a shorter line centred under `o`: it starts in by more than half a character and shares `o`'s axis,
 * an opening mark hung at either's start aside (a centred 引题's short last line, 上海德必文化创意产业发展 / （集团）股份有限公司党支 / 部).
 */
export function centredUnder(o: Line, l: Line): boolean {
  return hungOffsets(o).some((so) => hungOffsets(l).some((sl) => l.x + sl - o.x - so > l.size * 0.5 && Math.abs(o.x + o.right + 2 * so - l.x - l.right - 2 * sl) < l.size));
}

/** A full-width character: Chinese, a radical, a Chinese mark. */
const FULL_WIDTH = /[\p{Script=Han}\u3000-\u303f\uff01-\uff5e\u2e80-\u2fdf]/u;
const fullWidth = (r: TextRun) => [...r.text].every((c) => FULL_WIDTH.test(c));
/** Whether a text is full-width characters only, the curly quotes Chinese sets full-width among them. */
export const fullWidthText = (text: string) => [...text].every((c) => FULL_WIDTH.test(c) || /[\u2018-\u201d]/u.test(c));

/** The space text set `width` wide puts between its characters beyond their own width (a justified line's spread). */
export function tracking(text: string, width: number, size: number): number | undefined {
  const chars = [...text].length;
  return chars > 1 ? (width - chars * size) / (chars - 1) : undefined;
}

/** A run's tracking, where all its characters are full-width. */
const trackingOf = (r: TextRun): number | undefined => (fullWidth(r) ? tracking(r.text, r.width, r.size) : undefined);

/**
 * The space a line's last characters are set apart by: within its last run of several (trackingOf), or between its last
 * two runs where each is a character drawn on its own (a fallback font's radicals part a line into runs: ⺠|携|⼿|、).
 */
function spacingOf(runs: readonly TextRun[]): number | undefined {
  for (let i = runs.length - 1; i >= 0; i--) {
    const t = trackingOf(runs[i]);
    if (t !== undefined) return t;
    const before = runs[i - 1];
    if (before && fullWidth(before) && fullWidth(runs[i]) && [...before.text].length === 1) return runs[i].x - (before.x + before.width);
  }
  return undefined;
}

/**
 * Whether a baseline has text either side of a gap's middle. Between runs of one headline size, only such a baseline
 * tells of a channel (two headlines side by side); one with text on one side only (another headline's lines beyond,
 * the headline's own next line short of the gap) tells nothing.
 */
const onBothSides = (rs: readonly TextRun[], mid: number) => rs.some((r) => textEnd(r) <= mid) && rs.some((r) => textStart(r) >= mid);

/**
 * A baseline's runs with those that overlap the one before joined into one (its start, the later one's end): marks set
 * close side by side (”、“) are drawn as runs of their own, each overlapping the last, and are one stretch of text, not
 * a gap at each hung mark.
 */
function overlapsJoined(rs: readonly TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  for (const r of [...rs].sort((a, b) => a.x - b.x)) {
    const last = out[out.length - 1];
    if (last && r.x < last.x + last.width - r.size * 0.15) out[out.length - 1] = { ...r, x: last.x, width: Math.max(last.x + last.width, r.x + r.width) - last.x, text: last.text + r.text };
    else out.push(r);
  }
  return out;
}

/** Runs on other baselines near `ref`'s, up to four lines up and down, in its size. */
const nearBy = (ref: TextRun) => (r: TextRun) => Math.abs(r.size - ref.size) < ref.size * 0.08 && Math.abs(r.y - ref.y) > ref.size * 0.3 && Math.abs(r.y - ref.y) < ref.size * 4;

/**
 * A channel the text beside a gap leaves open there, a few lines up and down: two columns side by side, even where
 * the page as a whole has no gutter (columns of other widths above and below), and two narrow headlines of
 * several lines side by side, each over its own column (`printed`: the page's runs with text).
 */
function localChannel(printed: readonly TextRun[], end: number, next: TextRun, ref: TextRun = next, textBeyond = false, bothSides = false): boolean {
  const mid = (end + next.x) / 2;
  const baselines = new Map<number, TextRun[]>();
  // Lines in the size of the two beside the gap: a caption a size smaller, under a photo across both columns, crosses it.
  const near = nearBy(ref);
  for (const r of printed) if (near(r)) baselines.set(Math.round(r.y), [...(baselines.get(Math.round(r.y)) ?? []), r]);
  // A baseline's text covers the gap's middle where a run spans it or two runs close around it (pieces of one line).
  // Spans it by more than a third of a character: a justified line spread a little into the gutter (a numbered
  // item's half-width digits) ends there, however near the middle it ends.
  const covered = (rs: readonly TextRun[]) => {
    const reach = next.size * 0.3;
    return rs.some((r) => textStart(r) < mid - reach && textEnd(r) > mid + reach) || blankAround(rs, mid) < next.size * 0.5;
  };
  // Where asked, a column beyond it too: a line on a baseline near by starts past its middle.
  const beyond = !textBeyond || [...baselines.values()].flat().some((r) => textStart(r) >= mid);
  const rows = [...baselines.values()].map((rs) => ({ rs, joined: overlapsJoined(rs) }));
  const telling = rows.filter(({ rs }) => !bothSides || onBothSides(rs, mid));
  // And where asked, a narrow one on some baseline: columns' lines run up to it. Blank far to either side is no column's
  // edge (headlines 240 points apart beside a headline line drawn in two touching runs, Chromium, tune seed 798).
  const narrow = !textBeyond || telling.some(({ joined }) => blankAround(joined, mid) <= next.size * 3);
  return telling.length >= 2 && beyond && narrow && !rows.some(({ joined }) => covered(joined));
}

/**
 * Whether lines of `ref`'s size start at `x` on two baselines near it, each after a blank of half a character or more:
 * a column's left edge. Runs that only follow on from a fallback glyph (⺠|更好) start a piece of a line, not a line.
 */
function columnEdge(printed: readonly TextRun[], ref: TextRun, x: number): boolean {
  const near = nearBy(ref);
  const starts = printed.filter((r) => near(r) && Math.abs(r.x - x) < ref.size * 0.15);
  const opens = starts.filter((r) => !printed.some((o) => o !== r && Math.abs(o.y - r.y) < ref.size * 0.3 && o.x < r.x && textEnd(o) > r.x - ref.size * 0.5));
  return new Set(opens.map((r) => Math.round(r.y))).size >= 2;
}

/** The blank a baseline's runs leave around `mid`: from the last text that ends before it to the first that starts after. */
function blankAround(rs: readonly TextRun[], mid: number): number {
  const before = Math.max(-Infinity, ...rs.filter((r) => textEnd(r) <= mid).map(textEnd));
  const after = Math.min(Infinity, ...rs.filter((r) => textStart(r) >= mid).map(textStart));
  return after - before;
}

/**
 * A photo's side in the gap between two runs, the photo just above or below them: each run is its own photo's caption
 * (photos side by side, their captions on one baseline), however close the two.
 */
function photoEdgeBetween(images: PdfPage['images'], end: number, next: TextRun): boolean {
  return images.some((img) => {
    const near = next.y > img.top - next.size * 3 && next.y - next.size < img.top + img.height + next.size * 3;
    return near && [img.x, img.x + img.width].some((edge) => edge > end - 1 && edge < next.x + 1);
  });
}

/**
 * Where a line's last run ends and the next run on its baseline starts, as the gap between them is measured, and whether
 * that gap lies mostly in a gutter of the running text, which separates two columns' lines even where one of them
 * reaches into it. `hungOpen`: the run is of the text's size and opens with a mark whose ink starts where lines near by
 * start a column.
 */
function gapAcross(last: TextRun, run: TextRun, gutters: readonly { from: number; to: number }[], body: number | undefined, printed: readonly TextRun[], unlike: boolean): { lineEnd: number; hungOpen: boolean; inGutter: boolean } {
  const end = last.x + last.width;
  const ofText = nearBodySize(run.size, body);
  // A mark hung past a column's end may be drawn across the whole of a gutter narrower than itself, into the next
  // column's first character (盾，|引导: Chromium, tune seed 709, a gutter of 9 points, text of 11): its ink ends the line.
  const acrossGutter = gutters.some((g) => textEnd(last) <= g.from + 1 && end >= g.to);
  // A headline's closing mark hung past its frame ends it by its ink too, wherever in the gutter its square ends: a
  // headline beside it in the next column may start a few points past the gutter (打通社区治理“最后一公里”|清水湾居委,
  // Typst, tune seed 1197).
  const hungInto = !nearBodySize(last.size, body) && gutters.some((g) => textEnd(last) <= g.from + 1 && end > g.from);
  const lineEnd = acrossGutter || hungInto ? textEnd(last) : end;
  // A gap that lies mostly in a gutter separates two columns' lines, even where one of them reaches into it. A line of
  // another size than the text's that opens with a quote is measured from the quote's ink: hung half out, its blank
  // half may fill the gutter's near side (two headlines side by side, 虹纺居民区 | “绿色进园区, Typst, tune seed 1183).
  // So is a line of the text's size opening with a bracket whose ink starts where lines near by start a column
  // (hungOpen): 的领导核心作用。|（接第1版）, 2.8 points apart across a gutter of ten (Typst, tune seed 1300).
  const opens = OPENING_MARK.test(run.text.charAt(0));
  const hungOpen = !unlike && opens && ofText && columnEdge(printed, run, run.x + run.size / 2);
  const from = (!ofText && opens) || hungOpen ? textStart(run) : run.x;
  const inGutter = gutters.some((g) => Math.min(from, g.to) - Math.max(lineEnd, g.from) >= Math.min(from - lineEnd, g.to - g.from) * 0.5 - 1);
  return { lineEnd, hungOpen, inGutter };
}

export function pageLines(page: PdfPage): Line[] {
  const runs = page.runs.filter((r) => r.text.length > 0).sort((a, b) => a.y - b.y || a.x - b.x);
  const gutters = pageGutters(runs, page.width);
  const body = bodyRunSize(runs);
  const sameSize = (a: TextRun, b: TextRun) => Math.abs(a.size - b.size) < Math.max(a.size, b.size) * 0.08 && a.text.trim().length > 0 && b.text.trim().length > 0;
  const printed = runs.filter((r) => r.text.trim().length > 0);
  const lines: { runs: TextRun[] }[] = [];
  // A space of the text's size drawn across a gutter of the running text is no line's: it would bridge a line of one
  // column to the next column's (Typst draws one after 普善辖区内有五, up to a subheading beside it, tune seed 154). A
  // headline's phrase space, which may fall in a gutter, is of the headline's size.
  const inGutterSpace = (r: TextRun) => !r.text.trim() && nearBodySize(r.size, body) && gutters.some((g) => Math.min(r.x + r.width, g.to) - Math.max(r.x, g.from) >= r.width * 0.5);
  for (const run of runs) {
    if (inGutterSpace(run)) continue;
    // A run in the running text's size: what a gutter of the running text parts, and what hangs a mark into it.
    const ofText = nearBodySize(run.size, body);
    // The line on the same baseline whose last run ends just before this one, with no gutter between.
    const line = lines.find((l) => {
      const last = l.runs[l.runs.length - 1];
      // Runs of unlike sizes (a headline's line beside a line of the text) are one line only as the smaller size sets
      // one: on its baseline and within its gaps. Mixed sizes in one printed line share a baseline, to a point: a
      // headline beside a column whose baseline falls near one of its lines is no part of them.
      const unlike = Math.max(last.size, run.size) > Math.min(last.size, run.size) * UNLIKE;
      const size = (unlike ? Math.min : Math.max)(last.size, run.size);
      const end = last.x + last.width;
      const gap = run.x - end;
      // A run may start inside the one before by up to half a character and more: a closing quote's compressed half.
      if (!sameBaseline(last, run) || (unlike && Math.abs(last.y - run.y) > size * 0.1) || gap <= -size * 0.8) return false;
      const { lineEnd, hungOpen, inGutter } = gapAcross(last, run, gutters, body, printed, unlike);
      // Touching runs are one line (a headline across columns). Runs overlapping are one line too, whatever marks they end
      // with: punctuation side by side set close (”、“ squeezed, drawn as runs of their own). A space drawn right where a
      // run ends is that line's (a headline's phrase space, which may fall in a gutter). In a gutter of the running text,
      // a line of the text touches by its ink: an opening bracket drawn half into the gutter (Typst trims its blank half)
      // does not reach the column before (们解决工作和生活中|（上接第1版）).
      // So does a run of another size: a headline's line opening with a quote Typst hangs half into the gutter, beside a
      // line of the text (入选世|“绿色进园区, tune seed 198), reaches it only by the quote's blank half. And so does an
      // opening mark of the text's size whose ink starts where lines near by start a column: a byline's bracket, drawn
      // from half a character left of its column, overlaps the comma hung past the column before (表示，|（社区发展办）,
      // Typst, tune seed 828), and runs that overlap are no gap in a gutter.
      // Of other sizes, the channel is the one the smaller size's lines leave (a headline beside a column of text, or
      // beside a smaller headline's lines: 党建、创新社|坚持党员“四先”, 15 and 21 points).
      const channel = (textBeyond: boolean) => localChannel(printed, textEnd(last), run, sameSize(last, run) || last.size > run.size ? run : last, textBeyond, sameSize(last, run) && body !== undefined && run.size > body * 1.15);
      const start = (inGutter && ofText) || unlike || hungOpen ? textStart(run) : run.x;
      // (Overlapping is judged by the same start: a bracket hung half into a narrow gutter overlaps the comma that ends the
      // column's line before it, 1.深入群众，|（上接第2版）, Typst, tune seed 255.)
      // A line of the text that starts right at a gutter's far edge starts a column there, however close the ink before it
      // comes: a Latin word a line could not break at overflows its column (“WEHOME”智能|作与, Chromium, tune seed 860). It
      // may come within a third of a point, where lines near by start a column there (智能|为园区, Chromium, tune seed 1010).
      const gapToInk = start - textEnd(last);
      const atFarEdge = inGutter && ofText && gutters.some((g) => Math.abs(start - g.to) <= 1);
      const columnStart = atFarEdge && (gapToInk >= size * 0.15 || (gapToInk >= 0 && columnEdge(printed, run, start)));
      if (columnStart) return false;
      if (gapToInk < size * 0.3 || start - lineEnd < -size * 0.15 || (!run.text.trim() && Math.abs(gap) < size * 0.15)) return true;
      // A run drawn right where the one before ends, by its advance, is set on as one line, whatever blank half its last
      // mark leaves (仙霞举办“世界非遗”|青: a fallback glyph drawn as a run of its own past a quote), unless a column
      // beyond the gap stands beside it (a comma hung into the gutter up to the next column). A gutter of the running text
      // parts only lines in its size there: a headline crosses it.
      if (Math.abs(gap) < size * 0.02 && !(inGutter && nearBodySize(size, body)) && !channel(true)) return true;
      // A run set on at the spacing of the run before, its characters spread as one justified line spreads them, is that
      // line's (妥善处理，|小区, 0.7 points on, where only short lines stand near to tell of the column's width). A run of
      // one character shows no spacing of its own: the line's runs before it tell (⺠|携|⼿|、 then ⾃治…, tune seed 91).
      const spread = spacingOf(l.runs);
      if (spread !== undefined && spread > 0 && Math.abs(gap - spread) < size * 0.03 && gap < size * 0.3 && !inGutter) return true;
      // A space drawn as a glyph in the gap sets the two apart as words of one line, however far justification spread
      // them (博 创意点亮新, eleven points in text of nine, Chromium, tune seed 1211), where no gutter or channel parts them.
      const spaceBetween = gap < size * 2 && page.spaces?.some((s) => Math.abs(s.y - run.y) < size * 0.3 && s.x >= end - 1 && s.x + s.width <= run.x + 1);
      return (gap < size * GUTTER || spaceBetween) && !inGutter && !channel(false) && !photoEdgeBetween(page.images, end, run);
    });
    if (line) line.runs.push(run);
    else lines.push({ runs: [run] });
  }
  const onBaseline = (rs: TextRun[]) => page.spaces?.filter((s) => Math.abs(s.y - rs[0].y) < rs[0].size * 0.3).map((s) => s.x + s.width / 2);
  return lines.map(({ runs: rs }) => toLine(page.number, rs, onBaseline(rs))).filter((l) => l.text.trim().length > 0);
}

/** The size most of a page's characters are set in (to a tenth of a point), or undefined for a page without text. */
function bodyRunSize(runs: readonly TextRun[]): number | undefined {
  const sizes = new Map<number, number>();
  for (const r of runs) {
    const tenth = Math.round(r.size * 10) / 10;
    sizes.set(tenth, (sizes.get(tenth) ?? 0) + r.text.length);
  }
  return [...sizes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * Whether a run is set in the running text's size, to a quarter of a point: what the gutters are found from, not a
 * masthead's date line half a point larger (10 points over text in 9.5, whose two lines crossed the page's first
 * channel: Typst, tune seed 547).
 */
const inBodySize = (size: number, body: number | undefined): boolean => body !== undefined && Math.abs(size - body) < 0.25;
/**
 * Whether a run is set in about the running text's size, within half a point: an opening mark such a run hangs into a
 * gutter is not text of the column left of it (a roll's heading set in 11 points over text in 10.5, “五星奖”榜单: Typst,
 * tune seed 280), and a space it draws across a gutter is no line's.
 */
const nearBodySize = (size: number, body: number | undefined): boolean => body !== undefined && Math.abs(size - body) <= 0.51;

/**
 * The page's gutters: vertical channels the running text never crosses,
 * found from where the runs of the page's most common size lie. A headline
 * may cross one; two runs on either side of one are never one line.
 */
export function pageGutters(runs: readonly TextRun[], width: number): { from: number; to: number }[] {
  const body = bodyRunSize(runs);
  if (body === undefined) return [];
  const cover = new Uint16Array(Math.ceil(width) + 1);
  const text = runs.filter((r) => inBodySize(r.size, body) && r.text.trim());
  const lines = text.length;
  for (const r of text) {
    // Its text, not a mark's blank half (an opening bracket Typst draws half into the gutter, a comma hung into it).
    for (let x = Math.max(0, Math.floor(textStart(r))); x < Math.min(cover.length, Math.ceil(textEnd(r))); x++) cover[x]++;
  }
  if (lines < 10) return [];
  // Channels inside the text's extent, at least a third of the size wide, that no running text crosses; on a page of
  // many lines, one line may (a line with letters in it set wider than its column, into the gutter: tune seed 150).
  const crossing = lines >= 30 ? 1 : 0;
  const first = cover.findIndex((c) => c > 0);
  const last = cover.length - 1 - [...cover].reverse().findIndex((c) => c > 0);
  const out: { from: number; to: number }[] = [];
  for (const { from, to } of lowStretches(cover, first, last, crossing)) {
    // A channel a line crosses is a gutter only where columns stand either side of it: not the blank a comma leaves
    // before a glyph drawn as a run of its own, under a line that crosses it (了安全隐患，|⼩|区, tune seed 348).
    const crossed = cover.subarray(from, to).some((c) => c > 0);
    const clear = crossed ? clearStrips(cover, from, to, body / 3) : [];
    // Nor the blank a closing mark leaves where its line goes on after it, unless lines stand either side of it.
    const open = (s: { from: number; to: number }) => !bridged(text, s.from, s.to) || besideChannel(text, body, s.from, s.to) >= 2;
    if (clear.length > 0) out.push(...clear.filter(open));
    else if (to - from >= body / 3 && (crossed ? besideChannel(text, body, from, to) >= 3 : open({ from, to }))) out.push({ from, to });
  }
  return lines >= 30 ? [...out, ...crossedChannels(cover, text, body, first, last, out)].sort((a, b) => a.from - b.from) : out;
}

/**
 * Whether a closing mark's blank half is all that leaves a channel open: a run ending on a mark that reaches across it to
 * where another run on its baseline goes on. A column of one full line (over a photo, under a jump line) leaves that blank
 * uncrossed (普陀区“创城迎检”|⼯作助⼒, Chromium, tune seed 1342); a mark hung into a gutter as wide as its square does
 * too, but lines then stand either side of the gutter (besideChannel).
 */
function bridged(text: readonly TextRun[], from: number, to: number): boolean {
  return text.some((r) => HUNG_MARK.test(r.text) && textEnd(r) <= from + 1 && r.x + r.width >= to - 1 && text.some((s) => sameBaseline(r, s) && Math.abs(s.x - (r.x + r.width)) < 1));
}

/** Lines that may cross a channel the columns either side of it still make a gutter: a masthead's lines in the text's size. */
const MAX_CROSSING = 3;

/**
 * Channels crossed by two or three lines that still part columns: those standing either side of it outnumber the lines
 * crossing it tenfold. A masthead's date and publisher, set in the text's size, cross the first gutter over the columns
 * under them (tune seed 552, Chromium: the headline's closing mark hung into that gutter then read on into the 引题 beside it).
 */
function crossedChannels(cover: Uint16Array, text: readonly TextRun[], body: number, first: number, last: number, found: readonly { from: number; to: number }[]): { from: number; to: number }[] {
  return lowStretches(cover, first, last, MAX_CROSSING).filter(({ from, to }) => {
    const most = Math.max(...cover.subarray(from, to));
    // The lines that cross it cross its middle: a line that reaches into its edge (spread to a hung 、, Typst, tune seed
    // 803) does not part the columns either side. Two at least: a channel fewer cross was found before.
    const crossing = Math.max(2, cover[Math.floor((from + to) / 2)]);
    const known = found.some((g) => g.from < to && from < g.to);
    return !known && most > 1 && to - from >= body / 3 && besideChannel(text, body, from, to) >= 10 * crossing;
  });
}

/**
 * The strips of a crossed channel (`from` to the covered point `to` that ends it) that no running text covers at all,
 * each at least `min` wide: gutters in their own right. The line that crossed may be a column's only line, and the
 * channels either side of it then run into it as one (three continuations side by side at a page's top, the middle one
 * a single line under its （上接第1版）: tune seed 532).
 */
function clearStrips(cover: Uint16Array, from: number, to: number, min: number): { from: number; to: number }[] {
  return lowStretches(cover, from, to, 0).filter((s) => s.to - s.from >= min);
}

/**
 * The stretches of `cover` from `first` to `last` where no more than `limit` lines cover it, each as far as the point that
 * ends it (`to`, covered by more); one still open at `last` is none.
 */
function lowStretches(cover: Uint16Array, first: number, last: number, limit: number): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  let start = -1;
  for (let x = first; x <= last; x++) {
    if (cover[x] <= limit && start === -1) start = x;
    if (cover[x] > limit && start !== -1) {
      out.push({ from: start, to: x });
      start = -1;
    }
  }
  return out;
}

/**
 * How many lines of the running text (`text`: the runs of the body's size) stand either side of a channel, the fewer of
 * the two: those ending just before it, those starting just after it (columns side by side, their baselines in step or not).
 */
function besideChannel(text: readonly TextRun[], body: number, from: number, to: number): number {
  const ends = new Set(text.filter((r) => textEnd(r) > from - body && textEnd(r) <= from + 1).map((r) => Math.round(r.y)));
  const starts = new Set(text.filter((r) => textStart(r) >= to - 1 && textStart(r) < to + body).map((r) => Math.round(r.y)));
  return Math.min(ends.size, starts.size);
}

/**
 * A spaced-out run's text without its spacing, a space kept where one was printed (`printed`: the x of each space
 * drawn as a glyph on its baseline; undefined where the PDF draws none anywhere, and then letters keep pdf.js's spaces). The run's characters are taken as evenly spread along it, as justification sets
 * them: a printed space lies between the characters it falls between.
 */
function unspaceRun(r: TextRun, printed: readonly number[] | undefined): string {
  const chars = [...unspace(untracked(r, printed))];
  const pitch = r.width / Math.max(1, chars.length);
  const after = new Set((printed ?? []).filter((x) => x > r.x && x < r.x + r.width).map((x) => Math.round((x - r.x) / pitch)));
  return chars.map((c, i) => (after.has(i + 1) && i + 1 < chars.length && c !== ' ' && chars[i + 1] !== ' ' ? `${c} ` : c)).join('');
}

/**
 * A run's text without the spaces pdf.js wrote between two letters where the PDF drew none (`printed`: the middle of
 * each space drawn as a glyph on its baseline, when the PDF draws its spaces): letters spread by justification (Typst
 * tracks WE as W E), not words. So too between a number and a Chinese character: the browser's autospace (有党员178 名,
 * Chromium, tune seed 984), as between runs (toLine). A letter's place in the run is estimated from an even spread, so
 * a space counts as drawn within most of a character of it.
 */
function untracked(r: TextRun, printed: readonly number[] | undefined): string {
  if (!printed) return r.text;
  const chars = [...r.text];
  const at = (i: number) => r.x + (r.width * (i + 0.5)) / chars.length;
  const letter = (c: string | undefined) => c !== undefined && /[A-Za-z]/.test(c);
  const mixed = (i: number) => isMixed(chars.slice(0, i).join(''), chars.slice(i + 1).join(''));
  return chars.filter((c, i) => c !== ' ' || ((!letter(chars[i - 1]) || !letter(chars[i + 1])) && !mixed(i)) || printed.some((x) => Math.abs(x - at(i)) < r.size * 0.6)).join('');
}

/** `printed`: the middle of each space drawn as a glyph on the line's baseline; undefined where the PDF draws none anywhere. */
function toLine(page: number, all: TextRun[], printed?: readonly number[]): Line {
  // A space pdf.js writes between a number and a Chinese character (11 月 24 日: the browser's autospace, an eighth of
  // a character) is spacing, not a printed space: the gap beside it is judged as any other between them (see mixed below).
  const kept = all.filter((r, i) => !(i > 0 && i < all.length - 1 && !r.text.trim() && isMixed(all[i - 1].text, all[i + 1].text) && all[i + 1].x - (all[i - 1].x + all[i - 1].width) <= r.size * 1.5));
  // A justified line spaced out character by character is judged whole: a run cut short (by a radical drawn from another
  // font) holds too few characters to tell spacing from a printed space (2012 年 ，), and a short line's spaces beside
  // its numbers count too (11 ⽉ 22 ⽇ 下 午, eight characters in a narrow column).
  const spread = spacedOut(all.map((r) => r.text).join(''));
  const runs = spread ? kept.filter((r, i) => r.text.trim() || (/[A-Za-z]$/.test(kept[i - 1]?.text ?? '') && /^[A-Za-z]/.test(kept[i + 1]?.text ?? ''))) : kept;
  // Gaps between consecutive runs. A justified line spreads its characters evenly, so a wide gap
  // counts as a space between Chinese characters only where it stands out from the line's others.
  const gapsAfter = runs.slice(1).map((r, i) => r.x - (runs[i].x + runs[i].width));
  const typical = [...gapsAfter].sort((a, b) => a - b)[Math.floor(gapsAfter.length / 2)] ?? 0;
  let text = '';
  const sizes = new Map<number, number>();
  let boldChars = 0;
  let chars = 0;
  runs.forEach((r, i) => {
    const piece = spread ? unspaceRun(r, printed) : unjustify(untracked(r, printed));
    const gap = i === 0 ? 0 : gapsAfter[i - 1];
    const latin = /[A-Za-z0-9]$/.test(text) && /^[A-Za-z0-9]/.test(piece);
    // A number beside a Chinese character (11月18日) is set in another font and spread by justification: a space there is printed only very wide.
    const mixed = isMixed(text, piece);
    // A space drawn in the gap was printed, however justification spread the line around it.
    const drawn = i > 0 && printed !== undefined && printed.some((x) => x > runs[i - 1].x + runs[i - 1].width - 1 && x < r.x + 1);
    // Spaced out, a number's digits stand apart by the line's spread like its characters (1 0余名陆配, Typst, tune seed
    // 1211): a space between them is printed only as wide again as the spread.
    const latinSpace = gap > r.size * SPACE && !(spread && gap < typical + r.size * SPACE);
    const spaced = drawn || (latin ? latinSpace : gap > r.size * (mixed ? 1.5 : CJK_SPACE) && gap > typical * 2 + r.size * 0.1);
    if (text && spaced && !/\s$/.test(text) && !/^\s/.test(piece)) text += ' ';
    text = text ? (/\s$/.test(text) || /^\s/.test(piece) ? text + piece : joinCjk(text, piece)) : piece;
    // Weight and size are judged on letters: a closing quote often comes from another font.
    const n = piece.replace(/[\s\p{P}]/gu, '').length;
    chars += n;
    if (r.bold) boldChars += n;
    const key = Math.round(r.size * 2) / 2;
    sizes.set(key, (sizes.get(key) ?? 0) + n);
  });
  const size = [...sizes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? runs[0].size;
  // Where the line's ink starts and ends: a space pdf.js or the PDF sets at either end is no part of its extent (it
  // says only that a phrase ends there, spaceBefore and spaceAfter).
  const inked = runs.filter((r) => r.text.trim());
  const extent = inked.length ? inked : runs;
  return {
    page,
    x: Math.min(...extent.map((r) => r.x)),
    right: Math.max(...extent.map((r) => r.x + r.width)),
    top: Math.min(...runs.map((r) => r.top)),
    bottom: Math.max(...runs.map((r) => r.bottom)),
    y: runs[0].y,
    size,
    bold: chars === 0 ? runs.some((r) => r.bold) : boldChars * 2 > chars,
    text: text.replace(/\s+/g, ' ').trim(),
    spaceBefore: /^\s/.test(text),
    spaceAfter: /\s$/.test(text),
  };
}

/** A number and a Chinese character side by side (11月, 第2版), marks around the number aside (办“12·5”国). */
const isMixed = (before: string, after: string) => (/[0-9][”’）》」』]*$/u.test(before) && /^\p{Script=Han}/u.test(after)) || (/\p{Script=Han}$/u.test(before) && /^[“‘（《「『]*[0-9]/u.test(after));

/** One character, or one Latin word or number, with the marks around it: what justification spaces apart. */
const ONE_UNIT = /^[\p{P}]*(?:[^\p{P}\s]|[A-Za-z0-9]+)[\p{P}]*$/u;

/**
 * Most characters followed by a space: a justified line's spacing, which pdf.js writes as spaces (演 ， 50 余 位). Or
 * every character followed by one, a Latin word counting as one character (“WEHOME” 智 能: Chromium, tune seed 760).
 */
function spacedOut(text: string): boolean {
  const chars = [...text];
  const nonSpace = chars.filter((c) => c !== ' ').length;
  const spaces = chars.filter((c, i) => c === ' ' && i > 0 && i < chars.length - 1).length;
  const pieces = text.trim().split(' ');
  return (spaces >= 3 && spaces >= nonSpace * 0.3) || (pieces.length >= 3 && pieces.every((p) => ONE_UNIT.test(p)));
}

/** The spaces of a spaced-out text gone, except between two Latin words. */
const unspace = (text: string): string => {
  const chars = [...text];
  return chars.filter((c, i) => c !== ' ' || (/[A-Za-z]/.test(chars[i - 1] ?? '') && /[A-Za-z]/.test(chars[i + 1] ?? ''))).join('');
};

/**
 * A justified line's spacing, which pdf.js writes as spaces between the
 * characters of a run (演 ， 50 余 位): when most characters of a run are
 * followed by one, they are spacing, not text, and go, except between two
 * Latin words. An isolated space is kept: it was printed.
 */
export function unjustify(text: string): string {
  return spacedOut(text) ? unspace(text) : text;
}

/** The size of the running text: the size most characters are set in. */
export function bodySize(lines: readonly Line[]): number {
  const count = new Map<number, number>();
  for (const l of lines) count.set(l.size, (count.get(l.size) ?? 0) + l.text.length);
  return [...count.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}
