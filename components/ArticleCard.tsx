import type { Content, Article } from '@/lib/content';
import { excerpt, href, streetName } from '@/lib/publish';
import { leadPhoto } from '@/lib/content';
import { thumbModel } from '@/lib/photos';
import { DateText } from './DateText';
import { Picture } from './Picture';

export function ArticleCard({ content, article, showStreet = true }: { content: Content; article: Article; showStreet?: boolean }) {
  const edition = content.edition.get(article.editionId);
  const lead = leadPhoto(article.figures);
  return (
    <article className="card">
      {lead && <Picture model={thumbModel(lead.photo)} className="thumb" />}
      {article.kicker && <p className="text-sm text-muted">{article.kicker}</p>}
      <h3>
        <a href={href.article(article)}>{article.title}</a>
      </h3>
      <p className="meta">
        {showStreet && <>{streetName(content, article.streetId)} · </>}
        <DateText date={article.date} inferred={Boolean(edition?.inferred.date)} />
        {article.section && <> · {article.section}</>}
      </p>
      <p className="excerpt">{excerpt(article)}</p>
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

/** Titles with street and date, no excerpt: for secondary lists such as 相关文章. */
export function ArticleLinkList({ content, articles }: { content: Content; articles: readonly Article[] }) {
  return (
    <ul className="link-list">
      {articles.map((a) => (
        <li key={a.id}>
          <a href={href.article(a)}>{a.title}</a>
          <span className="meta">
            {streetName(content, a.streetId)} · <DateText date={a.date} inferred={Boolean(content.edition.get(a.editionId)?.inferred.date)} />
          </span>
        </li>
      ))}
    </ul>
  );
}
