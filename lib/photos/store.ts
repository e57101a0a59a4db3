/**
 * The files the site's photos and share cards become, kept in a
 * content-addressed store (.cache/photos, laid out as the site's paths) so
 * that a rebuild encodes only new or changed photos, then published into the
 * built site by hard link. Every name carries a fingerprint of what made it
 * (lib/photos/plan.ts photoKey, lib/photos/share-card.ts), so a name never changes
 * content and a changed photo never keeps its name.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Content, Photo } from '../content';
import { encodePhoto, hasCjkFont, renderSvgJpeg } from './imaging';
import { leadPhoto } from '../content';
import { photoKey, photoVariants, shareCrops, thumbnails } from './plan';
import { cacheDir } from './probe-cache';
import { CARD_FONTS, siteCard, streetCard, type ShareCard } from './share-card';

export const storeDir = () => path.join(cacheDir(), 'photos');

/** Where a site path's file lives in the store. */
export const storePath = (sitePath: string) => path.join(storeDir(), ...sitePath.split('/').filter(Boolean));

/** The byte size of a stored file (feeds give each enclosure's length), when it has been made. */
export function storedSize(sitePath: string): number | undefined {
  return fs.statSync(storePath(sitePath), { throwIfNoEntry: false })?.size;
}

export interface SitePhotos {
  /** By key: the photo, and whether it leads an article (then it gets share crops too). */
  photos: Map<string, { photo: Photo; lead: boolean }>;
  cards: ShareCard[];
}

/** Every photo the content shows, and every share card its pages name. */
export function sitePhotos(c: Content): SitePhotos {
  const photos = new Map<string, { photo: Photo; lead: boolean }>();
  for (const a of c.articles) {
    const lead = leadPhoto(a.figures);
    for (const f of a.figures) {
      if (!f.photo) continue;
      const key = photoKey(f.photo.hash);
      const seen = photos.get(key);
      photos.set(key, { photo: f.photo, lead: (seen?.lead ?? false) || f === lead });
    }
  }
  // The printed pages of the 数字报 go through the same pipeline: responsive, fingerprinted, stripped.
  for (const e of c.editions) {
    for (const page of e.pages) {
      const key = photoKey(page.photo.hash);
      photos.set(key, { photo: page.photo, lead: photos.get(key)?.lead ?? false });
    }
  }
  const cards = [siteCard(), ...c.gazetteer.streets.map((s) => streetCard(s.name, c.gazetteer.district.get(s.districtId)?.name))];
  return { photos, cards };
}

/** The site path of every file a photo becomes. */
export function photoFiles(photo: Photo, lead: boolean): string[] {
  return [...photoVariants(photo).map((v) => v.path), ...(lead ? [...shareCrops(photo), ...thumbnails(photo)].map((c) => c.path) : [])];
}

export interface EncodeReport {
  photos: number;
  encoded: number;
  cards: number;
  cardsRendered: number;
  /** Seconds spent encoding photos (not cards). */
  seconds: number;
}

/**
 * Makes every file that is not in the store yet: new or changed photos are
 * decoded and encoded once, unchanged ones cost a stat per file. `mediaDir`
 * is content/media, where the photos' sources are.
 */
export async function encodeMissing(site: SitePhotos, mediaDir: string, concurrency = 2): Promise<EncodeReport> {
  const todo = [...site.photos.entries()].filter(([, { photo, lead }]) => !photoFiles(photo, lead).every((p) => fs.existsSync(storePath(p))));
  const t0 = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < todo.length) {
      const [key, { photo, lead }] = todo[next++];
      const files = await encodePhoto(fs.readFileSync(path.join(mediaDir, photo.file)), photo, lead);
      // Written beside the store, then moved in whole: an interrupted build leaves no half photo.
      const dir = path.join(storeDir(), 'photos', key);
      const tmp = `${dir}.tmp-${process.pid}`;
      fs.rmSync(tmp, { recursive: true, force: true });
      fs.mkdirSync(tmp, { recursive: true });
      for (const [sitePath, bytes] of files) fs.writeFileSync(path.join(tmp, path.basename(sitePath)), bytes);
      fs.rmSync(dir, { recursive: true, force: true });
      fs.renameSync(tmp, dir);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, todo.length) }, worker));
  const seconds = (performance.now() - t0) / 1000;

  const cardsTodo = site.cards.filter((c) => !fs.existsSync(storePath(c.path)));
  if (cardsTodo.length && !(await hasCjkFont(CARD_FONTS.sans))) {
    throw new Error(`no Chinese font is installed, so the share cards would show boxes instead of characters. Install one: sudo apt-get install fonts-noto-cjk (bash scripts/start.sh does this for you)`);
  }
  for (const card of cardsTodo) {
    fs.mkdirSync(path.dirname(storePath(card.path)), { recursive: true });
    fs.writeFileSync(storePath(card.path), await renderSvgJpeg(card.svg));
  }
  return { photos: site.photos.size, encoded: todo.length, cards: site.cards.length, cardsRendered: cardsTodo.length, seconds };
}

/**
 * Puts exactly the site's photo and card files into `siteDir` (/photos and
 * /share), as hard links to the store (a copy where the two are on different
 * disks), and removes what the site no longer shows.
 */
export function publish(site: SitePhotos, siteDir: string): { files: number; bytes: number } {
  const wanted = new Set<string>([...[...site.photos.values()].flatMap(({ photo, lead }) => photoFiles(photo, lead)), ...site.cards.map((c) => c.path)]);
  for (const top of ['photos', 'share']) {
    const root = path.join(siteDir, top);
    if (!fs.existsSync(root)) continue;
    for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const abs = path.join(entry.parentPath, entry.name);
      const sitePath = `/${path.relative(siteDir, abs).split(path.sep).join('/')}`;
      if (!wanted.has(sitePath)) fs.rmSync(abs);
    }
  }
  let bytes = 0;
  for (const sitePath of wanted) {
    const from = storePath(sitePath);
    const to = path.join(siteDir, ...sitePath.split('/').filter(Boolean));
    const src = fs.statSync(from);
    bytes += src.size;
    const dst = fs.statSync(to, { throwIfNoEntry: false });
    if (dst && dst.ino === src.ino) continue;
    fs.mkdirSync(path.dirname(to), { recursive: true });
    if (dst) fs.rmSync(to);
    try {
      fs.linkSync(from, to);
    } catch {
      fs.copyFileSync(from, to);
    }
  }
  return { files: wanted.size, bytes };
}
