/**
 * Roles a PDF's type settles, before the shared role stage (../roles.ts):
 * a headline is set well above the running text; a line between the two
 * sizes is the 引题 when a headline follows it and the 副题 when it follows
 * the headline; a bold line the size of the text is a subheading. These are
 * `fixed`. Everything else keeps its kind from its words, for the shared
 * stage to find bylines, credits and honour rolls.
 */
import { KNOWN_SUBHEADINGS, programmeNamed, ROLL } from '../classify';
import type { AwardProgramme } from '../../schema';
import type { Block } from '../types';

/** Sizes relative to the running text. */
const HEADLINE = 1.5;
const SECONDARY = 1.12;

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
    // A bold line the size of the text: a subheading, or the heading of an honour roll.
    if (b.style.bold && b.kind !== 'byline' && [...b.text].length <= 40) {
      if (ROLL.test(b.text) && programmeNamed(b.text, programmes)) {
        b.kind = 'short';
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
