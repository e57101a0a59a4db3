import type { Article } from '@/lib/content';

/** Kicker, headline and subtitle as the paper sets them; the headline element is the caller's level. */
export function ArticleHeader({ article, level, link }: { article: Article; level: 1 | 2 | 3; link?: string }) {
  const H = level === 1 ? 'h1' : level === 2 ? 'h2' : 'h3';
  const size = level === 1 ? 'text-headline' : 'text-xl';
  return (
    <header>
      {article.kicker && <p className="text-muted">{article.kicker}</p>}
      <H id={level === 1 ? undefined : `a-${article.slug}`} data-read-title={level === 1 ? '' : undefined} className={`font-serif font-bold ${size}`}>
        {link ? (
          <a href={link} className="quiet-link">
            {article.title}
          </a>
        ) : (
          article.title
        )}
      </H>
      {article.subtitle && <p className="mt-1 font-serif text-lg">{article.subtitle}</p>}
      {article.byline && (
        <p className="mt-2 text-sm text-muted">
          {article.byline}
        </p>
      )}
    </header>
  );
}
