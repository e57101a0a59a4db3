/**
 * The public module of lib/import: a printed edition (its PDF, or the text
 * copied out of it) as a draft edition, and how close a draft comes to a
 * transcription. The stages themselves are in ./pipeline.ts.
 */
export { importPdf, importText, type PdfImport } from './pipeline';
export type { Block, ImportNote, ImportOptions, ImportResult, ImportStats, NoteKind } from './types';
export { formatReport, unaccounted } from './report';
export { cjkSpaces, fullWidthPunctuation, joinCjk, repairRadicals } from './repair';
export { displayWidth, wrapWidth } from './blocks';
export { PdfRefusal, MAX_PDF_BYTES, MAX_PDF_PAGES } from './pdf/read';
export type { ExtractedPhoto } from './pdf/photos';
export type { PageImage } from './pdf/pages';

export { readPdf } from './pdf/read';
export { addScore, emptyTotals, frontField, headlineKey, importAsTranscribed, matchCount, paragraphsOf, type PlacedPhoto, rewrap, rewrapEach, scoreImport, scorePhotos, withoutFlags } from './score';
