/**
 * How close an imported draft is to an editor's transcription of the same
 * edition: the figures `npm run import` is held to (tests/unit/import.test.ts).
 * Flag lines are removed first, as if the editor accepted every guess.
 */
import { IMPORT_FLAG, PHOTO_FILE, PLACEHOLDER, parseEdition, type ParseContext } from '../content';
import { displayWidth } from './blocks';
import { importText } from './pipeline';
import type { ImportOptions, ImportResult } from './types';

/** A front-matter field of a transcription, quoted or not. */
export function frontField(text: string, name: string): string {
  return new RegExp(`^${name}:\\s*"?([^"\\n]+)"?$`, 'm').exec(text)?.[1] ?? '';
}

/**
 * Imports the extracted text a transcription names as its `source`, with the
 * transcription's street and date: the draft an editor would have started from.
 */
export function importAsTranscribed(truth: string, readSource: (name: string) => string, ctx: Pick<ImportOptions, 'gazetteer' | 'catalogue'>): { input: string; result: ImportResult } {
  const source = frontField(truth, 'source');
  const input = readSource(source);
  return { input, result: importText(input, { streetId: frontField(truth, 'street'), date: frontField(truth, 'date'), source, ...ctx }) };
}

export interface ImportScore {
  titles: { draft: number; truth: number; matched: number; precision: number; recall: number };
  /** The headlines compared, for a score that reads them otherwise (scripts/typeset: as printed). */
  headlines: { draft: string[]; truth: { id: string; title: string }[] };
  paragraphs: { truth: number; identical: number; share: number };
  /** Sentences of the transcription found whole in one paragraph of the draft. */
  sentences: { truth: number; whole: number; share: number };
  awards: { draft: number; truth: number; matched: number; identical: boolean };
  /** Problems the check reports in the draft once its flag lines are removed. */
  errorsAfterReview: number;
  /** Headlines, 引题, 副题, subheadings and captions of the draft that the transcription does not have: body text read as one. */
  falseRoles: string[];
}

/** The texts an edition sets apart from its body: headlines, 引题, 副题, subheadings (###) and photo captions. */
function setApart(markdown: string, articles: readonly { title: string; kicker?: string; subtitle?: string; figures: readonly { caption?: string }[] }[]): string[] {
  const sub = [...markdown.matchAll(/^#{3,6}\s+(.*?)(?:\s*\{[^}]*\})?\s*$/gmu)].map((m) => m[1]);
  return [...articles.flatMap((a) => [a.title, a.kicker, a.subtitle, ...a.figures.map((f) => f.caption)]), ...sub].filter((x): x is string => Boolean(x));
}

/** Body paragraphs of an edition file: blocks of text that are not headings, fields, lists or flags. */
export function paragraphsOf(markdown: string): string[] {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  return body
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter((b) => b && !/^(?:#|@|- |\d+\. |>|\||【)/.test(b));
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/** What of `a` is not in `b`, each counted once per occurrence. */
function unmatched(a: readonly string[], b: readonly string[]): string[] {
  const pool = new Map<string, number>();
  for (const x of b) pool.set(x, (pool.get(x) ?? 0) + 1);
  return a.filter((x) => {
    const k = pool.get(x) ?? 0;
    if (k > 0) pool.set(x, k - 1);
    return k === 0;
  });
}

/** How many of `a` have a match in `b`, each of `b` matched once. */
export function matchCount(a: readonly string[], b: readonly string[]): number {
  const pool = new Map<string, number>();
  for (const x of b) pool.set(x, (pool.get(x) ?? 0) + 1);
  let n = 0;
  for (const x of a) {
    const k = pool.get(x) ?? 0;
    if (k > 0) {
      n++;
      pool.set(x, k - 1);
    }
  }
  return n;
}

export function withoutFlags(markdown: string): string {
  const lines = markdown.split('\n').filter((l) => !l.startsWith(IMPORT_FLAG));
  return (
    lines
      // A photo whose caption the importer asked for (the check refuses a photo with neither caption nor @替代) counts as
      // a photo without its caption, which no caption in the answer matches, not as an edition whose every article is
      // lost; so does a headline it asked for, below.
      .map((l, i) => {
        const file = /^@图 (\S+)[ \t]*$/u.exec(l)?.[1];
        return file && PHOTO_FILE.test(file) && !lines[i + 1]?.startsWith('@替代') ? `@图 ${file} （未找到说明）` : l;
      })
      .join('\n')
      // A headline the importer asked for counts as a headline it did not find, not as an edition that fails to parse.
      .replace(new RegExp(`${PLACEHOLDER}[^】]*】`, 'gu'), '（未找到标题）')
  );
}

export function scoreImport(draftMarkdown: string, truthMarkdown: string, ctx: ParseContext): ImportScore {
  const reviewed = withoutFlags(draftMarkdown);
  const draft = parseEdition(reviewed, 'draft.md', ctx);
  const truth = parseEdition(truthMarkdown, 'truth.md', ctx);
  const dt = draft.articles.map((a) => a.title);
  const tt = truth.articles.map((a) => a.title);
  const titlesMatched = matchCount(dt, tt);
  const tp = paragraphsOf(truthMarkdown);
  const identical = matchCount(tp, paragraphsOf(reviewed));
  // A sentence an editor marked (〔原文缺失〕 where print lost text) is the editor's, not the importer's to find.
  const truthSentences = sentencesOf(truth.articles.map((a) => a.text).join('\n')).filter((x) => !/〔[^〕]*〕/u.test(x));
  const draftText = draft.articles.map((a) => a.text).join('\n');
  const whole = truthSentences.filter((s) => draftText.includes(s)).length;
  const key = (c: { roundId: string; level: string; recipient: string }) => `${c.roundId}|${c.level}|${c.recipient}`;
  const da = draft.claims.map(key);
  const ta = truth.claims.map(key);
  const awardsMatched = matchCount(da, ta);
  return {
    titles: { draft: dt.length, truth: tt.length, matched: titlesMatched, precision: ratio(titlesMatched, dt.length), recall: ratio(titlesMatched, tt.length) },
    headlines: { draft: dt, truth: truth.articles.map((a) => ({ id: a.id, title: a.title })) },
    paragraphs: { truth: tp.length, identical, share: ratio(identical, tp.length) },
    sentences: { truth: truthSentences.length, whole, share: ratio(whole, truthSentences.length) },
    awards: { draft: da.length, truth: ta.length, matched: awardsMatched, identical: awardsMatched === ta.length && awardsMatched === da.length },
    errorsAfterReview: draft.issues.filter((i) => i.severity === 'error').length,
    falseRoles: unmatched(setApart(reviewed, draft.articles), setApart(truthMarkdown, truth.articles)),
  };
}

/**
 * The sentences of a text: up to each 。！？ (with a closing quote), and
 * each line's last words; blocks of text are separated by newlines, so a
 * sentence never spans two paragraphs.
 */
export function sentencesOf(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line) => line.match(/[^。！？!?]+(?:[。！？!?]+[”’」』）)]*|$)/gu) ?? [])
    .map((s) => s.trim())
    .filter((s) => [...s].length >= 4);
}

/**
 * Text as a narrow column extracts it: every line longer than `chars`
 * Chinese characters broken into lines of that width on the page (a Latin
 * letter or digit takes half a character's width), blank lines kept. As
 * Chinese typesetting does (禁则), a closing mark never starts a line: it
 * hangs at the end of the line before.
 */
export function rewrap(text: string, chars: number): string {
  return rewrapEach(text, () => chars);
}

/**
 * Text copied out of a page whose articles are set in columns of different
 * widths: each line of `text` (a paragraph, a headline) broken at its own
 * width, `charsOf(i)` characters for the i-th line.
 */
export function rewrapEach(text: string, charsOf: (i: number) => number): string {
  return text
    .split('\n')
    .flatMap((line, i) => {
      const columns = charsOf(i) * 2;
      if (displayWidth(line) <= columns) return [line];
      const out: string[] = [];
      let current = '';
      for (const ch of line) {
        if (displayWidth(current + ch) > columns && !CLOSING.test(ch)) {
          out.push(current);
          current = '';
        }
        current += ch;
      }
      if (current) out.push(current);
      return out;
    })
    .join('\n');
}

const CLOSING = /[，。、；：！？）」』”’…,.;:!?)]/u;

/** Scores of several editions added up: the figures for the whole set. */
export interface ScoreTotals {
  titles: number;
  draftTitles: number;
  truthTitles: number;
  paragraphs: number;
  truthParagraphs: number;
  awards: number;
  truthAwards: number;
  flags: number;
}

export const emptyTotals = (): ScoreTotals => ({ titles: 0, draftTitles: 0, truthTitles: 0, paragraphs: 0, truthParagraphs: 0, awards: 0, truthAwards: 0, flags: 0 });

export function addScore(t: ScoreTotals, s: ImportScore, flags: number): void {
  t.titles += s.titles.matched;
  t.draftTitles += s.titles.draft;
  t.truthTitles += s.titles.truth;
  t.paragraphs += s.paragraphs.identical;
  t.truthParagraphs += s.paragraphs.truth;
  t.awards += s.awards.matched;
  t.truthAwards += s.awards.truth;
  t.flags += flags;
}

/**
 * What tells an article apart when a draft is scored against its transcription: its headline's characters, spaces
 * aside. Whether a space stands between two of a headline's phrases is the headline's own score (scoreImport's titles);
 * a photo or a jump's continuation in the right article is right whatever that space.
 */
export const headlineKey = (title: string) => title.replace(/\s+/gu, '');
const sameHeadline = (a: string, b: string | undefined) => b !== undefined && headlineKey(a) === headlineKey(b);

/** A photo a typeset fixture placed: its article (id in the transcription), caption and the seed of its scene. */
export interface PlacedPhoto {
  article: string;
  caption: string;
  seed: number;
}

/**
 * Photos placed right: each photo of the fixture is in the draft's article
 * of the same headline, with its caption, and the image extracted is the
 * scene that was printed (judged by `sameScene`). The article is known by its
 * headline's characters (headlineKey).
 */
export async function scorePhotos(
  draftMarkdown: string,
  truthMarkdown: string,
  ctx: ParseContext,
  placed: readonly PlacedPhoto[],
  imageOf: (file: string) => Buffer | undefined,
  sameScene: (image: Buffer, seed: number) => Promise<boolean>,
): Promise<{ truth: number; placed: number; draft: number }> {
  const reviewed = withoutFlags(draftMarkdown);
  const draft = parseEdition(reviewed, 'draft.md', ctx);
  const truth = parseEdition(truthMarkdown, 'truth.md', ctx);
  const titleOf = new Map(truth.articles.map((a) => [a.id.split('/')[1], a.title]));
  const lines = reviewed.split('\n');
  const figures = draft.articles.flatMap((a) => a.figures.filter((f) => f.caption).map((f) => ({ title: a.title, caption: f.caption, file: /^@图 (\S+\.jpg)/.exec(lines[f.line - 1] ?? '')?.[1] })));
  // A draft figure counts once: two photos with the same caption must both be placed.
  const unused = new Set(figures.filter((f) => f.file));
  let ok = 0;
  for (const p of placed) {
    const title = titleOf.get(p.article.split('/')[1]);
    for (const f of unused) {
      if (!sameHeadline(f.title, title) || f.caption !== p.caption || !f.file) continue;
      const image = imageOf(f.file);
      if (image && (await sameScene(image, p.seed))) {
        unused.delete(f);
        ok++;
        break;
      }
    }
  }
  return { truth: placed.length, placed: ok, draft: figures.filter((f) => f.file).length };
}
