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
 * Lines joined into blocks where a line fills the width and the next follows
 * with no blank line between; the block starts at its first line. Unwrapped
 * text keeps one block per line.
 */
export function joinWrapped(lines: readonly TextLine[], width: number | undefined): TextLine[] {
  if (width === undefined) return [...lines];
  // Each block, and the width of the last line it took: whether that line filled the column decides the next join.
  const out: { block: TextLine; last: number }[] = [];
  for (const l of lines) {
    const prev = out[out.length - 1];
    // A heading that fills the column goes on too; a line that starts with its own mark does not continue one.
    const continues = prev && l.gap === 0 && l.level === undefined && (prev.last >= width - TOLERANCE || startsClosed(l.text)) && !startsItem(l.text);
    if (continues) prev.block = { ...prev.block, text: prev.block.spaceAfter || l.spaceBefore ? `${prev.block.text} ${l.text}` : joinCjk(prev.block.text, l.text), spaceAfter: l.spaceAfter };
    if (continues) prev.last = l.width;
    else out.push({ block: l, last: l.width });
  }
  return out.map((o) => o.block);
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
