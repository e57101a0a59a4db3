import { expect, test } from '@playwright/test';
import { PAGE_TYPES, axe, expectNoSidewaysScroll, exportedPages, screenshot, watchForErrors, openMenu } from './helpers';

test.describe('every page in out/', () => {
  const pages = exportedPages();

  test('there are pages for every record', () => {
    // 12 listing pages + 5 streets + 21 residential areas + 5 editions + 21 articles + 3 months + 2 years.
    expect(pages.length).toBeGreaterThanOrEqual(60);
    expect(pages).toContain('/editions/2019-zhijiangxilu/01/');
    // One honour-roll page a round.
    expect(pages).toEqual(expect.arrayContaining(['/awards/jinyin-7/', '/awards/wuxing-4/']));
  });

  // Every page, at the phone's width, where sideways scrolling happens; the page types at both widths below.
  test('loads with no console errors, in Chinese, without sideways scrolling, with breadcrumbs below home', { tag: '@phone' }, async ({ page }) => {
    test.setTimeout(120_000);
    const check = watchForErrors(page);
    for (const path of pages) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expect(page.locator('title')).not.toBeEmpty();
      await expectNoSidewaysScroll(page);
      if (path !== '/') await expect(page.getByRole('navigation', { name: '位置' }), path).toBeVisible();
    }
    check();
  });
});

// One visit a page type and width does what each needs: console errors, sideways scrolling, axe-core (WCAG 2.1 A and
// AA, best practices) and a screenshot; a visit is most of a test's time here.
test.describe('each page type', () => {
  const types = { ...PAGE_TYPES, search: `/search/?q=${encodeURIComponent('电梯')}`, notFound: '/does-not-exist/' };
  for (const [name, path] of Object.entries(types)) {
    test(`${name} (${path}): no console errors, no sideways scrolling, no axe violations, screenshot`, async ({ page, isMobile }, testInfo) => {
      // A whole edition is the longest page: its axe pass and its full-page screenshot at the phone's pixel ratio took
      // 38 s on a 2-core machine running two suites side by side, past the default 30.
      test.setTimeout(90_000);
      const check = watchForErrors(page);
      await page.goto(path);
      if (name === 'search') await expect(page.getByText(/共找到 \d+ 篇文章/)).toBeVisible({ timeout: 15_000 });
      await page.evaluate(() => document.fonts.ready);
      await expectNoSidewaysScroll(page);
      // Colours are the same at every width, and the contrast pass is half of axe's time: checked at the phone's
      // width (and in 长辈模式 at both, elder.e2e.spec.ts), everything else at both.
      const builder = axe(page);
      const result = await (isMobile ? builder : builder.disableRules(['color-contrast'])).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
      check();
      await screenshot(page, testInfo, name);
    });
  }
});

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('the site reads and navigates', async ({ page }) => {
    await page.goto('/');
    // The phone's 栏目 menu is a <details>: it opens without JavaScript.
    await (await openMenu(page)).getByRole('link', { name: '光荣榜', exact: true }).click();
    await expect(page).toHaveURL(/\/awards\/$/);
    await page.getByRole('link', { name: '第七轮（2020年）' }).click();
    await expect(page.locator('#jinyin-7-taojiazhai')).toContainText('陶家宅居民区党总支');
    await page.getByRole('link', { name: '陶家宅居民区', exact: true }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('陶家宅居民区');
  });
});

test('skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/streets/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('the edition prints like the paper: no navigation, two columns', async ({ page }) => {
  await page.goto('/editions/2019-11-28-xianxia/');
  await page.emulateMedia({ media: 'print' });
  // Both navigations (the phone's menu and the row of links) are absent from the printed page.
  const navs = page.locator('.site-header nav');
  expect(await navs.count()).toBe(2);
  for (const nav of await navs.all()) await expect(nav).toBeHidden();
  await expect(page.locator('.nav-menu')).toBeHidden();
  await expect(page.getByRole('navigation', { name: '本期目录' })).toBeHidden();
  const columns = await page.locator('.article-body').first().evaluate((el) => getComputedStyle(el).columnCount);
  expect(columns).toBe('2');
});

test('dark mode follows the system setting', async ({ page }) => {
  await page.goto('/');
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(light).toBe('rgb(251, 250, 247)');
  expect(dark).toBe('rgb(21, 20, 19)');
});

test('Chinese line breaks in the source never show as spaces', async ({ page }) => {
  await page.goto('/editions/2019-11-28-xianxia/01/');
  const text = await page.locator('.article-body').innerText();
  expect(text).toContain('区委副书记陈华文，区委常委、组织部部长宋宗德陪同调研。');
  expect(text).not.toMatch(/[\u4e00-\u9fff] [\u4e00-\u9fff]/);
});
