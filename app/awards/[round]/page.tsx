import { notFound } from 'next/navigation';
import { getContent, pageMetadata, href } from '@/lib/publish';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { HonourRoll } from '@/components/HonourRoll';

type Props = { params: Promise<{ round: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  const c = await getContent();
  return [...c.awardsByRound.keys()].map((round) => ({ round }));
}

async function resolve(params: Props['params']) {
  const { round: id } = await params;
  const c = await getContent();
  const round = c.catalogue.round.get(id);
  const programme = round && c.catalogue.programme.get(round.programmeId);
  return round && programme ? { c, round, programme, title: `${c.gazetteer.district.get(programme.districtId)?.name ?? ''}${round.label}${programme.name}` } : undefined;
}

export async function generateMetadata({ params }: Props) {
  const r = await resolve(params);
  if (!r) return {};
  return pageMetadata({ title: `${r.title}获奖名单`, description: `${r.title}（${r.round.year}年）的获奖名单，以及报道它们的文章。`, path: href.round(r.round.id) });
}

/** One round's honour roll: its awards by level, each with the reports that name it. */
export default async function RoundPage({ params }: Props) {
  const r = await resolve(params);
  if (!r) notFound();
  const { c, round } = r;
  return (
    <>
      <Breadcrumbs crumbs={[{ label: '首页', href: '/' }, { label: '光荣榜', href: href.awards() }, { label: `${round.label}` }]} />
      <h1 className="mb-6">{r.title}</h1>
      <HonourRoll content={c} awards={c.awardsByRound.get(round.id) ?? []} titled={false} />
      {round.note && <p className="mt-8 max-w-measure text-sm text-muted">说明：{round.note}</p>}
    </>
  );
}
