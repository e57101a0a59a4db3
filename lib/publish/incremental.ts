/**
 * What one changed edition rebuilds. A build leaves a manifest: a hash of the
 * code and catalogues, and for each edition a hash of its records and the
 * places it prints. The next build compares: changed code or catalogues
 * rebuild everything; otherwise the pages that can show a changed (added,
 * corrected or deleted) edition are rebuilt and the rest reused. Which pages
 * can show an edition follows from what the pages print: an edition's own
 * pages; the articles of its street and of the areas it reports on (their
 * 相关文章 are drawn from those); and the street and area listings. Pages
 * that list everything (home, archive, honour roll, feeds, sitemap) are few,
 * and always rebuilt. A test builds both ways and compares every byte.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Content } from '../content';

export const SiteManifest = z.object({
  version: z.literal(1),
  /** Code, dependencies and catalogues (gazetteer, award list): any change rebuilds everything. */
  code: z.string(),
  editions: z.record(z.string(), z.object({ hash: z.string(), street: z.string(), residences: z.array(z.string()) })),
});
export type SiteManifest = z.infer<typeof SiteManifest>;

/** The pages to build again, by the keys the routes are filtered on (lib/publish/shard.ts). */
export const SiteSelection = z.object({ editions: z.array(z.string()), streets: z.array(z.string()), residences: z.array(z.string()) });
export type SiteSelection = z.infer<typeof SiteSelection>;

export type RebuildPlan = { full: true; reason: string } | { full: false; changed: string[]; deleted: string[]; select: SiteSelection };

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** The manifest of a content: `code` is the caller's hash of the code and packages. */
export function siteManifest(c: Content, code: string): SiteManifest {
  const editions: SiteManifest['editions'] = {};
  for (const e of c.editions) {
    const articles = e.articleIds.map((id) => c.article.get(id));
    const residences = [...new Set(articles.flatMap((a) => a?.residenceIds ?? []))].sort();
    // The awards its articles report, whole: another edition's report of the same award changes them.
    const awards = [...new Set(articles.flatMap((a) => a?.awardIds ?? []))].map((id) => c.award.get(id));
    editions[e.id] = { hash: sha(JSON.stringify({ e, articles, awards })), street: e.streetId, residences };
  }
  return { version: 1, code: sha(JSON.stringify({ code, gazetteer: c.gazetteer.streets, residences: c.gazetteer.residences, catalogue: c.catalogue })), editions };
}

export function planRebuild(previous: SiteManifest | undefined, next: SiteManifest): RebuildPlan {
  if (!previous) return { full: true, reason: 'no earlier build' };
  if (previous.code !== next.code) return { full: true, reason: 'the code, the packages or the catalogues changed' };
  const ids = new Set([...Object.keys(previous.editions), ...Object.keys(next.editions)]);
  const changed = [...ids].filter((id) => previous.editions[id]?.hash !== next.editions[id]?.hash).sort();
  const deleted = changed.filter((id) => !next.editions[id]);
  // Where the changed editions were and are now printed: a correction may move an article to another area.
  const streets = new Set<string>();
  const residences = new Set<string>();
  for (const id of changed) {
    for (const m of [previous.editions[id], next.editions[id]]) {
      if (!m) continue;
      streets.add(m.street);
      for (const r of m.residences) residences.add(r);
    }
  }
  const editions = Object.entries(next.editions)
    .filter(([, m]) => streets.has(m.street) || m.residences.some((r) => residences.has(r)))
    .map(([id]) => id)
    .sort();
  return { full: false, changed, deleted, select: { editions, streets: [...streets].sort(), residences: [...residences].sort() } };
}
