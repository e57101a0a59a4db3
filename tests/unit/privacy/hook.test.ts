/**
 * The git hook as an editor meets it: `npm install` points git at .githooks/
 * (scripts/install-git-hooks.mjs), and a commit that stages a located photo
 * or PDF under content/ is refused with the command that cleans it; cleaned
 * and staged again, it goes in. Run with real git in a temporary repository.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, tempDir } from '../helpers';

/** A git repository with the project's scripts, hooks and packages linked in, as a clone would have them. */
function repository(): string {
  const dir = tempDir('hook');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
  git('init', '-q');
  git('config', 'user.email', 'editor@example.org');
  git('config', 'user.name', 'Editor');
  for (const f of ['.githooks', 'scripts', 'lib', 'node_modules', 'package.json', 'tsconfig.json']) fs.symlinkSync(path.join(ROOT, f), path.join(dir, f));
  return dir;
}

const install = (dir: string, env: Record<string, string> = {}) => spawnSync(process.execPath, ['scripts/install-git-hooks.mjs'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env } });
const hooksPath = (dir: string) => spawnSync('git', ['config', '--get', 'core.hooksPath'], { cwd: dir, encoding: 'utf8' }).stdout.trim();

describe('the pre-commit hook', () => {
  it('is installed by npm install, unless the editor opts out or the repository has hooks of its own', () => {
    const dir = repository();
    expect(install(dir, { CHENBAO_NO_GIT_HOOKS: '1' }).stdout).toContain('not installed (CHENBAO_NO_GIT_HOOKS=1)');
    expect(hooksPath(dir)).toBe('');
    expect(install(dir).stdout).toContain('pre-commit refuses photos and PDFs with a location or a camera serial');
    expect(hooksPath(dir)).toBe('.githooks');
    const other = repository();
    execFileSync('git', ['config', 'core.hooksPath', 'my-hooks'], { cwd: other });
    expect(install(other).stdout).toContain('core.hooksPath is already my-hooks');
    expect(hooksPath(other)).toBe('my-hooks');
    // Outside a repository: nothing to do, and no failure.
    const plain = tempDir('no-git');
    fs.symlinkSync(path.join(ROOT, 'scripts'), path.join(plain, 'scripts'));
    expect(install(plain).status).toBe(0);
  });

  it('refuses a located photo and a located PDF as staged, names each with the command that cleans it, and lets them in once cleaned', () => {
    const dir = repository();
    install(dir);
    const media = path.join(dir, 'content', 'media', '2026-11-20-xianxia');
    fs.mkdirSync(media, { recursive: true });
    fs.mkdirSync(path.join(dir, 'content', 'sources'));
    fs.copyFileSync(path.join(FIXTURES, 'privacy', 'located.jpg'), path.join(media, 'garden.jpg'));
    fs.copyFileSync(path.join(FIXTURES, 'privacy', 'printed.pdf'), path.join(dir, 'content', 'sources', '2026-11-20-xianxia.pdf'));
    fs.copyFileSync(path.join(FIXTURES, 'photos', 'landscape.jpg'), path.join(media, 'clean.jpg'));
    execFileSync('git', ['add', 'content'], { cwd: dir });
    const refused = spawnSync('git', ['commit', '-q', '-m', 'edition'], { cwd: dir, encoding: 'utf8' });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("Not committed: 2 files would put a place or a camera's serial number into the history for good.");
    expect(refused.stderr).toContain('content/media/2026-11-20-xianxia/garden.jpg: carries a GPS position 31.2000, 121.4000 (EXIF GPS)');
    expect(refused.stderr).toContain('npm run scrub -- content/media/2026-11-20-xianxia/garden.jpg && git add content/media/2026-11-20-xianxia/garden.jpg');
    expect(refused.stderr).toContain('content/sources/2026-11-20-xianxia.pdf: carries');
    expect(spawnSync('git', ['log'], { cwd: dir }).status).not.toBe(0);

    // Cleaned on disk but not staged again: the staged file is what is checked.
    const scrub = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/scrub.ts', 'content/media/2026-11-20-xianxia/garden.jpg', 'content/sources/2026-11-20-xianxia.pdf'], { cwd: dir, encoding: 'utf8' });
    expect(scrub.status).toBe(0);
    expect(scrub.stdout).toContain('content/media/2026-11-20-xianxia/garden.jpg: removed a GPS position 31.2000, 121.4000 (EXIF GPS)');
    expect(spawnSync('git', ['commit', '-q', '-m', 'edition'], { cwd: dir, encoding: 'utf8' }).status).toBe(1);
    execFileSync('git', ['add', 'content'], { cwd: dir });
    const committed = spawnSync('git', ['commit', '-q', '-m', 'edition'], { cwd: dir, encoding: 'utf8' });
    expect(committed.stderr).toBe('');
    expect(committed.status).toBe(0);
  }, 90_000); // runs git and two sharp/pdf cleanings in child processes: about 8 s alone, 33.5 s measured with another suite sharing the two cores
});
