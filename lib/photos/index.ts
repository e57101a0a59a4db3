/**
 * The public module of lib/photos: what a photo becomes (./plan.ts), the one
 * description of a responsive photo (./picture.ts), decoding and encoding with
 * sharp (./imaging.ts), the probe cache and the content-addressed store, share
 * cards, the one loader (./load.ts: the content with its photos checked), and
 * `npm run scrub` (./scrub.ts). Imports lib/content and lib/privacy.
 */
export { encodePhoto, probePhoto } from './imaging';
export { loadContent } from './load';
export { cacheDir } from './probe-cache';
export { pictureModel, type PictureModel, SIZES, thumbModel } from './picture';
export { fallbackVariant, photoVariants, shareCrops } from './plan';
export { siteCard, streetCard } from './share-card';
export { encodeMissing, publish, sitePhotos, storedSize } from './store';
export { scrubFile, type Scrubbed } from './scrub';
