/**
 * What the language says where geometry cannot: whether a line break falls
 * inside a word. An editor breaks a headline between its phrases, and a
 * phrase never ends inside a word, so a break that splits one (最后一公|里)
 * is a wrap, however short the line; and an article's two halves, either
 * side of a jump to another page, meet where a word was broken (常态化疫|情防控).
 * Words are jieba's (jieba-rs, as WebAssembly): its dictionary knows the
 * words of today's news (疫情), and weighs them by how often they are used,
 * so 集中|共区域 reads as 集中/共/区域, not as 中共 split.
 */
import { cut } from 'jieba-wasm';
import { repairRadicals } from './repair';

/** How much text either side of a break is segmented: enough for the longest words, and the words beside them. */
const REACH = 8;

/** Does the break between `before` and `after` fall inside a word? (Radicals a text layer gives for 民, 文… read as those.) */
export function splitsWord(before: string, after: string): boolean {
  const a = [...repairRadicals(before.trimEnd()).text].slice(-REACH).join('');
  const b = [...repairRadicals(after.trimStart()).text].slice(0, REACH).join('');
  if (!a || !b) return false;
  // No guessing at words the dictionary lacks (jieba's HMM would make 化疫 a word of 常态化疫情).
  let at = 0;
  for (const word of cut(a + b, false)) {
    const end = at + word.length;
    if (end > a.length) return at < a.length && /[\p{L}\p{N}]/u.test(word);
    at = end;
  }
  return false;
}
