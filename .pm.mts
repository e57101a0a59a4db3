import { loadContent } from './lib/photos';
import { relatedArticles, neighbours, pageMetadata, newsArticleJsonLd, excerpt, href, articleShareImage, placeCrumbs, breadcrumbJsonLd } from './lib/publish';
import { toShanghaiDateTime, eagerFirstPhoto, shiftHeadings } from './lib/content';
process.env.CHENBAO_CACHE_DIR = 'bench-corpus/cache';
const t0 = performance.now();
const c = (await loadContent('bench-corpus/city-1000')).content!;
console.log('load', (performance.now() - t0).toFixed(0), 'ms', c.articles.length);
const t1 = performance.now();
for (const a of c.articles) {
  relatedArticles(c, a, 4); neighbours(c, a);
  pageMetadata({ title: a.title, description: excerpt(a, 80), path: href.article(a), type: 'article', publishedTime: toShanghaiDateTime(a.date), image: articleShareImage(c, a) });
  newsArticleJsonLd(c, a); breadcrumbJsonLd(placeCrumbs(c, a.streetId), href.article(a));
  eagerFirstPhoto(shiftHeadings(a.html, -1));
}
console.log('per article page data', ((performance.now() - t1) / c.articles.length).toFixed(3), 'ms');
