import { notFound } from 'next/navigation';
import { getContent } from '@/lib/content';
import { pageMetadata } from '@/lib/metadata';
import { href, placeCrumbs } from '@/lib/site';
import { feedAlternates, streetScope } from '@/lib/feeds';
import { breadcrumbJsonLd } from '@/lib/jsonld';
import { FeedLinks } from '@/components/FeedLinks';
import { JsonLd } from '@/components/JsonLd';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { ArticleList } from '@/components/ArticleCard';
import { DateText } from '@/components/DateText';
import { HonourRoll } from '@/components/HonourRoll';
import { ResidenceList } from '@/components/ResidenceList';

type Props = { params: Promise<{ street: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getContent().gazetteer.streets.map((s) => ({ street: s.id }));
}

export async function generateMetadata({ params }: Props) {
  const { street } = await params;
  const c = getContent();
  const s = c.gazetteer.street.get(street);
  if (!s) return {};
  const district = c.gazetteer.district.get(s.districtId)?.name ?? '';
  const n = c.articlesByStreet.get(s.id)?.length ?? 0;
  return pageMetadata({ title: s.name, description: `${district}${s.name}的社区晨报：${n}篇文章、各居民区新闻和获奖情况。`, path: href.street(s.id), feeds: feedAlternates({ path: href.street(s.id), title: s.name }) });
}

export default async function StreetPage({ params }: Props) {
  const { street } = await params;
  const c = getContent();
  const s = c.gazetteer.street.get(street);
  if (!s) notFound();
  const editions = c.editionsByStreet.get(s.id) ?? [];
  const residences = c.gazetteer.residences.filter((r) => r.streetId === s.id);
  const awards = c.awardsByStreet.get(s.id) ?? [];
  return (
    <>
      <Breadcrumbs crumbs={placeCrumbs(c, s.id)} />
      <JsonLd data={breadcrumbJsonLd(placeCrumbs(c, s.id), href.street(s.id))} />
      <h1 className="font-serif text-headline font-bold">{s.name}</h1>
      <FeedLinks scope={streetScope(c, s.id)} />
      <div className="mt-6 grid gap-10 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="articles">
          <h2 id="articles" className="font-serif text-xl font-bold">文章</h2>
          <ArticleList content={c} articles={c.articlesByStreet.get(s.id) ?? []} showStreet={false} />
        </section>
        <div className="space-y-8">
          <section aria-labelledby="editions">
            <h2 id="editions" className="font-serif text-xl font-bold">各期报纸</h2>
            {editions.length ? (
              <ul className="mt-2 list-disc pl-5">
                {editions.map((e) => (
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
          </section>
          <section aria-labelledby="residences">
            <h2 id="residences" className="mb-3 font-serif text-xl font-bold">居民区</h2>
            <ResidenceList content={c} residences={residences} />
          </section>
        </div>
      </div>
      {awards.length > 0 && (
        <section aria-labelledby="awards" className="mt-10">
          <h2 id="awards" className="mb-4 font-serif text-xl font-bold">获奖</h2>
          <HonourRoll content={c} awards={awards} headingLevel={3} />
        </section>
      )}
    </>
  );
}
