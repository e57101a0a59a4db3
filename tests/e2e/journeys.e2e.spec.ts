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
  await expect(page.locator('li[id^="jinyin-7-"]')).toHaveCount(10);
  await expect(page.locator('li[id^="wuxing-4-"]')).toHaveCount(2);
  await page.locator('#jinyin-7-suyi').getByRole('link', { name: '苏一居民区' }).click();
  await expect(page).toHaveURL(/\/residences\/suyi\/$/);
  await expect(page.getByRole('heading', { name: '获奖' })).toBeVisible();
  await expect(page.getByText('苏一居民区党总支')).toBeVisible();
  await page.getByRole('link', { name: '在“加强基层党建、创新社会治理”之路上奋勇前行' }).click();
  await expect(page.getByRole('heading', { name: '本文报道的奖项' })).toBeVisible();
  check();
});

test('an unknown URL gets the Chinese 404 page', async ({ page }) => {
  const response = await page.goto('/does-not-exist/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');
  await expect(page.getByRole('link', { name: '回到首页' })).toHaveAttribute('href', '/');
  const unknownStreet = await page.goto('/streets/does-not-exist/');
  expect(unknownStreet?.status()).toBe(404);
});
