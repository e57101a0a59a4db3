/** Lighthouse, mobile: accessibility 100, best practices ≥ 95, SEO 100. Performance is reported by `npm run audit` and the photo test. */
import { expect, test } from '@playwright/test';
import { lighthouse } from '../../scripts/lighthouse';

for (const page of ['/', '/streets/xianxia/', '/editions/2019-11-28-xianxia/01/']) {
  test(`Lighthouse on ${page}`, ({ baseURL }) => {
    test.setTimeout(120_000);
    const { scores, failing } = lighthouse(`${baseURL}${page}`, ['accessibility', 'best-practices', 'seo']);
    expect(failing).toEqual([]);
    expect(scores.accessibility).toBe(100);
    expect(scores['best-practices']).toBeGreaterThanOrEqual(95);
    expect(scores.seo).toBe(100);
  });
}
