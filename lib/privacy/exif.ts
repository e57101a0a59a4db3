/**
 * EXIF as it is stored: a TIFF structure (byte order, IFD0, then the Exif and
 * GPS IFDs it points to), in a JPEG's APP1, a PNG's eXIf, a WebP's EXIF chunk
 * or a TIFF file itself. Read for what locates or identifies; written back
 * holding nothing but the orientation, which a viewer needs to show the
 * photo the right way up.
 */
import type { Finding } from './findings';

const TAG = {
  orientation: 0x0112,
  artist: 0x013b,
  copyright: 0x8298,
  exifIfd: 0x8769,
  gpsIfd: 0x8825,
  xpAuthor: 0x9c9d,
  makerNote: 0x927c,
  ownerName: 0xa430,
  bodySerial: 0xa431,
  lensSerial: 0xa435,
  cameraSerial: 0xc62f,
  xmp: 0x02bc,
  iptc: 0x83bb,
} as const;

const TYPE_SIZE: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4 };

interface Entry {
  tag: number;
  type: number;
  count: number;
  /** Offset of the value in the TIFF data (inline values point into the entry itself). */
  at: number;
}

/** A TIFF structure's IFDs, read defensively: a damaged file yields what can be read, never an exception. */
export class TiffReader {
  readonly little: boolean;
  constructor(readonly data: Uint8Array) {
    this.little = data[0] === 0x49;
  }

  static is(data: Uint8Array): boolean {
    return data.length >= 8 && ((data[0] === 0x49 && data[1] === 0x49 && data[2] === 42 && data[3] === 0) || (data[0] === 0x4d && data[1] === 0x4d && data[2] === 0 && data[3] === 42));
  }

  u16(at: number): number {
    if (at + 2 > this.data.length) return 0;
    return this.little ? this.data[at] | (this.data[at + 1] << 8) : (this.data[at] << 8) | this.data[at + 1];
  }

  u32(at: number): number {
    if (at + 4 > this.data.length) return 0;
    const [a, b, c, d] = this.data.subarray(at, at + 4);
    return (this.little ? (d << 24) | (c << 16) | (b << 8) | a : (a << 24) | (b << 16) | (c << 8) | d) >>> 0;
  }

  /** The entries of the IFD at `offset` (at most 1,000: a loop in a damaged file stops there). */
  entries(offset: number): Entry[] {
    const n = Math.min(this.u16(offset), 1000);
    const out: Entry[] = [];
    for (let i = 0; i < n; i++) {
      const e = offset + 2 + i * 12;
      if (e + 12 > this.data.length) break;
      const type = this.u16(e + 2);
      const count = this.u32(e + 4);
      const size = (TYPE_SIZE[type] ?? 1) * count;
      out.push({ tag: this.u16(e), type, count, at: size <= 4 ? e + 8 : this.u32(e + 8) });
    }
    return out;
  }

  bytes(e: Entry): Uint8Array {
    const size = (TYPE_SIZE[e.type] ?? 1) * e.count;
    return this.data.subarray(e.at, Math.min(this.data.length, e.at + size));
  }

  text(e: Entry): string {
    return new TextDecoder('latin1').decode(this.bytes(e)).replace(/\0+$/, '').trim();
  }

  rational(at: number): number {
    const d = this.u32(at + 4);
    return d ? this.u32(at) / d : 0;
  }

  ifd0(): number {
    return this.u32(4);
  }
}

/** Degrees from a GPS IFD's three rationals (degrees, minutes, seconds). */
function degrees(r: TiffReader, e: Entry | undefined): number | undefined {
  if (!e || e.type !== 5 || e.count < 3) return undefined;
  return r.rational(e.at) + r.rational(e.at + 8) / 60 + r.rational(e.at + 16) / 3600;
}

/** What an EXIF/TIFF structure holds that locates or identifies; its XMP and IPTC, when it carries them, for their own readers. */
export function readExif(data: Uint8Array): { findings: Finding[]; orientation?: number; xmp?: Uint8Array; iptc?: Uint8Array } {
  if (!TiffReader.is(data)) return { findings: [] };
  const r = new TiffReader(data);
  const findings: Finding[] = [];
  const ifd0 = r.entries(r.ifd0());
  const get = (list: Entry[], tag: number) => list.find((e) => e.tag === tag);
  const orientationEntry = get(ifd0, TAG.orientation);
  const orientation = orientationEntry ? r.u16(orientationEntry.at) : undefined;
  const gpsPointer = get(ifd0, TAG.gpsIfd);
  if (gpsPointer) {
    const gps = r.entries(r.u32(gpsPointer.at)).filter((e) => e.tag !== 0);
    if (gps.length) {
      const lat = degrees(r, get(gps, 2));
      const lon = degrees(r, get(gps, 4));
      findings.push({ kind: 'location', where: 'EXIF GPS', what: lat !== undefined && lon !== undefined ? `a GPS position ${lat.toFixed(4)}, ${lon.toFixed(4)}` : `GPS data (${gps.length} fields)` });
    }
  }
  for (const [tag, what] of [[TAG.artist, 'the photographer\'s name'], [TAG.xpAuthor, 'the author\'s name'], [TAG.cameraSerial, 'the camera\'s serial number']] as const) {
    const e = get(ifd0, tag);
    if (e && r.text(e)) findings.push({ kind: tag === TAG.cameraSerial ? 'serial' : 'person', where: `EXIF ${tag === TAG.cameraSerial ? 'CameraSerialNumber' : tag === TAG.artist ? 'Artist' : 'XPAuthor'}`, what });
  }
  const exifPointer = get(ifd0, TAG.exifIfd);
  if (exifPointer) findings.push(...exifIfdFindings(r, r.entries(r.u32(exifPointer.at))));
  const xmp = get(ifd0, TAG.xmp);
  const iptc = get(ifd0, TAG.iptc);
  return { findings, orientation, xmp: xmp && r.bytes(xmp), iptc: iptc && r.bytes(iptc) };
}

function exifIfdFindings(r: TiffReader, exif: Entry[]): Finding[] {
  const findings: Finding[] = [];
  for (const e of exif) {
    if (e.tag === TAG.bodySerial && r.text(e)) findings.push({ kind: 'serial', where: 'EXIF BodySerialNumber', what: 'the camera\'s serial number' });
    if (e.tag === TAG.lensSerial && r.text(e)) findings.push({ kind: 'serial', where: 'EXIF LensSerialNumber', what: 'the lens\'s serial number' });
    if (e.tag === TAG.ownerName && r.text(e)) findings.push({ kind: 'person', where: 'EXIF CameraOwnerName', what: 'the camera owner\'s name' });
    // Makers keep the camera's serial number in their notes (Canon, Nikon, Sony, Fujifilm alike), in formats of their own.
    if (e.tag === TAG.makerNote && e.count > 0) findings.push({ kind: 'serial', where: 'EXIF MakerNote', what: 'the camera maker\'s notes, which hold the camera\'s serial number' });
  }
  return findings;
}

/** A TIFF structure with one IFD holding one entry, the orientation: all the EXIF a cleaned photo keeps. */
export function orientationOnlyExif(orientation: number): Uint8Array {
  const out = new Uint8Array(26);
  out.set([0x4d, 0x4d, 0, 42, 0, 0, 0, 8, 0, 1]);
  // Tag 0x0112, type SHORT (3), count 1, value in the first two bytes of the field; then no next IFD.
  out.set([0x01, 0x12, 0, 3, 0, 0, 0, 1, (orientation >> 8) & 0xff, orientation & 0xff, 0, 0], 10);
  return out;
}
