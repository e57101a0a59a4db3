/**
 * The one description of a responsive photo: a <picture> with AVIF and WebP
 * sources and a JPEG <img> fallback, intrinsic width and height (the browser
 * reserves the box before a byte arrives, so nothing shifts), and `sizes`
 * for the place it is shown. Article bodies (lib/content/markdown.ts) and components
 * both render from this, so every photo on the site is marked up alike.
 */
import { fallbackVariant, MIME, photoVariants, srcset, thumbnails, type VariantFormat } from './plan';
import type { Element, ElementContent } from 'hast';
import type { Photo, PhotoView } from '../content';

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

/** Taller than wide (by a tenth or more): shown narrower than the column, so it fits a screen. */
export const isPortrait = (photo: Photo) => photo.height > photo.width * 1.1;

const h = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({ type: 'element', tagName, properties, children });

/**
 * A photo in an article body: the <picture>, lazy (pages make the first photo
 * of an article eager), and a portrait photo's figure marked so it is shown
 * narrower.
 */
export const bodyPhoto: PhotoView = (photo, alt) => {
  const portrait = isPortrait(photo);
  const m = pictureModel(photo, alt, portrait ? SIZES.portrait : SIZES.article);
  return {
    classNames: portrait ? ['portrait'] : [],
    picture: h('picture', {}, [
      ...m.sources.map((s) => h('source', { type: s.type, srcSet: s.srcSet, sizes: m.img.sizes })),
      h('img', { ...m.img, loading: 'lazy', decoding: 'async' }),
    ]),
  };
};
