import { getContent, pageMetadata, href, feedAlternates, websiteJsonLd, siteScope } from '@/lib/publish';
import { SITE_DESCRIPTION, SITE_NAME } from '@/lib/config';
import { JsonLd } from '@/components/JsonLd';
import { ArticleList } from '@/components/ArticleCard';
import { EditionCard } from '@/components/EditionCard';
import { FeedLinks } from '@/components/FeedLinks';
import { LatestByDistrict } from './LatestByDistrict';

export const metadata = pageMetadata({ title: `${SITE_NAME} · 上海社区新闻`, description: SITE_DESCRIPTION, path: '/', feeds: feedAlternates({ path: '/', title: SITE_NAME }) });

/** How many of the newest editions are shown whole, as cards: the rest of the city is one line a street. */
const NEWEST = 6;

/**
 * The home page, the same size for five streets or the city's 216: the
 * newest editions as cards, the newest articles, then every street's newest
 * edition, one line each, by district. A reader's own street (我的街道,
 * /js/my-street.js) is put first from that list; without JavaScript the page
 * is complete as it is.
 */
export default async function HomePage() {
  const c = await getContent();
  const years = [...c.editionsByMonth.keys()];
  const latestRound = c.catalogue.programmes.flatMap((p) => p.rounds.map((r) => ({ p, r }))).sort((a, b) => b.r.year - a.r.year)[0];
  return (
    <>
      <JsonLd data={websiteJsonLd()} />
      <h1 className="sr-only">{SITE_NAME}</h1>
      <section aria-labelledby="my-street" data-my-street-slot="" className="my-street" />
      <section aria-labelledby="latest-editions">
        <h2 id="latest-editions" className="font-serif text-headline font-bold">最新各期</h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {c.editions.slice(0, NEWEST).map((e) => (
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
          <section aria-labelledby="browse-residences">
            <h2 id="browse-residences">按居民区</h2>
            <p className="mt-2">
              共{c.gazetteer.residences.length}个居民区，<a href={href.residences()}>按街道查看</a>
            </p>
          </section>
          <section aria-labelledby="honours">
            <h2 id="honours">光荣榜</h2>
            <p className="mt-2">
              {latestRound && <>最新：{c.gazetteer.district.get(latestRound.p.districtId)?.name}{latestRound.r.label}{latestRound.p.name}。</>}
              <a href={href.awards()}>全部奖项</a>
            </p>
          </section>
          <section aria-labelledby="subscribe">
            <h2 id="subscribe">订阅</h2>
            <FeedLinks scope={siteScope(c)} />
          </section>
        </aside>
      </div>

      <LatestByDistrict content={c} />
      <script src="/js/my-street.js" defer />
    </>
  );
}
