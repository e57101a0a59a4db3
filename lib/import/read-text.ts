/**
 * Stage 1 for text input: the lines of the extracted text, each with the
 * number of blank lines before it (photos leave gaps) and any Markdown
 * heading level an editor already typed.
 */
import { normaliseText } from '../edition';

export interface TextLine {
  /** 1-based line of the input. */
  line: number;
  /** Blank lines before it. */
  gap: number;
  /** Trimmed, with no-break and ideographic spaces read as spaces and runs of spaces as one. */
  text: string;
  level?: number;
}

const MD_HEADING = /^(#{1,6})\s+(.*)$/u;

export function readTextLines(input: string): TextLine[] {
  const lines: TextLine[] = [];
  let gap = 0;
  normaliseText(input)
    .split('\n')
    .forEach((raw, i) => {
      const trimmed = raw.replace(/[\u00A0\u3000\t]/g, ' ').replace(/ {2,}/g, ' ').trim();
      if (!trimmed) {
        gap++;
        return;
      }
      const md = MD_HEADING.exec(trimmed);
      lines.push({ line: i + 1, gap, text: md ? md[2].trim() : trimmed, level: md ? md[1].length : undefined });
      gap = 0;
    });
  return lines;
}
