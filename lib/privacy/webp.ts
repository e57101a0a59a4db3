/**
 * WebP's RIFF chunks: EXIF and XMP, removed with the VP8X header's flags and
 * the RIFF size set to match. The image (VP8, VP8L, ALPH, ANIM/ANMF) and its
 * colour profile (ICCP) stay byte for byte.
 */
import { readExif } from './exif';
import type { Finding } from './findings';
import { concat } from './jpeg';
import { readXmp } from './xmp';

export const isWebp = (b: Uint8Array) => b.length > 12 && String.fromCharCode(...b.subarray(0, 4)) === 'RIFF' && String.fromCharCode(...b.subarray(8, 12)) === 'WEBP';

interface Chunk {
  type: string;
  start: number;
  end: number;
  data: Uint8Array;
}

function chunks(bytes: Uint8Array): Chunk[] {
  const out: Chunk[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let i = 12;
  while (i + 8 <= bytes.length) {
    const size = view.getUint32(i + 4, true);
    const end = Math.min(bytes.length, i + 8 + size + (size % 2));
    out.push({ type: String.fromCharCode(...bytes.subarray(i, i + 4)), start: i, end, data: bytes.subarray(i + 8, Math.min(bytes.length, i + 8 + size)) });
    i = end;
  }
  return out;
}

const exifPayload = (d: Uint8Array) => (String.fromCharCode(...d.subarray(0, 6)) === 'Exif\0\0' ? d.subarray(6) : d);

export function readWebp(bytes: Uint8Array): { findings: Finding[] } {
  const findings: Finding[] = [];
  for (const c of chunks(bytes)) {
    if (c.type === 'EXIF') findings.push(...readExif(exifPayload(c.data)).findings.map((f) => ({ ...f, where: `WebP, ${f.where}` })));
    if (c.type === 'XMP ') findings.push(...readXmp(c.data, 'WebP XMP'));
  }
  return { findings };
}

/** VP8X flags: ICC 0x20, alpha 0x10, EXIF 0x08, XMP 0x04, animation 0x02. */
const EXIF_FLAG = 0x08;
const XMP_FLAG = 0x04;

export function stripWebp(bytes: Uint8Array): { bytes: Uint8Array; removed: number } {
  const list = chunks(bytes);
  const keep = list.filter((c) => c.type !== 'EXIF' && c.type !== 'XMP ');
  if (keep.length === list.length) return { bytes, removed: 0 };
  const parts = keep.map((c) => {
    const chunk = bytes.slice(c.start, c.end);
    if (c.type === 'VP8X') chunk[8] &= ~(EXIF_FLAG | XMP_FLAG);
    return chunk;
  });
  const body = concat(parts);
  const header = new Uint8Array(12);
  header.set(bytes.subarray(0, 12));
  new DataView(header.buffer).setUint32(4, body.length + 4, true);
  return { bytes: concat([header, body]), removed: list.length - keep.length };
}
