/**
 * What the content format says of photos: which names in an @图 line are
 * photo files, what the check learnt of each file under content/media/, and
 * what a figure record offers the rest of the site (its lead photo, its text
 * for readers who cannot see it). Decoding and encoding are lib/photos'.
 */
import type { Figure, Photo } from './schema';

/** The formats an edition's photo may be committed in. */
export type PhotoFormat = 'jpeg' | 'png' | 'webp' | 'avif' | 'tiff' | 'gif';

/** A photo file as the check found it: readable, with its displayed size, or a problem to report. */
export type PhotoProbe =
  | { ok: true; format: PhotoFormat; width: number; height: number; hash: string; bytes: number }
  | { ok: false; problem: string; expected: string };

/** What is wrong with a file under content/sources/, to report at the `source:` line that names it. */
export interface SourceProblem {
  problem: string;
  expected: string;
}

/** A file under content/media/ or content/sources/, as listed. */
export interface MediaFile {
  /** `2019-11-28-xianxia/hongxu.jpg` */
  file: string;
  size: number;
  mtimeMs: number;
}

/** File names under content/media/ that look like photos, so `@图 name.jpg 说明` names a file and not a caption. */
export const PHOTO_FILE = /^(?![./])(?!.*\.\.)[^\s]+\.(?:jpe?g|png|webp|avif|gif|tiff?|heic|heif)$/i;

/** What a photo says to readers who cannot see it: its own alt text, else its caption. */
export function altText(figure: Pick<Figure, 'alt' | 'caption'>): string {
  return figure.alt ?? figure.caption ?? '';
}

/** The first photo of an article, which stands for it in listings, shares and feeds. */
export function leadPhoto(figures: readonly Figure[]): (Figure & { photo: Photo }) | undefined {
  return figures.find((f): f is Figure & { photo: Photo } => f.photo !== undefined);
}
