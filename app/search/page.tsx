import { getContent, pageMetadata, residenceLabel, streetName } from '@/lib/publish';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { SearchPanel } from './SearchPanel';

export const metadata = { ...pageMetadata({ title: '搜索', description: '搜索社区晨报的全部文章，可按街道和居民区筛选。', path: '/search/' }), robots: { index: false, follow: true } };

export default async function SearchPage() {
  const c = await getContent();
  return (
    <div className="max-w-measure">
      <Breadcrumbs crumbs={[{ label: '首页', href: '/' }, { label: '搜索' }]} />
      <h1 className="mb-4">搜索</h1>
      <noscript>
        <p className="mb-4 rounded border border-rule bg-surface p-3">搜索需要在浏览器中启用 JavaScript。也可以<a href="/streets/">按街道</a>、<a href="/residences/">按居民区</a>或<a href="/archive/">按日期</a>浏览全部文章。</p>
      </noscript>
      <SearchPanel
        streets={c.gazetteer.streets.map((s) => s.name)}
        residences={c.gazetteer.residences.map((r) => ({ name: residenceLabel(r), street: streetName(c, r.streetId) }))}
      />
    </div>
  );
}
