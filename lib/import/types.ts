/**
 * The importer's records, stage by stage: lines become blocks, blocks get a
 * kind and a role, roles become the draft. See ./pipeline.ts for the pipeline.
 * Shared by every stage, so it imports none of them.
 */
import type { AwardCatalogue, Gazetteer } from '../content';

export interface ImportOptions {
  streetId: string;
  date: string;
  /** The input's file name in content/sources/, recorded as the edition's `source`. */
  source?: string;
  gazetteer: Gazetteer;
  catalogue: AwardCatalogue;
}

export type NoteKind = 'flag' | 'repair' | 'furniture' | 'join' | 'info';

export interface ImportNote {
  kind: NoteKind;
  /** Line of the input the note is about (1-based); for a PDF, the line in reading order. */
  sourceLine: number;
  /** Line of the draft, for flags (filled in once the draft is complete). */
  draftLine?: number;
  message: string;
}

export interface ImportStats {
  articles: number;
  sections: number;
  captions: number;
  subheadings: number;
  awards: number;
  joins: number;
  spacesRemoved: number;
  repairs: number;
  /** Half-width , : ; ( ) inside Chinese made full-width (GB/T 15834). */
  punctuation: number;
  /** CJK radicals from a PDF's text layer made the characters they stand for. */
  radicals: number;
  flags: number;
  /** Photos placed in articles (PDF input). */
  photos: number;
}

export interface ImportResult {
  markdown: string;
  notes: ImportNote[];
  stats: ImportStats;
}

/** Where a block's line sits on a printed page, in points: its article's place in the 数字报. */
export interface Region {
  page: number;
  x: number;
  top: number;
  width: number;
  height: number;
}

/** What a block is on its own, from its text (and, for a PDF, its type). */
export type Kind = 'heading' | 'list' | 'byline' | 'credit' | 'qr' | 'slogan' | 'publisher' | 'masthead' | 'about' | 'section' | 'subheading' | 'body' | 'short' | 'photo';
/** What a block is in its place among the others. */
export type Role = 'caption' | 'title' | 'kicker' | 'subtitle' | 'subheading' | 'rollheading' | 'award' | 'body';

/** How a PDF set a block, relative to the page's body text. */
export interface BlockStyle {
  /** Font size over the body text's (1 = body). */
  size: number;
  bold: boolean;
}

/**
 * A block: a paragraph, headline, caption or other unit of text, as one
 * string, whether it came from several wrapped lines of text or from a PDF's
 * lines. Text and PDF input meet here.
 */
export interface Block {
  /** First input line (1-based). */
  line: number;
  /** Blank lines before it (text), or the equivalent gap in body lines (PDF). */
  gap: number;
  text: string;
  kind: Kind;
  /** Markdown heading level the input already gave it. */
  level?: number;
  role?: Role;
  /** Why the role is a guess, when it is. */
  doubt?: string;
  /** PDF only: how it was set. */
  style?: BlockStyle;
  /** PDF only: a photo, by its index in the import's photo list (kind 'photo'). */
  photo?: number;
  /** PDF only: where it was printed, the boxes of its lines in points. */
  boxes?: Region[];
  /**
   * PDF only: the block's role was read from how it was set (size, weight,
   * place), so the text heuristics leave it as it is.
   */
  fixed?: boolean;
}
