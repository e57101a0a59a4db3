/**
 * What the language says where geometry cannot: whether a line break falls
 * inside a word. An editor breaks a headline between its phrases, and a
 * phrase never ends inside a word, so a break that splits one (最后一公|里)
 * is a wrap, however short the line. Words are ICU's (Intl.Segmenter, with
 * its dictionary for Chinese, in every Node and browser): no package needed.
 */
import { repairRadicals } from './repair';

const SEGMENTER = new Intl.Segmenter('zh', { granularity: 'word' });

/** How much text either side of a break is segmented: enough for the longest word ICU's dictionary holds. */
const REACH = 8;

/** Does the break between `before` and `after` fall inside a word? (Radicals a text layer gives for 民, 文… read as those.) */
export function splitsWord(before: string, after: string): boolean {
  const a = [...repairRadicals(before.trimEnd()).text].slice(-REACH).join('');
  const b = [...repairRadicals(after.trimStart()).text].slice(0, REACH).join('');
  if (!a || !b) return false;
  for (const s of SEGMENTER.segment(a + b)) {
    if (s.index >= a.length) return false;
    if (s.index + s.segment.length > a.length) return s.isWordLike === true;
  }
  return false;
}
