import { notFound } from 'next/navigation';
import { getContent, pageMetadata, streetShareImage, href, placeCrumbs, residenceLabel, streetName, feedAlternates, residenceScope, breadcrumbJsonLd, pageCount, pageHref, pageSegments, pageSlice, parsePageSegment, siteParams } from '@/lib/publish';
import { FeedLinks } from '@/components/FeedLinks';
import { JsonLd } from '@/components/JsonLd';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { ArticleList } from '@/components/ArticleCard';
import { HonourRoll } from '@/components/HonourRoll';
import { Pagination } from '@/components/Pagination';

type Props = { params: Promise<{ residence: string; page?: string[] }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  const c = await getContent();
  return siteParams(
    'residences',
    c.gazetteer.residences.flatMap((r) => pageSegments(pageCount(c.articlesByResidence.get(r.id)?.length ?? 0)).map((page) => ({ residence: r.id, page }))),
    (p) => p.residence,
  );
}

async function resolve(params: Props['params']) {
  const { residence, page: segment } = await params;
  const c = await getContent();
  const r = c.gazetteer.residence.get(residence);
  const articles = r ? (c.articlesByResidence.get(r.id) ?? []) : [];
  const pages = pageCount(articles.length);
  const page = parsePageSegment(segment, pages);
  return r && page ? { c, r, articles, page, pages } : undefined;
}

export async function generateMetadata({ params }: Props) {
  const x = await resolve(params);
  if (!x) return {};
  const { c, r, articles, page, pages } = x;
  const of = page > 1 ? `（第${page}页，共${pages}页）` : '';
  return pageMetadata({ title: `${residenceLabel(r)}（${streetName(c, r.streetId)}）${of}`, description: `${streetName(c, r.streetId)}${residenceLabel(r)}的社区新闻：${articles.length}篇文章及获奖情况。${of}`, path: pageHref(href.residence(r.id), page), feeds: feedAlternates({ path: href.residence(r.id), title: `${streetName(c, r.streetId)}${residenceLabel(r)}` }), image: streetShareImage(c, r.streetId) });
}

export default async function ResidencePage({ params }: Props) {
  const x = await resolve(params);
  if (!x) notFound();
  const { c, r, articles, page, pages } = x;
  const awards = page === 1 ? (c.awardsByResidence.get(r.id) ?? []) : [];
  return (
    <>
      <Breadcrumbs crumbs={page > 1 ? [...placeCrumbs(c, r.streetId, r.id), { label: `第${page}页` }] : placeCrumbs(c, r.streetId, r.id)} />
      <h1>
        {residenceLabel(r)}
        {page > 1 && <span className="text-xl font-normal text-muted">（第{page}页，共{pages}页）</span>}
      </h1>
      <JsonLd data={breadcrumbJsonLd(placeCrumbs(c, r.streetId, r.id), href.residence(r.id))} />
      <p className="text-muted">
        <a href={href.street(r.streetId)}>{streetName(c, r.streetId)}</a>
      </p>
      <FeedLinks scope={residenceScope(c, r.id)} />
      {awards.length > 0 && (
        <section aria-labelledby="awards" className="mt-6 rounded border border-rule bg-surface p-4">
          <h2 id="awards" className="mb-2">获奖</h2>
          <HonourRoll content={c} awards={awards} headingLevel={3} />
        </section>
      )}
      <section aria-labelledby="articles" className="mt-6">
        <h2 id="articles">相关文章</h2>
        <ArticleList content={c} articles={pageSlice(articles, page)} showStreet={false} />
        <Pagination base={href.residence(r.id)} page={page} pages={pages} />
      </section>
    </>
  );
}
