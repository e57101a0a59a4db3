import { Picture } from '@/components/Picture';
import { pictureModel, SIZES } from '@/lib/photos';
import { href, regionId } from '@/lib/publish';
import type { Article, Page } from '@/lib/content';

/** Every printed page of an edition as a small picture, the current one marked. */
export function PageThumbnails({ editionId, pages, current }: { editionId: string; pages: readonly Page[]; current?: number }) {
  return (
    <ol className="page-thumbs mt-2">
      {pages.map((p) => (
        <li key={p.number}>
          <a href={href.page(editionId, p.number)} aria-current={p.number === current ? 'page' : undefined}>
            <Picture model={pictureModel(p.photo, '', '6rem')} />
            <span>第{p.number}版</span>
          </a>
        </li>
      ))}
    </ol>
  );
}

/**
 * A printed page (数字报) with each article's place on it as a link: an SVG
 * over the page image, its <a> elements in reading order, so the page works
 * with a keyboard, a screen reader and no JavaScript (an image map's areas
 * have no visible focus and no place in a phone layout). Coordinates are in
 * percent of the page; the SVG stretches with the image.
 */
export function PrintedPage({ page, articles, label }: { page: Page; articles: readonly Article[]; label: string }) {
  const regions = articles.flatMap((a) => a.regions.filter((r) => r.page === page.number).map((r, i) => ({ a, r, first: i === 0 })));
  return (
    <div className="printed-page">
      <Picture model={pictureModel(page.photo, label, SIZES.page)} loading="eager" />
      <svg viewBox="0 0 100 100" preserveAspectRatio="none" aria-label={`${label}：点选文章`} role="group">
        {regions.map(({ a, r, first }) => (
          <a key={`${a.id}-${r.line}`} href={href.article(a)} id={first ? regionId(a.slug) : undefined} aria-label={a.title}>
            <rect x={r.x} y={r.y} width={r.width} height={r.height} />
          </a>
        ))}
      </svg>
    </div>
  );
}
