/**
 * IPTC-IIM, the press's own metadata, as Photoshop stores it (8BIM resource
 * 0x0404 in a JPEG's APP13, or a TIFF's tag 33723): datasets of record 2 that
 * name a place or a person.
 */
import type { Finding } from './findings';

const PLACE = new Map([[90, 'city'], [92, 'sub-location'], [95, 'province'], [100, 'country code'], [101, 'country']]);
const PERSON = new Map([[80, 'by-line'], [116, 'copyright notice'], [118, 'contact']]);

/** Findings in IIM datasets (the bytes start with 0x1C markers, or contain them after a Photoshop header). */
export function readIptc(bytes: Uint8Array, where = 'IPTC'): Finding[] {
  const places = new Set<string>();
  let person = false;
  for (let i = 0; i + 5 <= bytes.length; i++) {
    if (bytes[i] !== 0x1c || bytes[i + 1] !== 2) continue;
    const dataset = bytes[i + 2];
    const length = (bytes[i + 3] << 8) | bytes[i + 4];
    if (length & 0x8000) continue; // extended lengths are for large binary datasets, never these fields
    if (length > 0 && PLACE.has(dataset)) places.add(PLACE.get(dataset) ?? '');
    if (length > 0 && PERSON.has(dataset)) person = true;
    i += 4 + length;
  }
  const findings: Finding[] = [];
  if (places.size) findings.push({ kind: 'location', where, what: `the place it was taken (${[...places].join(', ')})` });
  if (person) findings.push({ kind: 'person', where, what: 'the photographer\'s name or contact' });
  return findings;
}

/** The IIM data in a Photoshop image-resource block (APP13 after "Photoshop 3.0\0"), or undefined. */
export function iptcInPhotoshop(block: Uint8Array): Uint8Array | undefined {
  const view = new DataView(block.buffer, block.byteOffset, block.byteLength);
  let i = 0;
  while (i + 12 <= block.length) {
    if (String.fromCharCode(...block.subarray(i, i + 4)) !== '8BIM') return undefined;
    const id = view.getUint16(i + 4);
    const nameLength = block[i + 6];
    let j = i + 6 + 1 + nameLength;
    if (j % 2) j++;
    const size = view.getUint32(j);
    const data = block.subarray(j + 4, j + 4 + size);
    if (id === 0x0404) return data;
    i = j + 4 + size + (size % 2);
  }
  return undefined;
}
