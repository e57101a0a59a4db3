import { getContent, pageMetadata, href, monthLabel } from '@/lib/publish';
import { Breadcrumbs } from '@/components/Breadcrumbs';

export const metadata = pageMetadata({ title: '往期', description: '按年份和月份浏览社区晨报的往期报纸。', path: '/archive/' });

export default async function ArchivePage() {
  const c = await getContent();
  return (
    <>
      <Breadcrumbs crumbs={[{ label: '首页', href: '/' }, { label: '往期' }]} />
      <h1>往期</h1>
      {[...c.editionsByMonth].map(([year, months]) => (
        <section key={year} aria-labelledby={`y-${year}`} className="mt-6">
          <h2 id={`y-${year}`}>
            <a href={href.year(year)}>{year}年</a>
          </h2>
          <ul className="mt-2 flex flex-wrap gap-x-4">
            {[...months].map(([m, editions]) => (
              <li key={m || 'unknown'}>
                {m ? <a href={href.month(year, m)} className="inline-flex min-h-11 items-center">{monthLabel(m)}</a> : <span className="inline-flex min-h-11 items-center">{monthLabel(m)}</span>}
                <span className="text-sm text-muted">（{editions.length}期）</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
