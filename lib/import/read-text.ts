/**
 * Stage 1 for text input: the lines of the extracted text, each with the
 * number of blank lines before it (photos leave gaps) and any Markdown
 * heading level an editor already typed.
 */
import { normaliseText } from '../content';
import { displayWidth } from './width';

export interface TextLine {
  /** 1-based line of the input. */
  line: number;
  /** Blank lines before it. */
  gap: number;
  /** Trimmed, with no-break and ideographic spaces read as spaces and runs of spaces as one. */
  text: string;
  level?: number;
  /** Width of the line as it stood (with any heading marks), in columns: what a column's wrap filled. */
  width: number;
  /** The line ended in a space: wrapped at a space between two phrases, which the join keeps. */
  spaceAfter?: boolean;
  /** The line started with a space: likewise, the space went to the start of the next line. */
  spaceBefore?: boolean;
}

const MD_HEADING = /^(#{1,6})\s+(.*)$/u;

export function readTextLines(input: string): TextLine[] {
  const lines: TextLine[] = [];
  let gap = 0;
  normaliseText(input)
    .split('\n')
    .forEach((raw, i) => {
      const spaced = raw.replace(/[\u00A0\u3000\t]/g, ' ').replace(/ {2,}/g, ' ');
      const trimmed = spaced.trim();
      if (!trimmed) {
        gap++;
        return;
      }
      const md = MD_HEADING.exec(trimmed);
      lines.push({ line: i + 1, gap, text: md ? md[2].trim() : trimmed, level: md ? md[1].length : undefined, width: displayWidth(spaced), spaceAfter: spaced.endsWith(' ') || undefined, spaceBefore: spaced.startsWith(' ') || undefined });
      gap = 0;
    });
  return lines;
}
