import { notFound } from 'next/navigation';
import { getContent, pageMetadata, editionArticles, hasOriginalPdf, href, placeCrumbs, streetName, siteParams } from '@/lib/publish';
import { formatChineseDate } from '@/lib/content';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { PageThumbnails, PrintedPage } from '@/components/PrintedPage';

type Props = { params: Promise<{ edition: string; page: string }> };

export const dynamicParams = false;

/**
 * Next refuses an empty list here with `output: 'export'` (a route with no
 * params "is missing generateStaticParams"), and the launch content keeps no
 * pages; the placeholder it gets instead is built as a 404 page and deleted by
 * the post-build step (scripts/postbuild.ts).
 */
const NO_PAGES = { edition: '_no-pages', page: '0' };

export async function generateStaticParams() {
  const params = siteParams('editions', (await getContent()).editions.flatMap((e) => e.pages.map((p) => ({ edition: e.id, page: String(p.number) }))), (p) => p.edition);
  return params.length ? params : [NO_PAGES];
}

export async function generateMetadata({ params }: Props) {
  const { edition, page } = await params;
  const c = await getContent();
  const e = c.edition.get(edition);
  const p = e?.pages.find((x) => String(x.number) === page);
  if (!e || !p) return {};
  const titles = editionArticles(c, e).filter((a) => a.regions.some((r) => r.page === p.number)).map((a) => a.title);
  return pageMetadata({ title: `${streetName(c, e.streetId)}版 ${formatChineseDate(e.date)} 第${p.number}版`, description: `本版文章：${titles.join('；')}`, path: href.page(e.id, p.number) });
}

export default async function PrintedPageView({ params }: Props) {
  const { edition, page } = await params;
  const c = await getContent();
  const e = c.edition.get(edition);
  const p = e?.pages.find((x) => String(x.number) === page);
  if (!e || !p) notFound();
  const label = `第${p.number}版`;
  // Reading order: the order the articles were printed in, which is the edition file's.
  const onPage = editionArticles(c, e).filter((a) => a.regions.some((r) => r.page === p.number));
  const prev = e.pages.find((x) => x.number === p.number - 1);
  const next = e.pages.find((x) => x.number === p.number + 1);
  const pdf = hasOriginalPdf(e);
  return (
    <>
      <Breadcrumbs crumbs={[...placeCrumbs(c, e.streetId), { label: formatChineseDate(e.date), href: href.edition(e.id) }, { label }]} />
      <header className="mb-4">
        <h1>
          {streetName(c, e.streetId)}版 · {label}
        </h1>
        <p className="mt-1 text-muted">
          {formatChineseDate(e.date)} · 共{e.pages.length}版 · <a href={href.edition(e.id)}>全部文章</a>
          {pdf && (
            <>
              {' '}
              · <a href={href.pdf(e.id)} type="application/pdf" download>下载原版 PDF</a>
            </>
          )}
        </p>
      </header>
      <div className="page-view">
        <PrintedPage page={p} articles={onPage} label={label} />
        <div>
          <nav aria-labelledby="page-toc" className="rounded border border-rule bg-surface p-4">
            <h2 id="page-toc" className="font-bold">本版目录</h2>
            <ol className="mt-2 list-decimal space-y-1 pl-6">
              {onPage.map((a) => (
                <li key={a.id}>
                  <a href={href.article(a)}>{a.title}</a>
                </li>
              ))}
            </ol>
          </nav>
          <nav aria-label="翻版" className="page-turn mt-4">
            {prev ? <a href={href.page(e.id, prev.number)} rel="prev">‹ 上一版（第{prev.number}版）</a> : <span />}
            {next ? <a href={href.page(e.id, next.number)} rel="next">下一版（第{next.number}版）›</a> : <span />}
          </nav>
        </div>
      </div>
      <nav aria-labelledby="all-pages" className="mt-8">
        <h2 id="all-pages" className="font-bold">全部版面</h2>
        <PageThumbnails editionId={e.id} pages={e.pages} current={p.number} />
      </nav>
    </>
  );
}
