import { sitemapIndexRoute } from '@/lib/publish';

export const dynamic = 'force-static';
export const GET = sitemapIndexRoute;
