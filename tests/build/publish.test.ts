/**
 * `npm run publish` end to end, as a push to main runs it: the launch content
 * checked, built and put live under a target folder that nginx serves with
 * the production server block (scripts/nginx-test.sh); then an editor's
 * mistake, which publishes nothing and says where on the CI job's page; then
 * the correction, which goes live in one switch while unchanged files are
 * shared with the release before.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { CONTENT, ROOT, tempDir } from '../unit/helpers';

const EDITION = 'editions/2019-11-28-xianxia.md';
const PARAGRAPH = '我国龙泉青瓷在2006年以全球唯一的陶瓷类项目';

function publish(content: string, target: string, site: string, env: Record<string, string> = {}) {
  return spawnSync('npx', ['tsx', 'scripts/publish.ts', '--to', target, '--site', site, '--keep', '2'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: content, CHENBAO_CACHE_DIR: path.join(path.dirname(content), 'cache'), GITHUB_SHA: '', ...env },
    maxBuffer: 64 * 2 ** 20,
  });
}

let nginx: ChildProcess | undefined;
afterEach(() => {
  nginx?.kill('SIGTERM');
  nginx = undefined;
});

async function serve(root: string): Promise<string> {
  const port = 4300 + Math.floor(Math.random() * 500);
  nginx = spawn('bash', ['scripts/nginx-test.sh', String(port), root], { cwd: ROOT, stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/`)).ok) return base;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nginx did not answer on ${base}`);
}

/**
 * The page's text. Once more on a dropped connection: nginx closes an idle
 * kept-alive one (after 75 s, while a build runs) just as fetch may reuse it.
 */
async function text(url: string): Promise<string> {
  try {
    return await (await fetch(url)).text();
  } catch {
    return (await fetch(url)).text();
  }
}

/** The built page that prints a text, as its URL path. */
function pageWith(siteDir: string, text: string): string {
  const found = spawnSync('grep', ['-rl', '--include=index.html', text, path.join(siteDir, 'editions')], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean).sort();
  const article = found.find((f) => path.relative(siteDir, f).split(path.sep).length === 4);
  if (!article) throw new Error(`no article page prints ${text}`);
  return `/${path.relative(siteDir, path.dirname(article))}/`;
}

describe('npm run publish', () => {
  it('puts the site live, publishes nothing on a mistake and says where, then puts the correction live', { timeout: 600_000 }, async () => {
    const dir = tempDir('publish');
    const content = path.join(dir, 'content');
    const target = path.join(dir, 'srv');
    // Next builds only inside the project, and keeps its compiler's cache by the folder's name: the bench's folder, always
    // the same, removed at the end like the rest.
    const site = path.join(ROOT, 'bench-corpus', 'site-publish');
    fs.rmSync(site, { recursive: true, force: true });
    onTestFinished(() => fs.rmSync(site, { recursive: true, force: true }));
    fs.cpSync(CONTENT, content, { recursive: true });
    const editionFile = path.join(content, EDITION);
    const original = fs.readFileSync(editionFile, 'utf8');

    const first = publish(content, target, site);
    expect(first.status, first.stderr).toBe(0);
    const release1 = fs.readlinkSync(path.join(target, 'current'));
    const base = await serve(path.join(target, 'current'));
    const articlePath = pageWith(path.join(target, release1), PARAGRAPH);
    const live1 = await fetch(`${base}${articlePath}`);
    expect(live1.status).toBe(200);
    expect(await live1.text()).toContain(PARAGRAPH);

    // A mistake: a date that is no date. Nothing is built or switched, and the job's page says where.
    const dateLine = original.split('\n').findIndex((l) => l.startsWith('date:')) + 1;
    fs.writeFileSync(editionFile, original.replace(/^date: .*$/m, 'date: 2019-13-28'));
    const summaryFile = path.join(dir, 'summary.md');
    const refused = publish(content, target, site, { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summaryFile });
    expect(refused.status).toBe(1);
    expect(refused.stdout).toMatch(new RegExp(`::error file=[^\\n]*2019-11-28-xianxia\\.md,line=${dateLine},title=date::`));
    const summary = fs.readFileSync(summaryFile, 'utf8');
    expect(summary).toContain('nothing was published');
    expect(summary).toContain(`2019-11-28-xianxia.md:${dateLine}`);
    expect(fs.readlinkSync(path.join(target, 'current'))).toBe(release1);
    expect(fs.readdirSync(path.join(target, 'releases'))).toHaveLength(1);
    expect(await text(`${base}${articlePath}`)).toContain(PARAGRAPH);

    // The correction: the date put right and a sentence corrected. The same URL serves it at once.
    const corrected = original.replace(PARAGRAPH, PARAGRAPH.replace('全球唯一', '全球首个'));
    fs.writeFileSync(editionFile, corrected);
    const second = publish(content, target, site);
    expect(second.status, second.stderr).toBe(0);
    const release2 = fs.readlinkSync(path.join(target, 'current'));
    expect(release2).not.toBe(release1);
    const live2 = await text(`${base}${articlePath}`);
    expect(live2).toContain('全球首个的陶瓷类项目');
    expect(live2).not.toContain(PARAGRAPH);
    // What did not change is not copied again: the search script is the same file in both releases.
    const inode = (release: string) => fs.statSync(path.join(target, release, 'js/search.js')).ino;
    expect(inode(release2)).toBe(inode(release1));
  });
});
