/**
 * The public module of lib/privacy: what a photo or a PDF says about where
 * and by whom it was made, found (./findings.ts) and removed without
 * re-encoding a single image. Reads bytes, never the disk, and imports no
 * other concern: the check and `npm run scrub` (lib/photos) and the importer
 * (lib/import) use it alike.
 */
export { describe, refused, type Finding, type FindingKind } from './findings';
export { scanFile, scanPhoto, stripPhoto } from './photo';
export { cleanPdf, scanPdf, type PdfCleaning } from './pdf';
