/**
 * Photos as a phone, a camera or an editing program leaves them: what
 * locates or identifies is found in every format, and removed with the
 * picture's own bytes untouched (tests/fixtures/privacy, made by its make.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { refused, scanPhoto, stripPhoto } from '../../../lib/privacy';
import { FIXTURES } from '../helpers';

const fixture = (f: string) => new Uint8Array(fs.readFileSync(path.join(FIXTURES, 'privacy', f)));
const SERIAL = 'SN-20261120-0042';
const pixels = async (b: Uint8Array) => (await sharp(b).raw().toBuffer({ resolveWithObject: true })).data;

/** Where a JPEG's compressed image data starts: the scan after SOS. */
function scan(b: Uint8Array): Uint8Array {
  for (let i = 2; i < b.length - 1; ) {
    if (b[i + 1] === 0xda) return b.subarray(i);
    i += 2 + ((b[i + 2] << 8) | b[i + 3]);
  }
  throw new Error('no SOS');
}

describe('what a photo says of where and by whom', () => {
  it('finds GPS, serials, maker notes, XMP places and people, IPTC and comments in a JPEG', () => {
    const where = scanPhoto(fixture('located.jpg')).map((f) => `${f.kind} ${f.where}`);
    expect(where).toEqual(expect.arrayContaining(['location EXIF GPS', 'serial EXIF BodySerialNumber', 'serial EXIF MakerNote', 'person EXIF Artist', 'location XMP', 'person XMP', 'private XMP', 'location IPTC', 'person IPTC', 'private JPEG comment']));
  });

  it.each(['located.png', 'located.webp', 'located.tiff'])('finds the location and serial in %s', (f) => {
    const found = refused(scanPhoto(fixture(f)));
    expect(found.some((x) => x.kind === 'location' && /GPS/.test(x.where) && /31\.2000, 121\.4000/.test(x.what))).toBe(true);
    expect(found.some((x) => x.kind === 'serial')).toBe(true);
  });

  it('finds nothing in a photo made clean, and a place named in a PNG text chunk', () => {
    expect(scanPhoto(fixture('located.png')).some((x) => x.kind === 'location' && x.where === 'PNG tEXt "Location"')).toBe(true);
    expect(scanPhoto(new Uint8Array(fs.readFileSync(path.join(FIXTURES, 'photos', 'landscape.jpg'))))).toEqual([]);
  });
});

describe('stripping', () => {
  it('removes every finding from a JPEG, keeps its image data byte for byte, its orientation and nothing it does not need', async () => {
    const before = fixture('located.jpg');
    const after = stripPhoto(before);
    if (!after) throw new Error('a JPEG is stripped');
    expect(scanPhoto(after.bytes)).toEqual([]);
    expect(Buffer.from(scan(after.bytes)).equals(Buffer.from(scan(before)))).toBe(true);
    expect(Buffer.from(after.bytes).includes(SERIAL)).toBe(false);
    expect(Buffer.from(after.bytes).includes('Shanghai')).toBe(false);
    const meta = await sharp(after.bytes).metadata();
    expect(meta.orientation).toBe(6);
    expect(meta.xmp).toBeUndefined();
    expect(meta.iptc).toBeUndefined();
    expect(await pixels(after.bytes)).toEqual(await pixels(before));
  });

  it.each(['located.png', 'located.webp'])('removes the metadata chunks of %s, keeps its colour profile and its pixels', async (f) => {
    const before = fixture(f);
    const after = stripPhoto(before);
    if (!after) throw new Error(`${f} is stripped`);
    expect(scanPhoto(after.bytes)).toEqual([]);
    expect(Buffer.from(after.bytes).includes(SERIAL)).toBe(false);
    const meta = await sharp(after.bytes).metadata();
    expect(meta.hasProfile).toBe(true);
    expect(meta.exif).toBeUndefined();
    expect(await pixels(after.bytes)).toEqual(await pixels(before));
  });

  it('leaves a clean photo as it is, and a second strip changes nothing', () => {
    const clean = new Uint8Array(fs.readFileSync(path.join(FIXTURES, 'photos', 'landscape.jpg')));
    expect(stripPhoto(clean)).toEqual({ bytes: clean, removed: 0 });
    const once = stripPhoto(fixture('located.jpg'))?.bytes ?? new Uint8Array();
    expect(stripPhoto(once)).toEqual({ bytes: once, removed: 0 });
  });

  it('does not strip a TIFF in place (lib/photos re-encodes it), and survives damaged input', () => {
    expect(stripPhoto(fixture('located.tiff'))).toBeUndefined();
    const jpeg = fixture('located.jpg');
    for (const cut of [3, 20, 300, 3000]) expect(() => scanPhoto(jpeg.subarray(0, cut))).not.toThrow();
    expect(() => scanPhoto(fixture('located.png').subarray(0, 200))).not.toThrow();
    expect(() => scanPhoto(fixture('located.tiff').subarray(0, 40))).not.toThrow();
  });
});
