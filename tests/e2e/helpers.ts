/** Shared helpers for the browser specs. */
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';

// Specs run from the repository root.
export const OUT = path.resolve(process.cwd(), 'out');

/**
 * The site's port (playwright.config.ts). Every other server a run starts takes a port
 * at a fixed distance from it, so two runs side by side (one with E2E_PORT=4174) never
 * share, or stop, each other's servers.
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4173);

/** The fixture site (scripts/fixture-site.ts), built and served by global-setup.ts: 4391 by default. */
export const FIXTURE_PORT = E2E_PORT + 218;
/** The editors' preview (next dev, preview.e2e.spec.ts) and its reload server: 3197 and 35797 by default. */
export const PREVIEW_PORT = E2E_PORT - 976;
export const PREVIEW_RELOAD_PORT = E2E_PORT + 31624;
export const FIXTURE_ORIGIN = `http://127.0.0.1:${FIXTURE_PORT}`;

/** Every page in the static export, as a URL path ("/streets/xianxia/"). */
export function exportedPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && !['_next', '_not-found', '404'].includes(entry.name)) walk(full);
      else if (entry.name === 'index.html') pages.push(`/${path.relative(OUT, dir).split(path.sep).join('/')}/`.replace(/^\/\/$/, '/'));
    }
  };
  walk(OUT);
  return pages.sort();
}

/** One representative page of each type, for screenshots and per-type checks. */
export const PAGE_TYPES: Record<string, string> = {
  home: '/',
  streets: '/streets/',
  street: '/streets/xianxia/',
  residences: '/residences/',
  residence: '/residences/hongxu/',
  archive: '/archive/',
  year: '/archive/2019/',
  month: '/archive/2019/11/',
  edition: '/editions/2020-11-24-huayanglu/',
  article: '/editions/2019-11-28-xianxia/01/',
  awards: '/awards/',
  round: '/awards/jinyin-7/',
  about: '/about/',
};

/**
 * axe-core on the page: WCAG 2.1 A and AA plus best practices, or the rules named, or 'all' (axe's own default set,
 * WCAG 2.2's target size included). Legacy mode runs
 * axe inside the page alone: the default opens a second blank page per run to merge results across frames, a second
 * of every run here, and these pages have no frames.
 */
export function axe(page: Page, rules?: string[] | 'all'): AxeBuilder {
  const builder = new AxeBuilder({ page }).setLegacyMode(true);
  if (rules === 'all') return builder;
  return rules ? builder.withRules(rules) : builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
}

/** Collects console errors and failed requests; call the returned check at the end. */
export function watchForErrors(page: Page): () => void {
  const problems: string[] = [];
  page.on('console', (m) => {
    // The browser logs the 404 page's own status as an error: that answer is the page's purpose.
    if (m.type() === 'error' && !m.location().url.includes('/does-not-exist')) problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => {
    // Navigating away cancels requests still in flight (the icon, say): not a fault of the page.
    const reason = r.failure()?.errorText ?? '';
    if (reason !== 'net::ERR_ABORTED') problems.push(`request failed: ${r.url()} ${reason}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().includes('/does-not-exist')) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return () => expect(problems).toEqual([]);
}

/** A full-page screenshot kept with the test results, named by page and viewport. */
export async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const file = testInfo.outputPath(`${name}-${testInfo.project.name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(`${name}-${testInfo.project.name}`, { path: file, contentType: 'image/png' });
}

export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'page scrolls sideways').toBeLessThanOrEqual(0);
}

/** The main navigation, opened first on a phone, where the sections fold into the 栏目 menu. */
export async function openMenu(page: Page) {
  const summary = page.locator('.nav-menu summary');
  if ((await summary.isVisible()) && !(await page.locator('.nav-menu').evaluate((d) => (d as HTMLDetailsElement).open))) await summary.click();
  return page.getByRole('navigation', { name: '主导航' });
}

/**
 * Presses Tab until `target` (or, when it matches several elements, such as
 * the phone's and the desktop's copy of a link, one of them) has focus, as a
 * keyboard user would; on the way, a folded 栏目 menu is opened with Enter.
 */
export async function tabTo(page: Page, target: ReturnType<Page['locator']>, max = 20): Promise<void> {
  const focused = () => target.evaluateAll((els) => els.some((el) => el === document.activeElement));
  for (let i = 0; i < max; i++) {
    if (await focused()) return;
    const onClosedMenu = await page.evaluate(() => {
      const el = document.activeElement;
      return el?.tagName === 'SUMMARY' && !(el.parentElement as HTMLDetailsElement).open;
    });
    await page.keyboard.press(onClosedMenu ? 'Enter' : 'Tab');
  }
  expect(await focused(), 'focus never reached the target').toBe(true);
}
