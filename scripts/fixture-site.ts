/**
 * The browser tests' second site: the launch editions re-dated into 65
 * editions (enough for listings past their first page), plus a sample
 * edition with synthetic photos (tests/fixtures/photo-edition) and an
 * edition imported from a typeset fixture PDF with its pages (数字报), built
 * with the full pipeline. The real content/ has no photos and must not get
 * invented ones, so photos are tested here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { makeCorpus } from './corpus';
import { importPdf, withoutFlags } from '../lib/import';
import { stripPhoto } from '../lib/privacy';
import { catalogues } from './editor-cli';

export const FIXTURE_CONTENT = path.resolve('bench-corpus/e2e-fixture');
export const FIXTURE_SITE = path.resolve('bench-corpus/site-e2e-fixture');
export const PHOTO_EDITION = '2026-11-20-xianxia';
/** The sample edition's photos, from tests/fixtures/photos. */
export const PHOTO_EDITION_FILES = ['landscape.jpg', 'phone-rotated.jpg', 'cmyk.jpg', 'transparent.png'];

/** The 数字报 edition: a typeset fixture PDF imported as `npm run import` would, its flags accepted. */
export const PDF_EDITION = '2026-11-18-changfengxincun';
export const PDF_EDITION_SOURCE = path.resolve('tests/fixtures/pdf/a4-2col-stacked/2019-12-12-changfengxincun.pdf');

async function importPdfEdition(dir: string): Promise<void> {
  const [date, street] = [PDF_EDITION.slice(0, 10), PDF_EDITION.slice(11)];
  const target = path.join(dir, 'editions', `${PDF_EDITION}.md`);
  if (fs.existsSync(target)) throw new Error(`${target} exists: choose another date for the fixture's PDF edition`);
  const prev = process.env.CONTENT_DIR;
  process.env.CONTENT_DIR = dir;
  try {
    const r = await importPdf(new Uint8Array(fs.readFileSync(PDF_EDITION_SOURCE)), { streetId: street, date, source: `${PDF_EDITION}.pdf`, ...catalogues() });
    fs.writeFileSync(target, withoutFlags(r.result.markdown));
    const media = path.join(dir, 'media', PDF_EDITION);
    fs.mkdirSync(media, { recursive: true });
    for (const f of [...r.photos, ...r.pages]) fs.writeFileSync(path.join(media, f.file), f.bytes);
    fs.mkdirSync(path.join(dir, 'sources'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'sources', `${PDF_EDITION}.pdf`), r.source.bytes);
  } finally {
    if (prev === undefined) delete process.env.CONTENT_DIR;
    else process.env.CONTENT_DIR = prev;
  }
}

/**
 * The sample edition's photos into a content folder. The phone photo carries
 * a GPS position, which the check refuses: the edition holds it as
 * `npm run scrub` leaves it.
 */
export function writePhotoEditionMedia(contentDir: string): void {
  const media = path.join(contentDir, 'media', PHOTO_EDITION);
  fs.mkdirSync(media, { recursive: true });
  for (const f of PHOTO_EDITION_FILES) {
    const bytes = new Uint8Array(fs.readFileSync(path.resolve(import.meta.dirname, '../tests/fixtures/photos', f)));
    fs.writeFileSync(path.join(media, f), stripPhoto(bytes)?.bytes ?? bytes);
  }
}

export async function makeFixtureContent(): Promise<string> {
  makeCorpus(path.resolve('content'), FIXTURE_CONTENT, 65);
  fs.copyFileSync(path.resolve(`tests/fixtures/photo-edition/${PHOTO_EDITION}.md`), path.join(FIXTURE_CONTENT, 'editions', `${PHOTO_EDITION}.md`));
  writePhotoEditionMedia(FIXTURE_CONTENT);
  await importPdfEdition(FIXTURE_CONTENT);
  return FIXTURE_CONTENT;
}
