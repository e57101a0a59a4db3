/** Shared fixtures for the unit tests: the real gazetteer and award catalogue. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import { parseGazetteer, type Gazetteer } from '../../lib/gazetteer';
import { parseAwardCatalogue, type AwardCatalogue } from '../../lib/awards';
import { parseEdition, type ParsedEdition } from '../../lib/edition';
import { formatIssue } from '../../lib/report';

export const ROOT = path.resolve(__dirname, '../..');
export const CONTENT = path.join(ROOT, 'content');
export const FIXTURES = path.join(ROOT, 'tests/fixtures');

export function realContext(): { gazetteer: Gazetteer; catalogue: AwardCatalogue } {
  const g = parseGazetteer(fs.readFileSync(path.join(CONTENT, 'gazetteer.yml'), 'utf8'), 'content/gazetteer.yml');
  if (!g.gazetteer) throw new Error(g.issues.map(formatIssue).join('\n'));
  const c = parseAwardCatalogue(fs.readFileSync(path.join(CONTENT, 'awards.yml'), 'utf8'), 'content/awards.yml', new Set(g.gazetteer.districts.map((d) => d.id)));
  if (!c.catalogue) throw new Error(c.issues.map(formatIssue).join('\n'));
  return { gazetteer: g.gazetteer, catalogue: c.catalogue };
}

export function parseFixture(rel: string): ParsedEdition {
  const file = path.join(FIXTURES, rel);
  return parseEdition(fs.readFileSync(file, 'utf8'), `tests/fixtures/${rel}`, realContext());
}

export function messages(p: { issues: ParsedEdition['issues'] }): string[] {
  return p.issues.filter((i) => i.severity === 'error').map(formatIssue);
}

/** A fresh folder under the system's temporary folder, removed when the current test ends, pass or fail. */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `chenbao-${prefix}-`));
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}
