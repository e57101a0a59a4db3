/** Route handlers for every feed, so each route file is three lines Next can read statically. */
import { getContent } from './content';
import { storedSize } from '../photos';
import { feedResponse, residenceScope, siteScope, streetScope, type FeedFormat } from './feeds';

export function siteFeed(format: FeedFormat) {
  return async () => {
    const c = await getContent();
    return feedResponse(c, siteScope(c), format, storedSize);
  };
}

export function streetFeed(format: FeedFormat) {
  return async (_request: Request, { params }: { params: Promise<{ street: string }> }) => {
    const c = await getContent();
    return feedResponse(c, streetScope(c, (await params).street), format, storedSize);
  };
}

export function residenceFeed(format: FeedFormat) {
  return async (_request: Request, { params }: { params: Promise<{ residence: string }> }) => {
    const c = await getContent();
    return feedResponse(c, residenceScope(c, (await params).residence), format, storedSize);
  };
}

export const streetParams = async () => (await getContent()).gazetteer.streets.map((s) => ({ street: s.id }));
export const residenceParams = async () => (await getContent()).gazetteer.residences.map((r) => ({ residence: r.id }));
