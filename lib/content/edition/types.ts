/**
 * What the steps of parsing an edition share: the context an edition is
 * checked against, the drafts the body becomes before they are records, and
 * the one way a step reports a problem. Below every step, importing none.
 */
import type { AwardCatalogue } from '../awards';
import type { Gazetteer } from '../gazetteer';
import type { PhotoView } from '../markdown';
import type { PhotoProbe, SourceProblem } from '../media';
import { contentError, contentWarning } from '../report';
import type { Article, ContentIssue, Edition, Region } from '../schema';

/** Files committed beside the editions, by name, so a reference to one can be checked at its line. */
export interface ContentFiles {
  /** Under content/sources/: what each edition was transcribed or imported from. */
  sources: ReadonlySet<string>;
  /** Under content/media/ (`<edition id>/<file>`), each with what the check found in it. */
  media: ReadonlyMap<string, PhotoProbe>;
  /** Under content/sources/: those the check refuses (a PDF that carries a location), with why. */
  sourceProblems?: ReadonlyMap<string, SourceProblem>;
}

export interface ParseContext {
  gazetteer: Gazetteer;
  catalogue: AwardCatalogue;
  residenceHref?: (id: string) => string;
  /** When given, `source:` must name one of these files. */
  files?: ContentFiles;
  /** How figures show their photos (lib/photos supplies it); without it, captions only. */
  photoView?: PhotoView;
}

/** An award as one edition reports it; the loader merges reports of the same award. */
export interface AwardClaim {
  roundId: string;
  level: string;
  recipient: string;
  residenceId?: string;
  streetId: string;
  articleId: string;
  path: string;
  line: number;
}

export interface ParsedEdition {
  edition?: Edition;
  articles: Article[];
  claims: AwardClaim[];
  issues: ContentIssue[];
  /**
   * The media folder this edition owns and the files it names there, known
   * even when the edition has errors, so that its photos are not also
   * reported as unused. Undefined when the edition's id could not be made.
   */
  media?: { folder: string; files: string[] };
  /** The file under content/sources/ its `source:` names, known even when the edition has errors. */
  source?: string;
}

export type ArticleField = 'kicker' | 'subtitle' | 'byline' | 'credit' | 'residences' | 'slug';

/** A figure as written: the @图 line and the fields under it. */
export interface FigureDraft {
  line: number;
  file?: string;
  caption?: string;
  alt?: string;
  credit?: string;
  /** Where @替代 was written, to point at it. */
  altLine?: number;
}

/** An article as written, before its links are checked and its body rendered. */
export interface ArticleDraft {
  line: number;
  order: number;
  section?: string;
  title: string;
  fields: Partial<Record<ArticleField, { value: string; line: number }>>;
  body: string[];
  figures: FigureDraft[];
  regions: Region[];
  /** Award markers, `{奖=…}`, with the list item or heading they end. */
  markers: { text: string; inner: string; line: number }[];
}

/** Where every step of one file's parse reports: errors and warnings at a line, with what would be right. */
export interface Issues {
  readonly list: ContentIssue[];
  error(line: number, field: string, message: string, expected?: string): void;
  warning(line: number, field: string, message: string, expected?: string): void;
  hasErrors(): boolean;
}

export function issuesFor(path: string): Issues {
  const list: ContentIssue[] = [];
  return {
    list,
    error: (line, field, message, expected) => list.push(contentError(path, line, field, message, expected)),
    warning: (line, field, message, expected) => list.push(contentWarning(path, line, field, message, expected)),
    hasErrors: () => list.some((i) => i.severity === 'error'),
  };
}
