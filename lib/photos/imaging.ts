/**
 * Everything that decodes or encodes an image, with sharp (libvips): probing
 * a committed photo for the check, and making the variants lib/photos/plan.ts
 * plans. Bytes in, bytes out: the callers own the files.
 *
 * Privacy: variants are encoded from decoded pixels with EXIF orientation
 * applied first, and sharp writes no metadata unless asked, so no variant
 * carries EXIF, GPS, XMP or the camera's ICC profile (colours are converted
 * to sRGB first).
 */
import { createHash } from 'node:crypto';
import sharp, { type Metadata, type Sharp } from 'sharp';
import { MAX_PHOTO_BYTES, MAX_PHOTO_PIXELS, PHOTO_PROBLEMS, photoVariants, shareCrops, sniffFormat, thumbnails, type VariantFormat } from './plan';
import type { Photo, PhotoFormat, PhotoProbe } from '../content';

// The build encodes several photos at once; libvips' own threads share the cores.
sharp.concurrency(0);

/** Checks a committed photo: size, format, pixel count (before decoding), then a full decode. */
export async function probePhoto(bytes: Buffer): Promise<PhotoProbe> {
  if (bytes.length > MAX_PHOTO_BYTES) return { ok: false, ...PHOTO_PROBLEMS.tooBig(bytes.length) };
  const sniffed = sniffFormat(bytes);
  if (sniffed === 'heic') return { ok: false, ...PHOTO_PROBLEMS.heic() };
  if (sniffed === 'unknown') return { ok: false, ...PHOTO_PROBLEMS.unknown() };
  let meta: Metadata;
  try {
    // Only the header: how big it claims to be, before any pixel is decoded.
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch (e) {
    return { ok: false, ...PHOTO_PROBLEMS.corrupt(reason(e)) };
  }
  if (!meta.width || !meta.height) return { ok: false, ...PHOTO_PROBLEMS.corrupt('no size in its header') };
  if (meta.width * meta.height > MAX_PHOTO_PIXELS) return { ok: false, ...PHOTO_PROBLEMS.tooManyPixels(meta.width, meta.height) };
  if ((meta.pages ?? 1) > 1) return { ok: false, ...PHOTO_PROBLEMS.animated() };
  try {
    // Every byte decoded (a truncated or damaged file fails here), into a tiny image.
    await sharp(bytes, { failOn: 'truncated', limitInputPixels: MAX_PHOTO_PIXELS }).resize(64, 64, { fit: 'inside' }).raw().toBuffer();
  } catch (e) {
    return { ok: false, ...PHOTO_PROBLEMS.corrupt(reason(e)) };
  }
  // EXIF orientations 5–8 turn the picture a quarter: width and height swap on screen.
  const turned = (meta.orientation ?? 1) >= 5;
  return {
    ok: true,
    format: sniffed as PhotoFormat,
    width: turned ? meta.height : meta.width,
    height: turned ? meta.width : meta.height,
    hash: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
  };
}

function reason(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.split('\n')[0].replace(/^Input (buffer|file) /, '').slice(0, 120);
}

/** Background for JPEG, which has no transparency: the page's paper colour. */
const PAPER = { r: 0xfb, g: 0xfa, b: 0xf7 };

/**
 * Encoder settings, chosen with `npm run bench` (bytes at 390 px against
 * visible quality, and time). AVIF at effort 4 took ten times as long as at
 * effort 2 for 15–20 % fewer bytes: 8.7 s against 1.3 s for one photo's files.
 */
const ENCODE = {
  avif: { quality: 50, effort: 2 },
  webp: { quality: 72, effort: 4 },
  jpeg: { quality: 76, mozjpeg: true },
} as const;

/**
 * Every file lib/photos/plan.ts plans for this photo (variants, and the share
 * crops when it leads an article), keyed by site path.
 */
export async function encodePhoto(bytes: Buffer, ref: Photo, lead: boolean): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  const variants = photoVariants(ref);
  const largest = Math.max(...variants.map((v) => v.width));
  // Decode, orient and convert to sRGB once, at the largest width any output needs.
  const baseWidth = lead ? Math.max(largest, Math.min(ref.width, 1200)) : largest;
  const { data, info } = await sharp(bytes, { failOn: 'none', limitInputPixels: MAX_PHOTO_PIXELS })
    .rotate()
    .resize({ width: baseWidth, withoutEnlargement: true })
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  const raw = { raw: { width: info.width, height: info.height, channels: info.channels } } as const;
  const opaque = info.channels < 4;
  for (const v of variants) {
    out.set(v.path, await encodeAs(sharp(data, raw).resize({ width: v.width, height: v.height, fit: 'fill' }), v.format, opaque));
  }
  if (lead) {
    for (const c of shareCrops(ref)) {
      const img = sharp(data, raw).resize({ width: c.width, height: c.height, fit: 'cover', position: sharp.strategy.attention });
      out.set(c.path, await (opaque ? img : img.flatten({ background: PAPER })).jpeg({ ...ENCODE.jpeg, quality: 80 }).toBuffer());
    }
    for (const v of thumbnails(ref)) {
      const img = sharp(data, raw).resize({ width: v.width, height: v.height, fit: 'cover', position: sharp.strategy.attention });
      out.set(v.path, await encodeAs(img, v.format, opaque));
    }
  }
  return out;
}

function encodeAs(img: Sharp, format: VariantFormat, opaque: boolean): Promise<Buffer> {
  if (format === 'jpeg') return (opaque ? img : img.flatten({ background: PAPER })).jpeg(ENCODE.jpeg).toBuffer();
  if (format === 'webp') return img.webp(ENCODE.webp).toBuffer();
  return img.avif(ENCODE.avif).toBuffer();
}

/** An SVG (a share card) as a JPEG of its own size. */
export async function renderSvgJpeg(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg)).flatten({ background: PAPER }).jpeg({ quality: 85, mozjpeg: true }).toBuffer();
}

/**
 * Whether text in Chinese renders as glyphs here: with no CJK font, every
 * character becomes the same empty box, so two different characters render
 * to identical pixels.
 */
export async function hasCjkFont(family: string): Promise<boolean> {
  const glyph = (ch: string) =>
    sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><text x="4" y="52" font-family="${family}" font-size="52">${ch}</text></svg>`))
      .raw()
      .toBuffer();
  const [a, b] = await Promise.all([glyph('晨'), glyph('报')]);
  return !a.equals(b);
}
