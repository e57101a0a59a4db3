/**
 * Step 4 of parsing an edition: figures and regions. Each @图 that names a
 * file must find it, readable, in the edition's media folder
 * (content/media/<edition id>/); the printed pages listed in `pages:` too;
 * every @版面 must fall on a page the edition keeps, and with pages kept,
 * every article should be on one and every page carry an article.
 */
import { PHOTO_FILE, type PhotoProbe } from '../media';
import { closest } from '../report';
import type { Figure, Page } from '../schema';
import type { ArticleDraft, FigureDraft, Issues } from './types';

type Media = ReadonlyMap<string, PhotoProbe> | undefined;

/** The files of the folder that are present, for "did you mean" hints. */
function presentIn(media: ReadonlyMap<string, PhotoProbe>, folder: string): string[] {
  return [...media.keys()].filter((k) => k.startsWith(`${folder}/`)).map((k) => k.slice(folder.length + 1));
}

/**
 * A figure as a record: its photo found in the edition's media folder and
 * readable, or an error at the @图 line saying what is wrong and what to do.
 */
export function resolveFigure(fd: FigureDraft, folder: string | undefined, media: Media, issues: Issues): Figure {
  const figure: Figure = { line: fd.line };
  // Only the fields the editor wrote: a record says what the page says, no empty keys.
  if (fd.caption) figure.caption = fd.caption;
  if (fd.alt) figure.alt = fd.alt;
  if (fd.credit) figure.credit = fd.credit;
  if (!fd.file) {
    if (fd.alt) issues.error(fd.altLine ?? fd.line, '@替代', 'describes a photo, but this @图 names no photo file', 'name the file first (@图 hongxu.jpg 说明), or delete @替代: a caption alone needs none');
    return figure;
  }
  if (!fd.caption && !fd.alt) {
    issues.error(fd.line, '@图', 'photo has neither a caption nor @替代', 'readers who cannot see it need one: write the caption after the file name, or @替代 on the next line');
  }
  if (!folder || !media) return figure;
  const key = `${folder}/${fd.file}`;
  const probe = media.get(key);
  if (!probe) {
    const hint = closest(fd.file, presentIn(media, folder));
    issues.error(fd.line, '@图', `"${fd.file}" is not in content/media/${folder}/`, hint ? `did you mean "${hint}"? File names must match exactly` : `commit the photo as content/media/${folder}/${fd.file}`);
  } else if (!probe.ok) issues.error(fd.line, '@图', `content/media/${key} ${probe.problem}`, probe.expected);
  else figure.photo = { file: key, hash: probe.hash, width: probe.width, height: probe.height };
  return figure;
}

/** The printed pages' images, each found in the edition's media folder and readable, or an error at `pages:`. */
export function resolvePages(files: readonly string[], line: number, folder: string | undefined, media: Media, issues: Issues): Page[] {
  const pages: Page[] = [];
  files.forEach((file, i) => {
    if (!PHOTO_FILE.test(file)) {
      issues.error(line, 'pages', `"${file}" is not an image file name`, 'expected the page images made by npm run import, e.g. page-1.jpg');
      return;
    }
    if (!folder || !media) return;
    const key = `${folder}/${file}`;
    const probe = media.get(key);
    if (!probe) {
      const hint = closest(file, presentIn(media, folder).filter((f) => !files.includes(f)));
      issues.error(line, 'pages', `page ${i + 1}: "${file}" is not in content/media/${folder}/`, hint ? `did you mean "${hint}"? File names must match exactly` : `commit the page image as content/media/${folder}/${file}`);
    } else if (!probe.ok) issues.error(line, 'pages', `page ${i + 1}: content/media/${key} ${probe.problem}`, probe.expected);
    else pages.push({ number: i + 1, photo: { file: key, hash: probe.hash, width: probe.width, height: probe.height } });
  });
  return pages;
}

/** Every region on a page the edition keeps; with pages kept, warnings for a page without an article and an article on no page. */
export function checkRegions(drafts: readonly ArticleDraft[], pageFiles: readonly string[], pagesLine: number, issues: Issues): void {
  for (const d of drafts) {
    for (const r of d.regions) {
      if (r.page > pageFiles.length) {
        issues.error(r.line, '@版面', pageFiles.length ? `page ${r.page} does not exist: the edition has ${pageFiles.length}` : 'the edition keeps no printed pages', pageFiles.length ? `expected a page from 1 to ${pageFiles.length}` : 'list the page images in the front matter (pages: [page-1.jpg, …]), or delete the @版面 lines');
      }
    }
  }
  if (!pageFiles.length) return;
  const covered = new Set(drafts.flatMap((d) => d.regions.map((r) => r.page)));
  pageFiles.forEach((file, i) => {
    if (!covered.has(i + 1)) issues.warning(pagesLine, 'pages', `page ${i + 1} (${file}) has no article on it`, 'give the articles printed on it an @版面 line, so readers can open them from the page');
  });
  for (const d of drafts) {
    if (!d.regions.length) issues.warning(d.line, '@版面', `"${d.title}" is on no page`, 'add @版面 with its page and place, so the 数字报 links to it');
  }
}

/** The page images `pages:` lists, as written. */
export function pageFilesOf(raw: Record<string, unknown>): string[] {
  return Array.isArray(raw.pages) ? raw.pages.filter((x): x is string => typeof x === 'string').map((x) => x.trim()) : [];
}

/** The files the edition names in its media folder: its photos and its pages. */
export function mediaNamed(drafts: readonly ArticleDraft[], pageFiles: readonly string[]): string[] {
  return [...drafts.flatMap((d) => d.figures.flatMap((fd) => (fd.file ? [fd.file] : []))), ...pageFiles];
}
