/**
 * The editors' preview: `npm run dev` (scripts/dev.ts) shows a new edition at
 * its real URL and reloads an open page when its file is saved. Runs the real
 * next dev server on a copy of content/, so the repository is never touched.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { FIXTURE_CONTENT, FIXTURE_SITE, PDF_EDITION } from '../../scripts/fixture-site';
import { PREVIEW_PORT as PORT, PREVIEW_RELOAD_PORT as RELOAD_PORT } from './helpers';

const ORIGIN = `http://127.0.0.1:${PORT}`;
let dir = '';
let dev: ChildProcess | undefined;
let log = '';

test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

test.beforeAll(async () => {
  // A hook has its own time limit: building (or starting next dev) takes longer than the default 30 s on a busy machine.
  test.setTimeout(300_000);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chenbao-preview-'));
  fs.cpSync(path.resolve('content'), dir, { recursive: true });
  // An edition imported from a typeset PDF, with its printed pages (the fixture site's, made by the global setup).
  for (const rel of [`editions/${PDF_EDITION}.md`, `media/${PDF_EDITION}`, `sources/${PDF_EDITION}.pdf`]) fs.cpSync(path.join(FIXTURE_CONTENT, rel), path.join(dir, rel), { recursive: true });
  dev = spawn(process.execPath, ['--import', 'tsx', 'scripts/dev.ts'], { env: { ...process.env, CONTENT_DIR: dir, PORT: String(PORT), DEV_RELOAD_PORT: String(RELOAD_PORT), NEXT_TELEMETRY_DISABLED: '1' }, detached: true });
  dev.stdout?.on('data', (d) => (log += String(d)));
  dev.stderr?.on('data', (d) => (log += String(d)));
  // next dev answers once it is up; the first page compiles on demand.
  for (let i = 0; i < 120 && !/Ready in/.test(log); i++) await new Promise((r) => setTimeout(r, 500));
  expect(log).toContain('Ready in');
});

test.afterAll(() => {
  // The wrapper and next dev are one process group.
  if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a new edition shows at its real URL, and a saved change reloads the open page', async ({ page }) => {
  const source = fs.readFileSync(path.join(dir, 'editions', '2019-11-28-xianxia.md'), 'utf8');
  const file = path.join(dir, 'editions', '2019-12-05-xianxia.md');
  fs.writeFileSync(file, source.replace('date: 2019-11-28', 'date: 2019-12-05').replace('## 发挥党建引领作用 居民自治更进一步', '## 预览中的新一期'));
  const res = await page.goto(`${ORIGIN}/editions/2019-12-05-xianxia/`, { timeout: 120_000 });
  expect(res?.status()).toBe(200);
  await expect(page.getByRole('heading', { name: '预览中的新一期' })).toBeVisible();

  const reloaded = page.waitForEvent('load', { timeout: 60_000 });
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('## 预览中的新一期', '## 保存后自动刷新'));
  await reloaded;
  await expect(page.getByRole('heading', { name: '保存后自动刷新' })).toBeVisible({ timeout: 60_000 });
  expect(log).toMatch(/content checked: 7 editions/);
});

test('a mistake is named in the terminal and in the page it breaks, with the file and line', async ({ page, request }) => {
  const file = path.join(dir, 'editions', '2019-12-05-xianxia.md');
  await page.goto(`${ORIGIN}/editions/2019-12-05-xianxia/`, { timeout: 120_000 });
  const reloaded = page.waitForEvent('load', { timeout: 60_000 });
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('date: 2019-12-05', 'date: 2019-13-05'));
  await reloaded;
  await expect.poll(() => log, { timeout: 30_000 }).toMatch(/2019-12-05-xianxia\.md:3 date: "2019-13-05" is not a date/);
  // Next's error page (and its overlay) carries the same message.
  const res = await request.get(`${ORIGIN}/editions/2019-11-28-xianxia/`, { timeout: 120_000 });
  expect(res.status()).toBe(500);
  expect(await res.text()).toContain('2019-12-05-xianxia.md:3 date');
});

test('an imported article shows beside the crops of the printed page it came from, in the preview only', async ({ page, request }) => {
  // The test before left an edition with a mistake, which stops every page: it goes.
  fs.rmSync(path.join(dir, 'editions', '2019-12-05-xianxia.md'), { force: true });
  // The edition's second article and the @版面 lines under its headline.
  const sections = fs.readFileSync(path.join(dir, 'editions', `${PDF_EDITION}.md`), 'utf8').split(/^## /m);
  const regions = sections[2].split('\n').filter((l) => l.startsWith('@版面 ')).length;
  expect(regions).toBeGreaterThan(0);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${ORIGIN}/editions/${PDF_EDITION}/02/`, { timeout: 120_000 });
  const check = page.getByRole('complementary', { name: '印刷版对照' });
  await expect(check).toBeVisible();
  const crops = check.getByRole('img');
  await expect(crops).toHaveCount(regions);
  // Beside the article on a wide screen.
  const article = await page.locator('article').boundingBox();
  const aside = await check.boundingBox();
  expect(aside!.x).toBeGreaterThan(article!.x + article!.width - 1);
  // Each crop is the page image the editor's file names, served from content/media/.
  for (const href of await check.locator('image').evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''))) {
    const res = await request.get(href);
    expect(res.status(), href).toBe(200);
    expect(res.headers()['content-type']).toBe('image/jpeg');
  }
  expect((await request.get(`http://127.0.0.1:${RELOAD_PORT}/media/../editions/${PDF_EDITION}.md`)).status()).toBe(404);
  // The built site never shows it.
  expect(fs.readFileSync(path.join(FIXTURE_SITE, 'editions', PDF_EDITION, '02', 'index.html'), 'utf8')).not.toContain('印刷版对照');
});
