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

function NavList() {
  return (
    <ul>
      {NAV.map((item) => (
        <li key={item.href}>
          <a href={item.href}>{item.label}</a>
        </li>
      ))}
    </ul>
  );
}

/**
 * The masthead and the sections. On a phone the header is one row (masthead,
 * 长辈模式, and the sections folded into a 栏目 menu) so the first screen of
 * an article is the article; <details> opens the menu without JavaScript.
 * From `sm` up the sections are a row of links. Only one of the two
 * navigations is displayed at a time, so each reader meets one.
 */
export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="bar">
        <div>
          <a href="/" className="masthead inline-block font-serif text-2xl font-black sm:text-masthead tracking-widest text-ink no-underline">
            {SITE_NAME}
          </a>
          <p className="blurb">上海社区新闻 · 街道党工委联合出版</p>
        </div>
        <div className="tools">
          {/* Shown by /js/elder.js (see app/globals.css); without JavaScript there is no switch that does nothing. */}
          <button type="button" data-elder-toggle="" aria-pressed="false" suppressHydrationWarning className="elder-toggle">
            长辈模式
          </button>
          <details className="nav-menu sm:hidden">
            <summary>栏目</summary>
            <nav aria-label="主导航" className="site-nav">
              <NavList />
            </nav>
          </details>
        </div>
      </div>
      <nav aria-label="主导航" className="site-nav wide">
        <NavList />
      </nav>
    </header>
  );
}
