import { notFound } from 'next/navigation';
import { getContent } from '@/lib/publish';
import { eagerFirstPhoto, shiftHeadings } from '@/lib/content';
import { articleShareImage, pageMetadata } from '@/lib/publish';
import { toShanghaiDateTime } from '@/lib/content';
import { articlePages, excerpt, href, neighbours, placeCrumbs, relatedArticles, residenceLabel, streetName } from '@/lib/publish';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { ArticleBody } from '@/components/ArticleBody';
import { ArticleHeader } from '@/components/ArticleHeader';
import { ArticleLinkList } from '@/components/ArticleCard';
import { DateText } from '@/components/DateText';
import { JsonLd } from '@/components/JsonLd';
import { ReadAloud } from '@/components/ReadAloud';
import { breadcrumbJsonLd, newsArticleJsonLd } from '@/lib/publish';
import { formatChineseDate } from '@/lib/content';

type Props = { params: Promise<{ edition: string; article: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getContent()).articles.map((a) => ({ edition: a.editionId, article: a.slug }));
}

export async function generateMetadata({ params }: Props) {
  const { edition, article } = await params;
  const c = await getContent();
  const a = c.article.get(`${edition}/${article}`);
  if (!a) return {};
  return pageMetadata({ title: a.title, description: excerpt(a, 80), path: href.article(a), type: 'article', publishedTime: toShanghaiDateTime(a.date), image: articleShareImage(c, a) });
}

export default async function ArticlePage({ params }: Props) {
  const { edition, article } = await params;
  const c = await getContent();
  const a = c.article.get(`${edition}/${article}`);
  const e = c.edition.get(edition);
  if (!a || !e) notFound();
  const { previous, next } = neighbours(c, a);
  const related = relatedArticles(c, a, 4);
  const residences = a.residenceIds.map((id) => c.gazetteer.residence.get(id)).filter((r) => r !== undefined);
  const awards = a.awardIds.map((id) => c.award.get(id)).filter((w) => w !== undefined);
  const places = placeCrumbs(c, a.streetId, residences.length === 1 ? residences[0].id : undefined);
  // Structured data names the article as the trail's end; the visible trail stops above the headline.
  const crumbs = [...places, { label: a.title }];
  return (
    <>
      <Breadcrumbs crumbs={places} endsAbove />
      <JsonLd data={newsArticleJsonLd(c, a)} />
      <JsonLd data={breadcrumbJsonLd(crumbs, href.article(a))} />
      {/* Pagefind indexes only the title and body; the rest of the article is ignored. */}
      <article data-pagefind-body="" data-read-source="">
        <span hidden data-pagefind-meta={`street:${streetName(c, a.streetId)}`} />
        <span hidden data-pagefind-meta={`date:${formatChineseDate(a.date)}${e.inferred.date ? '（推定）' : ''}`} />
        <span hidden data-pagefind-filter={`street:${streetName(c, a.streetId)}`} />
        {residences.map((r) => (
          <span key={r.id} hidden data-pagefind-filter={`residence:${residenceLabel(r)}`} />
        ))}
        <ArticleHeader article={a} level={1} />
        <dl data-pagefind-ignore="all" className="meta-list mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
          <div>
            <dt>日期：</dt>
            <dd>
              <DateText date={a.date} inferred={Boolean(e.inferred.date)} />
            </dd>
          </div>
          <div>
            <dt>报纸：</dt>
            <dd>
              <a href={href.edition(e.id)}>{streetName(c, e.streetId)}版</a>
              {a.section && <> · {a.section}</>}
            </dd>
          </div>
          {/* 数字报: where it was printed, each page a link to its place there. */}
          {a.regions.length > 0 && (
            <div>
              <dt>版面：</dt>
              <dd>
                {articlePages(a).map((n, i) => (
                  <span key={n}>
                    {i > 0 && '、'}
                    <a href={href.region(a, n)}>见第{n}版</a>
                  </span>
                ))}
              </dd>
            </div>
          )}
          {/* The trail above names the street and a single residential area; several are listed here. */}
          {residences.length > 1 && (
            <div>
              <dt>居民区：</dt>
              <dd>
                {residences.map((r, i) => (
                  <span key={r.id}>
                    {i > 0 && '、'}
                    <a href={href.residence(r.id)}>{residenceLabel(r)}</a>
                  </span>
                ))}
              </dd>
            </div>
          )}
        </dl>
        <ReadAloud />
        <div className="mt-6">
          <ArticleBody html={eagerFirstPhoto(shiftHeadings(a.html, -1))} />
          {a.credit && <p className="max-w-measure text-right text-muted">（{a.credit}）</p>}
        </div>
        {awards.length > 0 && (
          <section data-pagefind-ignore="all" aria-labelledby="awards" className="mt-8 max-w-measure rounded border border-rule bg-surface p-4">
            <h2 id="awards" className="font-bold">本文报道的奖项</h2>
            <ul className="mt-2 list-disc pl-5">
              {awards.map((w) => (
                <li key={w.id}>
                  <a href={href.award(w.id)}>
                    {w.level}：{w.recipient}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        )}
      </article>

      <nav aria-label="同期文章" className="neighbours">
        {previous ? (
          <a href={href.article(previous)} rel="prev">
            <span>上一篇</span>
            {previous.title}
          </a>
        ) : (
          <span />
        )}
        {next && (
          <a href={href.article(next)} rel="next">
            <span>下一篇</span>
            {next.title}
          </a>
        )}
      </nav>

      {related.length > 0 && (
        <section aria-labelledby="related" data-secondary="" className="no-print mt-10">
          <h2 id="related">相关文章</h2>
          <ArticleLinkList content={c} articles={related} />
        </section>
      )}
    </>
  );
}
