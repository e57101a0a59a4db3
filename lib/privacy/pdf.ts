/**
 * A PDF's metadata, found and removed without changing what it prints. A
 * typesetting program (InDesign, 方正飞腾, a browser printing HTML) embeds a
 * photo's JPEG as it is, EXIF and all: each such image is stripped segment by
 * segment (./jpeg.ts), its compressed data untouched. XMP streams (the
 * document's and each object's) and programs' private data (/PieceInfo) go,
 * and so does the Info dictionary's /Author. The rest of the document is
 * written back as it was read: the pages render pixel for pixel the same and
 * the text layer is unchanged (tests/unit/privacy/pdf.test.ts compares both).
 */
import { inflateSync, deflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, type PDFObject } from '@cantoo/pdf-lib';
import type { Finding } from './findings';
import { readJpeg, stripJpeg } from './jpeg';
import { readXmp } from './xmp';

export interface PdfCleaning {
  bytes: Uint8Array;
  /** What was found and removed, for the import's report. */
  removed: Finding[];
}

const DCT = PDFName.of('DCTDecode');
const FLATE = PDFName.of('FlateDecode');
const METADATA = PDFName.of('Metadata');
const PIECE_INFO = PDFName.of('PieceInfo');
const AUTHOR = PDFName.of('Author');

/** A stream's filters, outermost first. */
function filters(dict: PDFDict): PDFName[] {
  const f = dict.get(PDFName.of('Filter'));
  if (f instanceof PDFName) return [f];
  if (f instanceof PDFArray) return f.asArray().filter((x): x is PDFName => x instanceof PDFName);
  return [];
}

/** A JPEG inside a stream: stored as it is (DCTDecode), or deflated around it (FlateDecode, DCTDecode). */
function jpegOf(stream: PDFRawStream): { jpeg: Uint8Array; wrap: (b: Uint8Array) => Uint8Array } | undefined {
  const chain = filters(stream.dict);
  if (chain.length === 1 && chain[0] === DCT) return { jpeg: stream.contents, wrap: (b) => b };
  if (chain.length === 2 && chain[0] === FLATE && chain[1] === DCT && !stream.dict.has(PDFName.of('DecodeParms'))) {
    try {
      return { jpeg: new Uint8Array(inflateSync(stream.contents)), wrap: (b) => new Uint8Array(deflateSync(b)) };
    } catch {
      return undefined;
    }
  }
  return undefined;
}

const label = (ref: PDFRef) => `image ${ref.objectNumber}`;

/** Everything the document carries, found (`clean` false) or found and removed. */
async function walk(bytes: Uint8Array, clean: boolean): Promise<{ doc: PDFDocument; findings: Finding[] }> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: false });
  const findings: Finding[] = [];
  const ctx = doc.context;
  const xmpStreams = new Set<PDFRef>();
  for (const [ref, obj] of ctx.enumerateIndirectObjects()) {
    if (obj instanceof PDFRawStream) {
      const found = jpegOf(obj);
      if (found) {
        const inImage = readJpeg(found.jpeg).findings;
        findings.push(...inImage.map((f) => ({ ...f, where: `PDF ${label(ref)}, ${f.where}` })));
        if (clean && inImage.length) obj.updateContents(found.wrap(stripJpeg(found.jpeg).bytes));
      }
    }
    const dict = obj instanceof PDFDict ? obj : obj instanceof PDFRawStream ? obj.dict : undefined;
    if (dict) findings.push(...dictFindings(doc, dict, ref, clean, xmpStreams));
  }
  // The XMP streams themselves, now that nothing points at them.
  if (clean) for (const xmpRef of xmpStreams) ctx.delete(xmpRef);
  findings.push(...infoFindings(doc, clean), ...unreadFindings(bytes, findings));
  return { doc, findings };
}

/** A dictionary's /Metadata (XMP) and /PieceInfo (a program's private data). */
function dictFindings(doc: PDFDocument, dict: PDFDict, ref: PDFRef, clean: boolean, xmpStreams: Set<PDFRef>): Finding[] {
  const findings: Finding[] = [];
  const metadata = dict.get(METADATA);
  if (metadata) {
    const stream = metadata instanceof PDFRef ? doc.context.lookup(metadata) : metadata;
    const isDocument = doc.catalog.get(METADATA) === metadata;
    const where = isDocument ? 'PDF document XMP' : `PDF object ${ref.objectNumber} XMP`;
    const xmp = stream instanceof PDFRawStream ? xmpText(stream) : new Uint8Array();
    findings.push(...readXmp(xmp, where));
    findings.push({ kind: 'private', where, what: 'an XMP packet' });
    if (clean) {
      dict.delete(METADATA);
      if (metadata instanceof PDFRef) xmpStreams.add(metadata);
    }
  }
  if (dict.has(PIECE_INFO)) {
    findings.push({ kind: 'private', where: `PDF object ${ref.objectNumber} /PieceInfo`, what: 'a program\'s private data' });
    if (clean) dict.delete(PIECE_INFO);
  }
  return findings;
}

function xmpText(stream: PDFRawStream): Uint8Array {
  if (filters(stream.dict)[0] !== FLATE) return stream.contents;
  try {
    return new Uint8Array(inflateSync(stream.contents));
  } catch {
    return stream.contents;
  }
}

/** The Info dictionary's /Author: a person's name. Title, dates and the producing program stay. */
function infoFindings(doc: PDFDocument, clean: boolean): Finding[] {
  const infoRef: PDFObject | undefined = doc.context.trailerInfo.Info;
  const info = infoRef instanceof PDFRef ? doc.context.lookup(infoRef) : infoRef;
  if (!(info instanceof PDFDict) || !info.has(AUTHOR)) return [];
  if (clean) info.delete(AUTHOR);
  return [{ kind: 'person', where: 'PDF Info /Author', what: 'the author\'s name' }];
}

/**
 * A damaged PDF may hold bytes no object reaches (pdf-lib reads what it can):
 * EXIF or a GPS property left there, outside any stream read above, is a
 * finding too. The clean copy is written from the objects alone, so it
 * carries none of them.
 */
function unreadFindings(bytes: Uint8Array, found: readonly Finding[]): Finding[] {
  if (found.some((f) => f.kind === 'location')) return [];
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!raw.includes('Exif\0\0') && !/GPS(?:Latitude|Longitude)/.test(raw.toString('latin1'))) return [];
  return [{ kind: 'location', where: 'PDF, outside its objects', what: 'EXIF or a GPS position in bytes no PDF object holds' }];
}

/** What the PDF carries that locates or identifies anyone, or a program's private data. */
export async function scanPdf(bytes: Uint8Array): Promise<Finding[]> {
  return (await walk(bytes, false)).findings;
}

/** The PDF without it: the same pages and text, written back whole (the old bytes do not linger in an update). */
export async function cleanPdf(bytes: Uint8Array): Promise<PdfCleaning> {
  const { doc, findings } = await walk(bytes, true);
  if (!findings.length) return { bytes, removed: [] };
  return { bytes: await doc.save({ updateFieldAppearances: false, useObjectStreams: false }), removed: findings };
}
