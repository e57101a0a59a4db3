/**
 * PDFs as typesetting programs write them: photos embedded with their EXIF,
 * XMP for the document and for images, /Author. Cleaned, they print the same
 * pixels and carry the same text, and none of it is left.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanPdf, refused, scanPdf } from '../../../lib/privacy';
import { readPdf } from '../../../lib/import';
import { renderEachPage } from '../../../lib/import/pdf/pages';
import { FIXTURES } from '../helpers';

const fixture = (f: string) => new Uint8Array(fs.readFileSync(path.join(FIXTURES, 'privacy', f)));
const SERIAL = 'SN-20261120-0042';

async function renders(bytes: Uint8Array): Promise<Buffer[]> {
  const out: Buffer[] = [];
  await renderEachPage(bytes, 700, async (p) => {
    out.push(Buffer.from(p.pixels.data));
  });
  return out;
}

const textLayer = async (bytes: Uint8Array) => (await readPdf(bytes)).map((p) => p.runs.map((r) => `${r.text}@${r.x.toFixed(2)},${r.y.toFixed(2)}`).join('|'));

describe.each(['printed.pdf', 'document-xmp.pdf'])('%s', (name) => {
  it('is found to carry a GPS position and a camera serial', async () => {
    const found = refused(await scanPdf(fixture(name)));
    expect(found.some((f) => f.kind === 'location')).toBe(true);
    if (name === 'printed.pdf') expect(found.some((f) => f.kind === 'serial' && /^PDF image \d+, EXIF/.test(f.where))).toBe(true);
  });

  it('cleaned, carries none of it, prints the same pixels and keeps its text layer', async () => {
    const before = fixture(name);
    const { bytes, removed } = await cleanPdf(before);
    expect(removed.length).toBeGreaterThan(0);
    expect(await scanPdf(bytes)).toEqual([]);
    for (const needle of [SERIAL, 'GPSLatitude', 'Zhang', 'xmpMM:History', '张编辑']) expect(Buffer.from(bytes).includes(needle), needle).toBe(false);
    const [a, b] = [await renders(before), await renders(bytes)];
    expect(b.length).toBe(a.length);
    a.forEach((page, i) => expect(page.equals(b[i]), `page ${i + 1}`).toBe(true));
    expect(await textLayer(bytes)).toEqual(await textLayer(before));
    // Cleaning a clean PDF changes nothing.
    expect((await cleanPdf(bytes)).bytes).toBe(bytes);
  });
});

describe('the document itself', () => {
  it('loses its XMP and /Author, and keeps its title', async () => {
    const { bytes, removed } = await cleanPdf(fixture('document-xmp.pdf'));
    expect(removed.map((f) => f.where)).toEqual(expect.arrayContaining(['PDF document XMP', 'PDF Info /Author']));
    expect(removed.some((f) => /^PDF object \d+ XMP$/.test(f.where) && f.kind === 'location')).toBe(true);
    expect(removed.some((f) => /^PDF image \d+, EXIF GPS$/.test(f.where))).toBe(true);
    const { PDFDocument } = await import('@cantoo/pdf-lib');
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.getAuthor()).toBeUndefined();
    expect(doc.getTitle()).toBe('社区晨报 仙霞');
  });

  it('finds a located photo in bytes no object holds, and refuses to clean what it cannot write again', async () => {
    const damaged = new Uint8Array(Buffer.concat([Buffer.from('%PDF-1.7\n% no objects\n'), fs.readFileSync(path.join(FIXTURES, 'privacy', 'located.jpg'))]));
    expect(refused(await scanPdf(damaged)).map((f) => f.where)).toEqual(['PDF, outside its objects']);
    await expect(cleanPdf(damaged)).rejects.toThrow();
  });
});
