/**
 * Typesets an edition file as printed newspaper pages, with Debian's Chromium
 * printing HTML to PDF: the PDFs the PDF importer is measured on
 * (tests/fixtures/pdf/, `npm run import:score`). A masthead with the paper's
 * furniture (publisher, QR prompt and code, slogan, blurb, a logo), running
 * folios, section banners, articles in 2 to 6 columns under headlines that
 * span them, kickers, subtitles, bylines, subheadings, honour rolls, credits,
 * and a synthetic photo over each caption. Layouts come from named styles;
 * the ones the importer was tuned on are kept apart from those it is scored
 * on (see STYLES).
 *
 *   npx tsx scripts/typeset.ts            all styles × the five launch editions, into tests/fixtures/pdf/
 *   npx tsx scripts/typeset.ts <style> <edition.md> <out.pdf>
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { loadContent } from '../lib/photos';
import { type Content } from '../lib/content';
import type { Article, Edition } from '../lib/content';
import { chromiumLaunch } from '../playwright.config';
import { qrSvg, syntheticPhoto } from './synthetic-photo';

export interface Style {
  name: string;
  /**
   * `tune`: the importer was developed looking at these; `held-out`: scored only, never looked at while tuning.
   * a3-6col-side, a4-2col-stacked and a4-3col-side were the first held-out set: scored once (README), then
   * tuned on; a3-3col-stacked and a4-4col-side replaced them.
   */
  set: 'tune' | 'held-out';
  /** Page size and margins, in millimetres. */
  page: { width: number; height: number; margin: number };
  /** Columns of the page. */
  columns: number;
  /** `stacked`: every article across the page's columns; `side-by-side`: two stacks of articles, left and right, each continuing onto the next page. */
  arrangement: 'stacked' | 'side-by-side';
  /** Columns of the left stack, side by side. */
  left?: number;
  body: { size: number; font: 'serif' | 'sans'; leading: number };
  headline: { size: number; font: 'serif' | 'sans'; weight: number };
  /** Columns a photo takes in its article (at most the article's). */
  photoSpan: number;
  banner: 'bar' | 'box' | 'rule';
  folio: 'top' | 'bottom';
}

const A3 = { width: 297, height: 420, margin: 14 };
const A4 = { width: 210, height: 297, margin: 12 };

export const STYLES: Style[] = [
  { name: 'a3-5col-stacked', set: 'tune', page: A3, columns: 5, arrangement: 'stacked', body: { size: 10.5, font: 'serif', leading: 1.55 }, headline: { size: 28, font: 'sans', weight: 900 }, photoSpan: 2, banner: 'bar', folio: 'top' },
  { name: 'a3-4col-side', set: 'tune', page: A3, columns: 4, arrangement: 'side-by-side', left: 2, body: { size: 10, font: 'serif', leading: 1.6 }, headline: { size: 24, font: 'serif', weight: 900 }, photoSpan: 2, banner: 'box', folio: 'bottom' },
  { name: 'a3-6col-side', set: 'tune', page: A3, columns: 6, arrangement: 'side-by-side', left: 4, body: { size: 9.5, font: 'serif', leading: 1.5 }, headline: { size: 30, font: 'sans', weight: 900 }, photoSpan: 2, banner: 'bar', folio: 'bottom' },
  { name: 'a4-2col-stacked', set: 'tune', page: A4, columns: 2, arrangement: 'stacked', body: { size: 10, font: 'sans', leading: 1.6 }, headline: { size: 20, font: 'sans', weight: 700 }, photoSpan: 1, banner: 'rule', folio: 'top' },
  { name: 'a3-3col-stacked', set: 'held-out', page: A3, columns: 3, arrangement: 'stacked', body: { size: 11.5, font: 'serif', leading: 1.6 }, headline: { size: 26, font: 'sans', weight: 700 }, photoSpan: 1, banner: 'rule', folio: 'top' },
  { name: 'a4-4col-side', set: 'held-out', page: A4, columns: 4, arrangement: 'side-by-side', left: 3, body: { size: 8.5, font: 'serif', leading: 1.5 }, headline: { size: 17, font: 'sans', weight: 900 }, photoSpan: 2, banner: 'bar', folio: 'bottom' },
  { name: 'a4-3col-side', set: 'tune', page: A4, columns: 3, arrangement: 'side-by-side', left: 2, body: { size: 9, font: 'sans', leading: 1.55 }, headline: { size: 18, font: 'serif', weight: 900 }, photoSpan: 1, banner: 'box', folio: 'bottom' },
];

/** A photo the typesetter put over a caption, for scoring the importer's placement. */
export interface TypesetFigure {
  article: string;
  caption: string;
  /** The synthetic scene's seed: the importer's photo must show this scene. */
  seed: number;
}

export interface TypesetManifest {
  edition: string;
  style: string;
  set: Style['set'];
  figures: TypesetFigure[];
  /** Images that are not article photos (logo, QR code): the importer must leave them out. */
  furniture: string[];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/**
 * Running text in TrueType faces (Chromium embeds them as compact CID fonts
 * with a ToUnicode map, as a newspaper's PDF has them); headlines, subheadings
 * and the masthead in Noto CJK's real bold (Chromium draws CFF outlines as
 * Type 3 fonts: few glyphs, so little weight). No faked bold: it too would
 * become Type 3. Debian: fonts-arphic-uming, fonts-wqy-microhei, fonts-noto-cjk.
 */
const FONTS = { serif: "'AR PL UMing CN', serif", sans: "'WenQuanYi Micro Hei', sans-serif" };
const BOLD = { serif: "'Noto Serif CJK SC', serif", sans: "'Noto Sans CJK SC', sans-serif" };

function css(style: Style): string {
  const { page, body, headline } = style;
  const folioBox = style.folio === 'top' ? 'top' : 'bottom';
  return `
@page { size: ${page.width}mm ${page.height}mm; margin: ${page.margin + 6}mm ${page.margin}mm;
  @${folioBox}-left { content: var(--folio-left); font: 8pt ${FONTS.sans}; color: #444 }
  @${folioBox}-right { content: "第" counter(page) "版"; font: 8pt ${FONTS.sans}; color: #444 } }
html { font: ${body.size}pt/${body.leading} ${FONTS[body.font]}; color: #111; font-synthesis: none }
body { margin: 0 }
.masthead { display: flex; gap: 6mm; align-items: flex-start; border-bottom: 3px double #111; padding-bottom: 3mm; margin-bottom: 4mm }
.masthead .title { font: 900 60pt/1 ${BOLD.serif}; letter-spacing: 6pt; color: #a4161a; margin: 0 }
.masthead .meta { font: 11pt/1.5 ${FONTS.sans}; margin: 0 }
.masthead .side { margin-left: auto; display: flex; gap: 3mm; align-items: center; font: 8pt/1.4 ${FONTS.sans}; max-width: 70mm }
.masthead .about { font: 8pt/1.5 ${FONTS.sans}; margin: 1mm 0 0; max-width: 90mm }
.logo { width: 14mm; height: 14mm }
.qr { width: 18mm; height: 18mm }
.flow { columns: ${style.columns}; column-gap: 5mm; column-fill: auto }
.stacks { display: grid; grid-template-columns: ${style.left ?? 1}fr ${style.columns - (style.left ?? 0)}fr; gap: 6mm }
.stacks > .flow:first-child { columns: ${style.left} }
.stacks > .flow:last-child { columns: ${style.columns - (style.left ?? 0)} }
.banner { column-span: all; margin: 3mm 0 2mm; font: 700 12pt/1.6 ${BOLD.sans};
  ${style.banner === 'bar' ? 'background: #a4161a; color: #fff; padding: 0 3mm' : style.banner === 'box' ? 'border: 1.5px solid #a4161a; color: #a4161a; padding: 0 3mm; display: inline-block' : 'border-top: 2px solid #111; border-bottom: 1px solid #111'} }
article { margin: 0 0 5mm }
article header { column-span: all; margin-bottom: 2mm }
.kicker, .subtitle { font: ${Math.round(headline.size * 0.5)}pt/1.4 ${FONTS[headline.font]}; margin: 0 }
h1 { font: ${headline.weight} ${headline.size}pt/1.25 ${BOLD[headline.font]}; margin: 0.5mm 0 }
.byline { font: 9pt/1.4 ${FONTS.sans}; margin: 1mm 0 0; color: #333 }
p { margin: 0; text-indent: 2em; text-align: justify }
h3, h4 { font: 700 ${body.size + 1}pt/1.5 ${BOLD.sans}; margin: 2mm 0 1mm }
ul, ol { list-style: none; padding: 0; margin: 1mm 0 }
li { text-indent: 0 }
figure { margin: 2mm 0 3mm; break-inside: avoid; column-span: ${style.photoSpan > 1 ? 'none' : 'none'} }
figure img { display: block; width: 100% }
figcaption { font: ${Math.max(7, body.size - 2)}pt/1.4 ${FONTS.sans}; color: #333; margin-top: 1mm; text-indent: 0 }
.credit { text-align: right; text-indent: 0 }
`;
}

const LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="200" height="200"><circle cx="50" cy="50" r="46" fill="#a4161a"/><path d="M22 64 L50 24 L78 64 Z" fill="#fff"/><rect x="30" y="64" width="40" height="12" fill="#fff"/></svg>`;

async function pngDataUrl(svg: string): Promise<string> {
  const sharp = (await import('sharp')).default;
  return `data:image/png;base64,${(await sharp(Buffer.from(svg)).png().toBuffer()).toString('base64')}`;
}

/** An article as the page prints it; `figureImage(i)` is the image of its i-th captioned photo. */
function articleHtml(a: Article, figureImage: (index: number) => string): string {
  let n = 0;
  let body = a.html
    // Links and editors' marks are the site's, not the printed page's.
    .replace(/<a [^>]*>(.*?)<\/a>/g, '$1')
    .replace(/〔原文缺失〕/g, '')
    .replace(/<figure class="photo[^"]*"><figcaption>(.*?)<\/figcaption><\/figure>/g, (_m, caption: string) => `<figure><img src="${figureImage(n++)}" alt=""><figcaption>${caption}</figcaption></figure>`);
  if (a.credit) body += `<p class="credit">（${esc(a.credit)}）</p>`;
  return `<article><header>${a.kicker ? `<p class="kicker">${esc(a.kicker)}</p>` : ''}<h1>${esc(a.title)}</h1>${a.subtitle ? `<p class="subtitle">${esc(a.subtitle)}</p>` : ''}${a.byline ? `<p class="byline">${esc(a.byline)}</p>` : ''}</header>${body}</article>`;
}

/** The edition as an HTML document in this style, and what was placed where. */
export async function editionHtml(c: Content, e: Edition, style: Style): Promise<{ html: string; manifest: TypesetManifest }> {
  const street = c.gazetteer.street.get(e.streetId);
  const articles = e.articleIds.map((id) => c.article.get(id)).filter((a): a is Article => a !== undefined);
  const figures: TypesetFigure[] = [];
  const seedBase = [...`${e.id}|${style.name}`].reduce((h, ch) => (h * 31 + (ch.codePointAt(0) ?? 0)) >>> 0, 7);
  // Each article's captioned photos in order: two with one caption are two scenes. (Until 4 December 2026 they were keyed
  // by caption and the second's scene was drawn for both; the committed fixtures' answer keys say what their PDFs draw.)
  const images = new Map<string, string[]>();
  for (const a of articles) {
    for (const f of a.figures) {
      if (!f.caption) continue;
      const seed = seedBase + figures.length;
      figures.push({ article: a.id, caption: f.caption, seed });
      const jpeg = await (await syntheticPhoto(360, 240, seed, '合成示例照片')).jpeg({ quality: 45, mozjpeg: true }).toBuffer();
      images.set(a.id, [...(images.get(a.id) ?? []), `data:image/jpeg;base64,${jpeg.toString('base64')}`]);
    }
  }
  const articleFor = (a: Article) => articleHtml(a, (i) => images.get(a.id)?.[i] ?? '');
  // Sections as the paper prints them: a banner where the section changes.
  const withBanners = (list: Article[]) => {
    let last: string | undefined;
    return list
      .map((a) => {
        const banner = a.section && a.section !== last ? `<div class="banner">${esc(a.section)}</div>` : '';
        last = a.section;
        return banner + articleFor(a);
      })
      .join('');
  };
  let flow: string;
  if (style.arrangement === 'stacked') flow = `<div class="flow">${withBanners(articles)}</div>`;
  else {
    // The longest article leads on the left; the rest fill the right, then alternate by length so both stacks run on.
    const left: Article[] = [];
    const right: Article[] = [];
    let l = 0;
    let r = 0;
    for (const a of articles) {
      if (l <= r) {
        left.push(a);
        l += a.text.length;
      } else {
        right.push(a);
        r += a.text.length;
      }
    }
    flow = `<div class="stacks"><div class="flow">${withBanners(left)}</div><div class="flow">${withBanners(right)}</div></div>`;
  }
  const date = e.datePrecision === 'day' ? `${e.date.slice(0, 4)}年${Number(e.date.slice(5, 7))}月${Number(e.date.slice(8, 10))}日` : `${e.date.slice(0, 4)}年`;
  const publisher = e.publisher ?? `${street?.name ?? ''}党工委 联合出版`;
  const qr = e.extras.find((x) => x.kind === 'qr');
  const slogan = e.extras.find((x) => x.kind === 'slogan');
  const about = e.extras.find((x) => x.kind === 'about');
  const masthead = `<div class="masthead"><img class="logo" src="${await pngDataUrl(LOGO_SVG)}" alt=""><div><p class="title">社区晨报</p><p class="meta">${esc(street?.name ?? '')} · ${date}</p><p class="meta">${esc(publisher)}</p>${about ? `<p class="about">${esc(about.text)}</p>` : ''}</div><div class="side">${qr ? `<img class="qr" src="${await pngDataUrl(qrSvg(seedBase))}" alt=""><span>${esc(qr.text)}</span>` : ''}${slogan ? `<span>${esc(slogan.text)}</span>` : ''}</div></div>`;
  const folio = `"${street?.name ?? ''} 社区晨报 ${date}"`;
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${css(style)} html { --folio-left: ${folio} }</style></head><body>${masthead}${flow}</body></html>`;
  return { html, manifest: { edition: e.id, style: style.name, set: style.set, figures, furniture: ['logo', ...(qr ? ['qr'] : [])] } };
}

/** Prints HTML to a PDF file with Debian's Chromium. */
export async function printPdf(html: string, out: string): Promise<void> {
  const browser = await chromium.launch(chromiumLaunch);
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.pdf({ path: out, preferCSSPageSize: true, printBackground: true, tagged: false });
  } finally {
    await browser.close();
  }
}

export const PDF_FIXTURES = path.resolve('tests/fixtures/pdf');

if (import.meta.url === `file://${process.argv[1]}`) {
  const c = (await loadContent(path.resolve('content'))).content;
  if (!c) throw new Error('content has errors: run npm run check');
  const [styleName, editionFile, out] = process.argv.slice(2);
  const jobs = styleName
    ? [{ style: STYLES.find((s) => s.name === styleName), edition: c.editions.find((e) => e.path.endsWith(editionFile)), out }]
    : STYLES.flatMap((style) => c.editions.map((edition) => ({ style, edition, out: path.join(PDF_FIXTURES, style.name, `${edition.id}.pdf`) })));
  for (const job of jobs) {
    if (!job.style || !job.edition || !job.out) throw new Error('usage: tsx scripts/typeset.ts [<style> <edition.md> <out.pdf>]');
    const { html, manifest } = await editionHtml(c, job.edition, job.style);
    fs.mkdirSync(path.dirname(job.out), { recursive: true });
    await printPdf(html, job.out);
    fs.writeFileSync(job.out.replace(/\.pdf$/, '.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    console.log(`${path.relative(process.cwd(), job.out)}: ${(fs.statSync(job.out).size / 1024).toFixed(0)} KB, ${manifest.figures.length} photos`);
  }
}
