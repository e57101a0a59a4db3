/**
 * The gazetteer: districts (区), streets (街道) and residential areas (居民区)
 * with stable ASCII ids. Pure: text in, records or issues out.
 */
import { z } from 'zod';
import { District, Id, Residence, Street, type ContentIssue } from './schema';
import { pinyinId } from './ids';
import { closest, contentError } from './report';
import { fieldName, loadYaml, locate, zodToIssues } from './yaml';

const Name = z.string().trim().min(1);

const GazetteerFile = z.strictObject({
  districts: z.array(z.strictObject({ name: Name, id: Id.optional() })).min(1),
  streets: z.array(z.strictObject({ name: Name, id: Id.optional(), district: Name })).min(1),
  residences: z.array(
    z.strictObject({
      name: Name,
      id: Id.optional(),
      full_name: Name.optional(),
      street: Name,
      aliases: z.array(Name).optional(),
    }),
  ),
});

export interface Gazetteer {
  districts: District[];
  streets: Street[];
  residences: Residence[];
  district: ReadonlyMap<string, District>;
  street: ReadonlyMap<string, Street>;
  residence: ReadonlyMap<string, Residence>;
}

export type GazetteerResult = { gazetteer?: Gazetteer; issues: ContentIssue[] };

export function parseGazetteer(text: string, path: string): GazetteerResult {
  const loaded = loadYaml(text);
  if (!loaded.ok) return { issues: [contentError(path, loaded.line, '(yaml)', `YAML does not parse: ${loaded.message}`)] };
  const parsed = GazetteerFile.safeParse(loaded.value);
  if (!parsed.success) {
    return {
      issues: zodToIssues(parsed.error, { path, yamlText: text, lineOffset: 0, value: loaded.value }, {
        '*': 'expected one of: districts, streets, residences',
        'districts[].*': 'expected one of: name, id',
        'streets[].*': 'expected one of: name, id, district',
        'residences[].*': 'expected one of: name, id, full_name, street, aliases',
      }),
    };
  }
  const checks = idChecks(text, path);
  const districts = parsed.data.districts.map((d, i) => {
    const district: District = { id: d.id ?? pinyinId(d.name, ['区']), name: d.name };
    checks.claim('district', district.id, d.name, ['districts', i]);
    return district;
  });
  const streets = streetRecords(parsed.data.streets, districts, checks);
  const residences = residenceRecords(parsed.data.residences, streets, checks);
  const issues = checks.issues;
  if (issues.length) return { issues };
  return {
    issues,
    gazetteer: {
      districts,
      streets,
      residences,
      district: new Map(districts.map((d) => [d.id, d])),
      street: new Map(streets.map((s) => [s.id, s])),
      residence: new Map(residences.map((r) => [r.id, r])),
    },
  };
}

type GazetteerFile = z.infer<typeof GazetteerFile>;

/** Where the gazetteer's problems go: lines found in the YAML, and ids that must not collide. */
interface IdChecks {
  path: string;
  issues: ContentIssue[];
  lineOf: (p: (string | number)[]) => number;
  /** Records an id; a second record with the same id is an error at its name. */
  claim: (kind: string, id: string, label: string, p: (string | number)[]) => void;
}

function idChecks(text: string, path: string): IdChecks {
  const issues: ContentIssue[] = [];
  const lineOf = (p: (string | number)[]) => Math.max(1, locate(text, p));
  const seen = new Map<string, string>();
  const claim = (kind: string, id: string, label: string, p: (string | number)[]) => {
    const key = `${kind}:${id}`;
    const before = seen.get(key);
    if (before) {
      issues.push(contentError(path, lineOf([...p, 'name']), `${fieldName(p)}.id`, `id "${id}" of ${label} collides with ${before}`, 'give one of them a distinct `id:` by hand'));
    } else seen.set(key, label);
  };
  return { path, issues, lineOf, claim };
}

/** Streets, each in a district named by id or name. */
function streetRecords(entries: GazetteerFile['streets'], districts: readonly District[], checks: IdChecks): Street[] {
  const districtById = new Map(districts.map((d) => [d.id, d]));
  const streets: Street[] = [];
  entries.forEach((s, i) => {
    const district = districtById.get(s.district) ?? districts.find((d) => d.name === s.district);
    if (!district) {
      const hint = closest(s.district, districts.map((d) => d.id));
      checks.issues.push(contentError(checks.path, checks.lineOf(['streets', i, 'district']), `streets[${i}].district`, `unknown district "${s.district}"`, hint ? `did you mean "${hint}"?` : `one of: ${districts.map((d) => d.id).join(', ')}`));
      return;
    }
    const street: Street = { id: s.id ?? pinyinId(s.name, ['街道']), name: s.name, districtId: district.id };
    checks.claim('street', street.id, s.name, ['streets', i]);
    streets.push(street);
  });
  return streets;
}

/** Residential areas, each under a street named by id or name, with every form the paper names it by. */
function residenceRecords(entries: GazetteerFile['residences'], streets: readonly Street[], checks: IdChecks): Residence[] {
  const streetById = new Map(streets.map((s) => [s.id, s]));
  const residences: Residence[] = [];
  entries.forEach((r, i) => {
    const street = streetById.get(r.street) ?? streets.find((s) => s.name === r.street);
    if (!street) {
      const hint = closest(r.street, streets.map((s) => s.id));
      checks.issues.push(contentError(checks.path, checks.lineOf(['residences', i, 'street']), `residences[${i}].street`, `unknown street "${r.street}"`, hint ? `did you mean "${hint}"?` : `one of: ${streets.map((s) => s.id).join(', ')}`));
      return;
    }
    // The paper names an area as 虹旭居民区, 虹旭居委会, 虹旭居委 or just 虹旭.
    const forms = ['居民区', '居委会', '居委'].map((suffix) => `${r.name}${suffix}`);
    const terms = [...new Set([r.full_name, ...(r.aliases ?? []), ...forms, r.name].filter((t): t is string => Boolean(t)))];
    terms.sort((a, b) => b.length - a.length);
    const residence: Residence = {
      id: r.id ?? pinyinId(r.name, ['居民区', '居委会']),
      name: r.name,
      fullName: r.full_name,
      streetId: street.id,
      matchTerms: terms,
    };
    checks.claim('residence', residence.id, `${r.name} (${street.name})`, ['residences', i]);
    residences.push(residence);
  });
  return residences;
}

/** Looks a street up by id or by its Chinese name. */
export function findStreet(g: Gazetteer, ref: string): Street | undefined {
  return g.street.get(ref) ?? g.streets.find((s) => s.name === ref || s.name === `${ref}街道`);
}

/** The residential areas of a street, in the gazetteer's order. */
export function residencesOf(g: Gazetteer, streetId: string): Residence[] {
  return g.residences.filter((r) => r.streetId === streetId);
}

/** Looks a residential area up by id, or by name within a street first. */
export function findResidence(g: Gazetteer, ref: string, streetId?: string): Residence | undefined {
  const byId = g.residence.get(ref);
  if (byId) return byId;
  const named = g.residences.filter((r) => r.matchTerms.includes(ref));
  return named.find((r) => r.streetId === streetId) ?? (named.length === 1 ? named[0] : undefined);
}

/**
 * Residential areas of `streetId` named anywhere in `text`, in order of first
 * mention. Longer names are matched first so 虹旭居民区 is not also counted
 * as a shorter name inside it.
 */
export function residencesNamedIn(text: string, residences: readonly Residence[]): Residence[] {
  const found: { r: Residence; at: number }[] = [];
  for (const r of residences) {
    let at = -1;
    for (const term of r.matchTerms) {
      const i = text.indexOf(term);
      if (i !== -1 && (at === -1 || i < at)) at = i;
    }
    if (at !== -1) found.push({ r, at });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.r);
}
