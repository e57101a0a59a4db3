/**
 * Stage 1 for a PDF: each page as what was printed on it, read with Mozilla's
 * pdf.js: runs of text with their position, size and font, the images with
 * their placement, and the rectangles painted (banners, rules). Coordinates
 * are the page's, in points, from its top-left corner, y down.
 *
 * A PDF that cannot be imported is refused with what to do instead
 * (PdfRefusal): encrypted, scanned with no text, damaged, not a PDF at all,
 * too large or too long.
 */
import path from 'node:path';
import { createRequire } from 'node:module';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/types/src/display/api';

export const MAX_PDF_BYTES = 200 * 1024 * 1024;
export const MAX_PDF_PAGES = 64;

export interface TextRun {
  text: string;
  /** Left edge, and the top and bottom of the glyphs' box. */
  x: number;
  top: number;
  bottom: number;
  /** Baseline. */
  y: number;
  width: number;
  /** Font size in points. */
  size: number;
  /** The font's name, as embedded (AAAAAA+NotoSansCJKsc-Bold), or its id when it has none. */
  font: string;
  bold: boolean;
}

export interface PdfImage {
  x: number;
  top: number;
  width: number;
  height: number;
  /** Pixels as embedded. */
  pixelWidth: number;
  pixelHeight: number;
  /** The decoded pixels: 1 (grey), 3 (RGB) or 4 (RGBA) channels. */
  pixels: () => Promise<{ data: Uint8Array; channels: 1 | 3 | 4 }>;
}

export interface PdfRect {
  x: number;
  top: number;
  width: number;
  height: number;
  /** Filled (a banner, a rule) or only stroked (a box). */
  filled: boolean;
  colour: string;
}

/** A space the PDF drew as a glyph: where on the page (its origin on the baseline) and how wide. */
export interface PrintedSpace {
  x: number;
  y: number;
  width: number;
}

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  runs: TextRun[];
  /**
   * The spaces drawn as glyphs. pdf.js's text runs write a space wherever glyphs stand apart, so in a line spread out
   * by justification a printed space (迎进博 创意) looks like every other gap; these tell it apart. Absent where the PDF
   * draws no space anywhere (its words are placed apart instead), so where its spaces are is not known.
   */
  spaces?: PrintedSpace[];
  images: PdfImage[];
  rects: PdfRect[];
}

export class PdfRefusal extends Error {}

const BOLD_NAME = /bold|black|heavy|semibold|demibold|extrabold|[-_ ]?w[6-9]\b|粗|黑体/i;

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: readonly number[]): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** What the bytes are, when they are not a PDF: the refusal says so. */
function notPdf(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 8)).toString('latin1');
  if (head.startsWith('%PDF-')) return undefined;
  if (head.startsWith('PK')) return 'a Word or other office document';
  if (head.startsWith('\xD0\xCF\x11\xE0')) return 'an old Word or Excel document';
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'a JPEG photo';
  if (head.startsWith('\x89PNG')) return 'a PNG image';
  if (/^\s*</.test(head)) return 'an HTML or XML page';
  return 'not a PDF (it does not start with %PDF-)';
}

async function pdfjs() {
  return import('pdfjs-dist/legacy/build/pdf.mjs');
}

/** The folder pdf.js keeps its CMaps and standard fonts in (CJK text needs the CMaps). */
function pdfjsDir(): string {
  return path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
}

export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  if (bytes.length > MAX_PDF_BYTES) throw new PdfRefusal(`is ${(bytes.length / 2 ** 20).toFixed(0)} MB; an edition's PDF is far smaller (at most ${MAX_PDF_BYTES / 2 ** 20} MB). Export it again for print, not as a proof with every image at full resolution`);
  const what = notPdf(bytes);
  if (what) throw new PdfRefusal(`is ${what}, though its name ends in .pdf. Import the edition's PDF, or its text saved as .txt`);
  const { getDocument } = await pdfjs();
  const dir = pdfjsDir();
  try {
    return await getDocument({
      data: bytes.slice(),
      cMapUrl: `${dir}/cmaps/`,
      cMapPacked: true,
      standardFontDataUrl: `${dir}/standard_fonts/`,
      isEvalSupported: false,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (e) {
    // pdf.js names its errors; not every class is exported.
    const name = e instanceof Error ? e.name : '';
    if (name === 'PasswordException') throw new PdfRefusal('is protected by a password. Ask for a copy without one (in Acrobat: 文件 → 属性 → 安全性 → 无安全性), then import that');
    if (name === 'InvalidPDFException') throw new PdfRefusal(`is damaged or incomplete (${(e as Error).message}). Copy it again from the original; if it was sent by e-mail, download it again`);
    throw new PdfRefusal(`cannot be read (${e instanceof Error ? e.message : String(e)}). Copy it again from the original`);
  }
}

async function readPage(page: PDFPageProxy, number: number): Promise<PdfPage> {
  const { OPS } = await pdfjs();
  const viewport = page.getViewport({ scale: 1 });
  const [vx, vy, , vTop] = page.view;
  const height = viewport.height;
  // PDF space (y up, origin at the media box's corner) to page space (y down, from the top-left).
  const toPage = (x: number, y: number): [number, number] => [x - vx, vTop - y + (vy - vy)];

  const ops = await page.getOperatorList();
  const images: PdfImage[] = [];
  const rects: PdfRect[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  let fill = '#000000';
  let stroke = '#000000';
  const text = new TextState(OPS);
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[];
    text.op(fn, args, ctm);
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as number[]);
    else if (fn === OPS.setFillRGBColor) fill = String(args[0]);
    else if (fn === OPS.setStrokeRGBColor) stroke = String(args[0]);
    else if (fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject) {
      // The image fills the unit square of the current transform.
      const corners = [apply(ctm, 0, 0), apply(ctm, 1, 0), apply(ctm, 0, 1), apply(ctm, 1, 1)].map(([x, y]) => toPage(x, y));
      const xs = corners.map((c) => c[0]);
      const ys = corners.map((c) => c[1]);
      const id = fn === OPS.paintImageXObject ? String(args[0]) : undefined;
      const inline = fn === OPS.paintInlineImageXObject ? (args[0] as { width: number; height: number; data: Uint8Array; kind: number }) : undefined;
      const meta = id ? await new Promise<{ width: number; height: number; data?: Uint8Array; kind?: number }>((resolve) => page.objs.get(id, resolve)) : inline;
      if (!meta) continue;
      images.push({
        x: Math.min(...xs),
        top: Math.min(...ys),
        width: Math.max(...xs) - Math.min(...xs),
        height: Math.max(...ys) - Math.min(...ys),
        pixelWidth: meta.width,
        pixelHeight: meta.height,
        pixels: async () => {
          const data = meta.data ?? new Uint8Array(0);
          // pdf.js kinds: 1 = 1 bit grey, 2 = RGB, 3 = RGBA.
          const channels = meta.kind === 3 ? 4 : meta.kind === 2 ? 3 : 1;
          if (meta.kind === 1) {
            const grey = new Uint8Array(meta.width * meta.height);
            const rowBytes = Math.ceil(meta.width / 8);
            for (let y = 0; y < meta.height; y++) for (let x = 0; x < meta.width; x++) grey[y * meta.width + x] = (data[y * rowBytes + (x >> 3)] >> (7 - (x & 7))) & 1 ? 255 : 0;
            return { data: grey, channels: 1 };
          }
          return { data, channels };
        },
      });
    } else if (fn === OPS.constructPath) {
      // [paint operation, path, bounding box in the current transform's space]
      const paint = args[0] as number;
      const box = args[2] as ArrayLike<number> | undefined;
      if (!box || (paint !== OPS.fill && paint !== OPS.eoFill && paint !== OPS.stroke && paint !== OPS.fillStroke && paint !== OPS.closeStroke)) continue;
      const corners = [apply(ctm, box[0], box[1]), apply(ctm, box[2], box[3])].map(([x, y]) => toPage(x, y));
      const x = Math.min(corners[0][0], corners[1][0]);
      const top = Math.min(corners[0][1], corners[1][1]);
      const filled = paint === OPS.fill || paint === OPS.eoFill || paint === OPS.fillStroke;
      rects.push({ x, top, width: Math.abs(corners[1][0] - corners[0][0]), height: Math.abs(corners[1][1] - corners[0][1]), filled, colour: filled ? fill : stroke });
    }
  }

  const runs = await textRuns(page, toPage);
  const spaces = text.spaces.map(({ x, y, width }) => {
    const [px, py] = toPage(x, y);
    return { x: px, y: py, width };
  });
  return { number, width: viewport.width, height, ...inPlaceOrder(runs, images, rects), spaces: spaces.sort((a, b) => a.y - b.y || a.x - b.x) };
}

type Ops = Awaited<ReturnType<typeof pdfjs>>['OPS'];
/** A glyph as pdf.js's operator list gives it: its width in thousandths of the font size. */
type Glyph = { unicode: string; width: number } | number | null;

/**
 * The text state (PDF 1.7, 9.3), followed through the operator list only far enough to place the spaces drawn as
 * glyphs: the text matrix, font size, character and word spacing, horizontal scale and rise.
 */
class TextState {
  readonly spaces: PrintedSpace[] = [];
  private tm: Matrix = [1, 0, 0, 1, 0, 0];
  private tlm: Matrix = [1, 0, 0, 1, 0, 0];
  private p = { size: 0, charSpacing: 0, wordSpacing: 0, scale: 1, rise: 0, leading: 0 };
  private readonly saved: (typeof this.p)[] = [];
  constructor(private readonly OPS: Ops) {}

  op(fn: number, args: unknown[], ctm: Matrix): void {
    const O = this.OPS;
    const n = (i: number) => Number(args[i]);
    if (fn === O.save) this.saved.push({ ...this.p });
    else if (fn === O.restore) this.p = this.saved.pop() ?? this.p;
    else if (fn === O.beginText) this.tm = this.tlm = [1, 0, 0, 1, 0, 0];
    else if (fn === O.setTextMatrix) this.tm = this.tlm = (Array.isArray(args[0]) || ArrayBuffer.isView(args[0]) ? Array.from(args[0] as ArrayLike<number>) : args.map(Number)) as Matrix;
    else if (fn === O.moveText) this.move(n(0), n(1));
    else if (fn === O.setLeadingMoveText) {
      this.p.leading = -n(1);
      this.move(n(0), n(1));
    } else if (fn === O.nextLine) this.move(0, -this.p.leading);
    else if (fn === O.setLeading) this.p.leading = n(0);
    else if (fn === O.setFont) this.p.size = n(1);
    else if (fn === O.setCharSpacing) this.p.charSpacing = n(0);
    else if (fn === O.setWordSpacing) this.p.wordSpacing = n(0);
    else if (fn === O.setHScale) this.p.scale = n(0) / 100;
    else if (fn === O.setTextRise) this.p.rise = n(0);
    else if (fn === O.showText) this.show(args[0] as Glyph[], ctm);
  }

  private move(tx: number, ty: number): void {
    this.tm = this.tlm = multiply(this.tlm, [1, 0, 0, 1, tx, ty]);
  }

  private show(glyphs: readonly Glyph[], ctm: Matrix): void {
    const { size, charSpacing, wordSpacing, scale, rise } = this.p;
    for (const g of glyphs) {
      if (g === null) continue;
      if (typeof g === 'number') {
        this.tm = multiply(this.tm, [1, 0, 0, 1, (-g / 1000) * size * scale, 0]);
        continue;
      }
      const space = g.unicode === ' ';
      const advance = ((g.width / 1000) * size + charSpacing + (space ? wordSpacing : 0)) * scale;
      if (space) {
        const m = multiply(ctm, this.tm);
        const [x, y] = apply(m, 0, rise);
        this.spaces.push({ x, y, width: Math.abs(apply(m, advance, rise)[0] - x) });
      }
      this.tm = multiply(this.tm, [1, 0, 0, 1, advance, 0]);
    }
  }
}

/** The page's text as pdf.js reads it: runs of glyphs with their place, size and font. */
async function textRuns(page: PDFPageProxy, toPage: (x: number, y: number) => [number, number]): Promise<TextRun[]> {
  const content = await page.getTextContent({ disableNormalization: false });
  const runs: TextRun[] = [];
  for (const item of content.items) {
    if (!('str' in item) || !item.str) continue;
    const [a, b, , d, e, f] = item.transform as number[];
    const size = Math.hypot(a, b) || Math.abs(d);
    // Only horizontal text: a vertical line (rare in these papers) is read as it comes.
    const [x, y] = toPage(e, f);
    const font = page.commonObjs.has(item.fontName) ? (page.commonObjs.get(item.fontName) as { name?: string }) : undefined;
    const name = font?.name ?? item.fontName;
    // A space wider than a word space is no ink: pdf.js writes one where the drawing jumps along a baseline, so where it lies depends on the order the page was drawn in.
    if (!item.str.trim() && item.width > size * 1.5) continue;
    runs.push({ text: item.str, x, y, top: y - size * 0.88, bottom: y + size * 0.12, width: item.width, size, font: name, bold: BOLD_NAME.test(name) });
  }
  return runs;
}

/**
 * What was printed, in the order of where it is on the page rather than the
 * order the program drew it in: a DTP program draws its frames in the order
 * they were made, so nothing after this stage may depend on drawing order.
 */
export function inPlaceOrder(runs: TextRun[], images: PdfImage[], rects: PdfRect[]): Pick<PdfPage, 'runs' | 'images' | 'rects'> {
  const byPlace = (a: { top: number; x: number }, b: { top: number; x: number }) => a.top - b.top || a.x - b.x;
  return {
    runs: runs.sort((a, b) => a.y - b.y || a.x - b.x || a.size - b.size || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0)),
    images: images.sort((a, b) => byPlace(a, b) || a.width - b.width || a.height - b.height),
    rects: rects.sort((a, b) => byPlace(a, b) || a.width - b.width || a.height - b.height || Number(a.filled) - Number(b.filled) || (a.colour < b.colour ? -1 : a.colour > b.colour ? 1 : 0)),
  };
}

/**
 * The pages of a PDF, or a PdfRefusal saying why it cannot be imported and
 * what to do instead. Nothing is written anywhere.
 */
export async function readPdf(bytes: Uint8Array): Promise<PdfPage[]> {
  const doc = await openPdf(bytes);
  try {
    if (doc.numPages > MAX_PDF_PAGES) throw new PdfRefusal(`has ${doc.numPages} pages; an edition has a few (at most ${MAX_PDF_PAGES}). Import one edition at a time`);
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      try {
        pages.push(await readPage(await doc.getPage(n), n));
      } catch (e) {
        if (e instanceof PdfRefusal) throw e;
        throw new PdfRefusal(`is damaged: page ${n} cannot be read (${e instanceof Error ? e.message : String(e)}). Copy it again from the original`);
      }
    }
    // A PDF that draws no space anywhere places its words apart instead: where its spaces are is not known.
    if (!pages.some((p) => p.spaces?.length)) for (const p of pages) delete p.spaces;
    const chars = pages.reduce((n, p) => n + p.runs.reduce((m, r) => m + r.text.replace(/\s/g, '').length, 0), 0);
    if (chars < 20) {
      const scanned = pages.some((p) => p.images.some((im) => im.width * im.height > p.width * p.height * 0.5));
      throw new PdfRefusal(
        scanned
          ? 'has no text layer: its pages are scanned images. It needs OCR first (for example ocrmypdf --language chi_sim in.pdf out.pdf, or Acrobat’s 识别文本), then import the result'
          : 'has no text to import (no text layer). Export the edition from the layout program as a PDF with text, or run OCR on it first',
      );
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
