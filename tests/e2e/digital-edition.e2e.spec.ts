/**
 * 数字报: the printed pages of the fixture site's edition imported from a
 * typeset fixture PDF (scripts/fixture-site.ts). Each article's place on a
 * page is a link to it, in reading order, reachable by keyboard; articles
 * link back to their place; the original PDF downloads; editions without a
 * PDF (the launch editions, on the main site) show no 版面 at all.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { expect, test } from '@playwright/test';
import { FIXTURE_CONTENT, FIXTURE_SITE, PDF_EDITION } from '../../scripts/fixture-site';
import { refused, scanPdf } from '../../lib/privacy';
import { FIXTURE_ORIGIN as ORIGIN, OUT, axe, screenshot, tabTo, watchForErrors } from './helpers';

const EDITION = `/editions/${PDF_EDITION}/`;
const page1 = `${EDITION}pages/1/`;
const pageCount = () => fs.readdirSync(path.join(FIXTURE_SITE, EDITION, 'pages')).length;

test('each place on each page links to its article, in reading order, named by its headline', async ({ page }) => {
  const check = watchForErrors(page);
  const seen = new Map<string, string>();
  for (let n = 1; n <= pageCount(); n++) {
    await page.goto(`${ORIGIN}${EDITION}pages/${n}/`);
    await expect(page.locator('h1')).toContainText(`第${n}版`);
    const regions = await page.locator('.printed-page svg a').evaluateAll((as) => as.map((a) => ({ name: a.getAttribute('aria-label') ?? '', href: a.getAttribute('href') ?? '' })));
    expect(regions.length).toBeGreaterThan(0);
    // The page's own list of articles is the same, in the same order as the regions first name them.
    const toc = await page.locator('nav[aria-labelledby="page-toc"] a').allTextContents();
    expect([...new Set(regions.map((r) => r.name))]).toEqual(toc);
    for (const r of regions) seen.set(r.href, r.name);
  }
  // Each region leads to the article of its name, and every article of the edition is on some page.
  for (const [href, name] of seen) {
    await page.goto(`${ORIGIN}${href}`);
    await expect(page.locator('h1')).toHaveText(name);
  }
  await page.goto(`${ORIGIN}${EDITION}`);
  expect(seen.size).toBe(await page.locator('nav[aria-labelledby="toc"] a').count());
  check();
});

test('a region is named by the headline of the article it opens', async ({ page }) => {
  await page.goto(`${ORIGIN}${page1}`);
  const first = page.locator('.printed-page svg a').first();
  const name = await first.getAttribute('aria-label');
  await first.click();
  await expect(page.locator('h1')).toHaveText(name ?? '');
});

test('keyboard only: Tab walks the regions in reading order, each visibly outlined, Enter opens the article', async ({ page }) => {
  await page.goto(`${ORIGIN}${page1}`);
  const names = await page.locator('.printed-page svg a').evaluateAll((as) => as.map((a) => a.getAttribute('aria-label')));
  const first = page.locator('.printed-page svg a').first();
  await tabTo(page, first, 40);
  for (let i = 0; i < names.length; i++) {
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(names[i]);
    // The focused region shows: its rectangle gets a stroke.
    const stroke = await page.evaluate(() => getComputedStyle(document.activeElement!.querySelector('rect')!).stroke);
    expect(stroke).not.toBe('none');
    expect(stroke).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
    if (i < names.length - 1) await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText(names[names.length - 1] ?? '');
});

test('an article says 见第N版 and lands on its place, marked; the edition links to its pages and its PDF', async ({ page }) => {
  await page.goto(`${ORIGIN}${EDITION}02/`);
  const links = page.getByRole('link', { name: /^见第\d+版$/ });
  expect(await links.count()).toBeGreaterThan(0);
  const title = await page.locator('h1').textContent();
  await links.first().click();
  await expect(page).toHaveURL(/\/pages\/\d+\/#p-02$/);
  const target = page.locator('.printed-page a:target');
  await expect(target).toHaveAttribute('aria-label', title ?? '');
  expect(await target.locator('rect').evaluate((r) => getComputedStyle(r).fill)).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);

  await page.goto(`${ORIGIN}${EDITION}`);
  const thumbs = page.locator('nav[aria-labelledby="pages"] .page-thumbs a');
  expect(await thumbs.count()).toBe(pageCount());
  const pdfHref = await page.getByRole('link', { name: '下载原版 PDF' }).getAttribute('href');
  const pdf = await page.request.get(`${ORIGIN}${pdfHref}`);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  // The PDF as the import kept it in content/sources/: cleaned of anything that locates or identifies.
  const served = await pdf.body();
  expect(Buffer.compare(served, fs.readFileSync(path.join(FIXTURE_CONTENT, 'sources', `${PDF_EDITION}.pdf`)))).toBe(0);
  expect(refused(await scanPdf(new Uint8Array(served)))).toEqual([]);
});

test('previous and next page, and every page listed with its thumbnail; no dead link', async ({ page }) => {
  const check = watchForErrors(page);
  await page.goto(`${ORIGIN}${page1}`);
  await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
  await page.locator('a[rel="next"]').click();
  await expect(page).toHaveURL(new RegExp(`${EDITION}pages/2/$`));
  await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', page1);
  const all = page.locator('.page-thumbs a');
  expect(await all.count()).toBe(pageCount());
  await expect(page.locator('.page-thumbs a[aria-current="page"]')).toHaveText(/第2版/);
  const hrefs = await page.locator('a[href^="/"]').evaluateAll((as) => [...new Set(as.map((a) => (a.getAttribute('href') ?? '').split('#')[0]))]);
  for (const h of hrefs) expect((await page.request.get(`${ORIGIN}${h}`)).status(), h).toBe(200);
  check();
});

test('works at 200% zoom and with JavaScript off; pinch-zoom is not blocked', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 640, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${ORIGIN}${page1}`);
  // 200% of a 1280 px window: CSS pixels halve.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
  const box = await page.locator('.printed-page').boundingBox();
  expect(box?.width).toBeGreaterThan(500);
  await page.locator('.printed-page svg a').first().click();
  await expect(page).toHaveURL(/\/editions\/[^/]+\/\d\d\/$/);
  const viewport = await page.evaluate(() => document.querySelector('meta[name="viewport"]')?.getAttribute('content') ?? '');
  expect(viewport).not.toMatch(/user-scalable\s*=\s*no|maximum-scale\s*=\s*1(\.0)?\b/);
  await context.close();
});

test('axe finds nothing on a page and its article', async ({ page }, testInfo) => {
  for (const url of [page1, `${EDITION}pages/2/`]) {
    await page.goto(`${ORIGIN}${url}`);
    const results = await axe(page, 'all').analyze();
    expect(results.violations.map((v) => `${url} ${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  }
  await page.goto(`${ORIGIN}${EDITION}pages/2/#p-02`);
  await screenshot(page, testInfo, 'digital-edition-page');
});

test('budgets: a page ≤ 10 KB HTML and ≤ 15 KB JS gzipped; its image at 390 px ≤ 150 KB', async ({ browser }) => {
  const html = fs.readFileSync(path.join(FIXTURE_SITE, page1, 'index.html'));
  const htmlGz = zlib.gzipSync(html, { level: 9 }).length;
  expect(htmlGz).toBeLessThanOrEqual(10 * 1024);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  // Every response's body, by URL; the page image is known only once the browser has chosen its candidate.
  const bodies = new Map<string, Promise<Buffer>>();
  page.on('response', (r) => bodies.set(r.url(), r.body().catch(() => Buffer.alloc(0))));
  await page.goto(`${ORIGIN}${page1}`);
  const chosen = await page.locator('.printed-page img').evaluate(async (img: HTMLImageElement) => {
    await img.decode();
    return img.currentSrc;
  });
  await page.waitForLoadState('networkidle');
  let js = 0;
  for (const [url, body] of bodies) if (url.endsWith('.js')) js += zlib.gzipSync(await body).length;
  const image = (await bodies.get(chosen))?.length ?? 0;
  console.log(`数字报 page: HTML ${(htmlGz / 1024).toFixed(1)} KB gz, JS ${(js / 1024).toFixed(1)} KB gz, page image at 390 px (2×) ${(image / 1024).toFixed(0)} KB`);
  expect(image).toBeGreaterThan(0);
  expect(image).toBeLessThanOrEqual(150 * 1024);
  expect(js).toBeLessThanOrEqual(15 * 1024);
  await context.close();
});

// These read the built files, the same at every width: once, in the desktop project.
test.describe('once', { tag: '@desktop' }, () => {
  test('only where it exists: the launch editions show no 版面 and the build leaves no placeholder', () => {
    expect(fs.existsSync(path.join(OUT, 'editions', '_no-pages'))).toBe(false);
    expect(fs.existsSync(path.join(FIXTURE_SITE, 'editions', '_no-pages'))).toBe(false);
    for (const dir of fs.readdirSync(path.join(OUT, 'editions'))) {
      expect(fs.existsSync(path.join(OUT, 'editions', dir, 'pages')), dir).toBe(false);
      const html = fs.readFileSync(path.join(OUT, 'editions', dir, 'index.html'), 'utf8');
      expect(html).not.toContain('/pages/');
      expect(html).not.toContain('下载原版');
    }
    // The import wrote a region for every article, on every page it was printed on.
    const md = fs.readFileSync(path.join(FIXTURE_CONTENT, 'editions', `${PDF_EDITION}.md`), 'utf8');
    for (const article of md.split(/^## /m).slice(1)) expect(article, article.slice(0, 20)).toMatch(/^@版面 \d+ /m);
  });

  test('the Nu HTML Checker reports no errors on the pages, the edition and an article', () => {
    const files = [...Array.from({ length: pageCount() }, (_, i) => `${EDITION}pages/${i + 1}/`), EDITION, `${EDITION}01/`].map((p) => path.join(FIXTURE_SITE, p, 'index.html'));
    const jar = path.resolve('node_modules/vnu-jar/build/dist/vnu.jar');
    const run = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8' });
    const messages = (JSON.parse(run.stderr || '{"messages":[]}') as { messages: { url: string; message: string; lastLine?: number }[] }).messages;
    expect(messages.map((m) => `${m.url.replace(/^.*site-e2e-fixture/, '')}:${m.lastLine ?? 0} ${m.message}`)).toEqual([]);
  });
});
