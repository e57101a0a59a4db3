/**
 * The content, read and assembled: reads content/ once, validates every file,
 * links records by id and builds every index the pages ask for. Pages never
 * parse. What the check learnt of each photo comes in from lib/photos, which
 * composes this with its probes into the one loader (loadContent).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Article, Award, AwardProgramme, AwardRound, ContentIssue, Edition } from './schema';
import { parseGazetteer, type Gazetteer } from './gazetteer';
import { parseAwardCatalogue, type AwardCatalogue } from './awards';
import { parseEdition, type AwardClaim, type ContentFiles, type ParseContext, type ParsedEdition } from './edition/parse';
import { compareNewestFirst } from './dates';
import { pinyinInitials } from './ids';
import { closest, contentError, hasErrors } from './report';
import type { PhotoView } from './markdown';
import type { MediaFile, PhotoProbe, SourceProblem } from './media';

export interface SourceFile {
  path: string;
  text: string;
}

export interface ContentSources {
  gazetteer: SourceFile;
  awards: SourceFile;
  editions: SourceFile[];
  /** Names of the files under content/sources/ (the provenance of the editions). */
  sources: string[];
  /** Source files the check refuses, with why (lib/photos scans the PDFs). */
  sourceProblems?: ReadonlyMap<string, SourceProblem>;
  /** The photos under content/media/. */
  media: MediaFile[];
  /** What the check found in each photo, by file (lib/photos/probe-cache.ts); a listed photo without one is an error. */
  probes?: ReadonlyMap<string, PhotoProbe>;
}

export interface Content {
  gazetteer: Gazetteer;
  catalogue: AwardCatalogue;
  /** Newest first. */
  editions: Edition[];
  /** Newest edition first, then printed order. */
  articles: Article[];
  awards: Award[];
  edition: ReadonlyMap<string, Edition>;
  article: ReadonlyMap<string, Article>;
  award: ReadonlyMap<string, Award>;
  editionsByStreet: ReadonlyMap<string, Edition[]>;
  articlesByStreet: ReadonlyMap<string, Article[]>;
  articlesByResidence: ReadonlyMap<string, Article[]>;
  awardsByStreet: ReadonlyMap<string, Award[]>;
  awardsByResidence: ReadonlyMap<string, Award[]>;
  awardsByRound: ReadonlyMap<string, Award[]>;
  /** year → month ("01"…"12", or "" for editions dated only by year) → editions, newest first. */
  editionsByMonth: ReadonlyMap<string, ReadonlyMap<string, Edition[]>>;
  issues: ContentIssue[];
}

export type BuildResult = { content?: Content; issues: ContentIssue[] };

const EMPTY_GAZETTEER: Gazetteer = { districts: [], streets: [], residences: [], district: new Map(), street: new Map(), residence: new Map() };

export interface Catalogues {
  gazetteer: Gazetteer;
  catalogue: AwardCatalogue;
  issues: ContentIssue[];
}

export interface ParsedFile {
  path: string;
  parsed: ParsedEdition;
}

/** Pure: the gazetteer and award catalogue every edition is checked against. */
export function parseCatalogues(sources: Pick<ContentSources, 'gazetteer' | 'awards'>): Catalogues {
  const issues: ContentIssue[] = [];
  const g = parseGazetteer(sources.gazetteer.text, sources.gazetteer.path);
  issues.push(...g.issues);
  const gazetteer = g.gazetteer ?? EMPTY_GAZETTEER;
  const c = parseAwardCatalogue(sources.awards.text, sources.awards.path, new Set(gazetteer.districts.map((d) => d.id)));
  issues.push(...c.issues);
  const catalogue: AwardCatalogue = c.catalogue ?? { programmes: [], round: new Map(), programme: new Map() };
  return { gazetteer, catalogue, issues };
}

/**
 * Parses kept from an earlier load (lib/photos/load.ts keeps them on disk, one set for each code and catalogues).
 * Parsing is most of a load (25,000 editions: 47 s of one core, assembling them 0.6 s), and a file parses to the same
 * records whenever its path and text, the catalogues, the code and the files it names are the same: a changed
 * edition is parsed again, the others recalled.
 */
export interface ParseMemo {
  /** The parse kept for this path and text, if any, with what it read besides them. */
  recall(file: SourceFile): KeptParse | undefined;
  keep(file: SourceFile, kept: KeptParse): void;
}

export interface KeptParse {
  parsed: ParsedEdition;
  /** parseReads: a kept parse is used only while these are what the files say now. */
  reads: string;
}

/**
 * What a clean parse read besides its text and the catalogues: the check's findings on the files it names in its
 * media folder, and on its source file. (A parse with findings also reads the folder's other files and every source's
 * name, for its hints: such a parse is never kept.)
 */
export function parseReads(parsed: ParsedEdition, files: ContentFiles | undefined): string {
  const { media, source } = parsed;
  return JSON.stringify([
    media ? media.files.map((f) => [f, files?.media.get(`${media.folder}/${f}`) ?? null]) : null,
    source === undefined ? null : [source, files?.sources.has(source) ?? null, files?.sourceProblems?.get(source) ?? null],
  ]);
}

/** Pure, and independent per file, so it can run on several threads. */
export function parseEditions(files: readonly SourceFile[], ctx: ParseContext, memo?: ParseMemo): ParsedFile[] {
  return files.map((file) => {
    const kept = memo?.recall(file);
    if (kept && kept.reads === parseReads(kept.parsed, ctx.files)) return { path: file.path, parsed: kept.parsed };
    const parsed = parseEdition(file.text, file.path, ctx);
    if (memo && parsed.issues.length === 0) memo.keep(file, { parsed, reads: parseReads(parsed, ctx.files) });
    return { path: file.path, parsed };
  });
}

/** Pure (given a memo, it recalls and keeps parses): builds all records and indexes from the files' text. */
export function buildContent(sources: ContentSources, view: { photoView?: PhotoView } = {}, memo?: ParseMemo): BuildResult {
  const cats = parseCatalogues(sources);
  const media = new Map(sources.media.map((m) => [m.file, sources.probes?.get(m.file) ?? { ok: false as const, problem: 'was not checked', expected: 'run npm run check' }]));
  const result = assemble(cats, parseEditions(sources.editions, { ...cats, ...view, files: { sources: new Set(sources.sources), media, sourceProblems: sources.sourceProblems } }, memo));
  const unused = [...unusedMedia(sources.media, result.parsed), ...unnamedSourceProblems(sources.sourceProblems, result.parsed)];
  if (!unused.length) return { content: result.content, issues: result.issues };
  return { issues: [...result.issues, ...unused] };
}

/** A refused source file that no edition's `source:` names (those that are named are reported at that line). */
function unnamedSourceProblems(problems: ReadonlyMap<string, SourceProblem> | undefined, parsed: readonly ParsedFile[]): ContentIssue[] {
  if (!problems?.size) return [];
  const named = new Set(parsed.map((p) => p.parsed.source));
  return [...problems].filter(([file]) => !named.has(file)).map(([file, p]) => contentError(`content/sources/${file}`, 0, 'file', p.problem, p.expected));
}

/**
 * Photos no edition names, and folders no edition owns: committed by mistake,
 * or named with a typo in the @图 line. Folders are left alone while any
 * edition's id is unknown (its front matter has errors, reported already):
 * the folder may be that edition's.
 */
function unusedMedia(media: readonly MediaFile[], parsed: readonly ParsedFile[]): ContentIssue[] {
  const owners = new Map<string, { path: string; files: Set<string> }>();
  let unknownOwner = false;
  for (const { path: p, parsed: e } of parsed) {
    if (!e.media) unknownOwner = true;
    else owners.set(e.media.folder, { path: p, files: new Set(e.media.files) });
  }
  const issues: ContentIssue[] = [];
  const reportedFolders = new Set<string>();
  for (const { file } of media) {
    const slash = file.indexOf('/');
    if (slash === -1) {
      issues.push(contentError(`content/media/${file}`, 0, 'file', 'is not in a folder named after its edition', `move it to content/media/<edition id>/, e.g. content/media/2019-11-28-xianxia/${file}`));
      continue;
    }
    const folder = file.slice(0, slash);
    const owner = owners.get(folder);
    if (!owner) {
      if (!unknownOwner && !reportedFolders.has(folder)) {
        reportedFolders.add(folder);
        const hint = closest(folder, [...owners.keys()]);
        issues.push(contentError(`content/media/${folder}/`, 0, 'folder', `no edition has the id "${folder}"`, `a photo goes in the folder named after its edition's id${hint ? `; did you mean "${hint}"?` : ''}`));
      }
      continue;
    }
    if (!owner.files.has(file.slice(slash + 1))) {
      issues.push(contentError(`content/media/${file}`, 0, 'file', 'no edition uses this photo', `name it in an @图 line of ${owner.path}, or delete it`));
    }
  }
  return issues;
}

/** Links parsed editions into one Content: duplicates, merged awards, indexes. */
export function assemble(cats: Catalogues, files: readonly ParsedFile[]): BuildResult & { parsed: readonly ParsedFile[] } {
  const { gazetteer, catalogue } = cats;
  const issues: ContentIssue[] = [...cats.issues];
  const editions: Edition[] = [];
  const articles: Article[] = [];
  const claims: AwardClaim[] = [];
  const editionPaths = new Map<string, string>();
  for (const { path: filePath, parsed } of files) {
    issues.push(...parsed.issues);
    if (!parsed.edition) continue;
    const other = editionPaths.get(parsed.edition.id);
    if (other) {
      issues.push(contentError(filePath, 1, 'id', `duplicate edition "${parsed.edition.id}": ${other} describes the same street and date`, 'keep one file per edition, or set a distinct `id:` if both are real'));
      continue;
    }
    editionPaths.set(parsed.edition.id, filePath);
    editions.push(parsed.edition);
    // Copies: the awards are added to each article below, and the parsed records stay as parsed (a memo keeps them).
    articles.push(...parsed.articles.map((a) => ({ ...a, awardIds: [...a.awardIds] })));
    claims.push(...parsed.claims);
  }

  const awards = mergeAwards(claims, catalogue, issues);
  const award = new Map(awards.map((a) => [a.id, a]));
  const article = new Map(articles.map((a) => [a.id, a]));
  for (const a of awards) for (const id of a.articleIds) article.get(id)?.awardIds.push(a.id);

  editions.sort(compareNewestFirst);
  const editionRank = new Map(editions.map((e, i) => [e.id, i]));
  articles.sort((a, b) => (editionRank.get(a.editionId) ?? 0) - (editionRank.get(b.editionId) ?? 0) || a.order - b.order);

  if (hasErrors(issues)) return { issues, parsed: files };
  const content: Content = {
    gazetteer,
    catalogue,
    editions,
    articles,
    awards,
    edition: new Map(editions.map((e) => [e.id, e])),
    article,
    award,
    editionsByStreet: groupBy(editions, (e) => [e.streetId]),
    articlesByStreet: groupBy(articles, (a) => [a.streetId]),
    articlesByResidence: groupBy(articles, (a) => a.residenceIds),
    awardsByStreet: groupBy(awards, (a) => (a.streetId ? [a.streetId] : [])),
    awardsByResidence: groupBy(awards, (a) => (a.residenceId ? [a.residenceId] : [])),
    awardsByRound: groupBy(awards, (a) => [a.roundId]),
    editionsByMonth: byMonth(editions),
    issues,
  };
  return { content, issues, parsed: files };
}

/**
 * One Award per (round, recipient), however many editions report it; each
 * reporting article is kept. Reports that disagree on the level are errors.
 */
function mergeAwards(claims: readonly AwardClaim[], catalogue: AwardCatalogue, issues: ContentIssue[]): Award[] {
  const byKey = new Map<string, { award: Award; first: AwardClaim }>();
  const ids = new Map<string, string>();
  for (const claim of claims) {
    const key = `${claim.roundId}|${claim.recipient}`;
    const seen = byKey.get(key);
    if (seen) {
      if (seen.award.level !== claim.level) {
        issues.push(contentError(claim.path, claim.line, 'award', `level "${claim.level}" for ${claim.recipient} disagrees with "${seen.award.level}" reported at ${seen.first.path}:${seen.first.line}`, 'the same award must have the same level in every edition'));
      } else if (!seen.award.articleIds.includes(claim.articleId)) seen.award.articleIds.push(claim.articleId);
      continue;
    }
    const round = catalogue.round.get(claim.roundId) as AwardRound;
    const id = `${claim.roundId}-${claim.residenceId ?? pinyinInitials(claim.recipient)}`;
    const clash = ids.get(id);
    if (clash) {
      issues.push(contentError(claim.path, claim.line, 'award', `"${claim.recipient}" gets the same award id "${id}" as "${clash}"`, 'name the residential area explicitly with 居民区=<id>, or check for a duplicate'));
      continue;
    }
    ids.set(id, claim.recipient);
    byKey.set(key, {
      first: claim,
      award: {
        id,
        programmeId: round.programmeId,
        roundId: round.id,
        year: round.year,
        level: claim.level,
        recipient: claim.recipient,
        residenceId: claim.residenceId,
        streetId: claim.streetId,
        articleIds: [claim.articleId],
      },
    });
  }
  const levelRank = (a: Award) => (catalogue.programme.get(a.programmeId) as AwardProgramme).levels.indexOf(a.level);
  return [...byKey.values()]
    .map((v) => v.award)
    .sort((a, b) => a.roundId.localeCompare(b.roundId) || levelRank(a) - levelRank(b) || a.id.localeCompare(b.id));
}

function groupBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    for (const k of keys(item)) {
      const list = map.get(k);
      if (list) list.push(item);
      else map.set(k, [item]);
    }
  }
  return map;
}

function byMonth(editions: readonly Edition[]): Map<string, Map<string, Edition[]>> {
  const years = new Map<string, Map<string, Edition[]>>();
  for (const e of editions) {
    const [y, m = ''] = e.date.split('-');
    const months = years.get(y) ?? new Map<string, Edition[]>();
    years.set(y, months);
    months.set(m, [...(months.get(m) ?? []), e]);
  }
  return years;
}

/** The edition files of a content folder, as paths under editions/, sorted; none when there is no such folder. */
export function editionFiles(dir: string): string[] {
  const editionsDir = path.join(dir, 'editions');
  return fs.existsSync(editionsDir) ? (fs.readdirSync(editionsDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.md')).sort() : [];
}

/** Files under a folder of the content folder, as sorted paths relative to it; none when there is no such folder. */
function filesUnder(dir: string, sub: string): string[] {
  const root = path.join(dir, sub);
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && !d.name.startsWith('.') && d.name !== 'README.md')
    .map((d) => path.relative(root, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .sort();
}

/** Reads the content folder: gazetteer.yml, awards.yml, editions/**\/*.md and the names under sources/. */
export function readSources(dir: string): ContentSources {
  const rel = (p: string) => path.relative(process.cwd(), p) || p;
  const read = (p: string): SourceFile => ({ path: rel(p), text: fs.readFileSync(p, 'utf8') });
  const editionsDir = path.join(dir, 'editions');
  const files = editionFiles(dir);
  return {
    gazetteer: read(path.join(dir, 'gazetteer.yml')),
    awards: read(path.join(dir, 'awards.yml')),
    editions: files.map((f) => read(path.join(editionsDir, f))),
    sources: filesUnder(dir, 'sources'),
    media: filesUnder(dir, 'media').map((file) => {
      const st = fs.statSync(path.join(dir, 'media', file));
      return { file, size: st.size, mtimeMs: st.mtimeMs };
    }),
  };
}

/** Names, sizes and change times of the content files: what changes when an editor saves. */
export function contentStamp(dir: string): string {
  return ['gazetteer.yml', 'awards.yml', ...editionFiles(dir).map((f) => path.join('editions', f)), ...filesUnder(dir, 'media').map((f) => path.join('media', f))]
    .map((f) => {
      const st = fs.statSync(path.join(dir, f), { throwIfNoEntry: false });
      return st ? `${f}:${st.size}:${st.mtimeMs}` : f;
    })
    .join('|');
}
