/** `npm run check` as an editor meets it: exit code and every message at once. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT, FIXTURES, ROOT, tempDir } from '../helpers';

function runCheck(dir: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/check.ts'), dir], { cwd: ROOT, encoding: 'utf8' });
}

function contentWith(files: string[]): string {
  const dir = tempDir('check');
  fs.mkdirSync(path.join(dir, 'editions'));
  fs.copyFileSync(path.join(CONTENT, 'gazetteer.yml'), path.join(dir, 'gazetteer.yml'));
  fs.copyFileSync(path.join(CONTENT, 'awards.yml'), path.join(dir, 'awards.yml'));
  for (const f of files) fs.copyFileSync(path.join(FIXTURES, 'editions', f), path.join(dir, 'editions', path.basename(f)));
  return dir;
}

describe('npm run check', () => {
  it('passes the launch content and says what it holds', () => {
    const r = runCheck(CONTENT);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('content ok: 5 editions, 21 articles, 12 awards');
    expect(r.status).toBe(0);
  });

  it('reports every bad file at once, then exits non-zero', () => {
    const bad = fs.readdirSync(path.join(FIXTURES, 'editions/bad')).map((f) => `bad/${f}`);
    const dir = contentWith(['good/minimal.md', ...bad]);
    const r = runCheck(dir);
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    // One line per problem: path:line field: message (expected), then the summary.
    for (const f of ['yaml-invalid', 'front-matter-unclosed', 'missing-field', 'unknown-field', 'impossible-date', 'unknown-street', 'unknown-residence', 'empty-edition', 'untitled-article', 'unknown-award-level', 'unknown-directive', 'duplicate-b']) {
      expect(lines.some((l) => new RegExp(`editions/${f}\\.md:\\d+ \\S+`).test(l)), f).toBe(true);
    }
    expect(lines.at(-1)).toMatch(/^12 errors in .*: nothing was built\./);
    expect(r.stdout).toBe('');
  });

  it('refuses a source PDF that carries a location, at the source: line that names it, and one no edition names', () => {
    const dir = contentWith([]);
    fs.writeFileSync(path.join(dir, 'editions', '2026-11-20-xianxia.md'), '---\nstreet: xianxia\ndate: 2026-11-20\nsource: printed.pdf\n---\n\n## 标题\n\n正文。\n');
    fs.mkdirSync(path.join(dir, 'sources'));
    for (const name of ['printed.pdf', 'stray.pdf']) fs.copyFileSync(path.join(FIXTURES, 'privacy', name === 'stray.pdf' ? 'document-xmp.pdf' : name), path.join(dir, 'sources', name));
    const r = runCheck(dir);
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/editions\/2026-11-20-xianxia\.md:4 source: content\/sources\/printed\.pdf carries a GPS position 31\.2000, 121\.4000 \(PDF image \d+, EXIF GPS\).*npm run scrub -- content\/sources\/printed\.pdf\)$/);
    expect(lines[1]).toMatch(/^content\/sources\/stray\.pdf file: carries a GPS position \(PDF document XMP\).*npm run scrub -- content\/sources\/stray\.pdf\)$/);
  });
});
