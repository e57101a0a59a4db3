import type { Crumb } from '@/lib/publish';

/**
 * Where a page sits. The last crumb is the page itself, unless `endsAbove`:
 * an article's trail stops at its place (区 › 街道 › 居民区) rather than
 * repeating the headline printed just below it.
 */
export function Breadcrumbs({ crumbs, endsAbove = false }: { crumbs: readonly Crumb[]; endsAbove?: boolean }) {
  return (
    <nav aria-label="位置" className="crumbs">
      <ol>
        {crumbs.map((c, i) => {
          const here = !endsAbove && i === crumbs.length - 1;
          return (
            <li key={`${c.label}-${i}`}>
              {i > 0 && <span aria-hidden="true">›</span>}
              {c.href && !here ? <a href={c.href}>{c.label}</a> : <span aria-current={here ? 'page' : undefined}>{c.label}</span>}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
