/**
 * How close an imported draft is to an editor's transcription of the same
 * edition: the figures `npm run import` is held to (tests/unit/import.test.ts).
 * Flag lines are removed first, as if the editor accepted every guess.
 */
import { IMPORT_FLAG, parseEdition, type ParseContext } from './edition';
import { importText, type ImportOptions, type ImportResult } from './import';

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
  paragraphs: { truth: number; identical: number; share: number };
  awards: { draft: number; truth: number; matched: number; identical: boolean };
  /** Problems the check reports in the draft once its flag lines are removed. */
  errorsAfterReview: number;
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

function matchCount(a: readonly string[], b: readonly string[]): number {
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
  return markdown
    .split('\n')
    .filter((l) => !l.startsWith(IMPORT_FLAG))
    .join('\n');
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
  const key = (c: { roundId: string; level: string; recipient: string }) => `${c.roundId}|${c.level}|${c.recipient}`;
  const da = draft.claims.map(key);
  const ta = truth.claims.map(key);
  const awardsMatched = matchCount(da, ta);
  return {
    titles: { draft: dt.length, truth: tt.length, matched: titlesMatched, precision: ratio(titlesMatched, dt.length), recall: ratio(titlesMatched, tt.length) },
    paragraphs: { truth: tp.length, identical, share: ratio(identical, tp.length) },
    awards: { draft: da.length, truth: ta.length, matched: awardsMatched, identical: awardsMatched === ta.length && awardsMatched === da.length },
    errorsAfterReview: draft.issues.filter((i) => i.severity === 'error').length,
  };
}

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
