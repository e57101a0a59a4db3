/**
 * The public module of lib/publish: what the static site is made of. URLs,
 * breadcrumbs and listings (./site.ts, ./paginate.ts), page metadata and
 * structured data, feeds, the sitemap, the post-build step, and the content
 * as pages ask for it (./content.ts). Imports lib/content, lib/photos and
 * lib/browser.
 */
export { getContent } from './content';
export { residenceFeed, residenceParams, siteFeed, streetFeed, streetParams } from './feed-routes';
export { FEED_FORMATS, feedAlternates, type FeedFormat, feedPath, type FeedScope, residenceScope, siteScope, streetScope } from './feeds';
export { breadcrumbJsonLd, newsArticleJsonLd, serializeJsonLd, websiteJsonLd } from './jsonld';
export { articleShareImage, pageMetadata, streetShareImage } from './metadata';
export { pageCount, pageHref, pageSegments, pageSlice, pageWindow, parsePageSegment } from './paginate';
export { dropTwitterCopies, runtimeLeftIn, stripFrameworkRuntime, withCsp } from './postbuild';
export { articlePages, type Crumb, editionArticles, editionLabel, excerpt, hasOriginalPdf, honourRoll, href, monthLabel, neighbours, placeCrumbs, regionId, relatedArticles, residenceLabel, streetName } from './site';
export { annotations, publishedSummary, refusedSummary, releaseName, releasesToPrune } from './release';
export { planRebuild, type RebuildPlan, SiteManifest, siteManifest, SiteSelection } from './incremental';
export { parseShard, type Shard, shardOf, shardParams, siteParams } from './shard';
export { SITEMAP_MAX_URLS, sitemapEntries, sitemapFileParams, sitemapFilePath, sitemapFileRoute, sitemapFiles, sitemapIndexRoute, sitemapIndexXml, urlsetXml } from './sitemap';
export { SEARCH_PART_CHARS, searchParts, searchRecord, type SearchRecord } from './search-index';
