import { notFound } from 'next/navigation';
import { getContent } from '@/lib/content';
import { pageMetadata } from '@/lib/metadata';
import { href, placeCrumbs, residenceLabel, streetName } from '@/lib/site';
import { feedAlternates, residenceScope } from '@/lib/feeds';
import { breadcrumbJsonLd } from '@/lib/jsonld';
import { FeedLinks } from '@/components/FeedLinks';
import { JsonLd } from '@/components/JsonLd';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { ArticleList } from '@/components/ArticleCard';
import { HonourRoll } from '@/components/HonourRoll';

type Props = { params: Promise<{ residence: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getContent().gazetteer.residences.map((r) => ({ residence: r.id }));
}

export async function generateMetadata({ params }: Props) {
  const { residence } = await params;
  const c = getContent();
  const r = c.gazetteer.residence.get(residence);
  if (!r) return {};
  const n = c.articlesByResidence.get(r.id)?.length ?? 0;
  return pageMetadata({ title: `${residenceLabel(r)}（${streetName(c, r.streetId)}）`, description: `${streetName(c, r.streetId)}${residenceLabel(r)}的社区新闻：${n}篇文章及获奖情况。`, path: href.residence(r.id), feeds: feedAlternates({ path: href.residence(r.id), title: `${streetName(c, r.streetId)}${residenceLabel(r)}` }) });
}

export default async function ResidencePage({ params }: Props) {
  const { residence } = await params;
  const c = getContent();
  const r = c.gazetteer.residence.get(residence);
  if (!r) notFound();
  const awards = c.awardsByResidence.get(r.id) ?? [];
  return (
    <>
      <Breadcrumbs crumbs={placeCrumbs(c, r.streetId, r.id)} />
      <h1 className="font-serif text-headline font-bold">{residenceLabel(r)}</h1>
      <JsonLd data={breadcrumbJsonLd(placeCrumbs(c, r.streetId, r.id), href.residence(r.id))} />
      <p className="text-muted">
        <a href={href.street(r.streetId)}>{streetName(c, r.streetId)}</a>
      </p>
      <FeedLinks scope={residenceScope(c, r.id)} />
      {awards.length > 0 && (
        <section aria-labelledby="awards" className="mt-6 rounded border border-rule bg-surface p-4">
          <h2 id="awards" className="mb-2 font-serif text-xl font-bold">获奖</h2>
          <HonourRoll content={c} awards={awards} headingLevel={3} />
        </section>
      )}
      <section aria-labelledby="articles" className="mt-6">
        <h2 id="articles" className="font-serif text-xl font-bold">相关文章</h2>
        <ArticleList content={c} articles={c.articlesByResidence.get(r.id) ?? []} showStreet={false} />
      </section>
    </>
  );
}
