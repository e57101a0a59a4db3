/**
 * `npm run import`: a printed edition, as the text copied out of it or as its
 * PDF, turned into a draft edition in the content format. A pipeline of named
 * stages, each a pure function:
 *
 *   read        text → lines (./read-text.ts)          PDF → pages of positioned text and photos (./pdf/read.ts)
 *   lines       (text lines carry no geometry)          glyph runs → lines with size and weight (./pdf/lines.ts)
 *   blocks      wrapped lines joined (./blocks.ts)      columns, reading order, paragraphs, captions (./pdf/layout.ts)
 *   repairs     radicals, punctuation (./repair.ts), applied to every block
 *   roles       what each block is in its place (./roles.ts)
 *   draft       the edition file and its flags (./draft.ts)
 *   report      what was done, and nothing lost (./report.ts)
 *
 * Text and PDF input meet at the blocks. Where the importer is unsure it says
 * so in the draft, on a line starting with IMPORT_FLAG that the check refuses
 * until an editor has looked, and in the notes.
 */
import { textBlocks } from './blocks';
import { writeDraft } from './draft';
import { readTextLines } from './read-text';
import { repairBlocks } from './repair-blocks';
import { assignRoles } from './roles';
import type { ImportOptions, ImportResult } from './types';

export type { Block, ImportNote, ImportOptions, ImportResult, ImportStats, NoteKind } from './types';
export { formatReport, unaccounted } from './report';
export { cjkSpaces, fullWidthPunctuation, joinCjk, repairRadicals } from './repair';
export { displayWidth, wrapWidth } from './blocks';

export function importText(input: string, opts: ImportOptions): ImportResult {
  const blocks = textBlocks(readTextLines(input));
  const repaired = repairBlocks(blocks);
  assignRoles(blocks, opts);
  return writeDraft(blocks, input, opts, repaired);
}
