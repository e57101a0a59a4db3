import { residenceFeed, residenceParams } from '@/lib/publish';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = residenceParams;
export const GET = residenceFeed('json');
