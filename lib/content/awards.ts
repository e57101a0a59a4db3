/**
 * Award programmes and the award markers editors put in honour rolls:
 *   - 金奖标兵 陶家宅居民区党总支 {奖=jinyin-7}
 *   ### 银奖: 范北居民区党总支 {奖=jinyin-7}
 *   - 苏一居民区党总支 {奖=jinyin-7 等级=特色治理奖}
 * Pure: text in, records or issues out.
 */
import { z } from 'zod';
import { AwardProgramme, AwardRound, Id, type ContentIssue } from './schema';
import { parseCalendarDate } from './dates';
import { closest, contentError } from './report';
import { loadYaml, locate, zodToIssues } from './yaml';

const AwardsFile = z.strictObject({
  programmes: z.array(
    z.strictObject({
      id: Id,
      name: z.string().min(1),
      district: Id,
      levels: z.array(z.string().min(1)).min(1),
      rounds: z.array(
        z.strictObject({
          id: Id,
          round: z.number().int().positive(),
          label: z.string().min(1),
          year: z.number().int(),
          ceremony: z.string().optional(),
          note: z.string().optional(),
        }),
      ),
    }),
  ),
});

export interface AwardCatalogue {
  programmes: AwardProgramme[];
  round: ReadonlyMap<string, AwardRound>;
  programme: ReadonlyMap<string, AwardProgramme>;
}

export function parseAwardCatalogue(text: string, path: string, districtIds: ReadonlySet<string>): { catalogue?: AwardCatalogue; issues: ContentIssue[] } {
  const loaded = loadYaml(text);
  if (!loaded.ok) return { issues: [contentError(path, loaded.line, '(yaml)', `YAML does not parse: ${loaded.message}`)] };
  const parsed = AwardsFile.safeParse(loaded.value);
  if (!parsed.success) return { issues: zodToIssues(parsed.error, { path, yamlText: text, lineOffset: 0, value: loaded.value }) };
  const issues: ContentIssue[] = [];
  const seen = new Set<string>();
  const programmes = parsed.data.programmes.map((p, i): AwardProgramme => {
    if (!districtIds.has(p.district)) {
      issues.push(contentError(path, locate(text, ['programmes', i, 'district']), `programmes[${i}].district`, `unknown district "${p.district}"`, `one of: ${[...districtIds].join(', ')}`));
    }
    for (const [j, r] of p.rounds.entries()) {
      if (seen.has(r.id)) issues.push(contentError(path, locate(text, ['programmes', i, 'rounds', j, 'id']), `programmes[${i}].rounds[${j}].id`, `duplicate round id "${r.id}"`));
      seen.add(r.id);
      if (r.ceremony !== undefined && !parseCalendarDate(r.ceremony).ok) {
        issues.push(contentError(path, locate(text, ['programmes', i, 'rounds', j, 'ceremony']), `programmes[${i}].rounds[${j}].ceremony`, `"${r.ceremony}" is not a date`, 'expected YYYY-MM-DD'));
      }
    }
    return {
      id: p.id,
      name: p.name,
      districtId: p.district,
      levels: p.levels,
      rounds: p.rounds.map((r) => ({ id: r.id, programmeId: p.id, round: r.round, label: r.label, year: r.year, ceremony: r.ceremony, note: r.note })),
    };
  });
  if (issues.length) return { issues };
  return {
    issues,
    catalogue: {
      programmes,
      programme: new Map(programmes.map((p) => [p.id, p])),
      round: new Map(programmes.flatMap((p) => p.rounds.map((r) => [r.id, r] as const))),
    },
  };
}

/** `{奖=jinyin-7 等级=银奖 居民区=fanbei}` at the very end of a line. */
export const AWARD_MARKER = /\s*\{\s*(?:奖|award)\s*=([^{}]*)\}\s*$/;

export interface AwardMarker {
  roundId: string;
  level?: string;
  residence?: string;
}

/** Reads the inside of a marker; unknown keys are issues, not ignored. */
export function parseAwardMarker(inner: string): { marker?: AwardMarker; problems: string[] } {
  const parts = inner.trim().split(/\s+/).filter(Boolean);
  const problems: string[] = [];
  const roundId = parts.shift();
  if (!roundId) return { problems: ['award marker names no round (expected {奖=<round id>}, e.g. {奖=jinyin-7})'] };
  const marker: AwardMarker = { roundId };
  for (const part of parts) {
    const m = /^([^=]+)=(.+)$/.exec(part);
    const key = m?.[1];
    if (m && (key === '等级' || key === 'level')) marker.level = m[2];
    else if (m && (key === '居民区' || key === 'residence')) marker.residence = m[2];
    else problems.push(`unknown part "${part}" in award marker (expected 等级=… or 居民区=…)`);
  }
  return { marker, problems };
}

/**
 * Splits the visible text of an award line into level and recipient:
 * "金奖标兵 陶家宅居民区党总支" → 金奖标兵 / 陶家宅居民区党总支.
 */
export function splitLevel(
  text: string,
  programme: AwardProgramme,
  explicitLevel?: string,
): { level: string; recipient: string } | { problem: string; expected: string } {
  const levels = [...programme.levels].sort((a, b) => b.length - a.length);
  const expected = `expected one of: ${programme.levels.join(', ')}`;
  if (explicitLevel !== undefined) {
    if (!programme.levels.includes(explicitLevel)) {
      const hint = closest(explicitLevel, programme.levels);
      return { problem: `award with unknown level "${explicitLevel}" for ${programme.name}`, expected: hint ? `did you mean "${hint}"? ${expected}` : expected };
    }
    const stripped = text.startsWith(explicitLevel) ? text.slice(explicitLevel.length).replace(/^[\s:：]+/, '') : text;
    return { level: explicitLevel, recipient: stripped.trim() };
  }
  for (const level of levels) {
    if (text.startsWith(level)) {
      const recipient = text.slice(level.length).replace(/^[\s:：]+/, '').trim();
      return { level, recipient };
    }
  }
  if (programme.levels.length === 1) return { level: programme.levels[0], recipient: text.trim() };
  const first = text.split(/[\s:：]/)[0];
  return { problem: `award with unknown level "${first}" for ${programme.name}`, expected: `${expected}; or write 等级=… in the marker` };
}
