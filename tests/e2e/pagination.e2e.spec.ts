/**
 * Listing pages past the first. The launch content fits on one page, so this
 * walks the fixture site (65 re-dated editions and a sample edition, built by
 * global-setup.ts with the full pipeline), a street's and a residential area's pages:
 * every article exactly once, working links, valid HTML, no axe violations.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { loadContent } from '../../lib/photos/load';
import { type Content } from '../../lib/content/load';
import { FIXTURE_CONTENT, FIXTURE_SITE } from '../../scripts/fixture-site';
import { FIXTURE_ORIGIN as ORIGIN, axe } from './helpers';

const CORPUS = FIXTURE_CONTENT;
const SITE = path.relative(process.cwd(), FIXTURE_SITE);

test.describe.configure({ mode: 'serial' });

const content = async () => {
  const c = (await loadContent(CORPUS)).content;
  if (!c) throw new Error('corpus has errors');
  return c;
};

for (const [label, base, articlesOf] of [
  ['a street', '/streets/xianxia/', (c: Content) => c.articlesByStreet.get('xianxia') ?? []],
  ['a residential area', '/residences/hongxu/', (c: Content) => c.articlesByResidence.get('hongxu') ?? []],
] as const) {
  test(`${label}: every article once, newest first, across linked pages`, async ({ page }) => {
    const expected = articlesOf(await content()).map((a) => `/editions/${a.editionId}/${a.slug}/`);
    const pages = Math.ceil(expected.length / 20);
    expect(pages).toBeGreaterThan(1);
    const seen: string[] = [];
    let url: string = base;
    for (let n = 1; n <= pages; n++) {
      await page.goto(`${ORIGIN}${url}`);
      expect(url).toBe(n === 1 ? base : `${base}page/${n}/`);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `https://shequchenbao.example${url}`);
      if (n > 1) await expect(page).toHaveTitle(new RegExp(`第${n}页，共${pages}页`));
      const pager = page.getByRole('navigation', { name: '分页' });
      await expect(pager.locator('[aria-current="page"]')).toHaveText(String(n));
      seen.push(...(await page.locator('article.card h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))));
      const next = pager.getByRole('link', { name: '下一页' });
      if (n < pages) url = (await next.getAttribute('href')) ?? '';
      else await expect(next).toHaveCount(0);
    }
    expect(seen).toEqual(expected);
    const res = await page.goto(`${ORIGIN}${base}page/${pages + 1}/`);
    expect(res?.status()).toBe(404);
  });
}

test('later pages are in the sitemap, valid HTML and free of axe violations at both widths', async ({ page }) => {
  // The Nu checker starts a Java VM, and axe runs four times: over 30 s when the machine is busy.
  test.setTimeout(120_000);
  const sitemap = fs.readFileSync(path.join(SITE, 'sitemaps/site.xml'), 'utf8');
  expect(sitemap).toContain('<loc>https://shequchenbao.example/streets/xianxia/page/2/</loc>');
  const files = ['streets/xianxia/page/2/index.html', 'residences/hongxu/page/2/index.html', 'streets/xianxia/index.html'].map((f) => path.join(SITE, f));
  const vnu = spawnSync('java', ['-jar', path.resolve('node_modules/vnu-jar/build/dist/vnu.jar'), '--errors-only', ...files], { encoding: 'utf8' });
  expect(vnu.stderr).toBe('');
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    for (const p of ['/streets/xianxia/page/2/', '/residences/hongxu/page/2/']) {
      await page.goto(`${ORIGIN}${p}`);
      const result = await axe(page).analyze();
      expect(result.violations.map((v) => `${p} ${width}: ${v.id}`)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    }
  }
});

test('the street page lists its 12 latest editions and sends readers to the archive for the rest', async ({ page }) => {
  const editions = (await content()).editionsByStreet.get('xianxia') ?? [];
  expect(editions.length).toBeGreaterThan(12);
  await page.goto(`${ORIGIN}/streets/xianxia/`);
  const list = page.locator('section[aria-labelledby="editions"] li');
  await expect(list).toHaveCount(12);
  await expect(page.locator('section[aria-labelledby="editions"]')).toContainText(`共${editions.length}期，更早的报纸见往期`);
});
