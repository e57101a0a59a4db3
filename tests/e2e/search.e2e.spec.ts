import { expect, test } from '@playwright/test';
import { loadContent } from '../../lib/photos/load';
import { type Content } from '../../lib/content/load';
import { watchForErrors } from './helpers';

const content = (await loadContent('content')).content as Content;

/** Ground truth: every article whose indexed text (title and body) contains the query. */
function articlesContaining(q: string): string[] {
  return content.articles
    .filter((a) => [a.kicker, a.title, a.subtitle, a.text, ...a.figures.map((f) => f.caption), a.credit].join('\n').replace(/\s+/g, '').includes(q))
    .map((a) => `/editions/${a.editionId}/${a.slug}/`)
    .sort();
}

async function resultUrls(page: import('@playwright/test').Page): Promise<string[]> {
  await expect(page.getByText(/共找到 \d+ 篇文章/)).toBeVisible({ timeout: 15_000 });
  const links = await page.getByRole('list', { name: '搜索结果' }).locator('li > a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return links.sort();
}

/** Polls until the results settle on the expected pages (a search is asynchronous). */
async function expectResults(page: import('@playwright/test').Page, expected: string[]): Promise<void> {
  await expect.poll(() => resultUrls(page), { timeout: 15_000 }).toEqual(expected);
}

test.describe('search in Chinese', () => {
  for (const q of ['加装电梯', '广场舞', '楼道堆物', '青瓷', '电梯', '垃圾分类']) {
    test(`“${q}” finds every article containing it and nothing else`, async ({ page }) => {
      const check = watchForErrors(page);
      const expected = articlesContaining(q);
      expect(expected.length).toBeGreaterThan(0);
      await page.goto(`/search/?q=${encodeURIComponent(q)}`);
      expect(await resultUrls(page)).toEqual(expected);
      // Each result shows its title, street and date (marked when inferred, as every launch date is), and the query highlighted.
      const first = page.getByRole('list', { name: '搜索结果' }).locator('li').first();
      await expect(first.locator('mark').first()).toHaveText(q);
      await expect(first.locator('p.text-sm')).toHaveText(/街道 · \d{4}年.*（推定）$/);
      // Newest first: the index is in parts of a year or less, the newest read first (lib/browser/search.ts).
      const years = (await page.getByRole('list', { name: '搜索结果' }).locator('li p.text-sm').allTextContents()).map((t) => Number(/(\d{4})年/.exec(t)?.[1]));
      expect(years).toEqual([...years].sort((x, y) => y - x));
      check();
    });
  }

  test('typing a query keeps it in the URL, and filters narrow by street and residential area', async ({ page }) => {
    await page.goto('/search/');
    await page.getByRole('searchbox', { name: '搜索文章' }).fill('垃圾分类');
    await page.getByRole('button', { name: '搜索' }).click();
    await expect(page).toHaveURL(/\?q=%E5%9E%83%E5%9C%BE%E5%88%86%E7%B1%BB$/);
    await expectResults(page, articlesContaining('垃圾分类'));
    await page.getByLabel('街道').selectOption('华阳路街道');
    await page.getByRole('button', { name: '搜索' }).click();
    await expect(page).toHaveURL(/street=/);
    await expectResults(page, ['/editions/2020-11-24-huayanglu/02/']);
    await page.goto(`/search/?q=${encodeURIComponent('电梯')}&residence=${encodeURIComponent('中五居民区')}`);
    await expectResults(page, ['/editions/2020-11-24-zhoujiaqiao/01/']);
  });

  test('a query found nowhere says so', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('火星基地')}`);
    await expect(page.getByText('“火星基地”共找到 0 篇文章')).toBeVisible({ timeout: 15_000 });
  });

});

test.describe('search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says plainly that search needs it', async ({ page }) => {
    await page.goto('/search/?q=电梯');
    // Playwright's text locators skip <noscript>, so the element is named directly.
    const notice = page.locator('noscript p');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('搜索需要在浏览器中启用 JavaScript');
    await expect(notice.locator('a').first()).toHaveAttribute('href', '/streets/');
  });
});
