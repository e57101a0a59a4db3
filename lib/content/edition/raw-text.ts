/**
 * Step 1 of parsing an edition: the raw text, before any parsing. Line
 * endings and a byte-order mark are normalised; a file too large, invisible
 * characters, placeholders and import flags left in, and nesting too deep to
 * render safely are reported at their lines.
 */
import type { Issues } from './types';

/** What `npm run new` puts where an editor must write; the check refuses a file that still has one. */
export const PLACEHOLDER = '【请填写';

/** What `npm run import` writes above a guess it is unsure of; the check refuses a file that still has one. */
export const IMPORT_FLAG = '【导入存疑';

/** An edition is a few dozen KB; past this, something was pasted by mistake, and pages would be unreadable. */
export const MAX_EDITION_BYTES = 1024 * 1024;
/** Markdown nests lists and quotes without limit, but rendering cost grows with depth (and overflows the stack). */
export const MAX_NESTING = 16;

/**
 * How deeply a line nests: quote marks and list markers at its start
 * (`> - - 1. x` is four levels) plus its indentation, four columns a level.
 */
export function nestingOf(line: string): number {
  const lead = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*/.exec(line)?.[0] ?? '';
  const markers = (lead.match(/>|[-*+]|\d{1,9}[.)]/g) ?? []).length;
  const spaces = /^[ \t]*/.exec(line)?.[0] ?? '';
  const indent = [...spaces].reduce((n, ch) => n + (ch === '\t' ? 4 : 1), 0);
  return markers + Math.floor(indent / 4);
}

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

const CONTROL_ANY = new RegExp(CONTROL.source);
const ZERO_WIDTH_ANY = new RegExp(ZERO_WIDTH.source);
/** Only a line starting with space, a quote or a list marker can nest. */
const NESTING_START = /^[ \t>*+\-\d]/;

const hex = (ch: string) => `U+${ch.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`;

/** Strips a UTF-8 byte-order mark and normalises CRLF and CR line endings. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * Problems of the raw text, found before any parsing: size, invisible
 * characters, and nesting too deep to render safely. Returns false when the
 * file cannot be parsed safely at all (too large, or nested too deep).
 */
export function checkRawText(text: string, lines: readonly string[], issues: Issues): boolean {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_EDITION_BYTES) {
    issues.error(1, 'file', `is ${(bytes / 2 ** 20).toFixed(1)} MB`, `an edition may be at most ${MAX_EDITION_BYTES / 2 ** 20} MB: split it, or check for text pasted by mistake`);
    return false;
  }
  // One scan of the whole text first: almost every edition has none of these.
  const hasControl = CONTROL_ANY.test(text);
  const hasZeroWidth = ZERO_WIDTH_ANY.test(text);
  let tooDeep = false;
  lines.forEach((line, i) => {
    if (hasControl) for (const m of line.matchAll(CONTROL)) {
      issues.error(i + 1, 'text', `control character ${hex(m[0])} at column ${(m.index ?? 0) + 1}`, 'remove it: it is invisible and has no place in an edition');
    }
    if (hasZeroWidth) for (const m of line.matchAll(ZERO_WIDTH)) {
      issues.warning(i + 1, 'text', `zero-width character ${hex(m[0])} at column ${(m.index ?? 0) + 1}`, 'invisible on the page; remove it unless it is wanted');
    }
    const placeholder = line.indexOf(PLACEHOLDER);
    if (placeholder !== -1) {
      issues.error(i + 1, 'text', `placeholder left at column ${placeholder + 1}: "${line.slice(placeholder, line.indexOf('】', placeholder) + 1 || undefined)}"`, 'replace it with the text of the edition, or delete it');
    }
    if (line.startsWith(IMPORT_FLAG)) {
      issues.error(i + 1, 'text', `import guess not yet reviewed: ${line}`, 'check the text beside it against the printed page, correct the text if the guess is wrong, then delete this line');
    }
    if (NESTING_START.test(line) && nestingOf(line) > MAX_NESTING) {
      tooDeep = true;
      issues.error(i + 1, 'body', `nested more than ${MAX_NESTING} levels deep`, `at most ${MAX_NESTING} levels of lists or quotes`);
    }
  });
  return !tooDeep;
}
