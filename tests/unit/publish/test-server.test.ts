/**
 * The browser tests' server (scripts/nginx-test.sh: deploy/site.conf under nginx on a loopback port) leaves nothing in
 * the temporary folder once stopped, however it is stopped: Playwright ends its whole process group, the build tests
 * end the script's shell alone.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
let tmp = '';
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function answers(url: string): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    if (await fetch(url).then((r) => r.ok, () => false)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

describe('the test server', () => {
  for (const how of ['its process group', 'its shell alone'] as const) {
    it(`removes its nginx prefix when ${how} is sent SIGTERM`, async () => {
      tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'chenbao-serve-'));
      const site = path.join(tmp, 'site');
      fs.mkdirSync(site);
      fs.writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>t</title>');
      const port = 4800 + Math.floor(Math.random() * 400);
      const server = spawn('bash', ['scripts/nginx-test.sh', String(port), site], {
        cwd: ROOT,
        env: { ...process.env, TMPDIR: tmp },
        stdio: 'ignore',
        detached: how === 'its process group',
      });
      const exited = new Promise<void>((resolve) => server.on('exit', () => resolve()));
      expect(await answers(`http://127.0.0.1:${port}/`)).toBe(true);
      const prefixes = () => fs.readdirSync(tmp).filter((f) => f.startsWith('chenbao-nginx.'));
      expect(prefixes()).toHaveLength(1);
      if (how === 'its process group') process.kill(-server.pid!, 'SIGTERM');
      else server.kill('SIGTERM');
      await exited;
      // The shell removes the prefix on its way out; nginx is gone with it, so the port no longer answers.
      expect(prefixes()).toEqual([]);
      expect(await fetch(`http://127.0.0.1:${port}/`).then(() => 'open', () => 'closed')).toBe('closed');
    });
  }
});
