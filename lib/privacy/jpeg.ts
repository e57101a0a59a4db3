/**
 * JPEG segments: the metadata a camera or an editing program writes before
 * the image data, found and removed without touching the compressed image
 * (the scan after SOS is copied byte for byte, so nothing is re-encoded).
 *
 * Kept: APP0 JFIF (how to read the pixels), APP2 ICC_PROFILE (the colour
 * profile changes how the photo looks), APP14 Adobe (how CMYK and YCC are
 * stored). Removed: APP1 (EXIF, with its GPS, serials and maker notes; XMP),
 * APP13 (IPTC), COM (comments) and every other APPn. A photo turned by its
 * EXIF orientation keeps that one field, in an EXIF of its own.
 */
import { readExif, orientationOnlyExif } from './exif';
import type { Finding } from './findings';
import { iptcInPhotoshop, readIptc } from './iptc';
import { readXmp } from './xmp';

interface Segment {
  marker: number;
  /** From the marker's first byte to the end of the segment. */
  start: number;
  end: number;
  /** The segment's payload, after its length. */
  payload: Uint8Array;
}

const SOS = 0xda;
const EXIF_HEADER = 'Exif\0\0';
const XMP_HEADERS = ['http://ns.adobe.com/xap/1.0/\0', 'http://ns.adobe.com/xmp/extension/\0'];

export const isJpeg = (b: Uint8Array) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;

const startsWith = (payload: Uint8Array, header: string) => payload.length >= header.length && String.fromCharCode(...payload.subarray(0, header.length)) === header;

/** The segments before the image data, and where the image data starts (SOS). */
function segments(bytes: Uint8Array): { list: Segment[]; scan: number } {
  const list: Segment[] = [];
  let i = 2;
  while (i + 4 <= bytes.length) {
    if (bytes[i] !== 0xff) break;
    const marker = bytes[i + 1];
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    if (marker === SOS) return { list, scan: i };
    const length = (bytes[i + 2] << 8) | bytes[i + 3];
    const end = Math.min(bytes.length, i + 2 + length);
    list.push({ marker, start: i, end, payload: bytes.subarray(i + 4, end) });
    i = end;
  }
  return { list, scan: i };
}

/** The EXIF a cleaned JPEG keeps: its orientation alone, as ./exif.ts writes it (so cleaning twice changes nothing). */
const isOrientationOnly = (s: Segment) => {
  if (s.marker !== 0xe1 || s.payload.length !== EXIF_HEADER.length + 26 || !startsWith(s.payload, EXIF_HEADER)) return false;
  const tiff = s.payload.subarray(EXIF_HEADER.length);
  const own = orientationOnlyExif((tiff[18] << 8) | tiff[19]);
  return own.every((v, i) => v === tiff[i]);
};

/** Whether a segment is kept in a cleaned file. */
function kept(s: Segment): boolean {
  if (s.marker < 0xe0 || s.marker > 0xef) return s.marker !== 0xfe; // tables, frame headers stay; COM goes
  if (s.marker === 0xe0) return startsWith(s.payload, 'JFIF\0');
  if (s.marker === 0xe1) return isOrientationOnly(s);
  if (s.marker === 0xe2) return startsWith(s.payload, 'ICC_PROFILE\0');
  if (s.marker === 0xee) return startsWith(s.payload, 'Adobe');
  return false;
}

export function readJpeg(bytes: Uint8Array): { findings: Finding[]; orientation?: number } {
  const findings: Finding[] = [];
  let orientation: number | undefined;
  for (const s of segments(bytes).list) {
    if (s.marker === 0xe1 && startsWith(s.payload, EXIF_HEADER)) {
      const exif = readExif(s.payload.subarray(EXIF_HEADER.length));
      findings.push(...exif.findings);
      orientation ??= exif.orientation;
    } else if (s.marker === 0xe1 && XMP_HEADERS.some((h) => startsWith(s.payload, h))) {
      findings.push(...readXmp(s.payload));
    } else if (s.marker === 0xed) {
      const iim = iptcInPhotoshop(s.payload.subarray('Photoshop 3.0\0'.length));
      if (iim) findings.push(...readIptc(iim));
    } else if (s.marker === 0xfe && s.payload.length) {
      findings.push({ kind: 'private', where: 'JPEG comment', what: 'a comment' });
    } else if (!kept(s)) {
      findings.push({ kind: 'private', where: `JPEG APP${s.marker - 0xe0}`, what: 'a program\'s private data' });
    }
  }
  return { findings, orientation };
}

/** The JPEG without its metadata: the same image data, byte for byte, and the orientation kept when it turns the photo. */
export function stripJpeg(bytes: Uint8Array): { bytes: Uint8Array; removed: number } {
  const { list, scan } = segments(bytes);
  const keep = list.filter(kept);
  const removed = list.length - keep.length;
  if (!removed) return { bytes, removed: 0 };
  const { orientation } = readJpeg(bytes);
  const parts = keep.map((s) => bytes.subarray(s.start, s.end));
  // The orientation goes where EXIF stood: after JFIF, before the tables.
  if (orientation && orientation !== 1 && !keep.some(isOrientationOnly)) parts.splice(keep[0]?.marker === 0xe0 ? 1 : 0, 0, exifSegment(orientation));
  return { bytes: concat([bytes.subarray(0, 2), ...parts, bytes.subarray(scan)]), removed };
}

function exifSegment(orientation: number): Uint8Array {
  const tiff = orientationOnlyExif(orientation);
  const payload = concat([new TextEncoder().encode(EXIF_HEADER), tiff]);
  const length = payload.length + 2;
  return concat([Uint8Array.of(0xff, 0xe1, length >> 8, length & 0xff), payload]);
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
