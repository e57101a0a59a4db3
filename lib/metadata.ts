/** The one helper that builds every page's metadata: title, description, canonical URL, Open Graph. */
import type { Metadata } from 'next';
import { SITE_NAME, absoluteUrl } from './config';

export interface PageMeta {
  title: string;
  description: string;
  path: string;
  type?: 'website' | 'article';
  publishedTime?: string;
  /** Feeds announced with <link rel="alternate">, by MIME type. */
  feeds?: Record<string, { url: string; title: string }[]>;
}

export function pageMetadata({ title, description, path, type = 'website', publishedTime, feeds }: PageMeta): Metadata {
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
    },
    twitter: { card: 'summary', title: fullTitle, description: summary },
  };
}
