/**
 * `npm run scrub`: a photo or a PDF under content/ cleaned in place of what
 * says where and by whom it was made (lib/privacy finds it). A JPEG, PNG or
 * WebP loses its metadata segments and nothing else: the picture is not
 * re-encoded, a JPEG keeps its orientation and every format its colour
 * profile. A TIFF, whose tags sit among its pixels' offsets, is written again
 * losslessly (LZW), turned upright and with its profile. A PDF is cleaned as
 * the importer cleans it.
 */
import sharp from 'sharp';
import { cleanPdf, scanPhoto, stripPhoto, type Finding } from '../privacy';

export interface Scrubbed {
  bytes: Uint8Array;
  removed: Finding[];
  /** stripped: segments or chunks dropped; re-encoded: a TIFF written again losslessly. */
  how: 'stripped' | 're-encoded' | 'unchanged';
}

const isPdf = (b: Uint8Array) => b.length > 5 && String.fromCharCode(...b.subarray(0, 5)) === '%PDF-';

/** The file cleaned; undefined for a file that is neither a photo the site takes nor a PDF. */
export async function scrubFile(bytes: Uint8Array): Promise<Scrubbed | undefined> {
  if (isPdf(bytes)) {
    const c = await cleanPdf(bytes);
    return { bytes: c.bytes, removed: c.removed, how: c.removed.length ? 'stripped' : 'unchanged' };
  }
  const found = scanPhoto(bytes);
  const stripped = stripPhoto(bytes);
  if (stripped) return { bytes: stripped.bytes, removed: found, how: stripped.removed ? 'stripped' : 'unchanged' };
  let meta;
  try {
    meta = await sharp(bytes).metadata();
  } catch {
    return undefined;
  }
  if (meta.format !== 'tiff') return undefined;
  if (!found.length) return { bytes, removed: [], how: 'unchanged' };
  const clean = await sharp(bytes).autoOrient().keepIccProfile().tiff({ compression: 'lzw' }).toBuffer();
  return { bytes: new Uint8Array(clean), removed: found, how: 're-encoded' };
}
