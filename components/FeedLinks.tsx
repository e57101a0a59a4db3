import { FEED_FORMATS, feedPath, type FeedFormat, type FeedScope } from '@/lib/publish';

/** Visible subscribe links for a page's feeds (the same ones its <link rel="alternate"> tags announce). */
export function FeedLinks({ scope }: { scope: FeedScope | undefined }) {
  if (!scope) return null;
  return (
    <p className="mt-2 text-sm text-muted">
      订阅：
      {(Object.keys(FEED_FORMATS) as FeedFormat[]).map((f, i) => (
        <span key={f}>
          {i > 0 && ' · '}
          <a href={feedPath(scope, f)} type={FEED_FORMATS[f].type}>
            {FEED_FORMATS[f].label}
          </a>
        </span>
      ))}
    </p>
  );
}
