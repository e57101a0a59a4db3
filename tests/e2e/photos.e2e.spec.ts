/**
 * Photos in the browser, on the fixture site's sample edition (synthetic
 * photos; the launch editions kept none): they load and decode, reserve their
 * box so nothing shifts, pick a variant that fits the screen, are shared and
 * fed with their sizes, pass axe, the Nu HTML Checker and Lighthouse, and
 * print at column width.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { lighthouse } from '../../scripts/lighthouse';
import { FIXTURE_SITE, PHOTO_EDITION } from '../../scripts/fixture-site';
import { FIXTURE_ORIGIN as ORIGIN, axe, screenshot, watchForErrors } from './helpers';

const ARTICLE = `/editions/${PHOTO_EDITION}/01/`;
const NO_PHOTO = `/editions/${PHOTO_EDITION}/03/`;
/** Articles and the whole edition with their photos; listings with their thumbnails. */
const PAGES_WITH_PHOTOS = [ARTICLE, `/editions/${PHOTO_EDITION}/02/`, `/editions/${PHOTO_EDITION}/`, '/', '/streets/xianxia/', '/residences/hongxu/'];

/** Records layout shifts from the start of the page, as the CLS metric counts them (none after input). */
async function watchLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] };
    const w = window as unknown as { shifts: { value: number; what: string }[] };
    w.shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Shift[]) {
        // What moved, so that a failure names it (tag and class of each shifted element).
        const what = (e.sources ?? []).map((s) => (s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${s.node.className}` : String(s.node?.nodeName))).join(', ');
        if (!e.hadRecentInput) w.shifts.push({ value: e.value, what: `${what} at ${Math.round(e.startTime)} ms` });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Scrolls down a screen at a time, so every lazy photo is asked for, then waits until each has decoded. */
async function loadEveryPhoto(page: Page) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 50));
    }
  });
  await page.waitForFunction(() => [...document.images].every((img) => img.complete));
  return page.evaluate(() =>
    Promise.all(
      [...document.images].map(async (img) => {
        await img.decode().catch(() => undefined);
        const box = img.getBoundingClientRect();
        return { src: img.currentSrc, natural: [img.naturalWidth, img.naturalHeight], attrs: [Number(img.getAttribute('width')), Number(img.getAttribute('height'))], box: [box.width, box.height] };
      }),
    ),
  );
}

test('every photo loads and decodes at its reserved size, and nothing on the page shifts', async ({ page }, testInfo) => {
  await watchLayoutShifts(page);
  for (const p of PAGES_WITH_PHOTOS) {
    const check = watchForErrors(page);
    await page.goto(`${ORIGIN}${p}`);
    const images = await loadEveryPhoto(page);
    expect(images.length, p).toBeGreaterThan(0);
    for (const img of images) {
      expect(img.natural[0], `${p} ${img.src} did not decode`).toBeGreaterThan(0);
      // The box the page reserved has the photo's own proportions.
      expect(Math.abs(img.box[1] / img.box[0] - img.attrs[1] / img.attrs[0]), `${p} ${img.src}`).toBeLessThan(0.02);
      expect(Math.abs(img.natural[1] / img.natural[0] - img.attrs[1] / img.attrs[0]), `${p} ${img.src}`).toBeLessThan(0.02);
    }
    const shifts = await page.evaluate(() => (window as unknown as { shifts: { value: number; what: string }[] }).shifts);
    expect(shifts.reduce((a, b) => a + b.value, 0), `${p}: cumulative layout shift (${shifts.map((x) => x.what).join('; ')})`).toBe(0);
    check();
  }
  await page.goto(`${ORIGIN}${ARTICLE}`);
  await loadEveryPhoto(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, testInfo, 'article-with-photos');
});

test('the first photo is fetched at once and first, the others when they come near; the screen picks a variant that fits', async ({ page }, testInfo) => {
  const photos: { url: string; bytes: number }[] = [];
  page.on('response', async (r) => {
    if (r.url().includes('/photos/')) photos.push({ url: r.url(), bytes: (await r.body()).length });
  });
  await page.goto(`${ORIGIN}${ARTICLE}`);
  const imgs = page.locator('.article-body img');
  await expect(imgs.first()).toHaveAttribute('fetchpriority', 'high');
  await expect(imgs.first()).not.toHaveAttribute('loading', 'lazy');
  await expect(imgs.nth(1)).toHaveAttribute('loading', 'lazy');
  await page.waitForFunction(() => (document.querySelector('.article-body img') as HTMLImageElement).complete);
  const first = photos[0];
  // AVIF, at the width this screen needs (390 px at 2×, or the 38rem column at 1×): the 960 variant.
  expect(first.url).toMatch(/\/960\.avif$/);
  testInfo.annotations.push({ type: 'first photo', description: `${first.url.replace(ORIGIN, '')}: ${(first.bytes / 1024).toFixed(1)} KB` });
  console.log(`[${testInfo.project.name}] first photo ${first.url.replace(ORIGIN, '')}: ${(first.bytes / 1024).toFixed(1)} KB`);
});

test('photos and share cards are served with their type and a year of caching', async ({ request }) => {
  const page = await (await request.get(`${ORIGIN}${ARTICLE}`)).text();
  const avif = /<source type="image\/avif" srcSet="([^ ]+) /.exec(page)?.[1] ?? /srcset="([^ ]+\.avif) /.exec(page)?.[1];
  expect(avif).toBeTruthy();
  for (const url of [avif as string, /<meta property="og:image" content="([^"]+)"/.exec(page)?.[1]?.replace(/^https?:\/\/[^/]+/, '') as string]) {
    const r = await request.get(`${ORIGIN}${url}`);
    expect(r.status(), url).toBe(200);
    expect(r.headers()['cache-control'], url).toBe('public, max-age=31536000, immutable');
    expect(r.headers()['content-type'], url).toBe(url.endsWith('.avif') ? 'image/avif' : 'image/jpeg');
  }
});

test('a shared link shows the lead photo, or the street\'s card, at the size it says', async ({ page, request }) => {
  for (const [p, kind] of [[ARTICLE, 'photo'], [NO_PHOTO, 'card']] as const) {
    await page.goto(`${ORIGIN}${p}`);
    const meta = (prop: string) => page.locator(`meta[property="${prop}"]`).getAttribute('content');
    const url = (await meta('og:image')) ?? '';
    expect(url, p).toMatch(kind === 'photo' ? /^https:\/\/shequchenbao\.example\/photos\/[0-9a-f]{16}\/share-16x9\.jpeg$/ : /^https:\/\/shequchenbao\.example\/share\/[0-9a-f]{16}\.jpeg$/);
    expect(await meta('og:image:alt'), p).toBeTruthy();
    expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');
    const bytes = await (await request.get(`${ORIGIN}${new URL(url).pathname}`)).body();
    const img = await sharp(bytes).metadata();
    expect([img.format, String(img.width), String(img.height)], p).toEqual(['jpeg', await meta('og:image:width'), await meta('og:image:height')]);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}') as { image?: { url: string }[] };
    if (kind === 'photo') expect(ld.image?.map((i) => i.url.replace(/^.*\/share-/, ''))).toEqual(['16x9.jpeg', '4x3.jpeg', '1x1.jpeg']);
    else expect(ld.image).toBeUndefined();
  }
});

test('the street feed carries the photo as an enclosure that resolves, at the length it states', async ({ request }) => {
  const rss = await (await request.get(`${ORIGIN}/streets/xianxia/feed.xml`)).text();
  const m = /<enclosure length="(\d+)" type="image\/jpeg" url="https:\/\/shequchenbao\.example([^"]+)"\/>/.exec(rss);
  expect(m).toBeTruthy();
  const r = await request.get(`${ORIGIN}${m?.[2]}`);
  expect(r.status()).toBe(200);
  expect((await r.body()).length).toBe(Number(m?.[1]));
  // The text carries the photo as a plain, absolute <img> (escaped, or inside CDATA).
  expect(rss).toMatch(/(&lt;|<)img src="https:\/\/shequchenbao\.example\/photos\//);
});

// axe reads the markup, which is the same at every width: once, at the phone's, the width most readers have.
test('axe finds no violations on pages with photos', { tag: '@phone' }, async ({ page }) => {
  // axe on six pages: slow on a busy two-core machine, not a budget.
  test.setTimeout(120_000);
  for (const p of PAGES_WITH_PHOTOS) {
    await page.goto(`${ORIGIN}${p}`);
    await loadEveryPhoto(page);
    const r = await axe(page).analyze();
    expect(r.violations.map((v) => `${p}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

test('the edition prints its photos at column width', async ({ page }) => {
  await page.goto(`${ORIGIN}/editions/${PHOTO_EDITION}/`);
  await loadEveryPhoto(page);
  await page.emulateMedia({ media: 'print' });
  const widths = await page.locator('.article-body figure.photo img').evaluateAll((imgs) =>
    imgs.map((img) => {
      const body = img.closest('.article-body') as HTMLElement;
      const style = getComputedStyle(body);
      const columns = Number(style.columnCount) || 1;
      const gap = parseFloat(style.columnGap) || 0;
      const column = (body.clientWidth - gap * (columns - 1)) / columns;
      return { img: img.getBoundingClientRect().width, column, columns };
    }),
  );
  expect(widths.length).toBeGreaterThan(0);
  for (const w of widths) {
    expect(w.columns).toBe(2);
    expect(w.img).toBeGreaterThan(0);
    expect(w.img).toBeLessThanOrEqual(w.column + 1);
  }
});

// Lighthouse emulates its own phone, and the checker reads files: once, in the desktop project.
test.describe('once, at desktop width', { tag: '@desktop' }, () => {
  test('Lighthouse on an article with photos: accessibility 100, performance reported', () => {
    test.setTimeout(120_000);
    const { scores, failing } = lighthouse(`${ORIGIN}${ARTICLE}`);
    console.log(`Lighthouse (mobile) on ${ARTICLE}: performance ${scores.performance}, accessibility ${scores.accessibility}, best practices ${scores['best-practices']}, SEO ${scores.seo}`);
    test.info().annotations.push({ type: 'lighthouse', description: JSON.stringify(scores) });
    expect(failing).toEqual([]);
    expect(scores.accessibility).toBe(100);
  });

  test('the Nu HTML Checker reports no errors on pages with photos', () => {
    const files = PAGES_WITH_PHOTOS.map((p) => path.join(FIXTURE_SITE, p, 'index.html'));
    const jar = path.resolve('node_modules/vnu-jar/build/dist/vnu.jar');
    const run = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8' });
    const messages = (JSON.parse(run.stderr || '{"messages":[]}') as { messages: { url: string; message: string; lastLine?: number }[] }).messages;
    expect(messages.map((m) => `${m.url.replace(/^.*site-e2e-fixture/, '')}:${m.lastLine ?? 0} ${m.message}`)).toEqual([]);
  });
});
