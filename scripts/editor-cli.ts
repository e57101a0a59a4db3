/**
 * What `npm run new` and `npm run import` share: reading the catalogues,
 * finding the street an editor named, reading the date, and refusing to write
 * over an edition that exists. Each failure says what to do instead.
 */
import fs from 'node:fs';
import path from 'node:path';
import { editionFiles, parseCatalogues, readSources, type Catalogues, findStreet, parseGazetteer, type Gazetteer, parseCalendarDate, closest, formatIssue } from '../lib/content';
import { parseArgs } from 'node:util';
import type { Street } from '../lib/content';

export class UsageError extends Error {}

export const contentDir = () => process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content');

export function catalogues(): Required<Pick<Catalogues, 'gazetteer' | 'catalogue'>> {
  const cats = parseCatalogues(readSources(contentDir()));
  if (!cats.gazetteer || !cats.catalogue) throw new UsageError(`the gazetteer or the award list has errors; run npm run check\n${cats.issues.map(formatIssue).join('\n')}`);
  return { gazetteer: cats.gazetteer, catalogue: cats.catalogue };
}

/** The gazetteer alone: all that `npm run new` needs. */
export function readGazetteer(): Gazetteer {
  const file = path.join(contentDir(), 'gazetteer.yml');
  const g = parseGazetteer(fs.readFileSync(file, 'utf8'), path.relative(process.cwd(), file));
  if (!g.gazetteer) throw new UsageError(`the gazetteer has errors; run npm run check\n${g.issues.map(formatIssue).join('\n')}`);
  return g.gazetteer;
}

export function resolveStreet(gazetteer: Gazetteer, ref: string): Street {
  const street = findStreet(gazetteer, ref.trim());
  if (street) return street;
  const r = ref.trim();
  const hint = closest(r, gazetteer.streets.map((s) => s.id)) ?? gazetteer.streets.find((s) => closest(r, [s.name, s.name.replace(/街道$/, '')]))?.id;
  const suggestion = hint ? `did you mean --street ${hint} (${gazetteer.street.get(hint)?.name})? ` : '';
  throw new UsageError(`unknown street "${r}". ${suggestion}Streets: ${gazetteer.streets.map((s) => `${s.id} (${s.name})`).join(', ')}. A new street goes in content/gazetteer.yml first.`);
}

/** A calendar date; `day` demands YYYY-MM-DD, otherwise YYYY-MM and YYYY pass too. */
export function resolveDate(value: string, precision: 'day' | 'any'): string {
  const date = parseCalendarDate(value.trim());
  if (!date.ok) throw new UsageError(`--date ${date.message}`);
  if (precision === 'day' && date.precision !== 'day') throw new UsageError(`--date "${value}" names no day: a new edition needs its publication date, YYYY-MM-DD`);
  return date.date;
}

/** Where the edition of this street and date goes; refuses when it, or another file for the same edition, exists. */
export function newEditionPath(street: Street, date: string): { file: string; rel: string } {
  const editionsDir = path.join(contentDir(), 'editions');
  const file = path.join(editionsDir, `${date}-${street.id}.md`);
  const rel = path.relative(process.cwd(), file);
  if (fs.existsSync(file)) throw new UsageError(`${rel} already exists: edit it rather than starting again`);
  for (const other of editionFiles(contentDir())) {
    const text = fs.readFileSync(path.join(editionsDir, other), 'utf8');
    if (new RegExp(`^street:\\s*(${street.id}|${street.name})\\s*$`, 'm').test(text) && new RegExp(`^date:\\s*["']?${date}["']?\\s*$`, 'm').test(text)) {
      throw new UsageError(`content/editions/${other} is already the ${street.name} edition of ${date}: edit it rather than starting again`);
    }
  }
  return { file, rel };
}

export interface EditorArgs {
  street: string;
  date: string;
  stdout: boolean;
  files: string[];
}

/**
 * The command line both commands take: --street and --date, and for import a
 * file and --stdout. Undefined after printing the usage for --help. The file
 * count is checked before the options, so the first problem named is the
 * first an editor would fix.
 */
export function editorArgs(usage: string, withFile: boolean, args: string[] = process.argv.slice(2)): EditorArgs | undefined {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { street: { type: 'string' }, date: { type: 'string' }, help: { type: 'boolean' }, ...(withFile ? { stdout: { type: 'boolean' } } : {}) },
      allowPositionals: withFile,
      strict: true,
    });
  } catch (e) {
    throw new UsageError(`${e instanceof Error ? e.message : String(e)}\n${usage}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(usage);
    return undefined;
  }
  if (withFile && positionals.length === 0) throw new UsageError(`which file? Give the extracted text first\n${usage}`);
  if (positionals.length > 1) throw new UsageError(`one file at a time (got ${positionals.length}: ${positionals.join(', ')})\n${usage}`);
  if (!values.street) throw new UsageError(`--street is missing\n${usage}`);
  if (!values.date) throw new UsageError(`--date is missing\n${usage}`);
  return { street: values.street, date: values.date, stdout: values.stdout === true, files: positionals };
}

/** Runs a command body; a UsageError is printed as `npm run <name>: message` with exit status 2. */
export function run(name: string, main: () => void | Promise<void>): void {
  const fail = (e: unknown) => {
    if (!(e instanceof UsageError)) throw e;
    console.error(`npm run ${name}: ${e.message}`);
    process.exit(2);
  };
  try {
    const done = main();
    if (done) done.catch(fail);
  } catch (e) {
    fail(e);
  }
}
