/**
 * The first screen of an article on a phone (390 × 844) shows its headline
 * and the start of its text or its first photo, in the normal mode and in
 * 长辈模式: the header is one row, the breadcrumbs do not repeat the headline.
 */
import { expect, test, type Page } from '@playwright/test';
import { PHOTO_EDITION } from '../../scripts/fixture-site';
import { FIXTURE_ORIGIN } from './helpers';

// The phone project is 390 × 844 at 2×; a desktop's first screen holds far more: this file is the phone's only
// (playwright.config.ts).

const ARTICLES = [
  // A launch article with a long headline and a kicker-less lead, and the sample article with photos.
  ['/editions/2019-12-12-changfengxincun/02/', ''],
  ['/editions/2019-11-28-xianxia/01/', ''],
  [`/editions/${PHOTO_EDITION}/01/`, FIXTURE_ORIGIN],
] as const;

async function firstScreen(page: Page) {
  return page.evaluate(() => {
    const h1 = document.querySelector('h1')?.getBoundingClientRect();
    const first = document.querySelector('.article-body > :is(p, figure)')?.getBoundingClientRect();
    const crumbs = document.querySelector('nav[aria-label="位置"]')?.textContent ?? '';
    return { h1Bottom: h1?.bottom ?? Infinity, bodyTop: first?.top ?? Infinity, height: window.innerHeight, crumbs, title: document.querySelector('h1')?.textContent ?? '' };
  });
}

for (const mode of ['normal', 'elder'] as const) {
  test(`in the ${mode === 'elder' ? '长辈模式' : 'normal mode'}, the headline and the start of the article fit the first screen`, async ({ page }) => {
    if (mode === 'elder') await page.addInitScript(() => localStorage.setItem('chenbao-elder', '1'));
    for (const [path, origin] of ARTICLES) {
      await page.goto(`${origin}${path}`);
      if (mode === 'elder') await expect(page.locator('html')).toHaveAttribute('data-elder', '');
      const s = await firstScreen(page);
      expect(s.h1Bottom, `${path}: headline`).toBeLessThanOrEqual(s.height);
      // At least the first line of text (or the top of the first photo) is on screen.
      expect(s.bodyTop, `${path}: start of the article`).toBeLessThan(s.height - 40);
      expect(s.crumbs, path).not.toContain(s.title);
    }
  });
}
