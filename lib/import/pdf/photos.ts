/**
 * The photos a PDF's layout placed in articles, extracted at the resolution
 * they were embedded at (at most 2,400 pixels on the long edge), as JPEG,
 * named in the order they appear.
 */
import sharp from 'sharp';
import type { LaidPhoto } from './layout';

export const MAX_EXTRACTED_EDGE = 2400;

export interface ExtractedPhoto {
  /** The file name under the edition's media folder: photo-01.jpg. */
  file: string;
  bytes: Buffer;
  width: number;
  height: number;
}

export const photoFileName = (index: number) => `photo-${String(index + 1).padStart(2, '0')}.jpg`;

export async function extractPhotos(photos: readonly LaidPhoto[]): Promise<ExtractedPhoto[]> {
  const out: ExtractedPhoto[] = [];
  for (const [i, p] of photos.entries()) {
    const { data, channels } = await p.image.pixels();
    const { pixelWidth: width, pixelHeight: height } = p.image;
    let img = sharp(Buffer.from(data.buffer, data.byteOffset, data.byteLength), { raw: { width, height, channels } });
    if (Math.max(width, height) > MAX_EXTRACTED_EDGE) img = img.resize({ width: MAX_EXTRACTED_EDGE, height: MAX_EXTRACTED_EDGE, fit: 'inside' });
    if (channels === 4) img = img.flatten({ background: '#ffffff' });
    const { data: bytes, info } = await img.jpeg({ quality: 90, mozjpeg: true }).toBuffer({ resolveWithObject: true });
    out.push({ file: photoFileName(i), bytes, width: info.width, height: info.height });
  }
  return out;
}
