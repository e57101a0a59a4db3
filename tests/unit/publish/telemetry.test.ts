/**
 * The build sends nothing anywhere: Next.js collects telemetry unless told
 * not to, so every way this project starts it (npm run build, npm run dev,
 * the bench's and the browser tests' builds) says NEXT_TELEMETRY_DISABLED=1,
 * and Next, asked under that setting, says it collects nothing.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers';

describe('telemetry', () => {
  it('is off wherever the project runs next', () => {
    const scripts = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    const runsNext = Object.entries(scripts).filter(([, command]) => /\bnext (build|dev|start)\b/.test(command));
    expect(runsNext.map(([name]) => name)).toEqual(['build']);
    for (const [name, command] of runsNext) expect(command, name).toMatch(/NEXT_TELEMETRY_DISABLED=1 next /);
    for (const file of ['scripts/dev.ts', 'scripts/build-site.ts']) expect(fs.readFileSync(path.join(ROOT, file), 'utf8'), file).toMatch(/NEXT_TELEMETRY_DISABLED: '1'/);
  });

  it('is off as Next itself reports it under that setting', () => {
    // In a folder of its own: Next keeps a cache/ folder where it is asked.
    const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'telemetry', 'status'], { cwd: tempDir('telemetry'), encoding: 'utf8', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    expect(r.stdout).toContain("You have opted-out of Next.js' anonymous telemetry program.");
  });
});
