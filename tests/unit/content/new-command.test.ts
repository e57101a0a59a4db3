/** `npm run new` as an editor meets it: the file, its check, and every refusal. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEdition, PLACEHOLDER } from '../../../lib/content/edition/parse';
import { formatIssue } from '../../../lib/content/report';
import { CONTENT, ROOT, realContext, tempDir } from '../helpers';

function tempContent(): string {
  const dir = tempDir('new');
  fs.mkdirSync(path.join(dir, 'editions'));
  fs.copyFileSync(path.join(CONTENT, 'gazetteer.yml'), path.join(dir, 'gazetteer.yml'));
  return dir;
}

function runNew(dir: string, args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/new.ts'), ...args], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: dir }, encoding: 'utf8' });
}

describe('npm run new', () => {
  it('writes a correctly named edition whose only problems are the placeholders to fill', () => {
    const dir = tempContent();
    const r = runNew(dir, ['--street', '仙霞', '--date', '2026-11-23']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('2026-11-23-xianxia.md: 长宁区仙霞街道, 2026-11-23');
    const file = path.join(dir, 'editions', '2026-11-23-xianxia.md');
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toMatch(/^---\nstreet: xianxia\ndate: 2026-11-23\ndistrict: changning\n/);
    const parsed = parseEdition(text, 'new.md', realContext());
    const errors = parsed.issues.filter((i) => i.severity === 'error');
    expect(errors.length).toBe(7);
    expect(errors.every((i) => i.message.startsWith('placeholder left'))).toBe(true);
    // Filled in, it passes.
    const filled = text.replace(new RegExp(`${PLACEHOLDER}([^】]*)】`, 'g'), '$1');
    const ok = parseEdition(filled, 'new.md', realContext());
    expect(ok.issues.map(formatIssue)).toEqual([]);
    expect(ok.articles.map((a) => a.section)).toEqual(['要闻', '居民区', '社区扫描']);
  });

  it('refuses to overwrite an edition', () => {
    const dir = tempContent();
    expect(runNew(dir, ['--street', 'xianxia', '--date', '2026-11-23']).status).toBe(0);
    const again = runNew(dir, ['--street', '仙霞街道', '--date', '2026-11-23']);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('2026-11-23-xianxia.md already exists: edit it rather than starting again');
  });

  it('refuses a second file for an edition that exists under another name', () => {
    const dir = tempContent();
    fs.writeFileSync(path.join(dir, 'editions', 'my-name.md'), '---\nstreet: xianxia\ndate: 2026-11-24\n---\n## 标题\n正文\n');
    const r = runNew(dir, ['--street', 'xianxia', '--date', '2026-11-24']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('content/editions/my-name.md is already the 仙霞街道 edition of 2026-11-24');
  });

  it('suggests the right street when the name is close but wrong', () => {
    const dir = tempContent();
    const typo = runNew(dir, ['--street', 'xianxai', '--date', '2026-11-23']);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain('unknown street "xianxai". did you mean --street xianxia (仙霞街道)?');
    const chinese = runNew(dir, ['--street', '仙夏街道', '--date', '2026-11-23']);
    expect(chinese.stderr).toContain('did you mean --street xianxia (仙霞街道)?');
    const far = runNew(dir, ['--street', '外滩', '--date', '2026-11-23']);
    expect(far.stderr).toContain('Streets: xianxia (仙霞街道), huayanglu (华阳路街道)');
  });

  it('explains bad dates and missing arguments', () => {
    const dir = tempContent();
    expect(runNew(dir, ['--street', 'xianxia', '--date', '2026-02-30']).stderr).toContain('--date "2026-02-30" is not a date: 2026-02 has no day 30');
    expect(runNew(dir, ['--street', 'xianxia', '--date', '2026-11']).stderr).toContain('names no day');
    expect(runNew(dir, ['--date', '2026-11-23']).stderr).toContain('--street is missing\nusage: npm run new');
    expect(runNew(dir, ['--street', 'xianxia', '--colour', 'red']).stderr).toContain("Unknown option '--colour'");
    expect(fs.readdirSync(path.join(dir, 'editions'))).toEqual([]);
  });
});
