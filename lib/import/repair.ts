/**
 * Repairs of extraction damage, each a pure function of text: stray spaces
 * inside Chinese, "-" misread for 一, half-width punctuation inside Chinese,
 * CJK radicals a PDF's text layer gives instead of the characters they look
 * like. Each says what it changed, so the importer can report it.
 */
import radicalTable from './radicals.json' with { type: 'json' };

const HAN = /\p{Script=Han}/u;

/**
 * Joins two pieces of text broken across lines: no space between Chinese,
 * one between Latin words (a wrap falls on the space, which extraction
 * drops), none inside a number (8|0余人 is 80余人).
 */
export function joinCjk(a: string, b: string): string {
  const last = a.slice(-1);
  const first = b.slice(0, 1);
  const word = /[A-Za-z]/;
  const alnum = /[A-Za-z0-9]/;
  return alnum.test(last) && alnum.test(first) && (word.test(last) || word.test(first)) ? `${a} ${b}` : `${a}${b}`;
}

/** Characters a space inside Chinese text sits between. */
const CJK_CONTEXT = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF“”‘’"'(),.;:!?、…—]/u;

/** Spaces inside Chinese text: between two CJK-context characters, at least one of them Han. */
export function cjkSpaces(text: string): number[] {
  const at: number[] = [];
  const chars = [...text];
  for (let i = 1; i < chars.length - 1; i++) {
    if (chars[i] !== ' ') continue;
    const a = chars[i - 1];
    const b = chars[i + 1];
    if (CJK_CONTEXT.test(a) && CJK_CONTEXT.test(b) && (HAN.test(a) || HAN.test(b))) at.push(i);
  }
  return at;
}

export function removeAt(text: string, at: readonly number[]): string {
  const drop = new Set(at);
  return [...text].filter((_, i) => !drop.has(i)).join('');
}

/** Words that follow 一 and that extraction turns into "-": 一股, 一个, 一批… */
export const AFTER_YI = new Set([...'股个批次种些起直定样步般年天位支名件场系同道片条项份度']);

/**
 * "-" misread for 一 before a Han character: repaired where the next
 * character settles it (一股, 一个…), reported as unsure elsewhere.
 */
export function repairYi(text: string): { text: string; repaired: string[]; unsure: string[] } {
  const repaired: string[] = [];
  const unsure: string[] = [];
  const out = text.replace(/(^|[\p{Script=Han}，。,；;：:])-(?=(\p{Script=Han}))/gu, (m, before: string, after: string) => {
    if (AFTER_YI.has(after)) {
      repaired.push(after);
      return `${before}一`;
    }
    unsure.push(after);
    return m;
  });
  return { text: out, repaired, unsure };
}

/**
 * CJK radicals (the Kangxi Radicals and CJK Radicals Supplement blocks)
 * mapped to the unified ideograph they look like, from the Unicode Character
 * Database's EquivalentUnifiedIdeograph (see radicals.json). A PDF's text
 * layer often names a shared glyph by its radical code point (⽇ for 日, ⺠
 * for 民): in running text a radical is never meant. The same table maps the
 * four rare ideographs a common font draws with a common one's glyph (㬵 for
 * 胶): the text layer names that glyph by the lower code point too.
 */
const RADICALS = new Map(Object.entries(radicalTable.map as Record<string, string>).map(([k, v]) => [String.fromCodePoint(parseInt(k, 16)), String.fromCodePoint(parseInt(v, 16))]));
/** Any character the table maps: radicals, and the few ideographs that share a common ideograph's glyph. */
const RADICAL = new RegExp(`[${[...RADICALS.keys()].join('')}]`, 'gu');

/**
 * A radical of the CJK Radicals Supplement (⺠ ⻓ ⻛) opening a text: a browser draws one from a fallback font
 * when the text's font has no glyph under that code point, so it stands where that font puts it. A Kangxi
 * radical (⼩ for 小) is the text's own font's glyph, named by its other code point, and stands as the character.
 */
export const opensWithSupplementRadical = (text: string): boolean => /^[\u2E80-\u2EFF]/u.test(text);

export function repairRadicals(text: string): { text: string; count: number } {
  let count = 0;
  const out = text.replace(RADICAL, (r) => {
    const ideograph = RADICALS.get(r);
    if (!ideograph) return r;
    count++;
    return ideograph;
  });
  return { text: out, count };
}

/** Chinese on either side of a punctuation mark: a Han character or Chinese punctuation. */
const CHINESE = /[\p{Script=Han}\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20“”‘’、…—《》〈〉【】]/u;
const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）' };

/**
 * Half-width , : ; ( ) inside Chinese text turned full-width, as GB/T 15834
 * sets them: a comma, colon or semicolon with Chinese on both sides (a number
 * with its measure word after it, 展示会,50个居民区, is Chinese); a pair of
 * parentheses with Chinese inside and Chinese (or the edge of the text)
 * outside. Numbers, Latin text and URLs keep theirs (3,4号线; 12:30开始;
 * https://…), as does a mark with a digit or letter before it.
 */
export function fullWidthPunctuation(text: string): { text: string; count: number } {
  const chars = [...text];
  let count = 0;
  const chinese = (c: string | undefined) => c !== undefined && CHINESE.test(c);
  // After the mark: Chinese, or digits that a Han character follows (50个, 2019年).
  const chineseAfter = (i: number) => {
    let j = i;
    while (j < chars.length && /[0-9]/.test(chars[j])) j++;
    return chinese(chars[j]) && (j === i || /\p{Script=Han}/u.test(chars[j]));
  };
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if ((c === ',' || c === ':' || c === ';') && chinese(chars[i - 1]) && chineseAfter(i + 1)) {
      chars[i] = FULL[c];
      count++;
    } else if (c === '(') {
      const close = chars.indexOf(')', i + 1);
      const inner = close === -1 ? '' : chars.slice(i + 1, close).join('');
      if (close === -1 || inner.includes('(') || !/\p{Script=Han}/u.test(inner)) continue;
      const outsideOk = (i === 0 || chinese(chars[i - 1])) && (close === chars.length - 1 || chinese(chars[close + 1]));
      if (outsideOk && chinese(chars[i + 1]) && chinese(chars[close - 1])) {
        chars[i] = '（';
        chars[close] = '）';
        count += 2;
      }
    }
  }
  return { text: chars.join(''), count };
}
