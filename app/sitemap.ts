import type { MetadataRoute } from 'next';
import { getContent } from '@/lib/content';
import { sitemapEntries } from '@/lib/sitemap';

export const dynamic = 'force-static';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries(await getContent());
}
