import type { Content, Edition } from '@/lib/content';
import { editionArticles, href, streetName } from '@/lib/publish';
import { DateText } from './DateText';

export function EditionCard({ content, edition, level = 3 }: { content: Content; edition: Edition; level?: 2 | 3 }) {
  const articles = editionArticles(content, edition);
  const H = level === 2 ? 'h2' : 'h3';
  return (
    <article className="rounded border border-rule bg-surface p-4">
      <H className="font-serif text-lg font-bold">
        <a href={href.edition(edition.id)} className="quiet-link">
          {streetName(content, edition.streetId)}版
        </a>
      </H>
      <p className="text-sm text-muted">
        <DateText date={edition.date} inferred={Boolean(edition.inferred.date)} /> · {articles.length}篇
      </p>
      <ul className="mt-2 list-disc pl-5 text-[0.95rem]">
        {articles.slice(0, 3).map((a) => (
          <li key={a.id}>
            <a href={href.article(a)}>{a.title}</a>
          </li>
        ))}
      </ul>
    </article>
  );
}
