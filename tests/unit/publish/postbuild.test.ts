import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, dropTwitterCopies, inlineScripts, runtimeLeftIn, sha256, stripFrameworkRuntime, withCsp } from '../../../lib/publish/postbuild';

const page = [
  '<html><head><meta charSet="utf-8"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/s.css"/>',
  '<script src="/_next/static/chunks/a.js" async=""></script>',
  '<script>boot()</script>',
  '</head><body><div hidden=""><!--$--><!--/$--></div><p>正文</p><p>仙霞街道<!-- --> · 2019年</p>',
  '<script type="application/ld+json">{"a":"b"}</script>',
  '<script src="/js/elder.js" defer=""></script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"x"])</script>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script>',
  '</body></html>',
].join('');

describe('stripping the framework runtime', () => {
  const out = stripFrameworkRuntime(page);

  it('removes Next scripts, script preloads, RSC payloads and the chunk loader', () => {
    expect(out).not.toContain('/_next/static/chunks/a.js');
    expect(out).not.toContain('__next_f');
    expect(out).not.toContain('TURBOPACK');
  });

  it('keeps styles, content, our scripts and structured data', () => {
    expect(out).toContain('<link rel="stylesheet" href="/_next/static/chunks/s.css"/>');
    expect(out).toContain('<p>正文</p>');
    expect(out).toContain('<script>boot()</script>');
    expect(out).toContain('<script src="/js/elder.js" defer=""></script>');
    expect(out).toContain('<script type="application/ld+json">{"a":"b"}</script>');
  });

  it('finds nothing of the runtime left in what it stripped, and names what a changed Next would leave', () => {
    expect(runtimeLeftIn(out)).toBeUndefined();
    // As a future Next might write them: attributes in another order, the payload pushed another way.
    expect(runtimeLeftIn(out.replace('</body>', '<script async="" src="/_next/static/chunks/b.js"></script></body>'))).toBe('<script async="" src="/_next/');
    expect(runtimeLeftIn(stripFrameworkRuntime('<p>x</p><script nonce="n">self.__next_f.push([1])</script>'))).toBeUndefined();
    expect(runtimeLeftIn('<p>x</p><script data-x="1">;self.__next_f.push([1])</script>')).toBe('self.__next_f');
  });

  it('drops hydration markers, leaving the text they separated', () => {
    expect(out).toContain('<body><p>正文</p><p>仙霞街道 · 2019年</p>');
    expect(out).not.toContain('<!--');
  });
});

describe('content security policy', () => {
  it('allows exactly the executable inline scripts, by hash', () => {
    const html = stripFrameworkRuntime(page);
    expect(inlineScripts(html)).toEqual(['boot()']);
    const csp = contentSecurityPolicy(html);
    expect(csp).toContain(`script-src 'self' ${sha256('boot()')};`);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("object-src 'none'");
    expect(sha256('boot()')).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
  });

  it('lets WebAssembly run only where asked', () => {
    expect(contentSecurityPolicy('<head></head>', { wasm: true })).toContain("'wasm-unsafe-eval'");
    expect(contentSecurityPolicy('<head></head>')).not.toContain('wasm');
  });

  it('goes first in <head>', () => {
    expect(withCsp('<html><head><meta charSet="utf-8"/></head></html>')).toMatch(/^<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; /);
  });
});

describe('Open Graph copies', () => {
  it('drops the image copies too, and keeps the alt text', () => {
    const og = '<meta property="og:image" content="https://x/a.jpeg"/><meta property="og:image:type" content="image/jpeg"/><meta property="og:image:width" content="1200"/><meta property="og:image:height" content="630"/><meta property="og:image:alt" content="说明"/>';
    const tw = '<meta name="twitter:card" content="summary_large_image"/><meta name="twitter:image" content="https://x/a.jpeg"/><meta name="twitter:image:alt" content="说明"/><meta name="twitter:image:type" content="image/jpeg"/><meta name="twitter:image:width" content="1200"/><meta name="twitter:image:height" content="630"/>';
    expect(dropTwitterCopies(og + tw)).toBe(`${og}<meta name="twitter:card" content="summary_large_image"/><meta name="twitter:image:alt" content="说明"/>`);
    expect(dropTwitterCopies(og + tw.replace('a.jpeg"/><meta name="twitter:image:alt', 'b.jpeg"/><meta name="twitter:image:alt'))).toContain('<meta name="twitter:image" content="https://x/b.jpeg"/>');
  });

  it('drops twitter:title and twitter:description when they repeat Open Graph, and keeps them when they differ', () => {
    const head = (tw: string) =>
      `<meta property="og:title" content="标题 | 社区晨报"/><meta property="og:description" content="摘要"/><meta name="twitter:card" content="summary"/><meta name="twitter:title" content="${tw}"/><meta name="twitter:description" content="摘要"/>`;
    expect(dropTwitterCopies(head('标题 | 社区晨报'))).toBe('<meta property="og:title" content="标题 | 社区晨报"/><meta property="og:description" content="摘要"/><meta name="twitter:card" content="summary"/>');
    expect(dropTwitterCopies(head('另一个标题'))).toContain('<meta name="twitter:title" content="另一个标题"/>');
  });
});
