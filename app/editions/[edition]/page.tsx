import { notFound } from 'next/navigation';
import { getContent, articleShareImage, pageMetadata, editionArticles, editionLabel, hasOriginalPdf, href, placeCrumbs, streetName, siteParams } from '@/lib/publish';
import { shiftHeadings, leadPhoto, formatChineseDate } from '@/lib/content';
import { PageThumbnails } from '@/components/PrintedPage';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { ArticleBody } from '@/components/ArticleBody';
import { ArticleHeader } from '@/components/ArticleHeader';
import { DateText } from '@/components/DateText';
import type { Article } from '@/lib/content';

type Props = { params: Promise<{ edition: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  return siteParams('editions', (await getContent()).editions.map((e) => ({ edition: e.id })), (p) => p.edition);
}

export async function generateMetadata({ params }: Props) {
  const { edition } = await params;
  const c = await getContent();
  const e = c.edition.get(edition);
  if (!e) return {};
  const titles = editionArticles(c, e).map((a) => a.title).join('；');
  return pageMetadata({ title: `${streetName(c, e.streetId)}版 ${formatChineseDate(e.date)}`, description: `本期要目：${titles}`, path: href.edition(e.id), image: articleShareImage(c, editionArticles(c, e).find((a) => leadPhoto(a.figures)) ?? editionArticles(c, e)[0]) });
}

/** Consecutive articles of the same section, in printed order. */
function sections(articles: readonly Article[]): { name?: string; articles: Article[] }[] {
  const out: { name?: string; articles: Article[] }[] = [];
  for (const a of articles) {
    const last = out[out.length - 1];
    if (last && last.name === a.section) last.articles.push(a);
    else out.push({ name: a.section, articles: [a] });
  }
  return out;
}

export default async function EditionPage({ params }: Props) {
  const { edition } = await params;
  const c = await getContent();
  const e = c.edition.get(edition);
  if (!e) notFound();
  const articles = editionArticles(c, e);
  const groups = sections(articles);
  return (
    <div className="print-columns">
      <Breadcrumbs crumbs={[...placeCrumbs(c, e.streetId), { label: formatChineseDate(e.date) }]} />
      <header className="border-b border-rule pb-4">
        <h1>{streetName(c, e.streetId)}版</h1>
        <p className="mt-1 text-muted">
          <DateText date={e.date} inferred={Boolean(e.inferred.date)} />
          {e.issue && <> · {e.issue}</>}
          {e.publisher && <> · {e.publisher}</>}
        </p>
        {Object.keys(e.inferred).length > 0 && (
          <details className="no-print mt-2 text-sm text-muted">
            <summary className="cursor-pointer">关于本期的推定信息</summary>
            <dl className="meta-list mt-2 space-y-1">
              {Object.entries(e.inferred).map(([field, why]) => (
                <div key={field}>
                  <dt className="font-medium">{field === 'date' ? '出版日期' : field === 'sections' ? '栏目' : field === 'layout' ? '版面顺序' : field}：</dt>
                  <dd>{why}</dd>
                </div>
              ))}
            </dl>
          </details>
        )}
      </header>

      {e.pages.length > 0 && (
        <nav aria-labelledby="pages" className="no-print mt-6">
          <h2 id="pages" className="font-bold">数字报 · 版面</h2>
          <PageThumbnails editionId={e.id} pages={e.pages} />
          {hasOriginalPdf(e) && (
            <p className="mt-2 text-sm">
              <a href={href.pdf(e.id)} type="application/pdf" download>
                下载原版 PDF
              </a>
            </p>
          )}
        </nav>
      )}

      <nav aria-labelledby="toc" className="no-print my-6 rounded border border-rule bg-surface p-4">
        <h2 id="toc" className="font-bold">本期目录</h2>
        <ol className="mt-2 list-decimal space-y-1 pl-6">
          {articles.map((a) => (
            <li key={a.id}>
              <a href={`#a-${a.slug}`}>{a.title}</a>
              {a.section && <span className="text-sm text-muted"> · {a.section}</span>}
            </li>
          ))}
        </ol>
      </nav>

      {groups.map((g, gi) => (
        <section key={`${g.name ?? ''}-${gi}`} aria-label={g.name ?? editionLabel(c, e)} className="mt-8">
          {g.name && <h2 className="border-b-2 border-accent pb-1 text-accent">{g.name}</h2>}
          {g.articles.map((a) => (
            <article key={a.id} className="edition-article">
              <ArticleHeader article={a} level={g.name ? 3 : 2} link={href.article(a)} />
              <ArticleBody html={shiftHeadings(a.html, g.name ? 1 : 0)} />
              {a.credit && <p className="max-w-measure text-right text-muted">（{a.credit}）</p>}
            </article>
          ))}
        </section>
      ))}
    </div>
  );
}
