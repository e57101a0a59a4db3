/**
 * Every street's newest edition, one line a street, by district: the home
 * page's way to all 216 streets in a few kilobytes. Each line is marked with
 * its street, so the 我的街道 script can put the reader's own first.
 */
import type { Content } from '@/lib/content';
import { href } from '@/lib/publish';
import { DateText } from '@/components/DateText';

export function LatestByDistrict({ content: c }: { content: Content }) {
  return (
    <section aria-labelledby="by-street" className="mt-10">
      <h2 id="by-street" className="font-serif text-headline font-bold">
        各街道最新一期 <a href={href.streets()} className="ml-2 text-base font-normal">全部街道</a>
      </h2>
      <div className="mt-4 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
        {c.gazetteer.districts.map((d) => {
          const streets = c.gazetteer.streets.filter((s) => s.districtId === d.id);
          return (
            <section key={d.id} aria-labelledby={`district-${d.id}`}>
              <h3 id={`district-${d.id}`} className="font-bold">{d.name}</h3>
              <ul className="street-latest">
                {streets.map((s) => {
                  const e = c.editionsByStreet.get(s.id)?.[0];
                  return (
                    <li key={s.id} data-street={s.id}>
                      <a href={href.street(s.id)}>{s.name}</a>
                      {e && (
                        <a href={href.edition(e.id)} className="text-sm">
                          <DateText date={e.date} inferred={Boolean(e.inferred.date)} />
                        </a>
                      )}
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
      </div>
    </section>
  );
}
