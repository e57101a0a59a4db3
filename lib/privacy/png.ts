/**
 * PNG chunks: eXIf (EXIF), and the text chunks (tEXt, zTXt, iTXt) where
 * programs keep XMP, EXIF as hex ("Raw profile type exif") or plain fields
 * such as a location. Removed by dropping the chunks: every chunk carries its
 * own checksum, so the others, and the image data, stay byte for byte.
 * Kept: the colour chunks (iCCP, sRGB, gAMA, cHRM) and everything the image
 * needs.
 */
import { inflateSync } from 'node:zlib';
import { readExif } from './exif';
import { namesAPlace, type Finding } from './findings';
import { concat } from './jpeg';
import { readXmp } from './xmp';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const REMOVED = new Set(['eXIf', 'tEXt', 'zTXt', 'iTXt', 'tIME']);

export const isPng = (b: Uint8Array) => b.length > 8 && SIGNATURE.every((v, i) => b[i] === v);

interface Chunk {
  type: string;
  start: number;
  end: number;
  data: Uint8Array;
}

function chunks(bytes: Uint8Array): Chunk[] {
  const out: Chunk[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let i = 8;
  while (i + 12 <= bytes.length) {
    const length = view.getUint32(i);
    const type = String.fromCharCode(...bytes.subarray(i + 4, i + 8));
    const end = Math.min(bytes.length, i + 12 + length);
    out.push({ type, start: i, end, data: bytes.subarray(i + 8, Math.min(bytes.length, i + 8 + length)) });
    if (type === 'IEND') break;
    i = end;
  }
  return out;
}

const latin1 = (b: Uint8Array) => new TextDecoder('latin1').decode(b);

/** A text chunk's keyword and text, inflated when compressed. */
function textOf(c: Chunk): { key: string; text: Uint8Array } {
  const nul = c.data.indexOf(0);
  const key = latin1(c.data.subarray(0, nul === -1 ? c.data.length : nul));
  if (nul === -1) return { key, text: new Uint8Array() };
  const inflate = (b: Uint8Array) => {
    try {
      return new Uint8Array(inflateSync(b));
    } catch {
      return b;
    }
  };
  if (c.type === 'tEXt') return { key, text: c.data.subarray(nul + 1) };
  if (c.type === 'zTXt') return { key, text: inflate(c.data.subarray(nul + 2)) };
  // iTXt: keyword, compression flag and method, language tag, translated keyword, text.
  const flag = c.data[nul + 1];
  let at = nul + 3;
  for (let n = 0; n < 2; n++) at = c.data.indexOf(0, at) + 1;
  const text = c.data.subarray(at);
  return { key, text: flag ? inflate(text) : text };
}

/** EXIF kept as hex text by ImageMagick and others: "Raw profile type exif" / "APP1". */
function rawProfile(text: Uint8Array): Uint8Array | undefined {
  const hex = latin1(text).split('\n').slice(3).join('').replace(/\s+/g, '');
  if (!/^[0-9a-f]+$/i.test(hex)) return undefined;
  const bytes = Uint8Array.from(hex.match(/../g) ?? [], (h) => parseInt(h, 16));
  const start = latin1(bytes.subarray(0, 6)) === 'Exif\0\0' ? 6 : 0;
  return bytes.subarray(start);
}

export function readPng(bytes: Uint8Array): { findings: Finding[] } {
  const findings: Finding[] = [];
  for (const c of chunks(bytes)) {
    if (c.type === 'eXIf') findings.push(...readExif(c.data).findings.map((f) => ({ ...f, where: `PNG eXIf, ${f.where}` })));
    if (c.type !== 'tEXt' && c.type !== 'zTXt' && c.type !== 'iTXt') continue;
    const { key, text } = textOf(c);
    if (key === 'XML:com.adobe.xmp') findings.push(...readXmp(text, `PNG ${c.type} XMP`));
    else if (/^Raw profile type (exif|APP1)$/i.test(key)) findings.push(...readExif(rawProfile(text) ?? new Uint8Array()).findings.map((f) => ({ ...f, where: `PNG ${c.type} "${key}", ${f.where}` })));
    else if (namesAPlace(key, new TextDecoder().decode(text))) findings.push({ kind: 'location', where: `PNG ${c.type} "${key}"`, what: 'a place' });
    else findings.push({ kind: 'private', where: `PNG ${c.type} "${key}"`, what: 'a text field' });
  }
  return { findings };
}

export function stripPng(bytes: Uint8Array): { bytes: Uint8Array; removed: number } {
  const list = chunks(bytes);
  const keep = list.filter((c) => !REMOVED.has(c.type));
  if (keep.length === list.length) return { bytes, removed: 0 };
  return { bytes: concat([bytes.subarray(0, 8), ...keep.map((c) => bytes.subarray(c.start, c.end))]), removed: list.length - keep.length };
}
