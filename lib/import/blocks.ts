/**
 * Stage 2: lines become blocks. Text extracted from a narrow column breaks
 * every paragraph and every long headline into lines of the column's width;
 * the width is inferred from the input itself (nothing here assumes one), and
 * a line that fills it continues on the next. Each block is then classified
 * (./classify.ts). PDF input arrives here as blocks already, built from the
 * page's geometry (./pdf/layout.ts).
 */
import { joinCjk } from './repair';
import { displayWidth } from './width';

export { displayWidth };
import { classify, SENTENCE_END } from './classify';
import type { TextLine } from './read-text';
import type { Block } from './types';

/** A line this close to the width (in columns) fills it: CJK line-breaking rules move a mark or a word. */
const TOLERANCE = 3;

/**
 * The width the text was wrapped at, in columns, or undefined when it was not
 * wrapped (each line a whole paragraph, as a wide extraction gives). Wrapped
 * text shows it plainly: many lines at one width, and next to none beyond it.
 */
export function wrapWidth(lines: readonly TextLine[]): number | undefined {
  const widths = lines.map((l) => l.width);
  if (widths.length < 8) return undefined;
  let best: { w: number; full: number } | undefined;
  for (const w of new Set(widths)) {
    if (w < 12) continue;
    const full = widths.filter((x) => x >= w - TOLERANCE && x <= w).length;
    // A closing mark may hang past the column (禁则): one character, two columns.
    const beyond = widths.filter((x) => x > w + 2).length;
    if (full < Math.max(5, widths.length * 0.25) || beyond > widths.length * 0.02) continue;
    // The width whose window holds the most lines; on a tie the wider, so short lines stay short.
    if (!best || full > best.full || (full === best.full && w > best.w)) best = { w, full };
  }
  return best?.w;
}

/**
 * Lines joined into blocks where a line fills its column and the next
 * follows with no blank line between; the block starts at its first line.
 * Unwrapped text keeps one block per line. Text copied out of a page whose
 * articles were set in columns of different widths has no one width: where a
 * run of lines does not fit the text's wrap width, the run's own columns are
 * read from it (see columnRuns).
 */
export function joinWrapped(lines: readonly TextLine[], width: number | undefined): TextLine[] {
  const plateaus = plateauWidths(lines);
  const all = runs(lines);
  // Set in columns of different widths: many runs show a column the one wrap width does not explain.
  const multiline = all.filter((r) => r.length >= 3).length;
  const varying = all.filter((r) => ownColumns(r, width)).length > Math.max(1, multiline * 0.2);
  const out: TextLine[] = [];
  for (const run of all) {
    const joins = varying ? columnJoins(run, plateaus) : globalJoins(run, width);
    let block: TextLine | undefined;
    run.forEach((l, i) => {
      if (block && joins[i - 1]) block = { ...block, text: block.spaceAfter || l.spaceBefore ? `${block.text} ${l.text}` : joinCjk(block.text, l.text), spaceAfter: l.spaceAfter };
      else {
        if (block) out.push(block);
        block = l;
      }
    });
    if (block) out.push(block);
  }
  return out;
}

/** Consecutive lines with no blank line between; a typed heading starts a run (its wrapped rest may follow it). */
function runs(lines: readonly TextLine[]): TextLine[][] {
  const out: TextLine[][] = [];
  for (const l of lines) {
    const last = out[out.length - 1];
    if (last && l.gap === 0 && l.level === undefined) last.push(l);
    else out.push([l]);
  }
  return out;
}

/** Whether a run was set at a width of its own: two consecutive full-looking lines at a width the text's wrap width does not explain. */
function ownColumns(run: readonly TextLine[], width: number | undefined): boolean {
  for (let i = 0; i + 2 < run.length; i++) {
    const [a, b] = [run[i].width, run[i + 1].width];
    const plateau = Math.min(a, b) >= MIN_COLUMN && Math.abs(a - b) <= 1;
    if (plateau && (width === undefined || a < width - TOLERANCE || a > width + 2)) return true;
  }
  return false;
}

/** Whether each line of a run goes on into the next, by the text's one wrap width. */
function globalJoins(run: readonly TextLine[], width: number | undefined): boolean[] {
  return run.slice(0, -1).map((l, i) => {
    const next = run[i + 1];
    if (width === undefined || startsItem(next.text)) return false;
    // A heading that fills the column goes on too; a line that starts with its own mark does not continue one.
    return l.width >= width - TOLERANCE || startsClosed(next.text);
  });
}

/** Below this width (in columns, ten characters) a line is not taken for a column's full line on its own evidence. */
const MIN_COLUMN = 20;

/**
 * Widths at which some run of the text shows a column: two consecutive lines
 * as wide as each other (within a column or two) and wide enough, neither the
 * last of its run. What two-line paragraphs and wrapped headlines are measured
 * against.
 */
function plateauWidths(lines: readonly TextLine[]): Set<number> {
  const found = new Set<number>();
  for (const run of runs(lines)) {
    for (let i = 0; i + 2 < run.length; i++) {
      const [a, b] = [run[i].width, run[i + 1].width];
      if (Math.min(a, b) >= MIN_COLUMN && Math.abs(a - b) <= 1) found.add(Math.max(a, b));
    }
  }
  return found;
}

/** A width within the range of the columns seen: the text's articles were set between these widths. */
const nearPlateau = (w: number, plateaus: ReadonlySet<number>) => plateaus.size > 0 && w >= Math.min(...plateaus) - TOLERANCE && w <= Math.max(...plateaus) + 2;

/**
 * Whether each line of a run goes on into the next, where the run has
 * columns of its own: a paragraph's lines all fill one width but its last;
 * a new paragraph (or a headline) starts where a line stops short of that
 * width, or where the next line is wider than a full line could be.
 */
function columnJoins(run: readonly TextLine[], plateaus: ReadonlySet<number>): boolean[] {
  const joins: boolean[] = [];
  let column: number | undefined;
  for (let i = 0; i + 1 < run.length; i++) {
    const [l, next] = [run[i], run[i + 1]];
    if (startsItem(next.text)) {
      joins.push(false);
      column = undefined;
      continue;
    }
    if (startsClosed(next.text)) {
      joins.push(true);
      continue;
    }
    // Inside a paragraph: this line fills the paragraph's column, and the next is no wider than a full line.
    const goesOn = column !== undefined && l.width >= column - TOLERANCE && next.width <= column + 2;
    // A paragraph's first line: as wide as the next (a column seen here), or as wide as the columns seen elsewhere.
    const starts = column === undefined && l.width >= MIN_COLUMN && next.width <= l.width + 2 && (Math.abs(next.width - l.width) <= 1 || nearPlateau(l.width, plateaus));
    // A long line's last few characters on a line of their own, neither ending a sentence: a wrapped headline.
    const remnant = column === undefined && l.width >= MIN_COLUMN && next.width * 2 <= l.width && !SENTENCE_END.test(l.text) && !SENTENCE_END.test(next.text) && !/^(?:byline|credit|qr)$/.test(classify(next.text));
    if (goesOn || starts || remnant) {
      column = Math.max(column ?? 0, l.width);
      joins.push(true);
    } else {
      joins.push(false);
      column = undefined;
    }
  }
  return joins;
}

/** A line that starts with a closing mark continues the one before: no sentence starts with “，” or “。”. */
const startsClosed = (t: string) => /^[，。、；：！？）」』”’…]/u.test(t);

/** A list item starts anew, whatever the line before. */
const startsItem = (t: string) => /^[-*•·]\s/u.test(t);

/** Lines as classified blocks; consecutive QR-prompt lines become one. */
export function textBlocks(lines: readonly TextLine[], width = wrapWidth(lines)): Block[] {
  const blocks: Block[] = [];
  for (const l of joinWrapped(lines, width)) {
    const block: Block = { line: l.line, gap: l.gap, text: l.text, kind: classify(l.text, l.level), level: l.level };
    const prev = blocks[blocks.length - 1];
    // A short line set with the paper's own blurb or QR prompts is furniture too (a slogan).
    if (prev && (prev.kind === 'about' || prev.kind === 'qr') && (block.kind === 'short' || block.kind === 'body') && [...block.text].length <= 20) {
      block.kind = 'slogan';
      block.doubt = '与版面文字排在一起的短句，按报头语处理';
    }
    if (prev && prev.kind === 'qr' && l.gap === 0 && [...block.text].length <= 30 && !SENTENCE_END.test(block.text)) {
      prev.text = joinCjk(prev.text, block.text);
    } else blocks.push(block);
  }
  return blocks;
}
