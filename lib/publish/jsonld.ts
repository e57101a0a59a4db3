/** Structured data (schema.org JSON-LD), serialised so it cannot close its <script>. */
import type { Content, Article } from '../content';
import { SITE_DESCRIPTION, SITE_NAME, absoluteUrl } from '../config';
import { toShanghaiDateTime, leadPhoto } from '../content';
import { href, residenceLabel, streetName, type Crumb } from './site';
import { shareCrops } from '../photos';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };

/** JSON with every `<` escaped, so "</script>" in a title cannot end the element. */
export function serializeJsonLd(data: Json): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export function organization(): Json {
  return { '@type': 'NewsMediaOrganization', '@id': absoluteUrl('/#organization'), name: SITE_NAME, url: absoluteUrl('/'), logo: absoluteUrl('/icon.svg') };
}

export function websiteJsonLd(): Json {
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'WebSite',
        '@id': absoluteUrl('/#website'),
        name: SITE_NAME,
        description: SITE_DESCRIPTION,
        url: absoluteUrl('/'),
        inLanguage: 'zh-CN',
        publisher: { '@id': absoluteUrl('/#organization') },
        potentialAction: { '@type': 'SearchAction', target: `${absoluteUrl('/search/')}?q={search_term_string}`, 'query-input': 'required name=search_term_string' },
      },
      organization(),
    ],
  };
}

export function breadcrumbJsonLd(crumbs: readonly Crumb[], currentPath: string): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.label,
      item: absoluteUrl(c.href ?? currentPath),
    })),
  };
}

export function newsArticleJsonLd(c: Content, a: Article): Json {
  const street = c.gazetteer.street.get(a.streetId);
  const district = street ? c.gazetteer.district.get(street.districtId) : undefined;
  const streetPlace: Json = { '@type': 'Place', name: streetName(c, a.streetId), url: absoluteUrl(href.street(a.streetId)), ...(district ? { containedInPlace: { '@type': 'AdministrativeArea', name: `上海市${district.name}` } } : {}) };
  // Where the news happened, most specific first: each residential area sits in
  // its street, which sits in its district. One nesting says it all, so the
  // page carries no second copy of the places (it is on every article page).
  const places: Json[] = a.residenceIds
    .map((id) => c.gazetteer.residence.get(id))
    .filter((r) => r !== undefined)
    .map((r) => ({ '@type': 'Place', name: residenceLabel(r), url: absoluteUrl(href.residence(r.id)), containedInPlace: streetPlace }));
  // Google asks for 16x9, 4x3 and 1x1 images of at least 50,000 pixels: the lead photo's crops.
  const lead = leadPhoto(a.figures);
  const images: Json[] = lead ? shareCrops(lead.photo).map((x) => ({ '@type': 'ImageObject', url: absoluteUrl(x.path), width: x.width, height: x.height })) : [];
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.title,
    ...(images.length ? { image: images } : {}),
    ...(a.subtitle ? { alternativeHeadline: a.subtitle } : {}),
    datePublished: toShanghaiDateTime(a.date),
    inLanguage: 'zh-CN',
    url: absoluteUrl(href.article(a)),
    ...(a.section ? { articleSection: a.section } : {}),
    ...(a.byline ? { author: { '@type': 'Person', name: a.byline } } : {}),
    publisher: organization(),
    contentLocation: places.length ? places : streetPlace,
    isPartOf: { '@type': 'PublicationIssue', url: absoluteUrl(href.edition(a.editionId)), name: `${streetName(c, a.streetId)}版` },
  };
}
