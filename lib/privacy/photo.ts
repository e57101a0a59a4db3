/**
 * A photo file of any format the site accepts, scanned and stripped by the
 * reader for its format (sniffed from its bytes, whatever its name says).
 */
import { readExif } from './exif';
import type { Finding } from './findings';
import { readIptc } from './iptc';
import { isJpeg, readJpeg, stripJpeg } from './jpeg';
import { isPng, readPng, stripPng } from './png';
import { isWebp, readWebp, stripWebp } from './webp';
import { scanPdf } from './pdf';
import { readXmp } from './xmp';

const isTiff = (b: Uint8Array) => b.length > 8 && ((b[0] === 0x49 && b[1] === 0x49 && b[2] === 42) || (b[0] === 0x4d && b[1] === 0x4d && b[3] === 42));

const isPdf = (b: Uint8Array) => b.length > 5 && String.fromCharCode(...b.subarray(0, 5)) === '%PDF-';

/** Any file: a PDF's findings, a photo's, or none. A PDF that cannot be read says so as a finding. */
export async function scanFile(bytes: Uint8Array): Promise<Finding[]> {
  if (!isPdf(bytes)) return scanPhoto(bytes);
  try {
    return await scanPdf(bytes);
  } catch (e) {
    return [{ kind: 'location', where: 'PDF', what: `a PDF that cannot be read to check it (${e instanceof Error ? e.message.split('\n')[0] : String(e)})` }];
  }
}

export function scanPhoto(bytes: Uint8Array): Finding[] {
  if (isJpeg(bytes)) return readJpeg(bytes).findings;
  if (isPng(bytes)) return readPng(bytes).findings;
  if (isWebp(bytes)) return readWebp(bytes).findings;
  if (isTiff(bytes)) {
    const tiff = readExif(bytes);
    return [...tiff.findings.map((f) => ({ ...f, where: `TIFF, ${f.where}` })), ...(tiff.xmp ? readXmp(tiff.xmp, 'TIFF XMP') : []), ...(tiff.iptc ? readIptc(tiff.iptc, 'TIFF IPTC') : [])];
  }
  return [];
}

/**
 * The photo without its metadata, its image data byte for byte: JPEG, PNG and
 * WebP. Undefined for a format that cannot be cleaned this way (TIFF keeps its
 * tags beside the pixels' offsets; lib/photos re-encodes it losslessly).
 */
export function stripPhoto(bytes: Uint8Array): { bytes: Uint8Array; removed: number } | undefined {
  if (isJpeg(bytes)) return stripJpeg(bytes);
  if (isPng(bytes)) return stripPng(bytes);
  if (isWebp(bytes)) return stripWebp(bytes);
  return undefined;
}
