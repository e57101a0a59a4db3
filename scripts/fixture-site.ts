/**
 * The browser tests' second site: the launch editions re-dated into 65
 * editions (enough for listings past their first page), plus a sample
 * edition with synthetic photos (tests/fixtures/photo-edition), built with
 * the full pipeline. The real content/ has no photos and must not get
 * invented ones, so photos are tested here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { makeCorpus } from './corpus';

export const FIXTURE_CONTENT = path.resolve('bench-corpus/e2e-fixture');
export const FIXTURE_SITE = path.resolve('bench-corpus/site-e2e-fixture');
export const PHOTO_EDITION = '2026-11-20-xianxia';
/** The sample edition's photos, from tests/fixtures/photos. */
export const PHOTO_EDITION_FILES = ['landscape.jpg', 'phone-rotated.jpg', 'cmyk.jpg', 'transparent.png'];

export function makeFixtureContent(): string {
  makeCorpus(path.resolve('content'), FIXTURE_CONTENT, 65);
  fs.copyFileSync(path.resolve(`tests/fixtures/photo-edition/${PHOTO_EDITION}.md`), path.join(FIXTURE_CONTENT, 'editions', `${PHOTO_EDITION}.md`));
  const media = path.join(FIXTURE_CONTENT, 'media', PHOTO_EDITION);
  fs.mkdirSync(media, { recursive: true });
  for (const f of PHOTO_EDITION_FILES) fs.copyFileSync(path.resolve('tests/fixtures/photos', f), path.join(media, f));
  return FIXTURE_CONTENT;
}
