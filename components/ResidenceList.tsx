import type { Content, Residence } from '@/lib/content';
import { href, residenceLabel } from '@/lib/publish';

export function ResidenceList({ content, residences }: { content: Content; residences: readonly Residence[] }) {
  if (!residences.length) return <p className="text-muted">暂无居民区。</p>;
  return (
    <ul className="flex flex-wrap gap-2">
      {residences.map((r) => {
        const n = content.articlesByResidence.get(r.id)?.length ?? 0;
        return (
          <li key={r.id}>
            <a href={href.residence(r.id)} className="inline-flex min-h-11 items-center rounded-full border border-rule bg-surface px-4 text-ink no-underline hover:border-accent">
              {residenceLabel(r)}
              <span className="ml-2 text-sm text-muted">{n}篇</span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}
