import { getContent } from '@/lib/publish';
import { SITE_DESCRIPTION, SITE_NAME } from '@/lib/config';
import { pageMetadata } from '@/lib/publish';
import { href } from '@/lib/publish';
import { feedAlternates, siteScope } from '@/lib/publish';
import { websiteJsonLd } from '@/lib/publish';
import { FeedLinks } from '@/components/FeedLinks';
import { JsonLd } from '@/components/JsonLd';
import { ArticleList } from '@/components/ArticleCard';
import { EditionCard } from '@/components/EditionCard';
import { HonourRoll } from '@/components/HonourRoll';

export const metadata = pageMetadata({ title: `${SITE_NAME} · 上海社区新闻`, description: SITE_DESCRIPTION, path: '/', feeds: feedAlternates({ path: '/', title: SITE_NAME }) });

export default async function HomePage() {
  const c = await getContent();
  // The newest edition of each street, newest street first.
  const latestByStreet = c.gazetteer.streets
    .map((s) => c.editionsByStreet.get(s.id)?.[0])
    .filter((e) => e !== undefined)
    .sort((a, b) => (a.date < b.date ? 1 : -1));
  const years = [...c.editionsByMonth.keys()];
  return (
    <>
      <JsonLd data={websiteJsonLd()} />
      <h1 className="sr-only">{SITE_NAME}</h1>
      <section aria-labelledby="latest-editions">
        <h2 id="latest-editions" className="font-serif text-headline font-bold">各街道最新一期</h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {latestByStreet.map((e) => (
            <li key={e.id}>
              <EditionCard content={c} edition={e} />
            </li>
          ))}
        </ul>
      </section>

      <div className="mt-10 grid gap-10 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="latest-articles">
          <h2 id="latest-articles" className="font-serif text-headline font-bold">最新文章</h2>
          <ArticleList content={c} articles={c.articles.slice(0, 8)} />
        </section>

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
      </div>

      <section aria-labelledby="honours" className="mt-10">
        <h2 id="honours" className="font-serif text-headline font-bold">
          光荣榜 <a href={href.awards()} className="ml-2 text-base font-normal">全部奖项</a>
        </h2>
        <div className="mt-4">
          <HonourRoll content={c} headingLevel={3} />
        </div>
      </section>
    </>
  );
}
