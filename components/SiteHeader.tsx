import { SITE_NAME } from '@/lib/config';

const NAV = [
  { href: '/', label: '首页' },
  { href: '/streets/', label: '街道' },
  { href: '/residences/', label: '居民区' },
  { href: '/archive/', label: '往期' },
  { href: '/awards/', label: '光荣榜' },
  { href: '/search/', label: '搜索' },
  { href: '/about/', label: '关于' },
];

export function SiteHeader() {
  return (
    <header className="border-b-4 border-double border-ink bg-surface">
      <div className="mx-auto flex max-w-page flex-wrap items-start justify-between gap-3 px-4 pt-4">
        <div>
          <a href="/" className="inline-block font-serif text-masthead font-black tracking-widest text-ink no-underline">
            {SITE_NAME}
          </a>
          <p className="mt-1 text-sm text-muted">上海社区新闻 · 街道党工委联合出版</p>
        </div>
        {/* Shown by /js/elder.js; without JavaScript there is no switch that does nothing. */}
        <button type="button" data-elder-toggle="" hidden aria-pressed="false" suppressHydrationWarning className="elder-toggle min-h-11 rounded-full border-2 border-ink bg-surface px-4 font-bold text-ink">
          长辈模式
        </button>
      </div>
      <nav aria-label="主导航" className="site-nav mx-auto max-w-page px-2">
        <ul className="flex flex-wrap">
          {NAV.map((item) => (
            <li key={item.href}>
              <a href={item.href}>{item.label}</a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
