import { residenceFeed, residenceParams } from '@/lib/feed-routes';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = residenceParams;
export const GET = residenceFeed('atom');
