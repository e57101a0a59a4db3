/**
 * The one loader's snapshot (lib/photos/load.ts): content that checked clean is read back from the cache instead of
 * parsed again, exactly as parsing would give it, and never once anything it was made from has changed.
 */
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { describe, expect, it, onTestFinished } from 'vitest';
import { loadContent } from '../../../lib/photos';
import { CONTENT, tempDir } from '../helpers';

/** The launch content in a folder of its own, with a cache of its own. */
function launchCopy(): { dir: string; snapshots: () => string[] } {
  const dir = tempDir('snapshot');
  fs.cpSync(CONTENT, dir, { recursive: true });
  const cache = path.join(dir, '.cache');
  process.env.CHENBAO_CACHE_DIR = cache;
  onTestFinished(() => {
    delete process.env.CHENBAO_CACHE_DIR;
  });
  const snapshots = () => (fs.existsSync(path.join(cache, 'content')) ? fs.readdirSync(path.join(cache, 'content')).filter((f) => f.endsWith('.v8')) : []);
  return { dir, snapshots };
}

describe('the content snapshot', () => {
  it('reads back what parsing gives, with records shared as they were', async () => {
    const { dir, snapshots } = launchCopy();
    const parsed = await loadContent(dir);
    expect(snapshots()).toHaveLength(1);
    const read = await loadContent(dir);
    expect(read).toEqual(parsed);
    const c = read.content;
    if (!c) throw new Error('no content');
    // One record under every index that lists it, as parsing links them.
    expect(c.article.get(c.articles[0].id)).toBe(c.articles[0]);
    expect(c.articlesByStreet.get(c.articles[0].streetId)).toContain(c.articles[0]);
    // And it is the snapshot that answers: a planted one is what the loader returns.
    const planted = { issues: [{ path: 'planted', line: 1, field: 'snapshot', message: 'read from the cache', severity: 'warning' }] };
    fs.writeFileSync(path.join(process.env.CHENBAO_CACHE_DIR ?? '', 'content', snapshots()[0]), v8.serialize(planted));
    expect(await loadContent(dir)).toEqual(planted);
  });

  it('is not used once an edition changes, and an unreadable one is parsed again', async () => {
    const { dir, snapshots } = launchCopy();
    await loadContent(dir);
    const file = path.join(dir, 'editions', fs.readdirSync(path.join(dir, 'editions')).filter((f) => f.endsWith('.md'))[0]);
    const text = fs.readFileSync(file, 'utf8');
    const title = /^## (.+)$/m.exec(text)?.[1] ?? '';
    fs.writeFileSync(file, text.replace(`## ${title}`, `## ${title}（更正）`));
    const changed = await loadContent(dir);
    expect(changed.content?.articles.map((a) => a.title)).toContain(`${title}（更正）`);
    expect(snapshots()).toHaveLength(2);
    // A snapshot cut short (a copy interrupted) is no answer: the content is parsed again.
    for (const f of snapshots()) fs.writeFileSync(path.join(process.env.CHENBAO_CACHE_DIR ?? '', 'content', f), 'not a snapshot');
    const again = await loadContent(dir);
    expect(again).toEqual(changed);
  });

  it('keeps nothing of content with errors', async () => {
    const { dir, snapshots } = launchCopy();
    const file = path.join(dir, 'editions', fs.readdirSync(path.join(dir, 'editions')).filter((f) => f.endsWith('.md'))[0]);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^date: .*$/m, 'date: 2019-13-45'));
    const r = await loadContent(dir);
    expect(r.content).toBeUndefined();
    expect(snapshots()).toHaveLength(0);
  });
});
