/**
 * Which continuation goes with which article, where a page sends several
 * articles on to the same page: 下转第2版 under three articles, 上接第1版
 * over three columns of page 2. The jump lines name pages, not articles, so
 * the halves are paired by what a reader would go by: the words an article's
 * two halves share (the names, places and terms of its story).
 */

import { splitsWord } from '../words';

/** A text's pairs of adjacent Chinese characters (the words of a language written without spaces, near enough). */
function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i] + chars[i + 1]);
  }
  return out;
}

/**
 * How much each continuation shares with each article: the pairs both hold, each weighted by how few of the articles
 * hold it (a pair every article uses, 社区, tells them apart no more than 的 does), over the square root of the pairs
 * the article holds (a long article shares more with anything); and, where the article's last words and the
 * continuation's first make a word across the break (分类过|程中), a share as large as the largest on the page: a
 * word broken across the jump outweighs the words two articles on one subject both use (幸|福感, tune seed 580,
 * where the other continuation shared more with that article than with its own). And as large a share less where an
 * article breaks off after a comma and the continuation ends no sentence: a sentence left open goes on to its full stop
 * (tune seed 760, where the rest of an honour roll, one company's name, shared that company's words with the article
 * about it, which broke off at 资源，).
 */
function affinities(outs: readonly string[], ins: readonly string[], breaks: Breaks): number[][] {
  const outGrams = outs.map(bigrams);
  const held = new Map<string, number>();
  for (const grams of outGrams) for (const g of grams) held.set(g, (held.get(g) ?? 0) + 1);
  const shared = ins.map((text) => {
    const grams = bigrams(text);
    return outGrams.map((og) => [...grams].reduce((sum, g) => (og.has(g) ? sum + Math.log(1 + outs.length / held.get(g)!) : sum), 0) / Math.sqrt(Math.max(1, og.size)));
  });
  const top = Math.max(0, ...shared.flat());
  // A sentence broken off cannot go on on a paragraph's first line: no words shared outweigh it.
  const midSentence = (o: number, i: number) => Boolean(breaks.offMidSentence[o] && breaks.opensParagraph[i]);
  const never = top * (ins.length + 1) + 1;
  return shared.map((row, i) => row.map((v, o) => v + (splitsWord(outs[o], ins[i]) ? top : 0) - (leftOpen(outs[o]) && !FULL_STOP.test(ins[i]) ? top : 0) - (midSentence(o, i) ? never : 0)));
}

/**
 * How the halves break, from the page: whether each article breaks off inside a sentence (its last line full, ending on
 * a character: 只有在法治框架), and whether each continuation opens with a paragraph's first line (set in). A sentence
 * broken off goes on on a line that is not a paragraph's first, whatever words the halves share (tune seed 1315, Typst:
 * a continuation of four lines sharing few words with its article, beside a long one on a subject near that article's).
 */
export interface Breaks {
  offMidSentence: readonly boolean[];
  opensParagraph: readonly boolean[];
}

/**
 * A full stop, a question or an exclamation anywhere in a text: a sentence ends in it. Not classify's SENTENCE_END, which
 * asks whether a line ends on one, and a continuation may end on its byline (（社区发展办）) after its last full stop.
 */
const FULL_STOP = /[。！？!?]/u;

/** Does an article's text break off after a comma, in a sentence its continuation must end? */
const leftOpen = (text: string) => /[，,]\s*$/u.test(text);

/** Up to this many continuations, every pairing is weighed; more (never seen on one page), one at a time, best first. */
const EXHAUSTIVE = 6;

/**
 * For each continuation (`ins`, in the order read), the index of the article it continues among those sent on to its
 * page (`outs`, each article's text so far), no two the same; -1 where there are more continuations than articles.
 * Ties keep reading order: the first continuation with the first article.
 */
export function pairJumps(outs: readonly string[], ins: readonly string[], breaks: Breaks = { offMidSentence: [], opensParagraph: [] }): number[] {
  if (!outs.length) return ins.map(() => -1);
  const score = affinities(outs, ins, breaks);
  if (ins.length <= EXHAUSTIVE && outs.length <= EXHAUSTIVE) return bestPairing(score, outs.length);
  const taken = new Set<number>();
  return ins.map((_, i) => {
    const free = outs.map((__, o) => o).filter((o) => !taken.has(o));
    if (!free.length) return -1;
    const o = free.reduce((best, k) => (score[i][k] > score[i][best] ? k : best), free[0]);
    taken.add(o);
    return o;
  });
}

/** The pairing of continuations to articles whose shared words weigh most; of equals, the first found (reading order). */
function bestPairing(score: readonly number[][], articles: number): number[] {
  let best: { total: number; pairs: number[] } | undefined;
  const walk = (i: number, pairs: number[], used: Set<number>, total: number) => {
    if (i === score.length) {
      if (!best || total > best.total + 1e-9) best = { total, pairs: [...pairs] };
      return;
    }
    let placed = false;
    for (let o = 0; o < articles; o++) {
      if (used.has(o)) continue;
      placed = true;
      used.add(o);
      walk(i + 1, [...pairs, o], used, total + score[i][o]);
      used.delete(o);
    }
    // More continuations than articles: one may continue none of them.
    if (!placed || score.length > articles) walk(i + 1, [...pairs, -1], used, total);
  };
  walk(0, [], new Set(), 0);
  return best!.pairs;
}
