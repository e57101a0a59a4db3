import { getContent, pageMetadata, href } from '@/lib/publish';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { ResidenceList } from '@/components/ResidenceList';

export const metadata = pageMetadata({ title: '居民区', description: '按街道浏览各居民区的社区新闻。', path: '/residences/' });

/** Up to this many, every residential area is listed here; beyond (the whole city has thousands), each street links to its own list. */
const LISTED = 120;

export default async function ResidencesPage() {
  const c = await getContent();
  const all = c.gazetteer.residences.length <= LISTED;
  return (
    <>
      <Breadcrumbs crumbs={[{ label: '首页', href: '/' }, { label: '居民区' }]} />
      <h1>居民区</h1>
      {!all && <p className="mt-2 text-muted">共{c.gazetteer.residences.length}个居民区：选择街道，查看它的居民区。</p>}
      {c.gazetteer.districts.map((d) => (
        <section key={d.id} aria-labelledby={`d-${d.id}`} className="mt-8">
          <h2 id={`d-${d.id}`} className="mb-3">{d.name}</h2>
          {all ? (
            c.gazetteer.streets
              .filter((s) => s.districtId === d.id)
              .map((s) => (
                <section key={s.id} aria-labelledby={`h-${s.id}`} className="mt-4">
                  <h3 id={`h-${s.id}`} className="mb-2">
                    <a href={href.street(s.id)} className="text-ink">{s.name}</a>
                  </h3>
                  <ResidenceList content={c} residences={c.gazetteer.residences.filter((r) => r.streetId === s.id)} />
                </section>
              ))
          ) : (
            <ul className="flex flex-wrap gap-x-4">
              {c.gazetteer.streets
                .filter((s) => s.districtId === d.id)
                .map((s) => (
                  <li key={s.id}>
                    <a href={`${href.street(s.id)}#residences`} className="inline-flex min-h-11 items-center">{s.name}</a>
                    <span className="text-sm text-muted">（{c.gazetteer.residences.filter((r) => r.streetId === s.id).length}）</span>
                  </li>
                ))}
            </ul>
          )}
        </section>
      ))}
    </>
  );
}
