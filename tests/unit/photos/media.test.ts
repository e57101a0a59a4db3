/**
 * Photos as the check meets them: an edition's @图 lines against the files
 * under content/media/, probed for real (lib/photos/probe-cache.ts, lib/photos/imaging.ts).
 * Every problem is named with file and line, and none hides another.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../lib/photos/load';
import { formatIssue } from '../../../lib/content/report';
import { scrubFile } from '../../../lib/photos/scrub';
import { stripPhoto } from '../../../lib/privacy';
import { CONTENT, FIXTURES, tempDir } from '../helpers';

const EDITION = '2021-05-01-xianxia';

/** A content folder with the real catalogues, one edition and the given media files. */
function contentWith(edition: string, media: Record<string, Buffer | string>): string {
  const dir = tempDir('media');
  for (const f of ['gazetteer.yml', 'awards.yml']) fs.copyFileSync(path.join(CONTENT, f), path.join(dir, f));
  fs.mkdirSync(path.join(dir, 'editions'));
  fs.writeFileSync(path.join(dir, 'editions', `${EDITION}.md`), edition);
  for (const [rel, bytes] of Object.entries(media)) {
    const file = path.join(dir, 'media', rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, typeof bytes === 'string' ? fs.readFileSync(path.join(FIXTURES, 'photos', bytes)) : bytes);
  }
  return dir;
}

const edition = (body: string, front = '') => `---\nstreet: xianxia\ndate: 2021-05-01\n${front}---\n\n## 标题\n\n第一段。\n\n${body}\n`;

async function check(dir: string) {
  // Each test probes for itself, in its own cache.
  process.env.CHENBAO_CACHE_DIR = path.join(dir, '.cache');
  try {
    return await loadContent(dir);
  } finally {
    delete process.env.CHENBAO_CACHE_DIR;
  }
}
const messages = async (dir: string) => (await check(dir)).issues.map(formatIssue).map((m) => m.replace(`${path.relative(process.cwd(), dir)}/`, ''));

describe('photos in an edition', () => {
  it('become figures with their photo, caption, alt text and credit', async () => {
    const dir = contentWith(edition('@图 landscape.jpg 社区花园开放日\n@替代 公寓楼前的草地和小路\n@摄影 张三\n\n@图 phone-rotated.jpg 花园一角\n\n@图 照片未保存的说明'), {
      [`${EDITION}/landscape.jpg`]: 'landscape.jpg',
      // As `npm run scrub` leaves it: the phone's GPS position would be refused (below).
      [`${EDITION}/phone-rotated.jpg`]: Buffer.from(stripPhoto(fs.readFileSync(path.join(FIXTURES, 'photos', 'phone-rotated.jpg')))?.bytes ?? []),
    });
    const r = await check(dir);
    expect(r.issues.map(formatIssue)).toEqual([]);
    const [a] = r.content?.articles ?? [];
    expect(a.figures.map((f) => ({ ...f, photo: f.photo && { ...f.photo, hash: f.photo.hash.length } }))).toEqual([
      { line: 10, caption: '社区花园开放日', alt: '公寓楼前的草地和小路', credit: '张三', photo: { file: `${EDITION}/landscape.jpg`, hash: 64, width: 2000, height: 1333 } },
      { line: 14, caption: '花园一角', photo: { file: `${EDITION}/phone-rotated.jpg`, hash: 64, width: 900, height: 1200 } },
      { line: 16, caption: '照片未保存的说明' },
    ]);
    expect(a.html).toContain('<figure class="photo"><picture><source type="image/avif"');
    expect(a.html).toContain('width="2000" height="1333" alt="公寓楼前的草地和小路" loading="lazy" decoding="async"');
    expect(a.html).toContain('<figcaption>社区花园开放日<span class="credit">摄影：张三</span></figcaption>');
    expect(a.html).toContain('<figure class="photo portrait">');
    expect(a.html).toContain('<figure class="photo"><figcaption>照片未保存的说明</figcaption></figure>');
  });

  it('refuses a photo with a location or a camera serial at its @图 line, with the command that cleans it; cleaned, it passes as it looks', async () => {
    const files = ['located.jpg', 'located.png', 'located.webp', 'located.tiff'];
    const media = Object.fromEntries(files.map((f) => [`${EDITION}/${f}`, fs.readFileSync(path.join(FIXTURES, 'privacy', f))]));
    const dir = contentWith(edition(files.map((f) => `@图 ${f} 说明`).join('\n\n')), media);
    const refused = await messages(dir);
    expect(refused).toHaveLength(files.length);
    files.forEach((f, i) => {
      expect(refused[i]).toMatch(new RegExp(`^editions/${EDITION}\\.md:${10 + i * 2} @图: content/media/${EDITION}/${f} carries a GPS position 31\\.2000, 121\\.4000 \\(`));
      expect(refused[i]).toContain(`npm run scrub -- content/media/${EDITION}/${f})`);
    });
    expect(refused[0]).toContain("the camera's serial number (EXIF BodySerialNumber)");
    for (const f of files) {
      const file = path.join(dir, 'media', EDITION, f);
      fs.writeFileSync(file, (await scrubFile(new Uint8Array(fs.readFileSync(file))))?.bytes ?? new Uint8Array());
    }
    const r = await check(dir);
    expect(r.issues.map(formatIssue)).toEqual([]);
    // The JPEG keeps its orientation (6: shown turned, 600 × 800); the TIFF is turned upright.
    expect(r.content?.articles[0].figures.map((fig) => [fig.photo?.width, fig.photo?.height])).toEqual([[600, 800], [400, 300], [400, 300], [300, 200]]);
  });

  it('names file and line for every photo problem, and keeps the edition\'s other problems', async () => {
    const huge = await sharp({ create: { width: 8000, height: 7000, channels: 3, background: '#808080' } }).png().toBuffer();
    const dir = contentWith(
      edition(
        ['@图 missing.jpg 没有提交的照片', '@图 iphone.heic 苹果手机的照片', '@图 corrupt.jpg 损坏的照片', '@图 huge.png 太大的照片', '@图 big.jpg 超过20MB的文件', '@图 landscap.jpg 拼错了文件名', '@居民区 hongxv'].join('\n\n'),
      ),
      {
        [`${EDITION}/iphone.heic`]: 'iphone.heic',
        [`${EDITION}/corrupt.jpg`]: 'corrupt.jpg',
        [`${EDITION}/huge.png`]: huge,
        [`${EDITION}/big.jpg`]: Buffer.alloc(21 * 2 ** 20, 0xff),
        [`${EDITION}/landscape.jpg`]: 'landscape.jpg',
        [`${EDITION}/unused.jpg`]: 'landscape.jpg',
        ['2021-05-02-xianxia/other.jpg']: 'landscape.jpg',
        ['loose.jpg']: 'landscape.jpg',
      },
    );
    const got = await messages(dir);
    const at = (line: number, text: string) => expect(got.some((m) => m.startsWith(`editions/${EDITION}.md:${line} `) && m.includes(text)), `${line}: ${text}\n${got.join('\n')}`).toBe(true);
    at(10, '@图: "missing.jpg" is not in content/media/2021-05-01-xianxia/');
    at(12, 'iphone.heic is a HEIC photo');
    at(12, 'convert it to JPEG');
    at(14, 'corrupt.jpg cannot be decoded');
    at(16, 'huge.png is 8000 × 7000 pixels (56 megapixels)');
    at(18, 'big.jpg is 21.0 MB');
    at(20, '"landscap.jpg" is not in content/media/2021-05-01-xianxia/ (did you mean "landscape.jpg"?');
    // The problem that has nothing to do with photos is still reported.
    at(22, '@居民区: unknown residential area "hongxv"');
    expect(got).toContain(`content/media/${EDITION}/unused.jpg file: no edition uses this photo (name it in an @图 line of editions/${EDITION}.md, or delete it)`);
    expect(got).toContain(`content/media/2021-05-02-xianxia/ folder: no edition has the id "2021-05-02-xianxia" (a photo goes in the folder named after its edition's id; did you mean "${EDITION}"?)`);
    expect(got).toContain('content/media/loose.jpg file: is not in a folder named after its edition (move it to content/media/<edition id>/, e.g. content/media/2019-11-28-xianxia/loose.jpg)');
    expect((await check(dir)).content).toBeUndefined();
  }, 60_000);

  it('checks the figure fields where they are written', async () => {
    const dir = contentWith(edition('@摄影 张三\n\n@图 landscape.jpg\n\n@图 只有说明\n@替代 没有照片的替代文字\n\n@图 landscape.jpg 说明\n@摄影 甲\n@摄影 乙'), { [`${EDITION}/landscape.jpg`]: 'landscape.jpg' });
    const got = await messages(dir);
    expect(got).toEqual([
      `editions/${EDITION}.md:10 @摄影: does not follow an @图 line (put it on the line right after the @图 line of the photo it belongs to)`,
      `editions/${EDITION}.md:12 @图: photo has neither a caption nor @替代 (readers who cannot see it need one: write the caption after the file name, or @替代 on the next line)`,
      `editions/${EDITION}.md:15 @替代: describes a photo, but this @图 names no photo file (name the file first (@图 hongxu.jpg 说明), or delete @替代: a caption alone needs none)`,
      `editions/${EDITION}.md:19 @摄影: is given twice for one photo (keep one)`,
    ]);
  });

  it('leaves a media folder alone while its edition cannot be identified', async () => {
    // A broken date: the edition's id is unknown, so its folder is not reported as orphaned.
    const dir = contentWith(edition('@图 landscape.jpg 说明').replace('date: 2021-05-01', 'date: 2021-13-01'), { [`${EDITION}/landscape.jpg`]: 'landscape.jpg' });
    const got = await messages(dir);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatch(new RegExp(`^editions/${EDITION}\\.md:3 date: `));
  });

  it('probes a photo once, then knows it by size and change time', async () => {
    const dir = contentWith(edition('@图 landscape.jpg 说明'), { [`${EDITION}/landscape.jpg`]: 'landscape.jpg' });
    await check(dir);
    const cache = JSON.parse(fs.readFileSync(path.join(dir, '.cache', 'photo-probes.json'), 'utf8')) as { entries: Record<string, { probe: { width: number } }> };
    const key = path.join(dir, 'media', EDITION, 'landscape.jpg');
    expect(cache.entries[key].probe.width).toBe(2000);
    // A cached answer is used as long as the file is unchanged: prove it by planting a different one.
    cache.entries[key].probe.width = 1234;
    fs.writeFileSync(path.join(dir, '.cache', 'photo-probes.json'), JSON.stringify(cache));
    expect((await check(dir)).content?.articles[0].figures[0].photo?.width).toBe(1234);
    // Changed on disk: probed again.
    fs.copyFileSync(path.join(FIXTURES, 'photos', 'cmyk.jpg'), key);
    expect((await check(dir)).content?.articles[0].figures[0].photo?.width).toBe(640);
  });
});
