/**
 * Step 5 of parsing an edition: the records. Article bodies are rendered in
 * one pass; each article gets its id (`@编号`, or its order), the residential
 * areas it names or lists, and its award claims; the edition record holds
 * the front matter's facts and its articles in printed order.
 */
import { parseAwardMarker, splitLevel } from '../awards';
import type { ParsedDate } from '../dates';
import { findResidence, residencesNamedIn } from '../gazetteer';
import { renderBodies, type RenderOutput } from '../markdown';
import { closest } from '../report';
import { Id, type Article, type Edition, type Figure, type Page, type Residence, type Street } from '../schema';
import type { FrontMatter } from './front-matter';
import { MAX_NESTING } from './raw-text';
import type { ArticleDraft, AwardClaim, Issues, ParseContext } from './types';

type KnownDate = Extract<ParsedDate, { ok: true }>;

/** What every article of the edition shares. */
export interface EditionFacts {
  path: string;
  editionId: string;
  street: Street;
  date: KnownDate;
  /** The street's residential areas: their names in the text become links and tags. */
  residences: readonly Residence[];
}

/** The bodies as HTML and text, in one Markdown pass; undefined (reported) if they cannot be rendered. */
export function renderArticleBodies(drafts: readonly ArticleDraft[], figures: readonly Figure[][], facts: EditionFacts, ctx: ParseContext, bodyLine: number, issues: Issues): RenderOutput[] | undefined {
  const residenceHref = ctx.residenceHref ?? ((id: string) => `/residences/${id}/`);
  try {
    return renderBodies(drafts.map((d, i) => ({ markdown: d.body.join('\n'), figures: figures[i], linkResidences: facts.residences, residenceHref, photoView: ctx.photoView })));
  } catch (e) {
    // Defence in depth: the raw-text checks should make this unreachable.
    issues.error(bodyLine, 'body', `cannot be rendered: ${e instanceof Error ? e.message : String(e)}`, `simplify the Markdown (at most ${MAX_NESTING} levels of nesting)`);
    return undefined;
  }
}

/** The residential areas `@居民区` lists, each found in the gazetteer under the edition's street. */
export function listedResidences(d: ArticleDraft, street: Street, ctx: ParseContext, issues: Issues): Residence[] {
  const field = d.fields.residences;
  if (!field) return [];
  const found: Residence[] = [];
  for (const ref of field.value.split(/[\s,，、]+/).filter(Boolean)) {
    const r = findResidence(ctx.gazetteer, ref, street.id);
    if (r) found.push(r);
    else {
      const hint = closest(ref, ctx.gazetteer.residences.map((x) => x.id));
      issues.error(field.line, '@居民区', `unknown residential area "${ref}"`, hint ? `did you mean "${hint}"? Residential areas are listed in content/gazetteer.yml` : 'expected an id from content/gazetteer.yml');
    }
  }
  return found;
}

/** The article's id within the edition: `@编号`, or its printed order; unique, and never "pages" (the 数字报's). */
export function articleSlug(d: ArticleDraft, taken: Map<string, number>, issues: Issues): string {
  const field = d.fields.slug;
  let slug = String(d.order).padStart(2, '0');
  if (field) {
    if (Id.safeParse(field.value).success) slug = field.value;
    else issues.error(field.line, '@编号', `"${field.value}" is not a valid id`, 'expected lower-case ASCII letters, digits and hyphens');
  }
  // /editions/<id>/pages/ is the 数字报's.
  if (slug === 'pages') issues.error(field?.line ?? d.line, '@编号', '"pages" is reserved for the printed pages', 'choose another id');
  if (taken.has(slug)) issues.error(field?.line ?? d.line, '@编号', `duplicate article id "${slug}" (also line ${taken.get(slug)})`, 'give each article its own @编号');
  taken.set(slug, d.line);
  return slug;
}

/** The awards an article's markers claim, each checked against the catalogue and the gazetteer. */
export function awardClaims(d: ArticleDraft, articleId: string, facts: EditionFacts, ctx: ParseContext, issues: Issues): AwardClaim[] {
  const claims: AwardClaim[] = [];
  for (const mk of d.markers) {
    const parsed = parseAwardMarker(mk.inner);
    for (const p of parsed.problems) issues.error(mk.line, 'award', p);
    if (!parsed.marker) continue;
    const round = ctx.catalogue.round.get(parsed.marker.roundId);
    if (!round) {
      const hint = closest(parsed.marker.roundId, [...ctx.catalogue.round.keys()]);
      issues.error(mk.line, 'award', `unknown award round "${parsed.marker.roundId}"`, hint ? `did you mean "${hint}"? Rounds are listed in content/awards.yml` : `one of: ${[...ctx.catalogue.round.keys()].join(', ')}`);
      continue;
    }
    const programme = ctx.catalogue.programme.get(round.programmeId);
    if (!programme) continue;
    const split = splitLevel(mk.text.replace(/^[\s:：]+/, ''), programme, parsed.marker.level);
    if ('problem' in split) {
      issues.error(mk.line, 'award', split.problem, split.expected);
      continue;
    }
    if (!split.recipient) {
      issues.error(mk.line, 'award', 'award names no recipient', 'expected the organisation after the level, e.g. "金奖 华院居民区党支部"');
      continue;
    }
    const residenceId = recipientResidence(parsed.marker.residence, split.recipient, mk.line, facts, ctx, issues);
    claims.push({ roundId: round.id, level: split.level, recipient: split.recipient, residenceId, streetId: facts.street.id, articleId, path: facts.path, line: mk.line });
  }
  return claims;
}

/** The residential area an award goes to: named in the marker (居民区=<id>), or in the recipient's name. */
function recipientResidence(named: string | undefined, recipient: string, line: number, facts: EditionFacts, ctx: ParseContext, issues: Issues): string | undefined {
  if (named) {
    const r = findResidence(ctx.gazetteer, named, facts.street.id);
    if (!r) issues.error(line, 'award', `unknown residential area "${named}"`, 'expected an id from content/gazetteer.yml');
    return r?.id;
  }
  const residenceId = residencesNamedIn(recipient, facts.residences)[0]?.id;
  if (!residenceId && /居民区|居委/.test(recipient)) {
    issues.error(line, 'award', `unknown residential area in "${recipient}"`, `add it to content/gazetteer.yml under ${facts.street.id}, or write 居民区=<id> in the marker`);
  }
  return residenceId;
}

/** One article as a record, with the award claims it makes; `listed` are the areas its @居民区 names. */
export function articleRecord(d: ArticleDraft, slug: string, listed: Residence[], rendered: RenderOutput, figures: Figure[], facts: EditionFacts, ctx: ParseContext, issues: Issues): { article: Article; claims: AwardClaim[] } {
  for (const h of rendered.rawHtml) {
    issues.warning(d.line, 'body', `raw HTML "${h.slice(0, 40)}" is shown as text, not as markup`, 'write Markdown instead');
  }
  for (const alt of rendered.images) {
    issues.warning(d.line, 'body', `image "${alt}" is shown as its caption: the site has no photos`, 'write @图 followed by the caption');
  }
  const named = residencesNamedIn([d.title, d.fields.kicker?.value, d.fields.subtitle?.value, rendered.text].join('\n'), facts.residences);
  const articleId = `${facts.editionId}/${slug}`;
  const claims = awardClaims(d, articleId, facts, ctx, issues);
  const article: Article = {
    id: articleId,
    slug,
    editionId: facts.editionId,
    streetId: facts.street.id,
    date: facts.date.date,
    datePrecision: facts.date.precision,
    order: d.order,
    section: d.section,
    title: d.title || '(无标题)',
    kicker: d.fields.kicker?.value,
    subtitle: d.fields.subtitle?.value,
    byline: d.fields.byline?.value,
    credit: d.fields.credit?.value,
    residenceIds: [...new Set([...listed, ...named].map((r) => r.id))],
    // Filled by the loader once reports of the same award are merged.
    awardIds: [],
    figures,
    regions: d.regions,
    html: rendered.html,
    text: rendered.text,
    line: d.line,
  };
  return { article, claims };
}

/** The edition record: the front matter's facts and its articles' ids in printed order. */
export function editionRecord(fields: FrontMatter, facts: EditionFacts, pages: Page[], articles: readonly Article[]): Edition {
  return {
    id: facts.editionId,
    path: facts.path,
    streetId: facts.street.id,
    districtId: facts.street.districtId,
    date: facts.date.date,
    datePrecision: facts.date.precision,
    title: fields.title,
    issue: fields.issue === undefined ? undefined : String(fields.issue),
    publisher: fields.publisher,
    inferred: fields.inferred ?? {},
    corrections: fields.corrections ?? [],
    extras: fields.extras ?? [],
    source: fields.source,
    pages,
    articleIds: articles.map((a) => a.id),
  };
}
