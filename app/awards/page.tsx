import { getContent, pageMetadata } from '@/lib/publish';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { HonourRoll } from '@/components/HonourRoll';

export const metadata = pageMetadata({ title: '光荣榜', description: '长宁区居民区党建工作“金银奖”、“两新”组织党建工作“五星奖”等获奖名单，以及报道它们的文章。', path: '/awards/' });

export default async function AwardsPage() {
  const c = await getContent();
  return (
    <>
      <Breadcrumbs crumbs={[{ label: '首页', href: '/' }, { label: '光荣榜' }]} />
      <h1 className="mb-6">光荣榜</h1>
      <HonourRoll content={c} />
      {c.catalogue.programmes.flatMap((p) => p.rounds).some((r) => r.note) && (
        <section aria-labelledby="notes" className="mt-10 max-w-measure text-sm text-muted">
          <h2 id="notes" className="font-bold">说明</h2>
          <ul className="mt-2 list-disc pl-5">
            {c.catalogue.programmes.flatMap((p) =>
              p.rounds.filter((r) => r.note).map((r) => (
                <li key={r.id}>
                  {r.label}
                  {p.name}：{r.note}
                </li>
              )),
            )}
          </ul>
        </section>
      )}
    </>
  );
}
