/**
 * Photos, as pure decisions: which files the site accepts, what each photo
 * becomes (variants in three formats and a few widths, share crops for an
 * article's lead photo), and the fingerprinted URL of each. Nothing here
 * touches the disk or decodes an image: lib/photos/imaging.ts does that with sharp,
 * following these plans, and pages build <picture> from the same plans, so a
 * page never names a file the build did not make.
 */
import { createHash } from 'node:crypto';
import type { Photo, PhotoFormat } from '../content';
import { describe, type Finding } from '../privacy';

/** Past this, a file is not a newspaper photo but a mistake (or an attack). */
export const MAX_PHOTO_BYTES = 20 * 1024 * 1024;
/** Decompression bombs: a small file can claim billions of pixels. Checked from the header, before decoding. */
export const MAX_PHOTO_PIXELS = 50_000_000;

/**
 * Bumped whenever an encoding setting changes: it is part of every variant's
 * name, so browsers and CDNs holding the old bytes under a year's cache never
 * see a URL whose content changed.
 */
export const PIPELINE_VERSION = 1;

/** Widths of the responsive variants, in pixels; a smaller photo stops at its own width. */
export const VARIANT_WIDTHS = [480, 960, 1600] as const;
/** Modern formats first: <picture> offers them in this order, JPEG is the fallback for old in-app browsers. */
export const VARIANT_FORMATS = ['avif', 'webp', 'jpeg'] as const;
export type VariantFormat = (typeof VARIANT_FORMATS)[number];
export const MIME: Record<VariantFormat, string> = { avif: 'image/avif', webp: 'image/webp', jpeg: 'image/jpeg' };

/**
 * The aspect ratios Google documents for NewsArticle `image` (16x9, 4x3, 1x1,
 * each at least 50,000 pixels); 16:9 doubles as the Open Graph image, which
 * WeChat, X and Facebook crop to their cards.
 */
export const SHARE_CROPS = { '16x9': [16, 9], '4x3': [4, 3], '1x1': [1, 1] } as const;
export type ShareCrop = keyof typeof SHARE_CROPS;
export const SHARE_WIDTH = 1200;


/** What the file's first bytes say it is, whatever its name says. */
export type Sniffed = PhotoFormat | 'heic' | 'unknown';

export function sniffFormat(bytes: Uint8Array): Sniffed {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (ascii(0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a') return 'gif';
  if (ascii(0, 4) === 'II*\0' || ascii(0, 4) === 'MM\0*') return 'tiff';
  if (ascii(4, 8) === 'ftyp') {
    // ISO base media: the major brand, then compatible brands, say which codec.
    const brands = ascii(8, Math.min(bytes.length, 40));
    if (/^avi[fs]/.test(brands)) return 'avif';
    if (/heic|heix|hevc|hevx|heim|heis|mif1|msf1/.test(brands)) return /avif/.test(brands) ? 'avif' : 'heic';
  }
  return 'unknown';
}

/** How a problem with a photo reads in `npm run check`, and what to do instead. */
export const PHOTO_PROBLEMS = {
  tooBig: (bytes: number) => ({
    problem: `is ${(bytes / 2 ** 20).toFixed(1)} MB`,
    expected: `a photo may be at most ${MAX_PHOTO_BYTES / 2 ** 20} MB: export it again as JPEG at about 3000 pixels on the long side (quality 85 is plenty)`,
  }),
  tooManyPixels: (width: number, height: number) => ({
    problem: `is ${width} × ${height} pixels (${((width * height) / 1e6).toFixed(0)} megapixels)`,
    expected: `at most ${MAX_PHOTO_PIXELS / 1e6} megapixels: scale it down to about 3000 pixels on the long side`,
  }),
  heic: () => ({
    problem: 'is a HEIC photo (the iPhone\'s own format), which browsers cannot show',
    expected: 'convert it to JPEG: on a Mac open it in 预览 and 文件 → 导出… → JPEG; on Debian `heif-convert photo.heic photo.jpg` (package libheif-examples); on the iPhone, 设置 → 相机 → 格式 → 兼容性最佳 takes JPEG from then on',
  }),
  unknown: () => ({
    problem: 'is not a photo the site can read',
    expected: 'a JPEG, PNG, WebP or AVIF file; export it again as JPEG',
  }),
  animated: () => ({
    problem: 'is animated',
    expected: 'a still photo: export one frame as JPEG',
  }),
  /** Found by lib/privacy: refused so that it never enters the repository's history; `npm run scrub` cleans it in place. */
  located: (findings: readonly Finding[], file: string) => ({
    problem: `carries ${describe(findings)}`,
    expected: `remove it in place, the picture untouched (a JPEG keeps its orientation; nothing is re-encoded but a TIFF, losslessly): npm run scrub -- ${file}`,
  }),
  corrupt: (why: string) => ({
    problem: `cannot be decoded (${why})`,
    expected: 'the file is damaged or incomplete: copy it again from the camera or the original',
  }),
} as const;

/** The fingerprint that names every file made from a photo: its bytes and the pipeline that made them. */
export function photoKey(hash: string): string {
  return createHash('sha256').update(`${hash}:${PIPELINE_VERSION}`).digest('hex').slice(0, 16);
}

export interface Variant {
  format: VariantFormat;
  width: number;
  height: number;
  /** Site path: /photos/<key>/<width>.<format>. */
  path: string;
}

/** Widths for a photo of this width: the steps below it, then its own width (capped at the largest step). */
export function variantWidths(width: number): number[] {
  const top = Math.min(width, VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1]);
  return [...VARIANT_WIDTHS.filter((w) => w < top), top];
}

const scaledHeight = (p: Pick<Photo, 'width' | 'height'>, width: number) => Math.max(1, Math.round((p.height * width) / p.width));

export function photoVariants(p: Photo): Variant[] {
  const key = photoKey(p.hash);
  return variantWidths(p.width).flatMap((width) =>
    VARIANT_FORMATS.map((format) => ({ format, width, height: scaledHeight(p, width), path: `/photos/${key}/${width}.${format}` })),
  );
}

export interface Crop {
  ratio: ShareCrop;
  width: number;
  height: number;
  path: string;
}

/**
 * Share crops of an article's lead photo, JPEG (every crawler reads it):
 * 1200 pixels wide, or as wide as the photo allows at that ratio.
 */
export function shareCrops(p: Photo): Crop[] {
  const key = photoKey(p.hash);
  return (Object.keys(SHARE_CROPS) as ShareCrop[]).map((ratio) => {
    const [rw, rh] = SHARE_CROPS[ratio];
    const width = Math.min(SHARE_WIDTH, p.width, Math.floor((p.height * rw) / rh));
    return { ratio, width, height: Math.round((width * rh) / rw), path: `/photos/${key}/share-${ratio}.jpeg` };
  });
}

/** A listing's thumbnail of an article's lead photo: a small square, 120 CSS pixels at 2×. */
export const THUMB_SIZE = 240;

export function thumbnails(p: Photo): Variant[] {
  const key = photoKey(p.hash);
  const size = Math.min(THUMB_SIZE, p.width, p.height);
  return VARIANT_FORMATS.map((format) => ({ format, width: size, height: size, path: `/photos/${key}/thumb.${format}` }));
}

/** `srcset` for one format: every width, smallest first. */
export function srcset(variants: readonly Variant[], format: VariantFormat): string {
  return variants
    .filter((v) => v.format === format)
    .map((v) => `${v.path} ${v.width}w`)
    .join(', ');
}

/** The JPEG that stands for the photo where one URL is wanted (feeds, the <img> fallback): the middle width. */
export function fallbackVariant(variants: readonly Variant[]): Variant {
  const jpegs = variants.filter((v) => v.format === 'jpeg');
  return jpegs[Math.min(1, jpegs.length - 1)];
}
