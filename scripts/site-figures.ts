/**
 * Figures of a built static site: size per article, HTML and JavaScript per
 * page type (gzipped), search index size and bytes fetched per query.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumLaunch } from '../playwright.config';

export function dirBytes(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}

export function countPages(dir: string): number {
  return fs.readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('index.html')).length;
}

const gzip = (b: Buffer | string) => zlib.gzipSync(b, { level: 9 }).length;

/** gzipped bytes of a page's HTML and of the scripts it loads. */
export function pageWeight(siteDir: string, urlPath: string): { html: number; js: number } {
  const html = fs.readFileSync(path.join(siteDir, urlPath, 'index.html'));
  const scripts = [...html.toString().matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
  const js = [...new Set(scripts)].reduce((n, src) => n + gzip(fs.readFileSync(path.join(siteDir, src.split('?')[0]))), 0);
  return { html: gzip(html), js };
}

export function serve(dir: string, port: number): Promise<ChildProcess> {
  // serve's own binary, not `npx serve`: killing the npx wrapper would leave the server running.
  const child = spawn(path.join(process.cwd(), 'node_modules', '.bin', 'serve'), [dir, '-l', String(port), '--no-clipboard', '--no-port-switching'], { stdio: 'ignore' });
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = async () => {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return resolve(child);
      } catch {
        // not up yet
      }
      if (Date.now() - started > 30_000) return reject(new Error('static server did not start'));
      setTimeout(poll, 200);
    };
    void poll();
  });
}

/** Bytes the browser fetches from /pagefind/ to answer one query with a cold cache. */
export async function bytesPerQuery(port: number, queries: readonly string[]): Promise<{ query: string; bytes: number; requests: number; results: number }[]> {
  const browser = await chromium.launch(chromiumLaunch);
  const out: { query: string; bytes: number; requests: number; results: number }[] = [];
  try {
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${port}/search/`);
      const fetched: Promise<number>[] = [];
      page.on('requestfinished', (r) => {
        if (r.url().includes('/pagefind/')) fetched.push(r.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
      });
      try {
        await page.getByRole('searchbox').fill(query);
        await page.getByRole('button', { name: '搜索' }).click();
        // The first page of verified results: "共找到 N 篇" when complete, "已找到 N 篇……" when more remain, "……没有……可以继续查找"
        // when the first step found none.
        const summary = page.getByText(/[共已]找到 \d+ 篇文章|可以继续查找/);
        await summary.waitFor({ timeout: 60_000 });
        const results = Number(/找到 (\d+) 篇/.exec((await summary.textContent()) ?? '')?.[1] ?? 0);
        const sizes = await Promise.all(fetched);
        out.push({ query, bytes: sizes.reduce((a, b) => a + b, 0), requests: sizes.length, results });
      } catch (e) {
        // A figure that could not be taken is reported as such; the bench goes on to the others.
        console.error(`  query ${query}: no answer (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
        out.push({ query, bytes: Number.NaN, requests: 0, results: -1 });
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  return out;
}
