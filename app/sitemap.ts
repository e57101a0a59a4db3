import type { MetadataRoute } from 'next';
import { getContent, sitemapEntries } from '@/lib/publish';

export const dynamic = 'force-static';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries(await getContent());
}
