/** What the production nginx configuration (deploy/site.conf) promises, checked over HTTP. */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { OUT } from './helpers';

test.describe('the deployed server', () => {
  test('sends security headers on pages, assets and feeds', async ({ request }) => {
    for (const url of ['/', '/editions/2019-11-28-xianxia/01/', '/feed.xml', '/js/elder.js']) {
      const r = await request.get(url);
      expect(r.status(), url).toBe(200);
      expect(r.headers()['content-security-policy'], url).toContain("frame-ancestors 'none'");
      expect(r.headers()['x-content-type-options'], url).toBe('nosniff');
      expect(r.headers()['referrer-policy'], url).toBe('strict-origin-when-cross-origin');
    }
  });

  test('caches fingerprinted assets for a year and revalidates pages', async ({ request, page }) => {
    await page.goto('/');
    const css = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
    expect(css).toMatch(/^\/_next\/static\//);
    expect((await request.get(css ?? '')).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await request.get('/')).headers()['cache-control']).toBe('no-cache');
    expect((await request.get('/js/elder.js')).headers()['cache-control']).toContain('must-revalidate');
    // The search index, in parts (a year each here): its chunks are named by their content, its loader and table of pages are not.
    const year = fs.readdirSync(path.join(OUT, 'pagefind')).sort().at(-1) ?? '';
    const chunk = fs.readdirSync(path.join(OUT, 'pagefind', year, 'index'))[0];
    expect((await request.get(`/pagefind/${year}/index/${chunk}`)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await request.get(`/pagefind/${year}/pagefind.js`)).headers()['cache-control']).toContain('must-revalidate');
  });

  test('compresses text', async ({ request }) => {
    const r = await request.get('/editions/2020-11-24-huayanglu/', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(r.headers()['content-encoding']).toBe('gzip');
    expect(r.headers()['content-type']).toBe('text/html; charset=utf-8');
  });

  test('serves feeds with their own types', async ({ request }) => {
    expect((await request.get('/feed.xml')).headers()['content-type']).toMatch(/^application\/rss\+xml/);
    expect((await request.get('/streets/xianxia/atom.xml')).headers()['content-type']).toMatch(/^application\/atom\+xml/);
    expect((await request.get('/residences/hongxu/feed.json')).headers()['content-type']).toMatch(/^application\/feed\+json/);
  });

  test('adds the trailing slash, and answers unknown URLs with the 404 page', async ({ request }) => {
    const r = await request.get('/streets/xianxia', { maxRedirects: 0 });
    expect(r.status()).toBe(301);
    expect(r.headers()['location']).toBe('/streets/xianxia/');
    const missing = await request.get('/no/such/page/');
    expect(missing.status()).toBe(404);
    expect(await missing.text()).toContain('找不到这个页面');
  });
});
