/** axe-core: WCAG 2.1 A and AA, plus best practices, on every page type at both widths. */
import { expect, test } from '@playwright/test';
import { PAGE_TYPES, axe, tabTo } from './helpers';

test.describe('axe finds no violations', () => {
  for (const [name, p] of Object.entries({ ...PAGE_TYPES, search: `/search/?q=${encodeURIComponent('电梯')}`, notFound: '/does-not-exist/' })) {
    test(name, async ({ page, isMobile }) => {
      await page.goto(p);
      if (name === 'search') await expect(page.getByText(/共找到 \d+ 篇文章/)).toBeVisible({ timeout: 15_000 });
      const builder = axe(page);
      // Colours are the same at every width, and the contrast pass is half of axe's time here: checked at the phone's
      // width (and in 长辈模式 at both, tests/e2e/elder.e2e.spec.ts), everything else at both.
      const result = await (isMobile ? builder : builder.disableRules(['color-contrast'])).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
    });
  }
});

test('keyboard only: skip link, menu, search, article', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '跳到正文' })).toBeFocused();
  // Through the menu to 搜索 (on a phone, opening the folded 栏目 menu with Enter on the way).
  await tabTo(page, page.locator('.site-nav a[href="/search/"]'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/$/);
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
