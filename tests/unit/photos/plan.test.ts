import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PHOTO_FILE } from '../../../lib/content/media';
import { VARIANT_WIDTHS, fallbackVariant, photoKey, photoVariants, shareCrops, sniffFormat, srcset, variantWidths } from '../../../lib/photos/plan';
import { FIXTURES } from '../helpers';

const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, 'photos', name));
const photo = (width: number, height: number, hash = 'a'.repeat(64)) => ({ file: 'x/y.jpg', hash, width, height });

describe('what a file is, from its bytes', () => {
  it('knows each fixture by its first bytes, whatever its name', () => {
    expect(sniffFormat(fixture('landscape.jpg'))).toBe('jpeg');
    expect(sniffFormat(fixture('cmyk.jpg'))).toBe('jpeg');
    expect(sniffFormat(fixture('transparent.png'))).toBe('png');
    expect(sniffFormat(fixture('iphone.heic'))).toBe('heic');
    expect(sniffFormat(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))).toBe('webp');
    expect(sniffFormat(Buffer.from('\0\0\0\x1cftypavif\0\0\0\0avifmif1'))).toBe('avif');
    expect(sniffFormat(Buffer.from('GIF89a'))).toBe('gif');
    expect(sniffFormat(Buffer.from('II*\0'))).toBe('tiff');
    expect(sniffFormat(Buffer.from('%PDF-1.7'))).toBe('unknown');
    expect(sniffFormat(Buffer.alloc(0))).toBe('unknown');
  });

  it('tells a photo file name from a caption', () => {
    for (const name of ['hongxu.jpg', 'IMG_0012.JPG', 'a-b_c.jpeg', '第一张.png', 'sub/photo.webp', 'x.heic']) expect(PHOTO_FILE.test(name), name).toBe(true);
    for (const text of ['王为人调研虹旭居民区', '签约现场.', '../secret.jpg', '.hidden.jpg', 'photo.jpg.txt', 'a b.jpg']) expect(PHOTO_FILE.test(text), text).toBe(false);
  });
});

describe('what a photo becomes', () => {
  it('gets the steps below its width and its own width, capped at the largest step', () => {
    expect(variantWidths(4000)).toEqual([480, 960, 1600]);
    expect(variantWidths(1600)).toEqual([480, 960, 1600]);
    expect(variantWidths(1200)).toEqual([480, 960, 1200]);
    expect(variantWidths(480)).toEqual([480]);
    expect(variantWidths(300)).toEqual([300]);
  });

  it('names every variant after the photo and keeps its proportions', () => {
    const p = photo(2000, 1333);
    const vs = photoVariants(p);
    expect(vs).toHaveLength(9);
    const key = photoKey(p.hash);
    expect(key).toMatch(/^[0-9a-f]{16}$/);
    for (const v of vs) {
      expect(v.path).toBe(`/photos/${key}/${v.width}.${v.format}`);
      expect(Math.abs(v.height / v.width - 1333 / 2000)).toBeLessThan(0.002);
    }
    expect(srcset(vs, 'avif')).toBe(`/photos/${key}/480.avif 480w, /photos/${key}/960.avif 960w, /photos/${key}/1600.avif 1600w`);
    expect(fallbackVariant(vs).path).toBe(`/photos/${key}/960.jpeg`);
    expect(fallbackVariant(photoVariants(photo(400, 300))).path).toBe(`/photos/${photoKey(p.hash)}/400.jpeg`);
  });

  it('gives a changed photo new names, and the same photo the same names', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9a-f]{64}$/), fc.stringMatching(/^[0-9a-f]{64}$/), (a, b) => {
        expect(photoKey(a)).toBe(photoKey(a));
        if (a !== b) expect(photoKey(a)).not.toBe(photoKey(b));
      }),
    );
  });

  it('crops a lead photo in the ratios Google documents, each at least 50,000 pixels', () => {
    for (const [w, h] of [[2000, 1333], [900, 1200], [640, 480], [400, 300]]) {
      const crops = shareCrops(photo(w, h));
      expect(crops.map((c) => c.ratio)).toEqual(['16x9', '4x3', '1x1']);
      for (const c of crops) {
        const [rw, rh] = c.ratio.split('x').map(Number);
        expect(Math.abs(c.width / c.height - rw / rh), `${w}x${h} ${c.ratio}`).toBeLessThan(0.01);
        expect(c.width).toBeLessThanOrEqual(Math.min(1200, w));
        expect(c.height).toBeLessThanOrEqual(h);
        expect(c.width * c.height).toBeGreaterThanOrEqual(50_000);
      }
    }
    expect(shareCrops(photo(2000, 1333))[0]).toMatchObject({ width: 1200, height: 675 });
  });

  it('never plans a variant wider than the photo', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9000 }), fc.integer({ min: 1, max: 9000 }), (w, h) => {
        for (const v of photoVariants(photo(w, h))) {
          expect(v.width).toBeLessThanOrEqual(Math.max(w, 1));
          expect(v.width).toBeLessThanOrEqual(VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1]);
          expect(v.height).toBeGreaterThanOrEqual(1);
        }
      }),
    );
  });
});
