import type { Content, Edition } from '@/lib/content';
import { EditionCard } from './EditionCard';

export function EditionGrid({ content, editions, level }: { content: Content; editions: readonly Edition[]; level?: 2 | 3 }) {
  return (
    <ul className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {editions.map((e) => (
        <li key={e.id}>
          <EditionCard content={content} edition={e} level={level} />
        </li>
      ))}
    </ul>
  );
}
