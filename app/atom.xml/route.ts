import { siteFeed } from '@/lib/feed-routes';

export const dynamic = 'force-static';
export const GET = siteFeed('atom');
