/**
 * Probing and encoding real image bytes with sharp: every fixture case the
 * check must name, and what a published variant carries (no EXIF, no GPS,
 * orientation applied, sRGB).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import exifReader from 'exif-reader';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { encodePhoto, hasCjkFont, probePhoto } from '../../../lib/photos/imaging';
import { MAX_PHOTO_BYTES, photoVariants, shareCrops, thumbnails } from '../../../lib/photos/plan';
import { FIXTURES } from '../helpers';

const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, 'photos', name));

/** A PNG whose header claims width × height pixels, over a few bytes of data: a decompression bomb's shape. */
function pngClaiming(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  return Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(Buffer.alloc(64))), chunk('IEND', Buffer.alloc(0))]);
}

async function probeOk(name: string) {
  const p = await probePhoto(fixture(name));
  if (!p.ok) throw new Error(`${name}: ${p.problem}`);
  return p;
}

describe('probing a committed photo', () => {
  it('reads a good JPEG: format, size, hash', async () => {
    const p = await probeOk('landscape.jpg');
    expect(p).toMatchObject({ format: 'jpeg', width: 2000, height: 1333, bytes: fixture('landscape.jpg').length });
    expect(p.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives a phone photo its displayed size, EXIF orientation applied', async () => {
    expect(await probeOk('phone-rotated.jpg')).toMatchObject({ width: 900, height: 1200 });
  });

  it('accepts CMYK and transparency', async () => {
    expect(await probeOk('cmyk.jpg')).toMatchObject({ format: 'jpeg', width: 640, height: 480 });
    expect(await probeOk('transparent.png')).toMatchObject({ format: 'png', width: 600, height: 400 });
  });

  it('names each bad file and says what to do', async () => {
    const cases: [string, Buffer, RegExp, RegExp][] = [
      ['HEIC', fixture('iphone.heic'), /HEIC/, /convert it to JPEG/],
      ['truncated', fixture('corrupt.jpg'), /cannot be decoded/, /damaged or incomplete/],
      ['not an image', Buffer.from('这不是照片'), /not a photo the site can read/, /JPEG, PNG, WebP or AVIF/],
      ['decompression bomb', await sharp({ create: { width: 8000, height: 7000, channels: 3, background: '#808080' } }).png().toBuffer(), /8000 × 7000 pixels \(56 megapixels\)/, /at most 50 megapixels/],
      ['over 20 MB', Buffer.alloc(MAX_PHOTO_BYTES + 1), /is 20\.0 MB/, /at most 20 MB/],
    ];
    for (const [label, bytes, problem, expected] of cases) {
      const p = await probePhoto(bytes);
      expect(p.ok, label).toBe(false);
      if (!p.ok) {
        expect(p.problem, label).toMatch(problem);
        expect(p.expected, label).toMatch(expected);
      }
    }
  });

  it('refuses a bomb from its header, without decoding it', async () => {
    // 30000 × 30000 would take 900 MB decoded; the file is 120 bytes, and the answer comes from its header.
    const bomb = pngClaiming(30000, 30000);
    expect(bomb.length).toBeLessThan(200);
    const before = process.memoryUsage().rss;
    const p = await probePhoto(bomb);
    expect(p).toMatchObject({ ok: false, problem: 'is 30000 × 30000 pixels (900 megapixels)' });
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 2 ** 20);
  });
});

describe('encoding the published files', () => {
  it('strips every trace of EXIF, GPS included, from every file made of a phone photo', async () => {
    const input = fixture('phone-rotated.jpg');
    // The fixture does carry a position and a camera: the test would prove nothing otherwise.
    const inputExif = exifReader((await sharp(input).metadata()).exif as Buffer);
    expect(inputExif.GPSInfo?.GPSLatitude).toEqual([31.2, 0, 0]);
    expect(inputExif.Image?.Model).toBe('Fixture Phone');

    const p = await probeOk('phone-rotated.jpg');
    const photo = { file: 'x/phone-rotated.jpg', hash: p.hash, width: p.width, height: p.height };
    const files = await encodePhoto(input, photo, true);
    expect(files.size).toBe(photoVariants(photo).length + shareCrops(photo).length + thumbnails(photo).length);
    expect(files.size).toBe(12);
    for (const [name, bytes] of files) {
      const meta = await sharp(bytes).metadata();
      expect(meta.exif, name).toBeUndefined();
      expect(meta.xmp, name).toBeUndefined();
      expect(meta.icc, name).toBeUndefined();
      expect(meta.orientation ?? 1, name).toBe(1);
      // Nor anywhere in the bytes: no tag name, no camera, no coordinates.
      for (const needle of ['GPS', 'Exif', 'Fixture Phone', 'Synthetic']) expect(bytes.includes(Buffer.from(needle)), `${name} contains ${needle}`).toBe(false);
    }
  });

  it('applies the orientation: the portrait photo is portrait, its marked corner top-left', async () => {
    const p = await probeOk('phone-rotated.jpg');
    const files = await encodePhoto(fixture('phone-rotated.jpg'), { file: 'x', hash: p.hash, width: p.width, height: p.height }, false);
    const v = photoVariants({ file: 'x', hash: p.hash, width: p.width, height: p.height }).find((x) => x.format === 'jpeg' && x.width === 480);
    const bytes = files.get(v?.path ?? '') as Buffer;
    const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([480, 640]);
    const px = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)];
    const [r, g, b] = px(10, 10);
    expect(r).toBeGreaterThan(200);
    expect(g + b).toBeLessThan(100);
    // The other corners are the scene, not the marker.
    for (const [x, y] of [[469, 10], [10, 629], [469, 629]]) expect(px(x, y)[0] > 200 && px(x, y)[1] + px(x, y)[2] < 100, `${x},${y}`).toBe(false);
  });

  it('turns CMYK into sRGB, and keeps transparency except in JPEG', async () => {
    for (const name of ['cmyk.jpg', 'transparent.png']) {
      const p = await probeOk(name);
      const files = await encodePhoto(fixture(name), { file: 'x', hash: p.hash, width: p.width, height: p.height }, false);
      for (const [file, bytes] of files) {
        const meta = await sharp(bytes).metadata();
        expect(meta.space, file).toBe('srgb');
        if (file.endsWith('.jpeg')) expect(meta.hasAlpha, file).toBe(false);
        else if (name === 'transparent.png') expect(meta.hasAlpha, file).toBe(true);
      }
    }
  });

  it('makes exactly the planned files, at the planned sizes', async () => {
    const p = await probeOk('landscape.jpg');
    const photo = { file: 'x', hash: p.hash, width: p.width, height: p.height };
    const files = await encodePhoto(fixture('landscape.jpg'), photo, true);
    const planned = [...photoVariants(photo), ...shareCrops(photo), ...thumbnails(photo)];
    expect([...files.keys()].sort()).toEqual(planned.map((v) => v.path).sort());
    for (const v of planned) {
      const meta = await sharp(files.get(v.path) as Buffer).metadata();
      expect([meta.width, meta.height], v.path).toEqual([v.width, v.height]);
      expect(meta.format, v.path).toBe(v.path.endsWith('.avif') ? 'heif' : v.path.endsWith('.webp') ? 'webp' : 'jpeg');
    }
  }, 60_000);
});

describe('Chinese in generated images', () => {
  it('finds the CJK font the share cards need', async () => {
    // fonts-noto-cjk is installed by scripts/test-all.sh; the build refuses to run without it.
    expect(await hasCjkFont('Noto Sans CJK SC')).toBe(true);
  });
});
