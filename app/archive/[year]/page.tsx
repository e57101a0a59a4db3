import { notFound } from 'next/navigation';
import { getContent, pageMetadata, href, monthLabel } from '@/lib/publish';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { EditionGrid } from '@/components/EditionTable';

type Props = { params: Promise<{ year: string }> };

export const dynamicParams = false;

/** Up to this many editions a year, the year's page shows each; beyond, its months link to theirs. */
const YEAR_LISTED = 48;

export async function generateStaticParams() {
  return [...(await getContent()).editionsByMonth.keys()].map((year) => ({ year }));
}

export async function generateMetadata({ params }: Props) {
  const { year } = await params;
  return pageMetadata({ title: `${year}年往期`, description: `${year}年出版的社区晨报各街道报纸。`, path: href.year(year) });
}

export default async function YearPage({ params }: Props) {
  const { year } = await params;
  const c = await getContent();
  const months = c.editionsByMonth.get(year);
  if (!months) notFound();
  return (
    <>
      <Breadcrumbs crumbs={[{ label: '首页', href: '/' }, { label: '往期', href: href.archive() }, { label: `${year}年` }]} />
      <h1>{year}年</h1>
      {[...months].map(([m, editions]) => (
        <section key={m || 'unknown'} aria-labelledby={`m-${m || 'unknown'}`} className="mt-8">
          <h2 id={`m-${m || 'unknown'}`}>
            {m ? <a href={href.month(year, m)}>{monthLabel(m)}</a> : monthLabel(m)}
            <span className="ml-2 text-base font-normal text-muted">{editions.length}期</span>
          </h2>
          {!m && <p className="text-sm text-muted">这些报纸只能确定出版年份。</p>}
          {/* A year of the whole city is thousands of editions: then each month is a link, and its page lists them. */}
          {(!m || [...months.values()].flat().length <= YEAR_LISTED) && <EditionGrid content={c} editions={editions} />}
        </section>
      ))}
    </>
  );
}
