/** Route handlers for every feed, so each route file is three lines Next can read statically. */
import { getContent } from './content';
import { feedResponse, residenceScope, siteScope, streetScope, type FeedFormat } from './feeds';

export function siteFeed(format: FeedFormat) {
  return () => {
    const c = getContent();
    return feedResponse(c, siteScope(c), format);
  };
}

export function streetFeed(format: FeedFormat) {
  return async (_request: Request, { params }: { params: Promise<{ street: string }> }) => {
    const c = getContent();
    return feedResponse(c, streetScope(c, (await params).street), format);
  };
}

export function residenceFeed(format: FeedFormat) {
  return async (_request: Request, { params }: { params: Promise<{ residence: string }> }) => {
    const c = getContent();
    return feedResponse(c, residenceScope(c, (await params).residence), format);
  };
}

export const streetParams = () => getContent().gazetteer.streets.map((s) => ({ street: s.id }));
export const residenceParams = () => getContent().gazetteer.residences.map((r) => ({ residence: r.id }));
