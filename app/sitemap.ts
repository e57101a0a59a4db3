import type { MetadataRoute } from 'next';
import { getContent } from '@/lib/publish';
import { sitemapEntries } from '@/lib/publish';

export const dynamic = 'force-static';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries(await getContent());
}
