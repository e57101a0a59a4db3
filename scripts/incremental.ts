/**
 * A build that reuses the one before (lib/publish/incremental.ts decides
 * what to rebuild). With no earlier build, or when the code, the packages or
 * the catalogues changed, it is the full build. Otherwise `next build` makes
 * only the pages that can show a changed edition (SITE_ONLY), into a folder
 * beside the site; those pages, and everything outside the edition, street
 * and area folders, replace the old ones; a deleted edition's pages go; the
 * search index of each part (a year, or less) whose records changed is written again. The manifest is written
 * last, so a build that fails leaves the next one to start over.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Content } from '../lib/content';
import { planRebuild, type RebuildPlan, SiteManifest, siteManifest } from '../lib/publish';
import { type BuildStep, buildSite, SITE_STEPS, siteCacheFile, startStep } from './build-site';

/** What every page is made by: the repository's files outside content/, tests and documents, as they are on disk. */
function codeHash(): string {
  const hash = createHash('sha256');
  let listed: string;
  try {
    listed = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    // Not a git checkout: what the code is cannot be told, so every build is a full one.
    return `unknown-${Date.now()}`;
  }
  const files = listed
    .split('\0')
    .filter((f) => f && !/^(content|tests|docs|\.github)\//.test(f) && !f.endsWith('.md'))
    .sort();
  for (const f of files) {
    hash.update(f);
    if (fs.existsSync(f)) hash.update(fs.readFileSync(f));
  }
  return hash.digest('hex');
}

const manifestFile = (siteDir: string) => siteCacheFile('sites', siteDir);

function previousManifest(siteDir: string): SiteManifest | undefined {
  const file = manifestFile(siteDir);
  if (!fs.existsSync(path.join(siteDir, 'index.html')) || !fs.existsSync(file)) return undefined;
  return SiteManifest.safeParse(JSON.parse(fs.readFileSync(file, 'utf8'))).data;
}

/** The rebuilt pages over the old site: what may have changed goes first, so nothing stale is left. */
function applyPartial(siteDir: string, partial: string, plan: Extract<RebuildPlan, { full: false }>): void {
  // The search index is written a part at a time after this, each part only if its records changed (scripts/search-index.ts).
  const kept = new Set(['editions', 'streets', 'residences', 'pagefind']);
  for (const entry of fs.readdirSync(siteDir)) if (!kept.has(entry)) fs.rmSync(path.join(siteDir, entry), { recursive: true, force: true });
  const gone = (dir: string, ids: readonly string[]) => ids.forEach((id) => fs.rmSync(path.join(siteDir, dir, id), { recursive: true, force: true }));
  gone('editions', [...plan.select.editions, ...plan.deleted]);
  gone('streets', plan.select.streets);
  gone('residences', plan.select.residences);
  fs.cpSync(partial, siteDir, { recursive: true, force: true });
}

export async function buildIncremental(contentDir: string, siteDir: string, content: Content, env: Record<string, string> = {}): Promise<{ plan: RebuildPlan; steps: BuildStep[] }> {
  const manifest = siteManifest(content, codeHash());
  const plan = planRebuild(previousManifest(siteDir), manifest);
  const file = manifestFile(siteDir);
  let steps: BuildStep[] = [];
  // Gone while the site is being changed: a build that stops half way leaves the next to start over.
  if (plan.full || plan.changed.length) fs.rmSync(file, { force: true });
  if (plan.full) {
    fs.rmSync(siteDir, { recursive: true, force: true });
    steps = await buildSite(contentDir, siteDir, env);
  } else if (plan.changed.length) {
    // Beside the site, inside the project (Next builds nowhere else), always the same name.
    const partial = `${siteDir.replace(/\/+$/, '')}-partial`;
    fs.rmSync(partial, { recursive: true, force: true });
    const selection = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'chenbao-select-')), 'select.json');
    fs.writeFileSync(selection, JSON.stringify(plan.select));
    // The search index reads only the content, and writes only the site's pagefind/, which the rebuilt pages leave
    // alone: it is written while next build makes the pages (city of 25,000, one edition corrected: 72 s of the 190).
    const search = startStep('search index', contentDir, siteDir, env);
    try {
      // The code is the code the full build before type-checked (the manifest's hash says so): Next need not check it again.
      steps = await buildSite(contentDir, partial, { ...env, SITE_ONLY: selection, CHENBAO_TYPES_CHECKED: '1' }, { only: SITE_STEPS.filter((s) => s !== 'search index') });
      applyPartial(siteDir, partial, plan);
      steps.push(await search);
    } finally {
      // A failed build still waits for the index, so no step runs on after it.
      await search.catch(() => undefined);
      fs.rmSync(partial, { recursive: true, force: true });
      fs.rmSync(path.dirname(selection), { recursive: true, force: true });
    }
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(manifest));
  return { plan, steps };
}
