import { expect, test } from '@playwright/test';
import { openMenu, watchForErrors } from './helpers';

test('home → street → residential area → article', async ({ page }) => {
  const check = watchForErrors(page);
  await page.goto('/');
  await (await openMenu(page)).getByRole('link', { name: '街道' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('街道');
  await page.getByRole('link', { name: '仙霞街道', exact: true }).click();
  await expect(page).toHaveURL(/\/streets\/xianxia\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('仙霞街道');
  await page.getByRole('region', { name: '居民区' }).getByRole('link', { name: /虹旭居民区/ }).click();
  await expect(page).toHaveURL(/\/residences\/hongxu\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('虹旭居民区');
  await page.getByRole('link', { name: '虹旭居民区 废旧自行车兑换' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('虹旭居民区 废旧自行车兑换');
  await expect(page.locator('.article-body')).toContainText('11月15日，虹旭居民区书记吴红萍带领居委干部');
  // Breadcrumbs 区 › 街道 › 居民区.
  const crumbs = page.getByRole('navigation', { name: '位置' });
  await expect(crumbs).toContainText('长宁区');
  await expect(crumbs.getByRole('link', { name: '仙霞街道' })).toHaveAttribute('href', '/streets/xianxia/');
  await expect(crumbs.getByRole('link', { name: '虹旭居民区' })).toHaveAttribute('href', '/residences/hongxu/');
  check();
});

test('archive → edition → article, in printed order with neighbours', async ({ page }) => {
  const check = watchForErrors(page);
  await page.goto('/archive/');
  await page.getByRole('link', { name: '11月' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2020年11月');
  await page.getByRole('link', { name: '华阳路街道版' }).click();
  await expect(page).toHaveURL(/\/editions\/2020-11-24-huayanglu\/$/);
  const toc = page.getByRole('navigation', { name: '本期目录' });
  await expect(toc.getByRole('listitem')).toHaveText([/奋勇前行/, /坚持党员“四先”/, /当好“领头雁”/, /深化载体建设/]);
  // The table of contents jumps within the page.
  await toc.getByRole('link', { name: /当好“领头雁”/ }).click();
  await expect(page).toHaveURL(/#a-03$/);
  await page.getByRole('heading', { name: '当好“领头雁” 用好“带头人”' }).getByRole('link').click();
  await expect(page).toHaveURL(/\/editions\/2020-11-24-huayanglu\/03\/$/);
  await expect(page.getByText('长一居民区党总支').first()).toBeVisible();
  const nav = page.getByRole('navigation', { name: '同期文章' });
  await expect(nav.getByRole('link', { name: /上一篇/ })).toHaveAttribute('href', '/editions/2020-11-24-huayanglu/02/');
  await expect(nav.getByRole('link', { name: /下一篇/ })).toHaveAttribute('href', '/editions/2020-11-24-huayanglu/04/');
  // Photo captions are figures, and no image (so no broken image) is on the page.
  await expect(page.locator('figure.photo figcaption').first()).toHaveText('社区居民走进社区，以案说法');
  await expect(page.locator('img')).toHaveCount(0);
  check();
});

test('honour roll → residential area', async ({ page }) => {
  const check = watchForErrors(page);
  await page.goto('/awards/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('光荣榜');
  // One page a round, each named with how many awards of each level it gave.
  await expect(page.getByRole('link', { name: '第七轮（2020年）' })).toHaveAttribute('href', '/awards/jinyin-7/');
  await expect(page.locator('li', { hasText: '第四轮（2020年）' })).toContainText('五星奖2个');
  await page.goto('/awards/wuxing-4/');
  await expect(page.locator('li[id^="wuxing-4-"]')).toHaveCount(2);
  await page.getByRole('navigation', { name: '位置' }).getByRole('link', { name: '光荣榜' }).click();
  await page.getByRole('link', { name: '第七轮（2020年）' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('长宁区第七轮居民区党建工作“金银奖”');
  await expect(page.locator('li[id^="jinyin-7-"]')).toHaveCount(10);
  await page.locator('#jinyin-7-suyi').getByRole('link', { name: '苏一居民区' }).click();
  await expect(page).toHaveURL(/\/residences\/suyi\/$/);
  await expect(page.getByRole('heading', { name: '获奖' })).toBeVisible();
  await expect(page.getByText('苏一居民区党总支')).toBeVisible();
  await page.getByRole('link', { name: '在“加强基层党建、创新社会治理”之路上奋勇前行' }).click();
  await expect(page.getByRole('heading', { name: '本文报道的奖项' })).toBeVisible();
  await expect(page.getByRole('link', { name: /苏一居民区党总支/ })).toHaveAttribute('href', '/awards/jinyin-7/#jinyin-7-suyi');
  check();
});

test('我的街道: chosen on a street page, first on the home page; the same page without a choice', async ({ page }) => {
  const check = watchForErrors(page);
  await page.goto('/');
  const slot = page.locator('[data-my-street-slot]');
  await expect(slot).toBeHidden();
  const before = await page.locator('main').innerText();
  await page.goto('/streets/huayanglu/');
  const button = page.getByRole('button', { name: '设为我的街道' });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(button).toHaveText('已设为我的街道');
  await page.goto('/');
  await expect(slot.getByRole('heading', { level: 2 })).toHaveText('我的街道：华阳路街道');
  await expect(slot.getByRole('link', { name: /2020年11月24日/ })).toHaveAttribute('href', '/editions/2020-11-24-huayanglu/');
  // First on the page: above the newest editions.
  expect((await slot.boundingBox())?.y ?? Infinity).toBeLessThan((await page.getByRole('heading', { name: '最新各期' }).boundingBox())?.y ?? 0);
  // Kept in localStorage, never in a cookie.
  expect(await page.evaluate(() => localStorage.getItem('chenbao-street'))).toBe('huayanglu');
  expect((await page.context().cookies()).length).toBe(0);
  // Chosen again, it is undone; the home page is as before.
  await page.goto('/streets/huayanglu/');
  await page.getByRole('button', { name: '已设为我的街道' }).click();
  await page.goto('/');
  await expect(slot).toBeHidden();
  expect(await page.locator('main').innerText()).toBe(before);
  check();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the home page is complete: every street\'s newest edition, by district; no 我的街道 button on a street page', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('[data-my-street-slot]')).toBeHidden();
    const line = page.locator('li[data-street="zhijiangxilu"]');
    await expect(line.getByRole('link', { name: '芷江西路街道' })).toHaveAttribute('href', '/streets/zhijiangxilu/');
    await expect(page.getByRole('region', { name: '静安区' })).toContainText('芷江西路街道');
    await page.goto('/streets/xianxia/');
    await expect(page.getByRole('button', { name: '设为我的街道' })).toBeHidden();
  });
});

test('an unknown URL gets the Chinese 404 page', async ({ page }) => {
  const response = await page.goto('/does-not-exist/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');
  await expect(page.getByRole('link', { name: '回到首页' })).toHaveAttribute('href', '/');
  const unknownStreet = await page.goto('/streets/does-not-exist/');
  expect(unknownStreet?.status()).toBe(404);
});
