/** The Nu HTML Checker (vnu-jar) over every page in out/. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { OUT, exportedPages } from './helpers';

test('the Nu HTML Checker reports no errors on any page', () => {
  const files = [...exportedPages().map((p) => path.join(OUT, p, 'index.html')), path.join(OUT, '404.html')];
  expect(files.length).toBeGreaterThan(60);
  const jar = path.resolve('node_modules/vnu-jar/build/dist/vnu.jar');
  const run = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  expect(run.error, 'java must be installed (apt-get install default-jre-headless)').toBeUndefined();
  const messages = (JSON.parse(run.stderr || '{"messages":[]}') as { messages: { url: string; message: string; lastLine?: number }[] }).messages;
  expect(messages.map((m) => `${m.url.replace(/^.*\/out\//, '/')}:${m.lastLine ?? 0} ${m.message}`)).toEqual([]);
});
