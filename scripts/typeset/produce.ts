/**
 * The two producers of a composed edition (./modules.ts): Chromium printing
 * HTML, and Typst. Each draws every page's blocks in a shuffled order, as a
 * DTP program draws frames in the order they were made; lines keep their
 * places, so the pages look the same whichever draws them. Chromium embeds
 * Noto CJK as Type 3 fonts and draws a line a run; Typst embeds CID subsets
 * and places glyphs its own way: the importer meets two kinds of PDF.
 */
import path from 'node:path';
import sharp from 'sharp';
import { chromium, type Browser } from '@playwright/test';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { chromiumLaunch } from '../../playwright.config';
import { qrSvg, syntheticPhoto } from '../synthetic-photo';
import { random } from '../random';
import type { Item, PagePlan } from './compose';

export type Producer = 'chromium' | 'typst';
/** Both producers, in the order the scores print them. */
export const PRODUCERS: readonly Producer[] = ['chromium', 'typst'];

const FONT = { serif: 'Noto Serif CJK SC', sans: 'Noto Sans CJK SC' } as const;

/** The photo for a figure's seed, as the scorer draws it again to recognise it. */
export async function photoJpeg(seed: number): Promise<Buffer> {
  return (await syntheticPhoto(360, 240, seed, '合成示例照片')).jpeg({ quality: 45, mozjpeg: true }).toBuffer();
}

const LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="200" height="200"><circle cx="50" cy="50" r="46" fill="#a4161a"/><path d="M22 64 L50 24 L78 64 Z" fill="#fff"/><rect x="30" y="64" width="40" height="12" fill="#fff"/></svg>`;

const imagePng = async (it: Extract<Item, { kind: 'image' }>) => sharp(Buffer.from(it.image === 'logo' ? LOGO_SVG : qrSvg(it.seed))).png().toBuffer();

/** Items in the order a producer draws them: shuffled from the seed. */
export function drawingOrder(items: readonly Item[], seed: number): Item[] {
  const rnd = random(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function itemHtml(it: Item): Promise<string> {
  if (it.kind === 'text') {
    const font = `${it.bold ? 700 : 400} ${it.size}pt/1 '${FONT[it.font]}'`;
    const spread = (l: { justify?: number }) => (l.justify ? `;width:${l.justify.toFixed(2)}pt;text-align-last:justify` : '');
    return it.lines.map((l) => `<div class="t" style="left:${l.x.toFixed(2)}pt;top:${l.y.toFixed(2)}pt;font:${font};color:${it.color ?? '#111'}${spread(l)}">${esc(l.text)}</div>`).join('');
  }
  const { x, y, w, h } = it.box;
  const at = `left:${x.toFixed(2)}pt;top:${y.toFixed(2)}pt;width:${w.toFixed(2)}pt;height:${h.toFixed(2)}pt`;
  if (it.kind === 'photo') return `<img class="b" style="${at}" src="data:image/jpeg;base64,${(await photoJpeg(it.seed)).toString('base64')}" alt="">`;
  if (it.kind === 'image') return `<img class="b" style="${at}" src="data:image/png;base64,${(await imagePng(it)).toString('base64')}" alt="">`;
  return `<div class="b" style="${at};${it.fill ? `background:${it.fill};` : ''}${it.stroke ? `border:${it.lineWidth ?? 1}pt solid ${it.stroke};box-sizing:border-box` : ''}"></div>`;
}

export async function pagesHtml(pages: readonly PagePlan[], seed: number): Promise<string> {
  const { width, height } = pages[0];
  const body: string[] = [];
  for (const [i, p] of pages.entries()) body.push(`<div class="page">${(await Promise.all(drawingOrder(p.items, seed * 31 + i).map(itemHtml))).join('')}</div>`);
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>@page{size:${width}pt ${height}pt;margin:0}body{margin:0}.page{position:relative;width:${width}pt;height:${height}pt;overflow:hidden;break-after:page}.t{position:absolute;white-space:pre;font-synthesis:none}.b{position:absolute;display:block;object-fit:cover}</style></head><body>${body.join('')}</body></html>`;
}

let browser: Browser | undefined;

/** Prints with Debian's Chromium; one browser for every document of a run (closeProducers() ends it). */
export async function chromiumPdf(pages: readonly PagePlan[], seed: number): Promise<Buffer> {
  browser ??= await chromium.launch(chromiumLaunch);
  const page = await browser.newPage();
  try {
    await page.setContent(await pagesHtml(pages, seed), { waitUntil: 'load' });
    return await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: false });
  } finally {
    await page.close();
  }
}

const str = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const pt = (n: number) => `${n.toFixed(2)}pt`;

function itemTypst(it: Item, images: Map<string, Buffer>, photos: Map<number, string>): string {
  const at = (x: number, y: number) => `#place(top + left, dx: ${pt(x)}, dy: ${pt(y)})`;
  if (it.kind === 'text') {
    const style = `font: ${str(FONT[it.font])}, size: ${pt(it.size)}, weight: ${it.bold ? '"bold"' : '"regular"'}, fill: rgb(${str(it.color ?? '#111111')})`;
    // A full line is spread to its width by tracking, measured: never wrapped. (A block that wide with a justifying
    // break wrapped a line that ends in a hung closing mark, as Typst hangs none, and drew its last characters over the
    // start of the next line.) Measured twice: Typst compresses two marks side by side (”“) when it measures the line
    // untracked but not when it sets it tracked, and a line spread from the first measure ran a character past its
    // column. A line with hung marks is wider than its measure already, and is set as it is.
    const line = (l: { text: string; justify?: number }) =>
      l.justify
        ? `#context { let s = ${str(l.text)}; let n = s.clusters().len(); let w = measure(text(${style})[#s]).width; let t = if n > 1 { calc.max(0pt, (${pt(l.justify)} - w) / (n - 1)) } else { 0pt }; let w1 = measure(text(${style}, tracking: t)[#s]).width - t; let t1 = if n > 1 { calc.max(0pt, t + (${pt(l.justify)} - w1) / (n - 1)) } else { 0pt }; text(${style}, top-edge: "ascender", tracking: t1)[#s] }`
        : `#text(${style}, top-edge: "ascender")[#${str(l.text)}]`;
    return it.lines.map((l) => `${at(l.x, l.y)}[${line(l)}]`).join('\n');
  }
  const { x, y, w, h } = it.box;
  if (it.kind === 'photo' || it.kind === 'image') {
    const name = it.kind === 'photo' ? (photos.get(it.seed) ?? '') : `/${it.image}-${it.seed}.png`;
    void images;
    return `${at(x, y)}[#image(${str(name)}, width: ${pt(w)}, height: ${pt(h)}, fit: "cover")]`;
  }
  return `${at(x, y)}[#rect(width: ${pt(w)}, height: ${pt(h)}${it.fill ? `, fill: rgb(${str(it.fill)})` : ''}${it.stroke ? `, stroke: ${pt(it.lineWidth ?? 1)} + rgb(${str(it.stroke)})` : ''})]`;
}

/**
 * Compiles with Typst, the photos and images mapped in as files of the compilation. A compiler a document, as each
 * PDF a paper sends is made on its own: one compiler reused for the next document drew some of its glyphs from the
 * document before's font subset (seed 579 after 578 printed 社区晨日 for 社区晨报, in its text layer too), and
 * evictCache(0) between them did not stop it. Loading the fonts costs about 0.7 s a document.
 */
export async function typstPdf(pages: readonly PagePlan[], seed: number): Promise<Buffer> {
  const compiler = NodeCompiler.create({ fontArgs: [{ fontPaths: ['/usr/share/fonts/opentype/noto'] }] });
  const photos = new Map<number, string>();
  const images = new Map<string, Buffer>();
  for (const p of pages) {
    for (const it of p.items) {
      if (it.kind === 'photo' && !photos.has(it.seed)) {
        const name = `/photo-${it.seed}.jpg`;
        photos.set(it.seed, name);
        compiler.mapShadow(path.join(process.cwd(), name), await photoJpeg(it.seed));
      } else if (it.kind === 'image') compiler.mapShadow(path.join(process.cwd(), `${it.image}-${it.seed}.png`), await imagePng(it));
    }
  }
  const { width, height } = pages[0];
  const body = pages.map((p, i) => drawingOrder(p.items, seed * 31 + i).map((it) => itemTypst(it, images, photos)).join('\n')).join('\n#pagebreak()\n');
  const src = `#set page(width: ${pt(width)}, height: ${pt(height)}, margin: 0pt)\n#set text(lang: "zh", cjk-latin-spacing: none)\n${body}\n`;
  const pdf = compiler.pdf({ mainFileContent: src });
  // Typst's memoised results outlive the compiler: kept, a process that prints many documents grows by about 100 MB a
  // document (23 GB after 270). Evicted, the 90 held-out documents print and import in 1.5 GB, scored the same.
  compiler.evictCache(0);
  if (!pdf) throw new Error('typst: the document did not compile');
  return Buffer.from(pdf);
}

export async function producePdf(producer: Producer, pages: readonly PagePlan[], seed: number): Promise<Buffer> {
  return producer === 'chromium' ? chromiumPdf(pages, seed) : typstPdf(pages, seed);
}

export async function closeProducers(): Promise<void> {
  await browser?.close();
  browser = undefined;
}
