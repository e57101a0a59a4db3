import type { Content } from '@/lib/content';
import type { Article } from '@/lib/schema';
import { excerpt, href, streetName } from '@/lib/site';
import { DateText } from './DateText';

export function ArticleCard({ content, article, showStreet = true }: { content: Content; article: Article; showStreet?: boolean }) {
  const edition = content.edition.get(article.editionId);
  return (
    <article className="border-b border-rule py-4">
      {article.kicker && <p className="text-sm text-muted">{article.kicker}</p>}
      <h3 className="font-serif text-lg font-bold leading-snug">
        <a href={href.article(article)} className="text-ink no-underline hover:underline">
          {article.title}
        </a>
      </h3>
      <p className="mt-1 text-sm text-muted">
        {showStreet && <>{streetName(content, article.streetId)} · </>}
        <DateText date={article.date} inferred={Boolean(edition?.inferred.date)} />
        {article.section && <> · {article.section}</>}
      </p>
      <p className="mt-2 text-[0.95rem] leading-relaxed">{excerpt(article)}</p>
    </article>
  );
}

export function ArticleList({ content, articles, showStreet }: { content: Content; articles: readonly Article[]; showStreet?: boolean }) {
  if (!articles.length) return <p className="text-muted">暂无文章。</p>;
  return (
    <ul>
      {articles.map((a) => (
        <li key={a.id}>
          <ArticleCard content={content} article={a} showStreet={showStreet} />
        </li>
      ))}
    </ul>
  );
}
