/**
 * Listing pages past the first. The launch content fits on one page, so this
 * builds a synthetic corpus of 65 editions (the benchmark's, scripts/corpus.ts)
 * with the full pipeline and walks a street's and a residential area's pages:
 * every article exactly once, working links, valid HTML, no axe violations.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { loadContent } from '../../lib/content';
import { makeCorpus } from '../../scripts/corpus';

const PORT = 4391;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const CORPUS = path.resolve('bench-corpus/e2e-65');
const SITE = 'bench-corpus/site-e2e-65';
let server: ChildProcess | undefined;

test.describe.configure({ mode: 'serial' });
test.setTimeout(300_000);

test.beforeAll(async () => {
  // A hook has its own time limit: building (or starting next dev) takes longer than the default 30 s on a busy machine.
  test.setTimeout(300_000);
  makeCorpus(path.resolve('content'), CORPUS, 65);
  const env = { ...process.env, CONTENT_DIR: CORPUS, NEXT_DIST_DIR: SITE, NEXT_TELEMETRY_DISABLED: '1' };
  for (const [cmd, args] of [['npx', ['next', 'build']], ['npx', ['tsx', 'scripts/postbuild.ts', SITE]]] as const) {
    const step = spawnSync(cmd, [...args], { env, encoding: 'utf8' });
    expect(step.status, `${args.join(' ')}\n${step.stdout}\n${step.stderr}`).toBe(0);
  }
  server = spawn('npx', ['serve', SITE, '-l', String(PORT), '--no-clipboard'], { detached: true, stdio: 'ignore' });
  for (let i = 0; i < 60; i++) {
    const ok = await fetch(`${ORIGIN}/`).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 500));
  }
});

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
});

const content = () => {
  const c = loadContent(CORPUS).content;
  if (!c) throw new Error('corpus has errors');
  return c;
};

for (const [label, base, articlesOf] of [
  ['a street', '/streets/xianxia/', (c: ReturnType<typeof content>) => c.articlesByStreet.get('xianxia') ?? []],
  ['a residential area', '/residences/hongxu/', (c: ReturnType<typeof content>) => c.articlesByResidence.get('hongxu') ?? []],
] as const) {
  test(`${label}: every article once, newest first, across linked pages`, async ({ page }) => {
    const expected = articlesOf(content()).map((a) => `/editions/${a.editionId}/${a.slug}/`);
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
  const sitemap = fs.readFileSync(path.join(SITE, 'sitemap.xml'), 'utf8');
  expect(sitemap).toContain('<loc>https://shequchenbao.example/streets/xianxia/page/2/</loc>');
  const files = ['streets/xianxia/page/2/index.html', 'residences/hongxu/page/2/index.html', 'streets/xianxia/index.html'].map((f) => path.join(SITE, f));
  const vnu = spawnSync('java', ['-jar', path.resolve('node_modules/vnu-jar/build/dist/vnu.jar'), '--errors-only', ...files], { encoding: 'utf8' });
  expect(vnu.stderr).toBe('');
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    for (const p of ['/streets/xianxia/page/2/', '/residences/hongxu/page/2/']) {
      await page.goto(`${ORIGIN}${p}`);
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      expect(result.violations.map((v) => `${p} ${width}: ${v.id}`)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    }
  }
});

test('the street page lists its 12 latest editions and sends readers to the archive for the rest', async ({ page }) => {
  const editions = content().editionsByStreet.get('xianxia') ?? [];
  expect(editions.length).toBeGreaterThan(12);
  await page.goto(`${ORIGIN}/streets/xianxia/`);
  const list = page.locator('section[aria-labelledby="editions"] li');
  await expect(list).toHaveCount(12);
  await expect(page.locator('section[aria-labelledby="editions"]')).toContainText(`共${editions.length}期，更早的报纸见往期`);
});
