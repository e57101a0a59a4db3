import { sitemapFileParams, sitemapFileRoute } from '@/lib/publish';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = sitemapFileParams;
export const GET = sitemapFileRoute;
