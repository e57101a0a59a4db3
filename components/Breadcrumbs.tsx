import type { Crumb } from '@/lib/site';

export function Breadcrumbs({ crumbs }: { crumbs: readonly Crumb[] }) {
  return (
    <nav aria-label="位置" className="no-print mb-4 text-sm text-muted">
      <ol className="flex flex-wrap items-center gap-x-1">
        {crumbs.map((c, i) => (
          <li key={`${c.label}-${i}`} className="flex items-center gap-x-1">
            {i > 0 && <span aria-hidden="true">›</span>}
            {c.href && i < crumbs.length - 1 ? (
              <a href={c.href} className="text-muted">
                {c.label}
              </a>
            ) : (
              <span aria-current={i === crumbs.length - 1 ? 'page' : undefined}>{c.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
