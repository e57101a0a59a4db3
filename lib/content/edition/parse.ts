/**
 * Parses one edition file into records. Pure: (text, path, gazetteer,
 * award catalogue) in, records and issues out; it never reads the disk and
 * never throws on any input. See content/README.md for the format.
 *
 * An edition goes through five named steps, each in its own module:
 *
 *   raw text       ./raw-text.ts      size, invisible characters, nesting
 *   front matter   ./front-matter.ts  the fields, and the street and date they name
 *   articles       ./articles.ts      the body's lines as article drafts
 *   figures        ./figures.ts       photos and printed pages found in the media folder, regions on them
 *   records        ./records.ts       bodies rendered; Article, Edition and award claims
 *
 * A file with any error yields no records: the build stops on it anyway, and
 * half an edition must never reach a page.
 */
import { readArticles } from './articles';
import { checkRegions, mediaNamed, pageFilesOf, resolveFigure, resolvePages } from './figures';
import { checkFrontMatter, editionIdOf, splitFrontMatter } from './front-matter';
import { checkRawText, normaliseText } from './raw-text';
import { articleRecord, articleSlug, editionRecord, listedResidences, renderArticleBodies, type EditionFacts } from './records';
import { issuesFor, type AwardClaim, type ParseContext, type ParsedEdition } from './types';
import type { Article } from '../schema';
import { residencesOf } from '../gazetteer';

export { IMPORT_FLAG, MAX_EDITION_BYTES, MAX_NESTING, PLACEHOLDER, nestingOf, normaliseText } from './raw-text';
export type { AwardClaim, ContentFiles, ParseContext, ParsedEdition } from './types';

export function parseEdition(rawText: string, path: string, ctx: ParseContext): ParsedEdition {
  const parsed = parseEditionSteps(rawText, path, ctx);
  // Checks run in passes (text, then figures, then records); an editor reads the file top to bottom.
  parsed.issues.sort((a, b) => a.line - b.line);
  return parsed;
}

function parseEditionSteps(rawText: string, path: string, ctx: ParseContext): ParsedEdition {
  const issues = issuesFor(path);
  const none = (media?: ParsedEdition['media']): ParsedEdition => ({ articles: [], claims: [], issues: issues.list, media });
  const text = normaliseText(rawText);
  const lines = text.split('\n');
  if (!checkRawText(text, lines, issues)) return none();

  const block = splitFrontMatter(text, lines, issues);
  if (!block) return none();
  const fm = checkFrontMatter(block, path, ctx, issues);
  const drafts = readArticles(lines, block.close + 1, issues);

  // The edition's photos and pages live in content/media/<edition id>/; the id is known once street and date are.
  const folder = editionIdOf(fm);
  const figures = drafts.map((d) => d.figures.map((fd) => resolveFigure(fd, folder, ctx.files?.media, issues)));
  const pageFiles = pageFilesOf(fm.raw);
  const pages = resolvePages(pageFiles, fm.lineOf('pages'), folder, ctx.files?.media, issues);
  checkRegions(drafts, pageFiles, fm.lineOf('pages'), issues);
  const media = folder ? { folder, files: mediaNamed(drafts, pageFiles) } : undefined;
  const source = typeof fm.raw.source === 'string' ? fm.raw.source.trim() : undefined;

  const { fields, street, date } = fm;
  if (!fields || !street || !date || !date.ok) return { ...none(media), source };
  const facts: EditionFacts = { path, editionId: fields.id ?? `${date.date}-${street.id}`, street, date, residences: residencesOf(ctx.gazetteer, street.id) };
  const rendered = renderArticleBodies(drafts, figures, facts, ctx, block.close + 2, issues);
  if (!rendered) return { ...none(media), source };
  const articles: Article[] = [];
  const claims: AwardClaim[] = [];
  const slugs = new Map<string, number>();
  for (const d of drafts) {
    const listed = listedResidences(d, street, ctx, issues);
    const slug = articleSlug(d, slugs, issues);
    const record = articleRecord(d, slug, listed, rendered[d.order - 1], figures[d.order - 1], facts, ctx, issues);
    articles.push(record.article);
    claims.push(...record.claims);
  }
  if (!articles.length || issues.hasErrors()) return { ...none(media), source };
  return { edition: editionRecord(fields, facts, pages, articles), articles, claims, issues: issues.list, media, source };
}
