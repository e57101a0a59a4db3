import { describe, expect, it, vi } from 'vitest';

describe('getContent', () => {
  it('loads the content once a process, however many copies of the module a bundler makes', async () => {
    // Next bundles lib/publish/content.ts once for pages and once for route handlers; two fresh imports stand for them.
    vi.resetModules();
    const first = await import('../../../lib/publish/content');
    vi.resetModules();
    const second = await import('../../../lib/publish/content');
    expect(first).not.toBe(second);
    const a = first.getContent();
    const b = second.getContent();
    expect(b).toBe(a);
    const content = await a;
    expect(content.editions.length).toBeGreaterThan(0);
  });
});
