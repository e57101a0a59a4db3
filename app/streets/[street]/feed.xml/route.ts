import { streetFeed, streetParams } from '@/lib/publish';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = streetParams;
export const GET = streetFeed('rss');
