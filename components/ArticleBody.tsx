/**
 * The only place HTML from content reaches a page. It was produced by
 * lib/content/markdown.ts with remark-html's sanitiser on, so it carries no script,
 * handler or raw markup an editor typed.
 */
export function ArticleBody({ html }: { html: string }) {
  return <div className="article-body" dangerouslySetInnerHTML={{ __html: html }} />;
}
