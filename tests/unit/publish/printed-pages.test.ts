/**
 * The printed pages (数字报) as the check meets them: `pages:` in the front
 * matter naming page images in the edition's media folder, and `@版面` lines
 * placing each article on them; the importer's regions from its layout boxes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../lib/photos/load';
import { regionLines } from '../../../lib/import/draft';
import { formatIssue } from '../../../lib/content/report';
import { CONTENT, FIXTURES, tempDir } from '../helpers';

const EDITION = '2021-05-01-xianxia';
const edition = (front: string, body: string) => `---\nstreet: xianxia\ndate: 2021-05-01\n${front}---\n\n${body}\n`;

async function check(text: string, pages: string[]) {
  const dir = tempDir('pages');
  for (const f of ['gazetteer.yml', 'awards.yml']) fs.copyFileSync(path.join(CONTENT, f), path.join(dir, f));
  fs.mkdirSync(path.join(dir, 'editions'));
  fs.writeFileSync(path.join(dir, 'editions', `${EDITION}.md`), text);
  fs.mkdirSync(path.join(dir, 'media', EDITION), { recursive: true });
  for (const p of pages) fs.copyFileSync(path.join(FIXTURES, 'photos', 'landscape.jpg'), path.join(dir, 'media', EDITION, p));
  process.env.CHENBAO_CACHE_DIR = path.join(dir, '.cache');
  try {
    const r = await loadContent(dir);
    return { ...r, messages: r.issues.map(formatIssue).map((m) => m.replace(/^.*editions\//, '')) };
  } finally {
    delete process.env.CHENBAO_CACHE_DIR;
  }
}

describe('printed pages in an edition', () => {
  it('become the edition\'s pages and each article\'s regions', async () => {
    const r = await check(edition('pages: [page-1.jpg, page-2.jpg]\n', '## 第一篇\n@版面 1 5 10 40 30\n@版面 2 5 5 90 20\n\n正文。\n\n## 第二篇\n@版面 1 50 10 45 60\n\n正文。'), ['page-1.jpg', 'page-2.jpg']);
    expect(r.messages).toEqual([]);
    const e = r.content?.editions[0];
    expect(e?.pages.map((p) => [p.number, p.photo.file, p.photo.width])).toEqual([
      [1, `${EDITION}/page-1.jpg`, 2000],
      [2, `${EDITION}/page-2.jpg`, 2000],
    ]);
    expect(r.content?.articles.map((a) => a.regions.map(({ page, x, y, width, height }) => [page, x, y, width, height]))).toEqual([
      [
        [1, 5, 10, 40, 30],
        [2, 5, 5, 90, 20],
      ],
      [[1, 50, 10, 45, 60]],
    ]);
    // Without pages, nothing changes: the launch editions have none.
    const plain = await check(edition('', '## 第一篇\n\n正文。'), []);
    expect(plain.messages).toEqual([]);
    expect(plain.content?.editions[0].pages).toEqual([]);
  });

  it('names file, line and field for each mistake, and what would be right, all at once', async () => {
    const r = await check(
      edition('pages: [page-1.jpg, page-9.jpg]\n', '## 第一篇\n@版面 3 5 10 40 30\n@版面 1 80 10 40 30\n@版面 1 左 上\n@版面 0 1 1 1 1\n\n正文。\n\n## 第二篇\n\n正文。'),
      ['page-1.jpg', 'page-2.jpg'],
    );
    expect(r.content).toBeUndefined();
    const all = r.messages.join('\n');
    for (const m of [
      `${EDITION}.md:4 pages: page 2: "page-9.jpg" is not in content/media/${EDITION}/ (did you mean "page-2.jpg"? File names must match exactly)`,
      `${EDITION}.md:8 @版面: page 3 does not exist: the edition has 2 (expected a page from 1 to 2)`,
      `${EDITION}.md:9 @版面: region runs off the page (80 + 40 across, 10 + 30 down) (left + width and top + height are at most 100 (percent of the page))`,
      `${EDITION}.md:10 @版面: "1 左 上" is not a region (expected the page and four numbers, left, top, width and height in percent of the page: @版面 1 4.5 30 45.2 61)`,
      `${EDITION}.md:11 @版面: page 0 does not exist (pages are numbered from 1, as printed (第1版))`,
    ]) {
      expect(all).toContain(m);
    }
  });

  it('warns of an article on no page, and a page with no article, and still builds', async () => {
    const r = await check(edition('pages: [page-1.jpg, page-2.jpg]\n', '## 第一篇\n@版面 1 5 10 40 30\n\n正文。\n\n## 第二篇\n\n正文。'), ['page-1.jpg', 'page-2.jpg']);
    expect(r.content?.articles).toHaveLength(2);
    expect(r.messages.join('\n')).toContain('@版面: "第二篇" is on no page (add @版面 with its page and place, so the 数字报 links to it)');
    expect(r.messages.join('\n')).toContain('pages: page 2 (page-2.jpg) has no article on it');
  });

  it('a region without pages is refused with how to add them', async () => {
    const r = await check(edition('', '## 第一篇\n@版面 1 5 10 40 30\n\n正文。'), []);
    expect(r.messages.join('\n')).toContain('@版面: the edition keeps no printed pages (list the page images in the front matter (pages: [page-1.jpg, …]), or delete the @版面 lines)');
  });
});

describe('regionLines: an article\'s boxes on its pages', () => {
  const pages = [{ file: 'page-1.jpg', width: 200, height: 400 }, { file: 'page-2.jpg', width: 200, height: 400 }];
  it('merges lines of one column into one rectangle, keeps columns apart, and rounds outwards in percent', () => {
    const line = (page: number, x: number, top: number) => ({ page, x, top, width: 80, height: 10 });
    const boxes = [line(1, 10, 100), line(1, 10, 112), line(1, 10, 124), line(1, 105, 100), line(1, 105, 112), line(2, 10, 20)];
    expect(regionLines(boxes, pages)).toEqual(['@版面 1 5 25 40 8.5', '@版面 1 52.5 25 40 5.5', '@版面 2 5 5 40 2.5']);
  });
  it('writes nothing for a page it does not know', () => {
    expect(regionLines([{ page: 3, x: 0, top: 0, width: 10, height: 10 }], pages)).toEqual([]);
  });
});
