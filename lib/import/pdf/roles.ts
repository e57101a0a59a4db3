/**
 * Roles a PDF's type settles, before the shared role stage (../roles.ts):
 * a headline is set well above the running text; a line between the two
 * sizes is the 引题 when a headline follows it and the 副题 when it follows
 * the headline; a bold line the size of the text is a subheading. These are
 * `fixed`. Everything else keeps its kind from its words, for the shared
 * stage to find bylines, credits and honour rolls.
 */
import { awardLevel, KNOWN_SUBHEADINGS, programmeNamed, ROLL } from '../classify';
import type { AwardProgramme } from '../../content';
import type { Block } from '../types';

/** Sizes relative to the running text. */
const HEADLINE = 1.5;
const SECONDARY = 1.12;
/** Beside a headline, a line at most this share of its size is a 引题 or 副题. */
const MINOR = 0.8;
/** Set larger than the running text, as the layout's 引题 and 副题 are (./ownership.ts). */
const LARGER = 1.05;
const SMALLER = 0.95;
/** A 引题 sits on the headline: at most this many body lines of space between them. */
const KICKER_GAP = 1;

/**
 * Whether a line is short enough to be a 引题, by its size relative to the running text: set larger or smaller than the
 * text, any length (上海德必文化创意产业发展（集团）股份有限公司党支部); in the text's size, a name of 24 characters at most.
 */
const kickerLength = (text: string, size: number): boolean => !(size < LARGER && size > SMALLER && [...text].length > 24);
/** A line ending as a sentence or clause does is text, not a label. */
const ENDS_CLAUSE = /[。！？：；，、]$/u;
/**
 * Whether a line could be a 引题: short enough for its size, and not ending as a sentence does. A line set across a
 * gutter of the running text (`acrossColumns`) is no column's line, whatever its length.
 */
export const kickerLike = (text: string, size: number, acrossColumns = false): boolean => (acrossColumns || kickerLength(text, size)) && !ENDS_CLAUSE.test(text);

export function styleRoles(blocks: Block[], programmes: readonly AwardProgramme[]): void {
  const isTitle = (b: Block | undefined) => b !== undefined && b.role === 'title';
  for (const b of blocks) {
    if (!b.style || b.fixed || b.kind === 'photo' || b.kind === 'section' || b.kind === 'masthead') continue;
    if (b.style.size >= HEADLINE) {
      b.kind = 'short';
      b.role = 'title';
      b.fixed = true;
    }
  }
  // Two headline-size blocks in a row, one clearly smaller: the smaller is the 引题 above or the 副题 below.
  blocks.forEach((b, i) => {
    const next = blocks[i + 1];
    if (!isTitle(b) || !isTitle(next) || !b.style || !next.style) return;
    if (b.style.size < next.style.size * MINOR) b.role = 'kicker';
    else if (next.style.size < b.style.size * MINOR) next.role = 'subtitle';
  });
  // A short line set just above a headline, with no sentence end, is its 引题 even in the text's size and weight (of 24
  // characters at most: a name; set larger or smaller than the text, any short line).
  blocks.forEach((b, i) => {
    const next = blocks[i + 1];
    if (!b.style || b.fixed || b.kind !== 'short' || !isTitle(next) || next.gap > KICKER_GAP) return;
    if (!kickerLike(b.text, b.style.size)) return;
    // The last name on an honour roll sits above the next headline too, set as the names before it (a 引题 set smaller
    // than them, under a roll ending a column, is the next headline's; so is one set half a point larger, 11 points over
    // names in the text's 10.5: tune seed 530). A roll's names are set in one size, to a fiftieth of the text's.
    let k = i - 1;
    while (k >= 0 && blocks[k].kind === 'short' && !ROLL.test(blocks[k].text)) k--;
    const asBefore = k === i - 1 || Math.abs((blocks[i - 1].style?.size ?? b.style.size) - b.style.size) < 0.02;
    if (k >= 0 && ROLL.test(blocks[k].text) && asBefore) return;
    b.role = 'kicker';
    b.fixed = true;
  });
  // A short line right under a headline, set smaller than the text, with no sentence end, is its 副题 (a paper that sets
  // its 副题 at half its headline's size may set it under the text's, under a small headline).
  blocks.forEach((b, i) => {
    if (!b.style || b.fixed || b.kind !== 'short' || !isTitle(blocks[i - 1]) || b.style.size > SMALLER) return;
    if (ENDS_CLAUSE.test(b.text) || ROLL.test(b.text)) return;
    b.role = 'subtitle';
    b.fixed = true;
  });
  blocks.forEach((b, i) => {
    if (!b.style || b.fixed || b.kind === 'photo' || b.kind === 'section' || b.kind === 'masthead') return;
    if (b.style.size >= SECONDARY && b.kind !== 'byline') {
      if (isTitle(blocks[i + 1])) b.role = 'kicker';
      else if (isTitle(blocks[i - 1]) || blocks[i - 1]?.role === 'subtitle') b.role = 'subtitle';
      else b.role = 'subheading';
      b.kind = b.role === 'subheading' ? 'subheading' : 'short';
      b.fixed = true;
      return;
    }
    // A bold line the size of the text: a subheading, the heading of an honour roll, or an award set as a heading
    // (金奖标兵: 虹桥新城居民区党支部), for the draft to mark with its programme as it marks a roll's entries.
    if (b.style.bold && b.kind !== 'byline' && [...b.text].length <= 40) {
      if (ROLL.test(b.text) && programmeNamed(b.text, programmes)) {
        b.kind = 'short';
        return;
      }
      if (awardLevel(b.text, programmes)) {
        b.kind = 'heading';
        b.role = 'award';
        b.fixed = true;
        return;
      }
      b.kind = 'subheading';
      b.role = 'subheading';
      b.fixed = true;
      return;
    }
    if (KNOWN_SUBHEADINGS.includes(b.text)) {
      b.kind = 'subheading';
      b.role = 'subheading';
      b.fixed = true;
    }
  });
}
