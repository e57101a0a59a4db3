/**
 * The PDF importer scored on pages nobody here typeset by hand: each launch
 * edition composed at random (./modules.ts) from a seed, printed by each
 * producer (./produce.ts), imported as `npm run import` would, and compared
 * with its transcription. Seeds 1–40 are the tune range (looked at while
 * improving the importer); seeds from HELD_OUT on are scored only.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';
import type { Content } from '../../lib/content';
import { frontField, headlineKey, importPdf, matchCount, scoreImport, scorePhotos, unaccounted, withoutFlags, type ImportOptions } from '../../lib/import';
import { editionText } from './edition-text';
import { compose, type CompositionKey } from './compose-index';
import { photoJpeg, producePdf, type Producer } from './produce';

export const TUNE = { from: 1, to: 40 };
/** Never opened while tuning: 90 documents a producer, 207 pages (80 documents until headlines were set smaller to fit
 * their columns, which left 183). */
export const HELD_OUT = { from: 10_001, to: 10_090 };

export interface GeneratedScore {
  seed: number;
  producer: Producer;
  edition: string;
  pages: number;
  /** `asPrinted`: matched against each headline as its printed lines show it (titlesAsPrinted), not as transcribed. */
  titles: { draft: number; truth: number; matched: number; asPrinted: number };
  paragraphs: { truth: number; identical: number };
  photos: { truth: number; placed: number };
  jumps: { truth: number; rejoined: number };
  placeholders: number;
  lost: number;
}

/** Tiny greyscale thumbnails compared: the extracted photo shows the scene drawn from its seed. */
async function sameScene(image: Buffer, seed: number): Promise<boolean> {
  const grey = (img: Sharp) => img.resize(24, 16, { fit: 'fill' }).greyscale().raw().toBuffer();
  const a = await grey(sharp(image));
  const b = await grey(sharp(await photoJpeg(seed)));
  let d = 0;
  for (let i = 0; i < a.length; i++) d += Math.abs(a[i] - b[i]);
  return d / a.length < 14;
}

/**
 * A jumped article is rejoined when the draft has it under its headline (known by its characters, headlineKey) with all
 * its paragraphs, in order, and nowhere else.
 */
export function rejoined(draft: string, truth: string, jumps: CompositionKey['jumps'], titleOf: (id: string) => string | undefined): number {
  const articles = (md: string) => new Map(md.replace(/^---\n[\s\S]*?\n---\n/, '').split(/^## /m).slice(1).map((part) => [headlineKey(part.split('\n')[0]), part]));
  const d = articles(withoutFlags(draft));
  const t = articles(truth);
  // A numbered list's items each count, as paragraphs do (a photo set among them parts the list, and Markdown numbers the
  // rest on from where it parted).
  const paragraphs = (part: string) =>
    part
      .split(/\n\s*\n/)
      .slice(1)
      .flatMap((p) => (/^\d+\. /.test(p.trim()) ? p.trim().split('\n') : [p]))
      .map((p) => p.trim())
      .filter((p) => p && !/^[@#-]/.test(p));
  return jumps.filter((j) => {
    const title = headlineKey(titleOf(j.article) ?? '');
    const want = paragraphs(t.get(title) ?? '');
    const got = paragraphs(d.get(title) ?? '');
    let at = 0;
    for (const p of got) if (p === want[at]) at++;
    return want.length > 0 && at === want.length;
  }).length;
}

/**
 * The draft's headlines, each that differs from a transcribed one only by spaces its printed lines hid (unshownSpaces)
 * written as transcribed: what a reader of the page could not have known is not counted against the importer.
 */
export function titlesAsPrinted(draft: readonly string[], truth: readonly { id: string; title: string }[], unshown: Record<string, readonly number[]>): string[] {
  const out = [...draft];
  for (const { id, title } of truth) {
    const hidden = new Set(unshown[id] ?? []);
    if (!hidden.size || out.includes(title)) continue;
    const pattern = new RegExp(`^${[...title].map((ch, i) => (hidden.has(i) ? ' ?' : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('')}$`, 'u');
    const at = out.findIndex((d) => pattern.test(d));
    if (at >= 0) out[at] = title;
  }
  return out;
}

export async function scoreGenerated(c: Content, seed: number, producer: Producer, ctx: Pick<ImportOptions, 'gazetteer' | 'catalogue'>): Promise<GeneratedScore> {
  const e = c.editions[seed % c.editions.length];
  const file = fs.readFileSync(path.resolve(e.path), 'utf8');
  const { pages, key } = compose(editionText(c, e, file), seed);
  const pdf = await producePdf(producer, pages, seed);
  // What print cannot hold: 〔原文缺失〕 is an editor's mark.
  const truth = file.replace(/〔原文缺失〕/g, '');
  const r = await importPdf(new Uint8Array(pdf), { streetId: frontField(truth, 'street'), date: frontField(truth, 'date'), ...ctx }, { pages: false });
  const ctxParse = { gazetteer: ctx.gazetteer, catalogue: ctx.catalogue };
  const s = scoreImport(r.result.markdown, truth, ctxParse);
  const ph = await scorePhotos(r.result.markdown, truth, ctxParse, key.figures, (f) => r.photos.find((p) => p.file === f)?.bytes, sameScene);
  const titleOf = (id: string) => c.article.get(id)?.title;
  // A space the page does not show (a phrase that filled its line) is not the importer's to find: scored apart too.
  const asPrinted = titlesAsPrinted(s.headlines.draft, s.headlines.truth, key.unshownSpaces);
  return {
    seed,
    producer,
    edition: e.id,
    pages: pages.length,
    titles: { draft: s.titles.draft, truth: s.titles.truth, matched: s.titles.matched, asPrinted: matchCount(asPrinted, s.headlines.truth.map((a) => a.title)) },
    paragraphs: { truth: s.paragraphs.truth, identical: s.paragraphs.identical },
    photos: { truth: ph.truth, placed: ph.placed },
    jumps: { truth: key.jumps.length, rejoined: rejoined(r.result.markdown, truth, key.jumps, titleOf) },
    placeholders: (withoutFlags(r.result.markdown).match(/（未找到标题）/g) ?? []).length,
    lost: unaccounted(r.text, r.result).length,
  };
}

export interface GeneratedTotals {
  documents: number;
  pages: number;
  titlePrecision: number;
  titleRecall: number;
  /** Precision and recall against the headlines as printed (a phrase's space the page does not show left out). */
  titlePrecisionAsPrinted: number;
  titleRecallAsPrinted: number;
  paragraphs: number;
  photos: number;
  jumps: string;
  placeholders: number;
  lost: number;
}

export function generatedTotals(scores: readonly GeneratedScore[]): GeneratedTotals {
  const sum = (f: (s: GeneratedScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const share = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    documents: scores.length,
    pages: sum((s) => s.pages),
    titlePrecision: share(sum((s) => s.titles.matched), sum((s) => s.titles.draft)),
    titleRecall: share(sum((s) => s.titles.matched), sum((s) => s.titles.truth)),
    titlePrecisionAsPrinted: share(sum((s) => s.titles.asPrinted), sum((s) => s.titles.draft)),
    titleRecallAsPrinted: share(sum((s) => s.titles.asPrinted), sum((s) => s.titles.truth)),
    paragraphs: share(sum((s) => s.paragraphs.identical), sum((s) => s.paragraphs.truth)),
    photos: share(sum((s) => s.photos.placed), sum((s) => s.photos.truth)),
    jumps: `${sum((s) => s.jumps.rejoined)}/${sum((s) => s.jumps.truth)}`,
    placeholders: sum((s) => s.placeholders),
    lost: sum((s) => s.lost),
  };
}

export function formatGenerated(label: string, t: GeneratedTotals): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  return `${label.padEnd(32)}${`${t.documents} docs, ${t.pages} pages`.padEnd(22)}headlines P ${pct(t.titlePrecision)} R ${pct(t.titleRecall)} (as printed P ${pct(t.titlePrecisionAsPrinted)} R ${pct(t.titleRecallAsPrinted)})   paragraphs ${pct(t.paragraphs)}   photos ${pct(t.photos)}   jumps rejoined ${t.jumps}   placeholders ${t.placeholders}   lost ${t.lost}`;
}
