/** axe-core: WCAG 2.1 A and AA, plus best practices, on every page type at both widths. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from './helpers';

test.describe('axe finds no violations', () => {
  for (const [name, p] of Object.entries({ ...PAGE_TYPES, search: `/search/?q=${encodeURIComponent('电梯')}`, notFound: '/does-not-exist/' })) {
    test(name, async ({ page }) => {
      await page.goto(p);
      if (name === 'search') await expect(page.getByText(/共找到 \d+ 篇文章/)).toBeVisible({ timeout: 15_000 });
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
    });
  }
});
