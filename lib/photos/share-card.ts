/**
 * Share cards: the picture a link shows in WeChat, X or a search result when
 * its article has no photo (the launch editions kept none). One card per
 * street, and one for the site, drawn as SVG here and rendered to JPEG at
 * build time from a CJK font (lib/photos/imaging.ts checks that one is installed:
 * without it every character would be a box). Pages compute the same path
 * from the same text, so the name changes whenever the card would.
 */
import { createHash } from 'node:crypto';
import { SITE_NAME } from '../config';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** The fonts the card is drawn in, as fontconfig names them (Debian: fonts-noto-cjk). */
export const CARD_FONTS = { serif: 'Noto Serif CJK SC', sans: 'Noto Sans CJK SC' } as const;

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface ShareCard {
  svg: string;
  /** Site path of the rendered JPEG: /share/<fingerprint>.jpeg */
  path: string;
  width: number;
  height: number;
  alt: string;
}

/**
 * A card with the masthead and one line naming the place (仙霞街道) and a
 * smaller one under it (长宁区 · 上海社区新闻). Long names shrink to fit.
 */
export function shareCard(place: string, line: string): ShareCard {
  const placeSize = Math.min(120, Math.floor(1040 / Math.max(1, [...place].length)));
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
    `<rect width="100%" height="100%" fill="#fbfaf7"/>`,
    `<rect x="0" y="0" width="${CARD_WIDTH}" height="18" fill="#a4161a"/>`,
    `<text x="80" y="200" font-family="${CARD_FONTS.serif}" font-weight="900" font-size="112" letter-spacing="24" fill="#1c1b19">${escapeXml(SITE_NAME)}</text>`,
    `<rect x="80" y="246" width="1040" height="6" fill="#1c1b19"/>`,
    `<rect x="80" y="260" width="1040" height="2" fill="#1c1b19"/>`,
    `<text x="80" y="${300 + placeSize}" font-family="${CARD_FONTS.serif}" font-weight="700" font-size="${placeSize}" fill="#a4161a">${escapeXml(place)}</text>`,
    `<text x="80" y="560" font-family="${CARD_FONTS.sans}" font-size="44" fill="#5b5750">${escapeXml(line)}</text>`,
    `</svg>`,
  ].join('');
  const fingerprint = createHash('sha256').update(svg).digest('hex').slice(0, 16);
  return { svg, path: `/share/${fingerprint}.jpeg`, width: CARD_WIDTH, height: CARD_HEIGHT, alt: `${SITE_NAME} · ${place}` };
}

export function streetCard(streetName: string, districtName: string | undefined): ShareCard {
  return shareCard(streetName, `${districtName ? `${districtName} · ` : ''}上海社区新闻`);
}

export function siteCard(): ShareCard {
  return shareCard('上海社区新闻', '各街道党工委联合出版');
}
