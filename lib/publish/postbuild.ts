/**
 * Post-build transforms of exported HTML, as pure functions of the text.
 *
 * Reading pages are plain HTML with plain links, so the framework's client
 * runtime (about 170 KB gzipped) and its RSC payloads would hydrate nothing:
 * they are removed, and full-page navigation does the rest; search is a plain
 * script over Pagefind too (lib/browser/search-page.ts). Every page then gets a Content-Security-
 * Policy <meta> allowing exactly its own inline scripts, by hash.
 */
import { createHash } from 'node:crypto';

const NEXT_SCRIPT = /<script\b[^>]*\bsrc="\/_next\/[^"]*"[^>]*><\/script>/g;
const NEXT_PRELOAD = /<link\b[^>]*\brel="preload"[^>]*\bas="script"[^>]*>/g;
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;

/**
 * React's markers for hydration: text-node separators and Suspense
 * boundaries. With no runtime on the page they mark nothing. (Comments in
 * article text never reach the page: the Markdown sanitiser drops them.)
 */
const HYDRATION_MARKER = /<!--(?: |\$|\/\$)-->/g;

/** Drops Next's runtime scripts, script preloads, inline RSC payloads and hydration markers. */
export function stripFrameworkRuntime(html: string): string {
  return html
    .replace(HYDRATION_MARKER, '')
    .replace(/<div hidden=""><\/div>/g, '')
    .replace(NEXT_SCRIPT, '')
    .replace(NEXT_PRELOAD, (tag) => (/href="\/_next\//.test(tag) ? '' : tag))
    .replace(INLINE_SCRIPT, (tag, attrs: string, body: string) => (!/\bsrc=/.test(attrs) && /self\.__next_[a-z]|__next_f|globalThis\["TURBOPACK"\]/.test(body) ? '' : tag));
}

/**
 * What would show that stripping missed part of the runtime: a script from
 * /_next/, or an inline RSC payload. The transforms above match Next's output
 * as it is today; a Next upgrade that writes it differently must fail the
 * build here rather than ship 170 KB of JavaScript to every reading page.
 */
const RUNTIME_LEFT = /<script\b[^>]*\bsrc="[^"]*\/_next\/|self\.__next_f|__next_f\.push|globalThis\["TURBOPACK"\]/;

export function runtimeLeftIn(html: string): string | undefined {
  return RUNTIME_LEFT.exec(html)?.[0];
}

/**
 * Next copies og:title, og:description and og:image (with its type and
 * size) into twitter:* tags. X reads the Open Graph tags when its own are
 * absent, so the copies only add weight to every page; they are dropped when
 * equal. twitter:image:alt stays: its fallback is not documented.
 */
const TWITTER_COPIES = ['title', 'description', 'image', 'image:type', 'image:width', 'image:height'];

export function dropTwitterCopies(html: string): string {
  let out = html;
  for (const name of TWITTER_COPIES) {
    const value = new RegExp(`<meta property="og:${name}" content="([^"]*)"/>`).exec(html)?.[1];
    if (value !== undefined) out = out.replace(`<meta name="twitter:${name}" content="${value}"/>`, '');
  }
  return out;
}

/** The executable inline scripts of a page (JSON-LD and other data blocks are not executed). */
export function inlineScripts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(INLINE_SCRIPT)) {
    const attrs = m[1];
    if (/\bsrc=/.test(attrs)) continue;
    const type = /\btype="([^"]*)"/.exec(attrs)?.[1];
    if (type && !/^(text\/javascript|module)$/i.test(type)) continue;
    out.push(m[2]);
  }
  return out;
}

export function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export interface CspOptions {
  /** Pagefind runs WebAssembly. */
  wasm?: boolean;
}

export function contentSecurityPolicy(html: string, options: CspOptions = {}): string {
  const hashes = [...new Set(inlineScripts(html).map(sha256))];
  const script = ["'self'", ...hashes, ...(options.wasm ? ["'wasm-unsafe-eval'"] : [])].join(' ');
  return [
    "default-src 'self'",
    `script-src ${script}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** Puts the policy first in <head>, before anything it governs. */
export function withCsp(html: string, options: CspOptions = {}): string {
  const policy = contentSecurityPolicy(html, options);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}"/>`;
  return html.replace(/<head>/, `<head>${meta}`);
}
