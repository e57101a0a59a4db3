/**
 * What the layout stages share about a page's pieces: boxes, the elements
 * (lines and photos) a page is read in, and the column a line is measured
 * against. Below ./layout.ts and ./ownership.ts, importing neither.
 */
import type { Line } from './lines';

export interface Box {
  x: number;
  right: number;
  top: number;
  bottom: number;
}

export type Element = (Box & { kind: 'line'; line: Line; section?: boolean }) | (Box & { kind: 'image'; photo: number });

/** The left and right edges of the column a line stands in, to read indents and short lines against. */
export interface ColumnEdges {
  left: number;
  right: number;
  /** A headline's lines: the columns of the text it owns, the measure its lines were broken to. */
  frame?: { left: number; right: number };
}

/** A page's elements in reading order, each line with its column. */
export interface ReadPage {
  elements: Element[];
  edges: Map<Element, ColumnEdges>;
  /**
   * The lines of each headline's unit (its own lines, its 引题, its byline), by the unit: a paragraph never runs on into
   * another unit's lines, nor a unit's lines into text. Absent where the order was not read by ownership (XY-cut).
   */
  heads?: Map<Element, object>;
  /** Lines read as a 引题 by their place alone (set across columns right on a headline), whatever their length. */
  kickers?: ReadonlySet<Element>;
}

/** A jump line: where an article goes on (下转第2版, 转第2版) or comes from (上接第1版, 接第1版). */
export const JUMP = /^[（(]\s*(下|上)?\s*(转|接)\s*第\s*(\d+)\s*版\s*[)）]$/u;

export function jumpOf(text: string): { to?: number; from?: number } | undefined {
  const m = JUMP.exec(text.replace(/\s+/g, ''));
  if (!m) return undefined;
  const n = Number(m[3]);
  return m[2] === '转' ? { to: n } : { from: n };
}
