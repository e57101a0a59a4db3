/**
 * A headline's printed lines joined into its text: where a break between two
 * lines is a wrap inside a phrase (joined) and where it is the space an editor
 * set between phrases (kept). Geometry first, the language where geometry
 * cannot tell (./words.ts), and the document's own habit: a paper sets all its
 * headlines one way (setsByPhrase).
 */
import { joinCjk, opensWithSupplementRadical, repairRadicals } from '../repair';
import { splitsWord } from '../words';
import { CLOSING_MARK, OPENING_MARK, sameBaseline, type Line } from './lines';

/** The columns of the text a headline owns: the measure its editor set it to. */
export interface Frame {
  left: number;
  right: number;
}

/** A headline as the layout gathered it: its lines and, where known, its frame. */
export interface GatheredHeadline {
  lines: readonly Line[];
  frame?: Frame;
}

export interface HeadlineOptions {
  frame?: Frame;
  /** Names of the street's residential areas: a first line that is one ends a phrase. */
  labels?: ReadonlySet<string>;
  /** The document sets its headlines by phrase (setsByPhrase): a line that holds two phrases ends its second. */
  byPhrase?: boolean;
}

/** A headline's lines grouped into printed rows: pieces of one line (runs a gap apart on its baseline) are one row. */
export function headlineRows(lines: readonly Line[]): Line[][] {
  const rows: Line[][] = [];
  for (const l of lines) {
    const row = rows[rows.length - 1];
    if (row && sameBaseline(row[0], l)) row.push(l);
    else rows.push([l]);
  }
  return rows;
}

const rowText = (row: readonly Line[]) => row.map((l) => l.text).join('');
const rowWidth = (row: readonly Line[]) => Math.max(...row.map((l) => l.right)) - Math.min(...row.map((l) => l.x));

/** A break that a rule of breaking (禁则) or a word of letters kept whole may have moved: no evidence of where a phrase ends. */
const carried = (next: string) => OPENING_MARK.test(next.charAt(0)) || CLOSING_MARK.test(next.charAt(1)) || /^[A-Za-z0-9]/.test(next);

/** A headline's first line names a residential area, one whose longer name does not run on into the next line (清水湾居委|会). */
function namesArea(first: string, next: string, labels: ReadonlySet<string>): boolean {
  const name = repairRadicals(first).text;
  const on = repairRadicals(first + next).text;
  return labels.has(name) && ![...labels].some((label) => label.length > name.length && label.startsWith(name) && on.startsWith(label));
}

/**
 * Whether a document sets its headlines by phrase, as an editor does in a
 * DTP program (each line a phrase or several, broken where the editor chose),
 * rather than greedily, filling each line to its frame as a web page or a
 * careless template does. Set greedily, every line but a headline's last
 * fills its frame to within a character, unless a rule of breaking carried a
 * character down; set by phrase, lines end short where the next phrase would
 * not fit. So: by phrase where lines end short by a character and a half or
 * more, two of them or at least a third as many as fill it (a frame measured
 * a little wide may make a greedy line look short now and then, but seldom
 * twice; set by phrase at the paper's smallest headline type, a phrase wider
 * than its frame fills lines as greedily as a web page would); or where a
 * line between a headline's first and last ends that short of another of its
 * lines, whatever its frame (its first line may be a label set on its own:
 * 光荣榜, 锦苑居民区). Headlines of one line say nothing.
 */
export function setsByPhrase(headlines: readonly GatheredHeadline[]): boolean {
  let short = 0;
  let full = 0;
  let shorter = 0;
  for (const { lines, frame } of headlines) {
    const rows = headlineRows(lines);
    const widest = Math.max(...rows.map(rowWidth));
    for (let r = 0; r + 1 < rows.length; r++) {
      if (carried(rowText(rows[r + 1]))) continue;
      // A middle line shorter than another of its headline: set greedily, it would have filled the frame as they do.
      if (r > 0 && widest - rowWidth(rows[r]) >= rows[r][0].size * 1.5) shorter++;
      if (!frame) continue;
      if (frame.right - frame.left - rowWidth(rows[r]) >= rows[r][0].size * 1.5) short++;
      else full++;
    }
  }
  return shorter > 0 || short >= 2 || (short > 0 && short * 3 >= full);
}

/**
 * A headline's lines joined into its text. Chinese may break between any two
 * characters, and 禁则 carries a character down with the closing mark after
 * it; the text layer seldom prints the space an editor set between a
 * headline's phrases where a line ends. A break is a phrase break where the
 * text layer prints a space there; where a line of a left-aligned headline
 * starts a space's width in from the others (the space set at its start, not
 * a trimmed opening quote); where a line set greedily stops a character or
 * more short of the headline's measure, not cut short by a rule of breaking
 * (endsPhrase); or where the line stops more than two characters before its
 * column ends and is not the headline's widest so far. Otherwise the line was
 * wrapped mid-phrase. Where the frame is known (the columns of the text the
 * headline owns, or the headline's own where its rows show it set narrower: frameFilled), a
 * break is a phrase break unless the line fills the frame
 * (wrapsInFrame). Either way, a break inside a word is a wrap (splitsWord),
 * a first line that names one of the street's residential areas (`labels`)
 * ends a phrase, and in a document set by phrase (`byPhrase`) a line that
 * holds two phrases ends its second: an editor starts a phrase on a line of
 * its own rather than carry it over.
 */
export function headlineText(lines: readonly Line[], roomAfter: (l: Line) => number, { frame: owned, labels = new Set(), byPhrase = false }: HeadlineOptions = {}): string {
  const rows = headlineRows(lines);
  const left = (row: Line[]) => Math.min(...row.map((x) => x.x));
  const width = rowWidth;
  const margin = Math.min(...rows.map(left));
  const atMargin = (row: Line[]) => left(row) - margin < row[0].size * 0.05;
  const end = Math.max(...rows.map((row) => left(row) + width(row)));
  // A line with a space inside is no measure of alignment either way: a space's printed width is the font's, seldom
  // what the text layer or the typesetter's centring counted for it.
  const spaced = (row: Line[]) => /\S\s+\S/.test(row.map((l) => l.text).join(' '));
  const indented = (row: Line[]) => {
    const inset = left(row) - margin;
    // Left-aligned: every other line starts at the margin (a centred headline's lines of one length share a start too;
    // of two lines, the other is the margin), and a line of a centred headline starts in by as much as it ends short.
    const marginRows = rows.filter((r) => !spaced(r) && atMargin(r)).length;
    const aligned = rows.every((other) => other === row || spaced(other) || atMargin(other)) && (marginRows >= 2 || (rows.length === 2 && marginRows === 1));
    const centred = Math.abs(inset - (end - left(row) - width(row))) < row[0].size * 0.1;
    // A line opening with a quote or bracket may start in by half its width (the browser trims it), not by a space; one
    // opening with ⺠ for 民 may start where a fallback font puts it (opensWithSupplementRadical).
    const opening = OPENING_MARK.test(row[0].text.charAt(0)) || opensWithSupplementRadical(row[0].text);
    return aligned && !spaced(row) && !centred && !opening && inset > row[0].size * 0.15 && inset < row[0].size * 0.5;
  };
  // The headline's measure: its widest line, less a closing mark hung past the end.
  const hangs = (row: Line[]) => CLOSING_MARK.test(row.at(-1)?.text.at(-1) ?? '');
  const measure = Math.max(...rows.map((row) => width(row) - (hangs(row) ? row[0].size : 0)));
  const centre = (row: Line[]) => left(row) + width(row) / 2;
  // Centred, a headline's full lines share their start as a left-aligned one's do; its short last line tells them apart.
  const lastRow = rows[rows.length - 1];
  const leftAligned = measure - width(lastRow) >= lastRow[0].size * 0.9 && atMargin(lastRow);
  // A line is set greedily: one that stops a character or more short of the measure (not the last, not ending at a
  // closing mark) ended where the next word would not fit after a space, the space set after it. Left-aligned, such a
  // line starts at the margin; centred, it sits off the axis of the full lines by the space it ends with.
  const endsPhrase = (r: number) => {
    const row = rows[r];
    const size = row[0].size;
    // A line set in by the space at its start (indented) is short by that space too: judged by where it ends. (The first
    // line has no space at its start: set in, it is centred, and short by the space at its end.)
    const inset = r > 0 && indented(row) ? left(row) - margin : 0;
    // A headline a character wide is set down the page.
    if (r === rows.length - 1 || measure < size * 1.5 || spaced(row) || hangs(row) || measure - width(row) - inset < size * 0.9) return false;
    // Nor where the line was cut short by a rule of breaking: a mark that may not end a line (an opening quote) or may not
    // start one (a closing mark, carried down with the character before it), or a word of letters or digits kept whole.
    if (carried(rowText(rows[r + 1]))) return false;
    if (leftAligned || inset) return atMargin(row) || inset > 0;
    const full = rows.find((other) => measure - width(other) < other[0].size * 0.2 && !spaced(other));
    const off = full ? centre(full) - centre(row) : 0;
    return off > size * 0.15 && off < size * 0.5;
  };
  const frame = owned && frameFilled(rows, owned, margin, measure);
  let text = '';
  // The rows each read as going on from the row before (the break a wrap, no space set).
  const goesOn = new Set<number>();
  rows.forEach((row, r) => {
    row.forEach((l, i) => {
      const last = i > 0 ? row[i - 1] : rows[r - 1]?.at(-1);
      const before = text;
      if (!last) text = l.text;
      else if (last.spaceAfter || l.spaceBefore) text = `${text} ${l.text}`;
      else if (i > 0) text = joinCjk(text, l.text);
      else if ((r === 1 && namesArea(text, l.text, labels)) || (byPhrase && spaced(rows[r - 1]) && !splitsWord(text, l.text))) text = `${text} ${l.text}`;
      else if (measure < l.size * 1.5) {
        // Set down the page, a character to a line: a line left blank between two is a phrase's space.
        text = l.top - last.bottom > l.size * 0.8 ? `${text} ${l.text}` : joinCjk(text, l.text);
      } else if (frame && frame.right - frame.left >= measure - l.size * 0.5) {
        text = wrapsInFrame(rows, r, frame, goesOn.has(r - 1)) || splitsWord(text, l.text) ? joinCjk(text, l.text) : `${text} ${l.text}`;
      } else {
        const short = roomAfter(last) > l.size * 2 && width(rows[r - 1]) < width(row) - l.size * 1.5;
        text = (short || endsPhrase(r - 1) || indented(row)) && !splitsWord(text, l.text) ? `${text} ${l.text}` : joinCjk(text, l.text);
      }
      if (i === 0 && last && !text.startsWith(`${before} `)) goesOn.add(r);
    });
  });
  return text;
}

/**
 * The frame a headline's rows filled, the text it owns set in `owned`. A row of one character under a row as wide as the
 * headline was carried over from it, which an editor's phrase never is (虹仙居民|区): the headline was set narrower than
 * its text (in a box, set in from its sides), to its own widest row. A row that leaves just a character's room, to
 * within measuring: in the headline's own frame, the next character would have fit (a phrase ended there: 坚持党员“四先”
 * |破解…); in the text's, measured from that text's edges, the headline may have been set to one a point narrower, where
 * it would not (长风新村街道|举办…).
 */
function frameFilled(rows: readonly Line[][], owned: Frame, margin: number, measure: number): Frame {
  const tie = rows[0][0].size * 0.05;
  const orphan = rows.some((row, r) => r > 0 && /^\p{L}$/u.test(rowText(row)) && measure - rowWidth(rows[r - 1]) < row[0].size * 0.2);
  if (orphan) return { left: margin, right: margin + measure + tie };
  // A row set from the frame's start as wide as it, to within the tie, shows the headline was set to the text's frame,
  // not a point narrower: measured to that frame, a row a character short of it ended a phrase (师大二村 | 听老党员解读 |
  // 十九届四中全会, seed 1162), less only a little for measuring. Not a row ending on a mark, which may hang past a
  // frame a point narrower (在“加强基层党建、 | 创新社会治理”之 | 路上…, Typst, tune seed 245).
  const filled = rows.some((row) => !CLOSING_MARK.test(rowText(row).at(-1) ?? '') && Math.min(...row.map((l) => l.x)) >= owned.left - tie && rowWidth(row) >= owned.right - owned.left - tie);
  return { left: owned.left, right: filled ? owned.right + tie * 0.6 : owned.right - tie };
}

/**
 * Whether the break before row `r` of a headline is a wrap within a phrase, the frame of the text it owns known
 * (`goesOn`: the row before was read as going on from its own row before). An
 * editor's line is a phrase, or several, and a line wraps only where its phrase is wider than the frame: so the row
 * before fills the frame (fillsFrame). Nor is it the first of the last two rows, full, of one length and unpunctuated:
 * a couplet (对仗, 品味海派文化 感受社区温度), two phrases. (A phrase wrapped greedily ends as often with two lines of
 * one length, 深化载体建设，构 / 建园区党建生态圈; its punctuation tells it apart more often than not, and so does the
 * row before, where the first of the two goes on from it: 深化载体 | 建设，构 | 建园区党 | 建生态圈.)
 */
function wrapsInFrame(rows: readonly Line[][], r: number, frame: Frame, goesOn: boolean): boolean {
  const [a, b] = [rowText(rows[r - 1]), rowText(rows[r])];
  // The couplet's first line is a phrase of its own: not one read as going on from the row before (`goesOn`).
  const couplet = r === rows.length - 1 && [...a].length === [...b].length && !/[\p{P}\s]/u.test(a + b) && !goesOn;
  const rightmost = Math.max(...rows.flat().map((l) => l.right));
  return fillsFrame(rows[r - 1], b, frame, rightmost) && !couplet;
}

/**
 * A headline's printed line fills its frame (the columns of the text the headline owns), so the break after it is a
 * wrap within a phrase: an editor's line is a phrase, and a line wraps only where its phrase is wider than the frame.
 * Filled to it within a character (a character's room or more left, the next would have fit: the line ended a
 * phrase), or two where a character was carried down with a closing mark or a mark that may not end a line, or more
 * where a word of letters was kept whole; a closing mark hung past the frame is no part of it. A line that hangs its
 * opening mark out before the frame may or may not have been given that room back at its end, as typesetters differ:
 * it is measured to the headline's own longest line where that ends inside the frame (`rightmost`): “绿色进 | 园区 half a
 * character short of 花香满楼 is full (Typst, tune seed 618), “绿色进园区 | 花香满楼宇”插 a character and a half short
 * of it is a phrase (seed 973).
 */
function fillsFrame(row: readonly Line[], next: string, frame: Frame, rightmost: number): boolean {
  const size = row[0].size;
  const left = Math.min(...row.map((l) => l.x));
  const hung = OPENING_MARK.test(row[0].text.charAt(0)) && left < frame.left && frame.left - left < size * 0.6;
  const over = hung ? Math.min(frame.right, rightmost) - Math.max(...row.map((l) => l.right)) : frame.right - frame.left - rowWidth(row);
  const short = CLOSING_MARK.test(row.at(-1)?.text.at(-1) ?? '') && over < 0 ? over + size : over;
  const word = /^[A-Za-z0-9]+/.exec(next)?.[0].length ?? 0;
  const carriedDown = OPENING_MARK.test(next.charAt(0)) || CLOSING_MARK.test(next.charAt(1)) ? 1 : word * 0.6;
  return short < size * (1 + carriedDown);
}
