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
import { layoutPdf, type PdfLayout } from './pdf/layout';
import { extractPhotos, photoFileName, type ExtractedPhoto } from './pdf/photos';
import { readPdf } from './pdf/read';
import { renderPages, type PageImage } from './pdf/pages';
import { styleRoles } from './pdf/roles';

export function importText(input: string, opts: ImportOptions): ImportResult {
  const blocks = textBlocks(readTextLines(input));
  const repaired = repairBlocks(blocks);
  assignRoles(blocks, opts);
  return writeDraft(blocks, input, opts, repaired);
}

export interface PdfImport {
  result: ImportResult;
  /** The article photos, to be written to the edition's media folder under their names. */
  photos: ExtractedPhoto[];
  /** The printed pages as images (数字报), to be written to the same folder. */
  pages: PageImage[];
  /** The PDF's whole text layer, in reading order: what nothing may be lost of. */
  text: string;
  layout: PdfLayout;
}

/** A printed edition's PDF as a draft edition and its photos; a PdfRefusal says why one cannot be imported. */
/** `pages: false` skips rendering the printed pages (数字报): the scores need only the draft. */
export async function importPdf(bytes: Uint8Array, opts: ImportOptions, { pages: withPages = true }: { pages?: boolean } = {}): Promise<PdfImport> {
  const pages = await readPdf(bytes);
  const layout = layoutPdf(pages);
  const repaired = repairBlocks(layout.blocks);
  styleRoles(layout.blocks, opts.catalogue.programmes);
  assignRoles(layout.blocks, opts);
  const photos = await extractPhotos(layout.photos);
  const pageImages = withPages ? await renderPages(bytes) : [];
  const result = writeDraft(layout.blocks, layout.text, opts, {
    notes: [...layout.notes, ...repaired.notes],
    stats: repaired.stats,
    photos: layout.photos.map((_, i) => ({ file: photoFileName(i) })),
    pages: pageImages,
  });
  return { result, photos, pages: pageImages, text: layout.text, layout };
}
