import { getContent, pageMetadata, href } from '@/lib/publish';
import { Breadcrumbs } from '@/components/Breadcrumbs';

export const metadata = pageMetadata({ title: '光荣榜', description: '各区居民区党建工作“金银奖”、“两新”组织党建工作“五星奖”等奖项的各轮获奖名单，以及报道它们的文章。', path: '/awards/' });

/** The honour roll's index: each programme's rounds, newest first, with how many awards of each level; a round's roll is a page of its own. */
export default async function AwardsPage() {
  const c = await getContent();
  const programmes = c.catalogue.programmes.filter((p) => p.rounds.some((r) => c.awardsByRound.has(r.id)));
  return (
    <>
      <Breadcrumbs crumbs={[{ label: '首页', href: '/' }, { label: '光荣榜' }]} />
      <h1 className="mb-6">光荣榜</h1>
      {!programmes.length && <p className="text-muted">暂无获奖记录。</p>}
      <div className="space-y-8">
        {programmes.map((p) => (
          <section key={p.id} aria-labelledby={`programme-${p.id}`}>
            <h2 id={`programme-${p.id}`} className="font-serif text-xl font-bold">
              {c.gazetteer.district.get(p.districtId)?.name}
              {p.name}
            </h2>
            <ul className="mt-2">
              {[...p.rounds]
                .filter((r) => c.awardsByRound.has(r.id))
                .sort((a, b) => b.round - a.round)
                .map((r) => {
                  const awards = c.awardsByRound.get(r.id) ?? [];
                  const counts = p.levels.map((level) => [level, awards.filter((a) => a.level === level).length] as const).filter(([, n]) => n > 0);
                  return (
                    <li key={r.id} className="border-b border-rule py-2">
                      <a href={href.round(r.id)} className="font-medium">
                        {r.label}（{r.year}年）
                      </a>
                      <span className="ml-2 text-sm text-muted">{counts.map(([level, n]) => `${level}${n}个`).join('，')}</span>
                    </li>
                  );
                })}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
