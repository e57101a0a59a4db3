import { notFound } from 'next/navigation';
import { getContent, articleShareImage, pageMetadata, excerpt, href, neighbours, placeCrumbs, relatedArticles, breadcrumbJsonLd, newsArticleJsonLd, siteParams } from '@/lib/publish';
import { type Article, type Award, type Content, eagerFirstPhoto, type Edition, type Residence, shiftHeadings, toShanghaiDateTime } from '@/lib/content';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { ArticleBody } from '@/components/ArticleBody';
import { ArticleHeader } from '@/components/ArticleHeader';
import { ArticleLinkList } from '@/components/ArticleCard';
import { JsonLd } from '@/components/JsonLd';
import { ReadAloud } from '@/components/ReadAloud';
import { PrintCheck } from '@/components/PrintCheck';
import { ArticleAwards, ArticleMeta, NeighbourLinks } from './ArticleParts';

type Props = { params: Promise<{ edition: string; article: string }> };

/** Where `npm run dev` serves content/media/ (scripts/dev.ts): set only under next dev, so the built site never shows the print check. */
const DEV_MEDIA = process.env.NODE_ENV === 'development' ? process.env.CHENBAO_DEV_MEDIA : undefined;

export const dynamicParams = false;

export async function generateStaticParams() {
  return siteParams('editions', (await getContent()).articles.map((a) => ({ edition: a.editionId, article: a.slug })), (p) => p.edition);
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
      {/* The search index is built from the records (scripts/search-index.ts), not from this page. */}
      {DEV_MEDIA && a.regions.length > 0 ? (
        <div className="print-check-layout">
          <ArticleContent content={c} article={a} edition={e} residences={residences} awards={awards} />
          <PrintCheck article={a} pages={e.pages} mediaBase={DEV_MEDIA} />
        </div>
      ) : (
        <ArticleContent content={c} article={a} edition={e} residences={residences} awards={awards} />
      )}

      <NeighbourLinks previous={previous} next={next} />

      {related.length > 0 && (
        <section aria-labelledby="related" data-secondary="" className="no-print mt-10">
          <h2 id="related">相关文章</h2>
          <ArticleLinkList content={c} articles={related} />
        </section>
      )}
    </>
  );
}

/** The article itself: the same with and without the print check beside it. */
function ArticleContent({ content: c, article: a, edition: e, residences, awards }: { content: Content; article: Article; edition: Edition; residences: Residence[]; awards: Award[] }) {
  return (
    <article data-read-source="">
      <ArticleHeader article={a} level={1} />
      <ArticleMeta content={c} article={a} edition={e} residences={residences} />
      <ReadAloud />
      <div className="mt-6">
        <ArticleBody html={eagerFirstPhoto(shiftHeadings(a.html, -1))} />
        {a.credit && <p className="max-w-measure text-right text-muted">（{a.credit}）</p>}
      </div>
      <ArticleAwards awards={awards} />
    </article>
  );
}
