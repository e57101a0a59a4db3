import { notFound } from 'next/navigation';
import { getContent, pageMetadata, streetShareImage, href, placeCrumbs, feedAlternates, streetScope, breadcrumbJsonLd, pageCount, pageHref, pageSegments, pageSlice, parsePageSegment, siteParams } from '@/lib/publish';
import { FeedLinks } from '@/components/FeedLinks';
import { JsonLd } from '@/components/JsonLd';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { ArticleList } from '@/components/ArticleCard';
import { DateText } from '@/components/DateText';
import { HonourRoll } from '@/components/HonourRoll';
import { ResidenceList } from '@/components/ResidenceList';
import { MyStreetButton } from '@/components/MyStreetButton';
import { Pagination } from '@/components/Pagination';

type Props = { params: Promise<{ street: string; page?: string[] }> };

export const dynamicParams = false;

/** How many of a street's latest editions its first page lists; the archive has them all. */
const LATEST_EDITIONS = 12;

export async function generateStaticParams() {
  const c = await getContent();
  return siteParams(
    'streets',
    c.gazetteer.streets.flatMap((s) => pageSegments(pageCount(c.articlesByStreet.get(s.id)?.length ?? 0)).map((page) => ({ street: s.id, page }))),
    (p) => p.street,
  );
}

async function resolve(params: Props['params']) {
  const { street, page: segment } = await params;
  const c = await getContent();
  const s = c.gazetteer.street.get(street);
  const articles = s ? (c.articlesByStreet.get(s.id) ?? []) : [];
  const pages = pageCount(articles.length);
  const page = parsePageSegment(segment, pages);
  return s && page ? { c, s, articles, page, pages } : undefined;
}

export async function generateMetadata({ params }: Props) {
  const r = await resolve(params);
  if (!r) return {};
  const { c, s, articles, page, pages } = r;
  const district = c.gazetteer.district.get(s.districtId)?.name ?? '';
  const of = page > 1 ? `（第${page}页，共${pages}页）` : '';
  return pageMetadata({ title: `${s.name}${of}`, description: `${district}${s.name}的社区晨报：${articles.length}篇文章、各居民区新闻和获奖情况。${of}`, path: pageHref(href.street(s.id), page), feeds: feedAlternates({ path: href.street(s.id), title: s.name }), image: streetShareImage(c, s.id) });
}

export default async function StreetPage({ params }: Props) {
  const r = await resolve(params);
  if (!r) notFound();
  const { c, s, articles, page, pages } = r;
  const editions = c.editionsByStreet.get(s.id) ?? [];
  const residences = c.gazetteer.residences.filter((x) => x.streetId === s.id);
  const awards = c.awardsByStreet.get(s.id) ?? [];
  if (page > 1) {
    return (
      <>
        <Breadcrumbs crumbs={[...placeCrumbs(c, s.id), { label: `第${page}页` }]} />
        <h1>
          {s.name}
          <span className="text-xl font-normal text-muted">（第{page}页，共{pages}页）</span>
        </h1>
        <section aria-labelledby="articles" className="mt-6">
          <h2 id="articles">文章</h2>
          <ArticleList content={c} articles={pageSlice(articles, page)} showStreet={false} />
          <Pagination base={href.street(s.id)} page={page} pages={pages} />
        </section>
      </>
    );
  }
  return (
    <>
      <Breadcrumbs crumbs={placeCrumbs(c, s.id)} />
      <JsonLd data={breadcrumbJsonLd(placeCrumbs(c, s.id), href.street(s.id))} />
      <h1>{s.name}</h1>
      <div className="mt-2 flex flex-wrap items-center gap-4">
        <MyStreetButton streetId={s.id} />
        <FeedLinks scope={streetScope(c, s.id)} />
      </div>
      <div className="mt-6 grid gap-10 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="articles">
          <h2 id="articles">文章</h2>
          <ArticleList content={c} articles={pageSlice(articles, 1)} showStreet={false} />
          <Pagination base={href.street(s.id)} page={1} pages={pages} />
        </section>
        <div className="space-y-8">
          <section aria-labelledby="editions">
            <h2 id="editions">各期报纸</h2>
            {editions.length ? (
              <ul className="mt-2 list-disc pl-5">
                {editions.slice(0, LATEST_EDITIONS).map((e) => (
                  <li key={e.id}>
                    <a href={href.edition(e.id)}>
                      <DateText date={e.date} inferred={Boolean(e.inferred.date)} />
                    </a>
                    <span className="text-sm text-muted"> · {e.articleIds.length}篇</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-muted">暂无报纸。</p>
            )}
            {editions.length > LATEST_EDITIONS && (
              <p className="mt-2 text-sm">
                共{editions.length}期，更早的报纸见<a href={href.archive()}>往期</a>。
              </p>
            )}
          </section>
          <section aria-labelledby="residences">
            <h2 id="residences" className="mb-3">居民区</h2>
            <ResidenceList content={c} residences={residences} />
          </section>
        </div>
      </div>
      {awards.length > 0 && (
        <section aria-labelledby="awards" className="mt-10">
          <h2 id="awards" className="mb-4">获奖</h2>
          <HonourRoll content={c} awards={awards} headingLevel={3} />
        </section>
      )}
    </>
  );
}
