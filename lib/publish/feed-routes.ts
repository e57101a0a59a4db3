/** Route handlers for every feed, so each route file is three lines Next can read statically. */
import { getContent } from './content';
import { siteParams } from './shard';
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

/**
 * A street's and an area's feeds are built with its listing (siteParams): a shard builds those of its own streets and
 * areas, and an incremental build those of the places a changed edition prints in (a feed shows nothing else), not
 * the city's 8,600 feeds every time.
 */
export const streetParams = async () =>
  siteParams(
    'streets',
    (await getContent()).gazetteer.streets.map((s) => ({ street: s.id })),
    (p) => p.street,
  );
export const residenceParams = async () =>
  siteParams(
    'residences',
    (await getContent()).gazetteer.residences.map((r) => ({ residence: r.id })),
    (p) => p.residence,
  );
