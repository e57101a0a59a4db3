/**
 * The home page's ways in: by street (grouped by district), by residential
 * area, by feed and by year.
 */
import type { Content } from '@/lib/content';
import { href, siteScope } from '@/lib/publish';
import { FeedLinks } from '@/components/FeedLinks';

export function BrowseLinks({ content: c }: { content: Content }) {
  const years = [...c.editionsByMonth.keys()];
  return (
    <aside aria-label="浏览" data-secondary="" className="space-y-8">
      <section aria-labelledby="browse-streets">
        <h2 id="browse-streets">按街道</h2>
        {c.gazetteer.districts.map((d) => (
          <div key={d.id} className="mt-3">
            <h3 className="text-sm text-muted">{d.name}</h3>
            <ul className="flex flex-wrap gap-x-4">
              {c.gazetteer.streets
                .filter((s) => s.districtId === d.id)
                .map((s) => (
                  <li key={s.id}>
                    <a href={href.street(s.id)} className="inline-flex min-h-11 items-center">{s.name}</a>
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </section>
      <section aria-labelledby="browse-residences">
        <h2 id="browse-residences">按居民区</h2>
        <p className="mt-2">
          共{c.gazetteer.residences.length}个居民区，<a href={href.residences()}>查看全部居民区</a>
        </p>
      </section>
      <section aria-labelledby="subscribe">
        <h2 id="subscribe">订阅</h2>
        <FeedLinks scope={siteScope(c)} />
      </section>
      <section aria-labelledby="browse-dates">
        <h2 id="browse-dates">按日期</h2>
        <ul className="flex flex-wrap gap-x-4">
          {years.map((y) => (
            <li key={y}>
              <a href={href.year(y)} className="inline-flex min-h-11 items-center">{y}年</a>
            </li>
          ))}
        </ul>
      </section>
    </aside>
  );
}
