import { getContent, pageMetadata, searchParts } from '@/lib/publish';
import { Breadcrumbs } from '@/components/Breadcrumbs';

export const metadata = { ...pageMetadata({ title: '搜索', description: '搜索社区晨报的全部文章，可按街道和居民区筛选。', path: '/search/' }), robots: { index: false, follow: true } };

/**
 * Search: a plain GET form, and /js/search.js (lib/browser/search-page.ts)
 * over Pagefind's JavaScript API: no framework on this page either. The
 * residential areas of the chosen street come from /search/residences.json
 * when a street is chosen, so the page stays the same size however many
 * areas the city has.
 */
export default async function SearchPage() {
  const c = await getContent();
  return (
    <div className="max-w-measure">
      <Breadcrumbs crumbs={[{ label: '首页', href: '/' }, { label: '搜索' }]} />
      <h1 className="mb-4">搜索</h1>
      <noscript>
        <p className="mb-4 rounded border border-rule bg-surface p-3">搜索需要在浏览器中启用 JavaScript。也可以<a href="/streets/">按街道</a>、<a href="/residences/">按居民区</a>或<a href="/archive/">按日期</a>浏览全部文章。</p>
      </noscript>
      <form role="search" action="/search/" method="get" data-search-form="" className="space-y-3">
        <div className="flex gap-2">
          <label htmlFor="q" className="sr-only">搜索文章</label>
          <input id="q" name="q" type="search" placeholder="例如：加装电梯、垃圾分类" className="min-h-11 w-full rounded border border-rule bg-surface px-3 text-ink" />
          <button type="submit" className="min-h-11 shrink-0 rounded bg-accent px-5 text-accent-ink">搜索</button>
        </div>
        <div className="flex flex-wrap gap-3 text-sm">
          <label className="flex items-center gap-2">
            街道
            <select name="street" className="min-h-11 rounded border border-rule bg-surface px-2 text-ink">
              <option value="">全部</option>
              {c.gazetteer.districts.map((d) => (
                <optgroup key={d.id} label={d.name}>
                  {c.gazetteer.streets.filter((s) => s.districtId === d.id).map((s) => <option key={s.id}>{s.name}</option>)}
                </optgroup>
              ))}
            </select>
          </label>
          <label className="flex items-center gap-2">
            居民区
            <select name="residence" className="min-h-11 rounded border border-rule bg-surface px-2 text-ink">
              <option value="">全部</option>
            </select>
          </label>
        </div>
      </form>
      {/* The search index's parts, newest first: the script loads the newest part's index, and older ones as needed. */}
      <div aria-live="polite" className="mt-6" data-search-results="" data-search-parts={searchParts(c).map((p) => p.key).join(' ')} />
      {/* What the script fills in, here so that the styles are the page's own. */}
      <template data-search-templates="">
        <p className="text-muted" data-t="status" />
        <ol aria-label="搜索结果" className="mt-2" data-t="list" />
        <li className="border-b border-rule py-4" data-t="hit">
          <a className="font-serif text-lg font-bold" href="/search/" />
          <p className="text-sm text-muted" />
          <p className="mt-1 text-[0.95rem] leading-relaxed" />
        </li>
        <button type="button" className="mt-4 min-h-11 rounded border border-accent px-5 text-accent" data-t="more">显示更多</button>
      </template>
      <script src="/js/search.js" defer />
    </div>
  );
}
