/** Shared fixtures for the unit tests: the real gazetteer and award catalogue. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import { parseGazetteer, type Gazetteer } from '../../lib/content/gazetteer';
import { parseAwardCatalogue, type AwardCatalogue } from '../../lib/content/awards';
import { parseEdition, type ParsedEdition } from '../../lib/content/edition/parse';
import { formatIssue } from '../../lib/content/report';
import { loadContent } from '../../lib/photos/load';
import { type Content } from '../../lib/content/load';
import { PHOTO_EDITION, writePhotoEditionMedia } from '../../scripts/fixture-site';

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

/** The launch content, loaded and checked. */
export async function launchContent(): Promise<Content> {
  const r = await loadContent(CONTENT);
  if (!r.content) throw new Error(r.issues.map(formatIssue).join('\n'));
  return r.content;
}

/** A fresh folder under the system's temporary folder, removed when the current test ends, pass or fail. */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `chenbao-${prefix}-`));
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * The sample edition with photos (tests/fixtures/photo-edition), in a content
 * folder of its own with its own cache, loaded: what the photo tests render.
 */
export async function photoEditionContent(): Promise<{ dir: string; content: Content }> {
  const dir = tempDir('photo-edition');
  for (const f of ['gazetteer.yml', 'awards.yml']) fs.copyFileSync(path.join(CONTENT, f), path.join(dir, f));
  fs.mkdirSync(path.join(dir, 'editions'));
  fs.copyFileSync(path.join(FIXTURES, 'photo-edition', `${PHOTO_EDITION}.md`), path.join(dir, 'editions', `${PHOTO_EDITION}.md`));
  writePhotoEditionMedia(dir);
  process.env.CHENBAO_CACHE_DIR = path.join(dir, '.cache');
  onTestFinished(() => {
    delete process.env.CHENBAO_CACHE_DIR;
  });
  const r = await loadContent(dir);
  if (!r.content) throw new Error(r.issues.map(formatIssue).join('\n'));
  return { dir, content: r.content };
}
