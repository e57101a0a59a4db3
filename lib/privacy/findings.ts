/**
 * What a file can say about where and by whom it was made, as found. Every
 * reader in this folder reports in this shape, so the check, the git hook,
 * `npm run scrub` and the importer's report word a finding alike.
 */

/** A location or a camera's serial number is refused; the rest is removed wherever a file is cleaned, and reported. */
export type FindingKind = 'location' | 'serial' | 'person' | 'private';

export interface Finding {
  kind: FindingKind;
  /** Where in the file: `EXIF GPS`, `XMP`, `IPTC`, `PNG tEXt "Location"`, `PDF Info /Author`, … */
  where: string;
  /** What it holds, in a few words an editor can act on: `GPS position 31.2000, 121.4000`. */
  what: string;
}

/** The findings that keep a file out of the repository: a place, or a camera that can be traced to its owner. */
export const refused = (findings: readonly Finding[]) => findings.filter((f) => f.kind === 'location' || f.kind === 'serial');

/** `a GPS position (EXIF GPS), the camera's serial number (EXIF BodySerialNumber)` */
export function describe(findings: readonly Finding[]): string {
  return [...new Set(findings.map((f) => `${f.what} (${f.where})`))].join(', ');
}

/** Words in a text field that name a place: a key or label saying so, or a pair of coordinates. */
const PLACE_KEY = /location|gps|latitude|longitude|city|country|province|sublocation|address|place|地点|位置|地址|经度|纬度/i;
const COORDINATES = /-?\d{1,3}\.\d{3,}\s*[,;/ ]\s*-?\d{1,3}\.\d{3,}/;

export function namesAPlace(key: string, value: string): boolean {
  return (PLACE_KEY.test(key) && value.trim().length > 0) || COORDINATES.test(value);
}
