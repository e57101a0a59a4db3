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

export async function renderPages(bytes: Uint8Array): Promise<PageImage[]> {
  const { createCanvas } = await import('@napi-rs/canvas');
  const doc = await openPdf(bytes);
  const out: PageImage[] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page: PDFPageProxy = await doc.getPage(n);
      const size = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: PAGE_IMAGE_WIDTH / size.width });
      const canvas = createCanvas(Math.round(viewport.width), Math.round(viewport.height));
      // pdf.js draws on any object with the 2D context's methods; @napi-rs/canvas provides them.
      await page.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: canvas.getContext('2d') as unknown as CanvasRenderingContext2D, viewport }).promise;
      const raw = canvas.data();
      const jpeg = await sharp(Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength), { raw: { width: canvas.width, height: canvas.height, channels: 4 } })
        .flatten({ background: '#ffffff' })
        .jpeg({ quality: 82, mozjpeg: true })
        .toBuffer();
      out.push({ file: pageFileName(n), bytes: jpeg, width: size.width, height: size.height });
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return out;
}
