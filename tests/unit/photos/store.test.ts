import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeMissing, photoFiles, publish, sitePhotos, storePath } from '../../../lib/photos/store';
import { photoKey } from '../../../lib/photos/plan';
import { photoEditionContent, tempDir } from '../helpers';

describe('the photo store', () => {
  it('encodes each photo once; a rebuild with nothing changed encodes nothing', async () => {
    const { dir, content } = await photoEditionContent();
    const site = sitePhotos(content);
    // Four photos; the first of each article with photos leads it (and gets share crops).
    expect(site.photos.size).toBe(4);
    expect([...site.photos.values()].filter((p) => p.lead).map((p) => p.photo.file)).toEqual(['2026-11-20-xianxia/landscape.jpg', '2026-11-20-xianxia/cmyk.jpg']);
    // A card for the site and for each street.
    expect(site.cards).toHaveLength(1 + content.gazetteer.streets.length);

    const first = await encodeMissing(site, path.join(dir, 'media'));
    expect(first).toMatchObject({ photos: 4, encoded: 4, cardsRendered: site.cards.length });
    for (const { photo, lead } of site.photos.values()) for (const p of photoFiles(photo, lead)) expect(fs.existsSync(storePath(p)), p).toBe(true);
    for (const card of site.cards) expect(fs.readFileSync(storePath(card.path)).subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));

    const again = await encodeMissing(site, path.join(dir, 'media'));
    expect(again).toMatchObject({ encoded: 0, cardsRendered: 0 });
  }, 120_000);

  it('encodes again only the photo that changed, under a new name', async () => {
    const { dir, content } = await photoEditionContent();
    const site = sitePhotos(content);
    await encodeMissing(site, path.join(dir, 'media'));
    const [key, entry] = [...site.photos.entries()][1];
    // The same photo, changed: another hash, so another key; the rest stay as they are.
    const changed = new Map(site.photos);
    changed.delete(key);
    const hash = 'f'.repeat(64);
    changed.set(photoKey(hash), { ...entry, photo: { ...entry.photo, hash } });
    const r = await encodeMissing({ ...site, photos: changed }, path.join(dir, 'media'));
    expect(r.encoded).toBe(1);
  }, 120_000);

  it('publishes exactly the files the site names, as links, and removes stale ones', async () => {
    const { dir, content } = await photoEditionContent();
    const site = sitePhotos(content);
    await encodeMissing(site, path.join(dir, 'media'));
    const out = tempDir('site');
    fs.mkdirSync(path.join(out, 'photos', 'stale'), { recursive: true });
    fs.writeFileSync(path.join(out, 'photos', 'stale', '960.avif'), 'old');
    const r = publish(site, out);
    const published = fs.readdirSync(out, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => `/${path.relative(out, path.join(d.parentPath, d.name))}`);
    const expected = [...[...site.photos.values()].flatMap(({ photo, lead }) => photoFiles(photo, lead)), ...site.cards.map((c) => c.path)];
    expect(published.sort()).toEqual(expected.sort());
    expect(r.files).toBe(expected.length);
    // Hard links: the published file is the stored one, no copy.
    const one = expected[0];
    expect(fs.statSync(path.join(out, one)).ino).toBe(fs.statSync(storePath(one)).ino);
    // Publishing again changes nothing.
    expect(publish(site, out).files).toBe(expected.length);
  }, 120_000);
});
