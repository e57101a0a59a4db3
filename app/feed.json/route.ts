import { siteFeed } from '@/lib/publish';

export const dynamic = 'force-static';
export const GET = siteFeed('json');
