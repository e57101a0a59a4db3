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
import type { ImportNote, ImportOptions, ImportResult } from './types';
import { residencesOf } from '../content';
import { cleanPdf, describe, refused, type PdfCleaning } from '../privacy';
import { layoutPdf, type PdfLayout, type ReadingOrder } from './pdf/layout';
import { extractPhotos, photoFileName, type ExtractedPhoto } from './pdf/photos';
import { PdfRefusal, readPdf } from './pdf/read';
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
  /** The PDF as it is kept in content/sources/ and served as 下载原版: cleaned of its metadata (lib/privacy). */
  source: PdfCleaning;
}

/** A printed edition's PDF as a draft edition and its photos; a PdfRefusal says why one cannot be imported. */
/** `pages: false` skips rendering the printed pages (数字报): the scores need only the draft. */
export async function importPdf(original: Uint8Array, opts: ImportOptions, { pages: withPages = true }: { pages?: boolean } = {}): Promise<PdfImport> {
  // Refusals first (encrypted, scanned, too many pages), on the PDF as it came.
  const read = await readPdf(original);
  const source = await cleanSource(original);
  // Everything after reads the cleaned PDF: the one that is kept is the one the draft was made from.
  const bytes = source.bytes;
  const pages = bytes === original ? read : await readPdf(bytes);
  // Reading order by headline ownership (./pdf/ownership.ts); CHENBAO_LAYOUT=xy-cut reads by the recursive XY-cut it
  // replaced, to compare (README, importer scores).
  const order: ReadingOrder = process.env.CHENBAO_LAYOUT === 'xy-cut' ? 'xy-cut' : 'ownership';
  const labels = new Set(residencesOf(opts.gazetteer, opts.streetId).flatMap((r) => r.matchTerms));
  const layout = layoutPdf(pages, order, labels);
  const repaired = repairBlocks(layout.blocks);
  styleRoles(layout.blocks, opts.catalogue.programmes);
  assignRoles(layout.blocks, opts);
  const pageImages = withPages ? await renderPages(bytes) : [];
  const result = writeDraft(layout.blocks, layout.text, opts, {
    notes: [...layout.notes, ...repaired.notes, ...privacyNotes(source)],
    stats: repaired.stats,
    photos: layout.photos.map((_, i) => ({ file: photoFileName(i) })),
    pages: pageImages,
  });
  const photos = await extractPhotos(layout.photos);
  return { result, photos, pages: pageImages, text: layout.text, layout, source };
}

async function cleanSource(bytes: Uint8Array): Promise<PdfCleaning> {
  try {
    return await cleanPdf(bytes);
  } catch (e) {
    throw new PdfRefusal(`cannot be cleaned of the metadata it may carry (photographers' GPS positions, camera serial numbers): ${e instanceof Error ? e.message.split('\n')[0] : String(e)}. Ask the printer for the PDF exported again, then import that`);
  }
}

/** What was removed from the PDF kept in content/sources/, for the report. */
function privacyNotes(source: PdfCleaning): ImportNote[] {
  if (!source.removed.length) return [];
  const located = refused(source.removed);
  return [{ kind: 'info', sourceLine: 0, message: `保存到 content/sources/ 的 PDF 已删除元数据${located.length ? '（其中有拍摄地点或相机序列号）' : ''}：${describe(source.removed)}；版面和文字不变` }];
}
