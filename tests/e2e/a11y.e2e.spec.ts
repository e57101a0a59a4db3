/** Keyboard use; axe-core runs on every page type at both widths in pages.e2e.spec.ts, in the same visit as its other checks. */
import { expect, test } from '@playwright/test';
import { tabTo } from './helpers';

test('keyboard only: skip link, menu, search, article', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '跳到正文' })).toBeFocused();
  // Through the menu to 搜索 (on a phone, opening the folded 栏目 menu with Enter on the way).
  await tabTo(page, page.locator('.site-nav a[href="/search/"]'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/$/);
  // The URL changes before the new document has loaded: a Tab pressed then
  // lands in the old page (this test failed so about once in two CI runs).
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('搜索');
  await page.waitForLoadState('load');
  // The skip link leads to the search box.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const box = page.getByRole('searchbox', { name: '搜索文章' });
  await expect(box).toBeFocused();
  await page.keyboard.type('青瓷');
  await page.keyboard.press('Enter');
  const result = page.getByRole('list', { name: '搜索结果' }).getByRole('link').first();
  await expect(result).toHaveText('仙霞举办“世界非遗”青瓷展', { timeout: 15_000 });
  for (let i = 0; i < 12 && !(await result.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(result).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('仙霞举办“世界非遗”青瓷展');
});
