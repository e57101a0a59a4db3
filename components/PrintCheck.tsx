import type { Article, Page } from '@/lib/content';

/**
 * 印刷版对照, in `npm run dev` only: an imported article beside the crops of
 * the printed pages it came from (its @版面 regions), so an editor sees a
 * wrong join at a glance (a paragraph that belongs to the article beside it,
 * a caption taken for text). Each crop is an SVG whose view box is the
 * region, over the whole page image served by the dev wrapper
 * (scripts/dev.ts) straight from content/media/. The built site never has it.
 */
export function PrintCheck({ article, pages, mediaBase }: { article: Article; pages: readonly Page[]; mediaBase: string }) {
  const crops = article.regions.flatMap((r) => {
    const page = pages.find((p) => p.number === r.page);
    return page ? [{ r, page }] : [];
  });
  if (crops.length === 0) return null;
  return (
    <aside aria-labelledby="print-check" className="print-check">
      <h2 id="print-check" className="font-bold">印刷版对照</h2>
      <p className="text-sm text-muted">只在 npm run dev 里显示：这篇文字应当就是印刷版上框出的这一块（宽屏在右边，手机上在文章下面）。不对时改 Markdown 文件，保存后这里自动刷新。</p>
      {crops.map(({ r, page }) => {
        const { width: w, height: h } = page.photo;
        const box = [(r.x * w) / 100, (r.y * h) / 100, (r.width * w) / 100, (r.height * h) / 100].map((n) => Math.round(n)).join(' ');
        return (
          <figure key={r.line}>
            <svg viewBox={box} role="img" aria-label={`第${r.page}版上的这一块`}>
              <image href={`${mediaBase}/${page.photo.file}`} width={w} height={h} preserveAspectRatio="none" />
            </svg>
            <figcaption className="text-sm text-muted">
              第{r.page}版 · 文件第{r.line}行的 @版面
            </figcaption>
          </figure>
        );
      })}
    </aside>
  );
}
