/**
 * The printed pages as images, for the 数字报: each page rendered by pdf.js
 * onto a canvas (@napi-rs/canvas, the one pdf.js itself uses in Node) and
 * saved as a JPEG the photo pipeline then makes responsive like any photo.
 */
import sharp from 'sharp';
import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api';
import { openPdf } from './read';

/** Wide enough for the largest variant the site serves (1600 px), and to read a page's small print zoomed. */
export const PAGE_IMAGE_WIDTH = 2000;

export interface PageImage {
  /** Under the edition's media folder: page-1.jpg. */
  file: string;
  bytes: Buffer;
  /** The page in points (what the layout's boxes are measured in). */
  width: number;
  height: number;
}

export const pageFileName = (n: number) => `page-${n}.jpg`;

/** A page drawn by pdf.js: its pixels (RGBA) and its size in points. */
export interface RenderedPage {
  width: number;
  height: number;
  pixels: { data: Uint8Array; width: number; height: number };
}

/** Draws each page of a PDF, `pixelWidth` pixels wide, and hands it on before drawing the next (a page is 20 MB of pixels). */
export async function renderEachPage(bytes: Uint8Array, pixelWidth: number, onPage: (page: RenderedPage) => Promise<void>): Promise<void> {
  const { createCanvas } = await import('@napi-rs/canvas');
  const doc = await openPdf(bytes);
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page: PDFPageProxy = await doc.getPage(n);
      const size = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: pixelWidth / size.width });
      const canvas = createCanvas(Math.round(viewport.width), Math.round(viewport.height));
      // pdf.js draws on any object with the 2D context's methods; @napi-rs/canvas provides them.
      await page.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: canvas.getContext('2d') as unknown as CanvasRenderingContext2D, viewport }).promise;
      const raw = canvas.data();
      await onPage({ width: size.width, height: size.height, pixels: { data: new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength), width: canvas.width, height: canvas.height } });
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
}

export async function renderPages(bytes: Uint8Array): Promise<PageImage[]> {
  const out: PageImage[] = [];
  await renderEachPage(bytes, PAGE_IMAGE_WIDTH, async (page) => {
    const { data, width, height } = page.pixels;
    const jpeg = await sharp(Buffer.from(data.buffer, data.byteOffset, data.byteLength), { raw: { width, height, channels: 4 } })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer();
    out.push({ file: pageFileName(out.length + 1), bytes: jpeg, width: page.width, height: page.height });
  });
  return out;
}
