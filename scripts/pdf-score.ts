/**
 * The PDF importer scored on the typeset fixtures (tests/fixtures/pdf/, made
 * by scripts/typeset.ts): each fixture imported with its edition's street and
 * date and compared with the transcription it was typeset from. Shared by
 * `npm run import:score`, its test and the bench.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { importPdf, unaccounted, frontField, scoreImport, scorePhotos, type PlacedPhoto } from '../lib/import';
import type { ParseContext } from '../lib/content';
import type { ImportOptions } from '../lib/import';
import { syntheticPhoto } from './synthetic-photo';
import { PDF_FIXTURES, type Style } from './typeset';

export interface PdfFixtureScore {
  style: string;
  edition: string;
  set: Style['set'];
  titles: { draft: number; truth: number; matched: number };
  paragraphs: { truth: number; identical: number };
  sentences: { truth: number; whole: number };
  photos: { truth: number; placed: number };
  flags: number;
  lost: number;
  seconds: number;
}

/** Tiny greyscale thumbnails compared: the extracted photo shows the scene the typesetter drew from its seed. */
async function sameScene(image: Buffer, seed: number): Promise<boolean> {
  const grey = (img: Sharp) => img.resize(24, 16, { fit: 'fill' }).greyscale().raw().toBuffer();
  const a = await grey(sharp(image));
  const b = await grey(await syntheticPhoto(360, 240, seed, '合成示例照片'));
  let d = 0;
  for (let i = 0; i < a.length; i++) d += Math.abs(a[i] - b[i]);
  return d / a.length < 12;
}

export function pdfFixtures(sets: readonly Style['set'][]): { style: string; edition: string; file: string; set: Style['set']; figures: PlacedPhoto[] }[] {
  return fs
    .readdirSync(PDF_FIXTURES)
    .sort()
    .flatMap((style) =>
      fs
        .readdirSync(path.join(PDF_FIXTURES, style))
        .filter((f) => f.endsWith('.pdf'))
        .sort()
        .map((f) => {
          const manifest = JSON.parse(fs.readFileSync(path.join(PDF_FIXTURES, style, f.replace(/\.pdf$/, '.json')), 'utf8')) as { set: Style['set']; figures: PlacedPhoto[] };
          return { style, edition: f.replace(/\.pdf$/, ''), file: path.join(PDF_FIXTURES, style, f), set: manifest.set, figures: manifest.figures };
        }),
    )
    .filter((f) => sets.includes(f.set));
}

export async function scorePdfFixture(
  fixture: ReturnType<typeof pdfFixtures>[number],
  contentDir: string,
  ctx: ParseContext & Pick<ImportOptions, 'gazetteer' | 'catalogue'>,
): Promise<PdfFixtureScore> {
  // 〔原文缺失〕 marks where print lost text: an editor's note the PDF cannot hold.
  const truth = fs.readFileSync(path.join(contentDir, 'editions', `${fixture.edition}.md`), 'utf8').replace(/〔原文缺失〕/g, '');
  const started = performance.now();
  const r = await importPdf(new Uint8Array(fs.readFileSync(fixture.file)), { streetId: frontField(truth, 'street'), date: frontField(truth, 'date'), ...ctx }, { pages: false });
  const seconds = (performance.now() - started) / 1000;
  const s = scoreImport(r.result.markdown, truth, ctx);
  const ph = await scorePhotos(r.result.markdown, truth, ctx, fixture.figures, (file) => r.photos.find((p) => p.file === file)?.bytes, sameScene);
  return {
    style: fixture.style,
    edition: fixture.edition,
    set: fixture.set,
    titles: { draft: s.titles.draft, truth: s.titles.truth, matched: s.titles.matched },
    paragraphs: { truth: s.paragraphs.truth, identical: s.paragraphs.identical },
    sentences: { truth: s.sentences.truth, whole: s.sentences.whole },
    photos: { truth: ph.truth, placed: ph.placed },
    flags: r.result.stats.flags,
    lost: unaccounted(r.text, r.result).length,
    seconds,
  };
}

export interface PdfTotals {
  titlePrecision: number;
  titleRecall: number;
  paragraphs: number;
  sentences: number;
  photos: number;
  photosPlaced: number;
  photosTotal: number;
  flags: number;
  lost: number;
}

export function pdfTotals(scores: readonly PdfFixtureScore[]): PdfTotals {
  const sum = (f: (s: PdfFixtureScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const share = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    titlePrecision: share(sum((s) => s.titles.matched), sum((s) => s.titles.draft)),
    titleRecall: share(sum((s) => s.titles.matched), sum((s) => s.titles.truth)),
    paragraphs: share(sum((s) => s.paragraphs.identical), sum((s) => s.paragraphs.truth)),
    sentences: share(sum((s) => s.sentences.whole), sum((s) => s.sentences.truth)),
    photos: share(sum((s) => s.photos.placed), sum((s) => s.photos.truth)),
    photosPlaced: sum((s) => s.photos.placed),
    photosTotal: sum((s) => s.photos.truth),
    flags: sum((s) => s.flags),
    lost: sum((s) => s.lost),
  };
}

export function formatPdfScores(scores: readonly PdfFixtureScore[]): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const rows = scores.map(
    (s) =>
      `${s.style.padEnd(17)}${s.edition.padEnd(32)}${s.set.padEnd(10)}${`${s.titles.matched}/${s.titles.truth} (draft ${s.titles.draft})`.padEnd(18)}${`${s.paragraphs.identical}/${s.paragraphs.truth}`.padEnd(12)}${`${s.photos.placed}/${s.photos.truth}`.padEnd(9)}${String(s.flags).padEnd(7)}${s.lost}`,
  );
  const sets = [...new Set(scores.map((s) => s.set))];
  const totals = sets.map((set) => {
    const t = pdfTotals(scores.filter((s) => s.set === set));
    return `${`all ${set}`.padEnd(59)}headlines P ${pct(t.titlePrecision)} R ${pct(t.titleRecall)}   paragraphs ${pct(t.paragraphs)}   sentences ${pct(t.sentences)}   photos ${t.photosPlaced}/${t.photosTotal}   flags ${t.flags}   lost ${t.lost}`;
  });
  return [`${'layout'.padEnd(17)}${'edition'.padEnd(32)}${'set'.padEnd(10)}${'headlines'.padEnd(18)}${'paragraphs'.padEnd(12)}${'photos'.padEnd(9)}${'flags'.padEnd(7)}lost`, ...rows, ...totals].join('\n');
}
