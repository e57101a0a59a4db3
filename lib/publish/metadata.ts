/** The one helper that builds every page's metadata: title, description, canonical URL, Open Graph. */
import type { Metadata } from 'next';
import { SITE_NAME, absoluteUrl } from '../config';
import type { Content, Article } from '../content';
import { altText, leadPhoto } from '../content';
import { shareCrops, siteCard, streetCard } from '../photos';

/** The picture a shared link shows: a site path and its size, with what it shows in words. */
export interface ShareImage {
  path: string;
  width: number;
  height: number;
  alt: string;
}

export function siteShareImage(): ShareImage {
  return siteCard();
}

export function streetShareImage(c: Content, streetId: string): ShareImage {
  const street = c.gazetteer.street.get(streetId);
  if (!street) return siteCard();
  return streetCard(street.name, c.gazetteer.district.get(street.districtId)?.name);
}

/** An article's lead photo, cropped 16:9 (what WeChat, X and Facebook show best); else its street's card. */
export function articleShareImage(c: Content, a: Article): ShareImage {
  const lead = leadPhoto(a.figures);
  if (!lead) return streetShareImage(c, a.streetId);
  const crop = shareCrops(lead.photo).find((x) => x.ratio === '16x9');
  return crop ? { path: crop.path, width: crop.width, height: crop.height, alt: altText(lead) } : streetShareImage(c, a.streetId);
}

export interface PageMeta {
  title: string;
  description: string;
  path: string;
  type?: 'website' | 'article';
  publishedTime?: string;
  /** Feeds announced with <link rel="alternate">, by MIME type. */
  feeds?: Record<string, { url: string; title: string }[]>;
  /** The picture a shared link shows; the site's card when not given. */
  image?: ShareImage;
}

export function pageMetadata({ title, description, path, type = 'website', publishedTime, feeds, image = siteShareImage() }: PageMeta): Metadata {
  const url = absoluteUrl(path);
  const fullTitle = path === '/' ? title : `${title} | ${SITE_NAME}`;
  const summary = description.length > 150 ? `${[...description].slice(0, 150).join('')}……` : description;
  return {
    title: { absolute: fullTitle },
    description: summary,
    alternates: { canonical: url, ...(feeds ? { types: feeds } : {}) },
    openGraph: {
      title: fullTitle,
      description: summary,
      url,
      siteName: SITE_NAME,
      locale: 'zh_CN',
      type,
      ...(publishedTime ? { publishedTime } : {}),
      images: [{ url: absoluteUrl(image.path), width: image.width, height: image.height, alt: image.alt }],
    },
    twitter: { card: 'summary_large_image', title: fullTitle, description: summary },
  };
}
