import { notFound } from 'next/navigation';
import { getContent, pageMetadata, href, monthLabel } from '@/lib/publish';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { EditionGrid } from '@/components/EditionTable';

type Props = { params: Promise<{ year: string; month: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  return [...(await getContent()).editionsByMonth].flatMap(([year, months]) => [...months.keys()].filter(Boolean).map((month) => ({ year, month })));
}

export async function generateMetadata({ params }: Props) {
  const { year, month } = await params;
  return pageMetadata({ title: `${year}年${monthLabel(month)}往期`, description: `${year}年${monthLabel(month)}出版的社区晨报各街道报纸。`, path: href.month(year, month) });
}

export default async function MonthPage({ params }: Props) {
  const { year, month } = await params;
  const c = await getContent();
  const editions = c.editionsByMonth.get(year)?.get(month);
  if (!editions || !month) notFound();
  return (
    <>
      <Breadcrumbs crumbs={[{ label: '首页', href: '/' }, { label: '往期', href: href.archive() }, { label: `${year}年`, href: href.year(year) }, { label: monthLabel(month) }]} />
      <h1>{year}年{monthLabel(month)}</h1>
      <EditionGrid content={c} editions={editions} level={2} />
    </>
  );
}
