/**
 * XMP, the XML packet Adobe's programs (and most phones) write beside EXIF:
 * read as text for the properties that locate or identify, whichever
 * namespace prefix the writer chose.
 */
import type { Finding } from './findings';

const RULES: { property: RegExp; finding: Omit<Finding, 'where'> }[] = [
  { property: /\bGPS(?:Latitude|Longitude|DestLatitude|DestLongitude|AreaInformation)\b/, finding: { kind: 'location', what: 'a GPS position' } },
  { property: /\b(?:photoshop:(?:City|State|Country)|Iptc4xmpCore:(?:Location|CountryCode)|Iptc4xmpExt:(?:LocationShown|LocationCreated|City|Sublocation|ProvinceState|CountryName))\b/, finding: { kind: 'location', what: 'the place it was taken' } },
  { property: /\b(?:aux:SerialNumber|exifEX:BodySerialNumber|exifEX:LensSerialNumber|aux:LensSerialNumber|CameraSerialNumber)\b/, finding: { kind: 'serial', what: 'the camera\'s serial number' } },
  { property: /\bdc:creator\b/, finding: { kind: 'person', what: 'the author\'s name' } },
  { property: /\bxmpMM:History\b/, finding: { kind: 'private', what: 'the editing history (programs, times, file paths)' } },
];

export function readXmp(bytes: Uint8Array, where = 'XMP'): Finding[] {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    // A property as an element with content (<exif:GPSLatitude>31,12.0N</…>), or as an attribute with a value.
    const element = new RegExp(`<(?:${rule.property.source})\\b[^>]*?(?<!/)>(?!\\s*</)`).test(text);
    const attribute = new RegExp(`(?:${rule.property.source})\\s*=\\s*"[^"]+"`).test(text);
    if (element || attribute) findings.push({ ...rule.finding, where });
  }
  return findings;
}
