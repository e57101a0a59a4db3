/** 长辈模式: the switch, its sizes and colours, persistence, read-aloud, keyboard and zoom. */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { OUT, PAGE_TYPES, axe, expectNoSidewaysScroll, openMenu, screenshot, tabTo } from './helpers';

async function switchOn(page: Page) {
  const toggle = page.getByRole('button', { name: '长辈模式' });
  await expect(toggle).toBeVisible();
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-elder', '');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
}

const px = (v: string) => Number.parseFloat(v);

test('the switch is in the header and changes sizes, spacing, targets and layout', async ({ page }) => {
  await page.goto('/editions/2019-11-28-xianxia/01/');
  const para = page.locator('.article-body p').first();
  const before = await para.evaluate((p) => getComputedStyle(p).fontSize);
  await switchOn(page);
  const s = await para.evaluate((p) => {
    const c = getComputedStyle(p);
    return { font: c.fontSize, line: c.lineHeight, margin: c.marginBottom };
  });
  expect(px(s.font)).toBeGreaterThanOrEqual(22);
  expect(px(s.font)).toBeGreaterThan(px(before));
  expect(px(s.line) / px(s.font)).toBeGreaterThanOrEqual(1.8);
  expect(px(s.margin)).toBeGreaterThanOrEqual(1.3 * px(s.line) - 0.5);
  const h1 = await page.locator('h1').evaluate((h) => getComputedStyle(h).fontSize);
  expect(px(h1)).toBeGreaterThan(px(s.font));
  // Main controls are at least 60 × 60.
  const controls = [page.getByRole('button', { name: '长辈模式' }), page.getByRole('button', { name: '朗读全文' })];
  // On a phone the sections are behind the 栏目 menu: the menu is a main control too.
  if (await page.locator('.nav-menu summary').isVisible()) controls.push(page.locator('.nav-menu summary'));
  controls.push((await openMenu(page)).getByRole('link').first());
  for (const control of controls) {
    const box = await control.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(60);
    expect(box?.height).toBeGreaterThanOrEqual(60);
  }
  // One column, no secondary panels.
  await expect(page.getByRole('heading', { name: '相关文章' })).toBeHidden();
});

test('the choice survives navigation and reload, and applies before the first paint', async ({ page }) => {
  await page.goto('/');
  await switchOn(page);
  await (await openMenu(page)).getByRole('link', { name: '光荣榜' }).click();
  await expect(page).toHaveURL(/\/awards\/$/);
  await expect(page.locator('html')).toHaveAttribute('data-elder', '');
  // Record whether the mode was on when <body> first appeared: before any paint.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.body) {
        (window as unknown as { elderAtBody: boolean }).elderAtBody = document.documentElement.hasAttribute('data-elder');
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { elderAtBody: boolean }).elderAtBody)).toBe(true);
  await page.getByRole('button', { name: '长辈模式' }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-elder');
  await page.reload();
  await expect(page.locator('html')).not.toHaveAttribute('data-elder');
});

test.describe('colour contrast in 长辈模式 meets AAA on every page type', () => {
  // Colours do not change with width, and axe on twelve pages is a minute here: each scheme once, light at the phone's
  // width (where most readers are), dark at the desktop's, so each width's layout is checked too.
  for (const scheme of ['light', 'dark'] as const) {
    test(scheme, { tag: scheme === 'light' ? '@phone' : '@desktop' }, async ({ page }) => {
      // axe on twelve page types: slow on a busy two-core machine, not a budget.
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/');
      await switchOn(page);
      for (const p of Object.values(PAGE_TYPES)) {
        await page.goto(p);
        const result = await axe(page, ['color-contrast-enhanced']).analyze();
        expect(result.violations.map((v) => `${p}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      }
    });
  }
});

// Its own 640 px window, whatever the project's: once.
test('at 200% zoom the layout holds without sideways scrolling, in both modes', { tag: '@desktop' }, async ({ browser }) => {
  // 1280 px at 200% zoom lays out like a 640 px window.
  const context = await browser.newContext({ viewport: { width: 640, height: 800 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  for (const elder of [false, true]) {
    if (elder) {
      await page.goto('/');
      await switchOn(page);
    }
    for (const p of Object.values(PAGE_TYPES)) {
      await page.goto(p);
      await expectNoSidewaysScroll(page);
    }
  }
  await context.close();
});

test('keyboard only in 长辈模式: switch on, browse, read', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '跳到正文' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const toggle = page.getByRole('button', { name: '长辈模式' });
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-elder', '');
  const outline = await toggle.evaluate((b) => getComputedStyle(b).outlineWidth);
  expect(px(outline)).toBeGreaterThanOrEqual(4);
  await tabTo(page, page.locator('.site-nav a[href="/streets/"]'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/streets\/$/);
  await page.goto('/editions/2019-11-28-xianxia/04/');
  await page.getByRole('button', { name: '朗读全文' }).focus();
  await expect(page.getByRole('button', { name: '朗读全文' })).toBeFocused();
});

/** Observes the Web Speech API: records what the page hands to speech synthesis. */
async function fakeSpeech(page: Page, lang: string) {
  await page.addInitScript((voiceLang) => {
    const calls: string[] = [];
    const spoken: string[] = [];
    class FakeUtterance {
      text: string;
      voice: unknown = null;
      lang = '';
      rate = 1;
      onend: (() => void) | null = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: {
        getVoices: () => [{ name: 'Test voice', lang: voiceLang, localService: true, default: true, voiceURI: 'test' }],
        speak: (u: FakeUtterance) => spoken.push(u.text),
        pause: () => calls.push('pause'),
        resume: () => calls.push('resume'),
        cancel: () => calls.push('cancel'),
      },
    });
    (window as unknown as { speech: { calls: string[]; spoken: string[] } }).speech = { calls, spoken };
  }, lang);
}

test('read aloud hands the title and body, in order, to speech synthesis, with working controls', async ({ page }) => {
  await fakeSpeech(page, 'zh-CN');
  await page.goto('/editions/2019-11-28-xianxia/01/');
  const expected = await page.evaluate(() =>
    [document.querySelector('h1'), ...document.querySelectorAll('.article-body :is(p, h2, h3, h4, li, figcaption)')].map((e) => (e as HTMLElement).innerText.replace(/\s+/g, ' ').trim()),
  );
  await page.getByRole('button', { name: '朗读全文' }).click();
  const speech = () => page.evaluate(() => (window as unknown as { speech: { calls: string[]; spoken: string[] } }).speech);
  const { spoken } = await speech();
  expect(spoken).toEqual(expected);
  expect(spoken[0]).toBe('发挥党建引领作用 居民自治更进一步');
  expect(spoken[1]).toMatch(/^11月18日，区委书记王为人/);
  await expect(page.getByText('正在朗读……')).toBeVisible();
  await page.getByRole('button', { name: '暂停' }).click();
  await expect(page.getByRole('button', { name: '继续' })).toBeVisible();
  await page.getByRole('button', { name: '继续' }).click();
  await page.getByRole('button', { name: '停止' }).click();
  expect((await speech()).calls).toEqual(['cancel', 'pause', 'resume', 'cancel']);
  await expect(page.getByText('已停止。')).toBeVisible();
});

test('read aloud says plainly when there is no Chinese voice', async ({ page }) => {
  await fakeSpeech(page, 'en-US');
  await page.goto('/editions/2019-11-28-xianxia/01/');
  await page.getByRole('button', { name: '朗读全文' }).click();
  await expect(page.getByText('您的浏览器没有可用的中文语音，无法朗读。', { exact: false })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { speech: { spoken: string[] } }).speech.spoken)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the switch and read-aloud are hidden and the page reads normally', async ({ page }) => {
    await page.goto('/editions/2019-11-28-xianxia/01/');
    await expect(page.locator('[data-elder-toggle]')).toBeHidden();
    await expect(page.locator('[data-read-aloud]')).toBeHidden();
    await expect(page.locator('.article-body')).toContainText('11月18日');
  });
});

test('article page in both modes, screenshots', async ({ page }, testInfo) => {
  await page.goto('/editions/2019-11-28-xianxia/01/');
  await screenshot(page, testInfo, 'article-normal');
  await switchOn(page);
  await screenshot(page, testInfo, 'article-elder');
});

test('the switch and read-aloud add at most 5 KB of JavaScript, gzipped', () => {
  const bytes = ['elder.js', 'read-aloud.js'].reduce((n, f) => n + zlib.gzipSync(fs.readFileSync(path.join(OUT, 'js', f)), { level: 9 }).length, 0);
  expect(bytes).toBeLessThanOrEqual(5 * 1024);
  const inline = fs.readFileSync(path.join(OUT, 'index.html'), 'utf8').match(/<script>var d=document\.documentElement[^<]*<\/script>/)?.[0] ?? '';
  expect(inline.length).toBeGreaterThan(0);
  expect(inline.length).toBeLessThan(300);
});
