import { getContent, pageMetadata, href } from '@/lib/publish';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { ResidenceList } from '@/components/ResidenceList';

export const metadata = pageMetadata({ title: '居民区', description: '按街道浏览各居民区的社区新闻。', path: '/residences/' });

export default async function ResidencesPage() {
  const c = await getContent();
  return (
    <>
      <Breadcrumbs crumbs={[{ label: '首页', href: '/' }, { label: '居民区' }]} />
      <h1>居民区</h1>
      {c.gazetteer.streets.map((s) => (
        <section key={s.id} aria-labelledby={`h-${s.id}`} className="mt-8">
          <h2 id={`h-${s.id}`} className="mb-3">
            <a href={href.street(s.id)} className="text-ink">{s.name}</a>
            <span className="ml-2 text-sm font-normal text-muted">{c.gazetteer.district.get(s.districtId)?.name}</span>
          </h2>
          <ResidenceList content={c} residences={c.gazetteer.residences.filter((r) => r.streetId === s.id)} />
        </section>
      ))}
    </>
  );
}
