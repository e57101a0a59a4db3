/**
 * The one description of a responsive photo: a <picture> with AVIF and WebP
 * sources and a JPEG <img> fallback, intrinsic width and height (the browser
 * reserves the box before a byte arrives, so nothing shifts), and `sizes`
 * for the place it is shown. Article bodies (lib/markdown.ts) and components
 * both render from this, so every photo on the site is marked up alike.
 */
import { fallbackVariant, MIME, photoVariants, srcset, thumbnails, type VariantFormat } from './photos';
import type { Figure, Photo } from './schema';

/** Slots a photo is shown in, each with the width it takes on screen (layout in app/globals.css). */
export const SIZES = {
  /** The article column (max-w-measure, 38rem), or the screen less its margins. */
  article: '(min-width: 42rem) 38rem, calc(100vw - 2rem)',
  /** A portrait photo in the article column, at most 24rem wide so it is not taller than a screen. */
  portrait: '(min-width: 28rem) 24rem, calc(100vw - 2rem)',
  /** A printed page (数字报): the screen less its margins on phones, beside the page's list on wide screens. */
  page: '(min-width: 64rem) 40rem, calc(100vw - 2rem)',
} as const;

export interface PictureModel {
  sources: { type: string; srcSet: string }[];
  /** srcSet and sizes only where there are several widths to choose from. */
  img: { src: string; srcSet?: string; sizes?: string; width: number; height: number; alt: string };
}

export function pictureModel(photo: Photo, alt: string, sizes: string): PictureModel {
  const variants = photoVariants(photo);
  const fallback = fallbackVariant(variants);
  const modern: VariantFormat[] = ['avif', 'webp'];
  return {
    sources: modern.map((format) => ({ type: MIME[format], srcSet: srcset(variants, format) })),
    img: { src: fallback.path, srcSet: srcset(variants, 'jpeg'), sizes, width: photo.width, height: photo.height, alt },
  };
}

/**
 * A listing's thumbnail: one small square per format. Its alt text is empty:
 * the headline beside it names the article, and a reader would hear it twice.
 */
export function thumbModel(photo: Photo): PictureModel {
  const [avif, webp, jpeg] = thumbnails(photo);
  return {
    sources: [avif, webp].map((v) => ({ type: MIME[v.format], srcSet: v.path })),
    img: { src: jpeg.path, width: jpeg.width, height: jpeg.height, alt: '' },
  };
}

/** What a photo says to readers who cannot see it: its own alt text, else its caption. */
export function altText(figure: Pick<Figure, 'alt' | 'caption'>): string {
  return figure.alt ?? figure.caption ?? '';
}

/** Taller than wide (by a tenth or more): shown narrower than the column, so it fits a screen. */
export const isPortrait = (photo: Photo) => photo.height > photo.width * 1.1;

/** The first photo of an article, which stands for it in listings, shares and feeds. */
export function leadPhoto(figures: readonly Figure[]): (Figure & { photo: Photo }) | undefined {
  return figures.find((f): f is Figure & { photo: Photo } => f.photo !== undefined);
}
