import { pageHref, pageWindow } from '@/lib/publish';

/** 上一页 · 1 … 4 5 6 … 20 · 下一页, as plain links: every page works without JavaScript. */
export function Pagination({ base, page, pages }: { base: string; page: number; pages: number }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="分页" className="pager no-print mt-6">
      <ul>
        {page > 1 && (
          <li>
            <a href={pageHref(base, page - 1)} rel="prev">
              上一页
            </a>
          </li>
        )}
        {pageWindow(page, pages).map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={n}>
              {n === page ? (
                <span aria-current="page">{n}</span>
              ) : (
                <a href={pageHref(base, n)} aria-label={`第${n}页`}>
                  {n}
                </a>
              )}
            </li>
          ),
        )}
        {page < pages && (
          <li>
            <a href={pageHref(base, page + 1)} rel="next">
              下一页
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
