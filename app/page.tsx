import { getContent, pageMetadata, href, feedAlternates, websiteJsonLd } from '@/lib/publish';
import { SITE_DESCRIPTION, SITE_NAME } from '@/lib/config';
import { JsonLd } from '@/components/JsonLd';
import { ArticleList } from '@/components/ArticleCard';
import { EditionCard } from '@/components/EditionCard';
import { HonourRoll } from '@/components/HonourRoll';
import { BrowseLinks } from './BrowseLinks';

export const metadata = pageMetadata({ title: `${SITE_NAME} · 上海社区新闻`, description: SITE_DESCRIPTION, path: '/', feeds: feedAlternates({ path: '/', title: SITE_NAME }) });

export default async function HomePage() {
  const c = await getContent();
  // The newest edition of each street, newest street first.
  const latestByStreet = c.gazetteer.streets
    .map((s) => c.editionsByStreet.get(s.id)?.[0])
    .filter((e) => e !== undefined)
    .sort((a, b) => (a.date < b.date ? 1 : -1));
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

        <BrowseLinks content={c} />
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
