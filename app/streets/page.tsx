import { getContent, pageMetadata, href } from '@/lib/publish';
import { Breadcrumbs } from '@/components/Breadcrumbs';

export const metadata = pageMetadata({ title: '街道', description: '按区浏览出版社区晨报的各个街道。', path: '/streets/' });

export default async function StreetsPage() {
  const c = await getContent();
  return (
    <>
      <Breadcrumbs crumbs={[{ label: '首页', href: '/' }, { label: '街道' }]} />
      <h1>街道</h1>
      {c.gazetteer.districts.map((d) => (
        <section key={d.id} id={d.id} aria-labelledby={`h-${d.id}`} className="mt-8">
          <h2 id={`h-${d.id}`}>{d.name}</h2>
          <ul className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {c.gazetteer.streets
              .filter((s) => s.districtId === d.id)
              .map((s) => {
                const editions = c.editionsByStreet.get(s.id) ?? [];
                const residences = c.gazetteer.residences.filter((r) => r.streetId === s.id);
                return (
                  <li key={s.id} className="rounded border border-rule bg-surface p-4">
                    <a href={href.street(s.id)} className="font-serif text-lg font-bold">{s.name}</a>
                    <p className="text-sm text-muted">{editions.length}期报纸 · {residences.length}个居民区</p>
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
    </>
  );
}
