/** Budgets, the security policy and links, checked on the built site. */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { expect, test } from '@playwright/test';
import { OUT, PAGE_TYPES, exportedPages } from './helpers';

const gz = (file: string) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
const htmlOf = (p: string) => fs.readFileSync(path.join(OUT, p, 'index.html'), 'utf8');
const scriptsOf = (html: string) => [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);

test.describe('budgets', () => {
  test('every page ships at most 15 KB of JavaScript, gzipped, and none of the framework', () => {
    for (const p of exportedPages()) {
      const scripts = scriptsOf(htmlOf(p));
      expect(scripts.filter((s) => s.startsWith('/_next/')), p).toEqual([]);
      const bytes = scripts.reduce((n, s) => n + gz(path.join(OUT, s.split('?')[0])), 0);
      expect(bytes, p).toBeLessThanOrEqual(15 * 1024);
    }
  });

  test('search is our script and Pagefind\'s loader, at most 20 KB gzipped together; no framework script is left in out/', () => {
    const scripts = scriptsOf(htmlOf('/search/'));
    expect(scripts).toContain('/js/search.js');
    const ours = scripts.reduce((n, s) => n + gz(path.join(OUT, s.split('?')[0])), 0);
    // The newest part's index is the one a search loads first (/pagefind/<part>/pagefind.js).
    const newest = fs.readdirSync(path.join(OUT, 'pagefind')).sort().at(-1) ?? '';
    const loader = gz(path.join(OUT, 'pagefind', newest, 'pagefind.js'));
    console.log(`search page: our scripts ${(ours / 1024).toFixed(1)} KB + Pagefind's loader ${(loader / 1024).toFixed(1)} KB, gzipped`);
    expect(ours + loader).toBeLessThanOrEqual(20 * 1024);
    expect((fs.readdirSync(path.join(OUT, '_next'), { recursive: true }) as string[]).filter((f) => f.endsWith('.js'))).toEqual([]);
  });

  test('an article page is at most 8 KB of HTML, gzipped', () => {
    for (const p of exportedPages().filter((x) => /^\/editions\/[^/]+\/[^/]+\/$/.test(x))) {
      expect(gz(path.join(OUT, p, 'index.html')), p).toBeLessThanOrEqual(8 * 1024);
    }
  });
});

test.describe('content security policy', () => {
  test('every page has one, without unsafe-inline', () => {
    for (const p of exportedPages()) {
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(htmlOf(p))?.[1];
      expect(csp, p).toBeDefined();
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("object-src 'none'");
    }
  });

  test('no page violates its policy', async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { cspViolations: string[] };
      w.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    for (const p of [...Object.values(PAGE_TYPES), `/search/?q=${encodeURIComponent('电梯')}`]) {
      await page.goto(p);
      if (p.startsWith('/search/')) await expect(page.getByText(/共找到 \d+ 篇文章/)).toBeVisible({ timeout: 15_000 });
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), p).toEqual([]);
    }
  });
});

test('no internal link, anchor or image leads nowhere', () => {
  const ids = new Map<string, Set<string>>();
  const idsOf = (p: string) => {
    let set = ids.get(p);
    if (!set) {
      set = new Set([...htmlOf(p).matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]));
      ids.set(p, set);
    }
    return set;
  };
  const broken: string[] = [];
  const pages = [...exportedPages(), '/404/'];
  for (const p of pages) {
    const html = htmlOf(p);
    for (const m of html.matchAll(/\b(?:href|src)="([^"]+)"/g)) {
      const raw = m[1].replace(/&amp;/g, '&');
      if (/^(https?:|mailto:|data:)/.test(raw)) continue;
      const url = new URL(raw, `http://site${p}`);
      const target = decodeURI(url.pathname);
      if (target.endsWith('/')) {
        if (!fs.existsSync(path.join(OUT, target, 'index.html'))) broken.push(`${p} → ${raw}`);
        else if (url.hash && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${p} → ${raw} (no such anchor)`);
      } else if (!fs.existsSync(path.join(OUT, target))) broken.push(`${p} → ${raw}`);
    }
  }
  expect(broken).toEqual([]);
});
