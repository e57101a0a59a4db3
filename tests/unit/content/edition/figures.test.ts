import { describe, expect, it } from 'vitest';
import { checkRegions, resolveFigure, resolvePages } from '../../../../lib/content/edition/figures';
import { issuesFor, type ArticleDraft } from '../../../../lib/content/edition/types';
import type { PhotoProbe } from '../../../../lib/content/media';
import { formatIssue } from '../../../../lib/content/report';

const ok = (width: number, height: number): PhotoProbe => ({ ok: true, format: 'jpeg', width, height, hash: 'h', bytes: 100 });
const media = new Map<string, PhotoProbe>([
  ['2019-11-28-xianxia/hongxu.jpg', ok(1600, 1067)],
  ['2019-11-28-xianxia/page-1.jpg', ok(1200, 1700)],
  ['2019-11-28-xianxia/broken.jpg', { ok: false, problem: 'cannot be decoded (truncated)', expected: 'copy it again' }],
]);
const FOLDER = '2019-11-28-xianxia';

describe('figures and regions', () => {
  it('finds a photo in the edition\'s folder and keeps only the fields written', () => {
    const issues = issuesFor('e.md');
    expect(resolveFigure({ line: 7, file: 'hongxu.jpg', caption: '说明' }, FOLDER, media, issues)).toEqual({ line: 7, caption: '说明', photo: { file: `${FOLDER}/hongxu.jpg`, hash: 'h', width: 1600, height: 1067 } });
    expect(resolveFigure({ line: 8, caption: '只有说明' }, FOLDER, media, issues)).toEqual({ line: 8, caption: '只有说明' });
    expect(issues.list).toEqual([]);
  });

  it('says what is wrong with a photo and what to do: missing (with the near name), unreadable, without text for the blind', () => {
    const issues = issuesFor('e.md');
    resolveFigure({ line: 7, file: 'hongxv.jpg', caption: 'x' }, FOLDER, media, issues);
    resolveFigure({ line: 8, file: 'broken.jpg', caption: 'x' }, FOLDER, media, issues);
    resolveFigure({ line: 9, file: 'hongxu.jpg' }, FOLDER, media, issues);
    resolveFigure({ line: 10, caption: 'x', alt: 'y', altLine: 11 }, FOLDER, media, issues);
    expect(issues.list.map(formatIssue)).toEqual([
      `e.md:7 @图: "hongxv.jpg" is not in content/media/${FOLDER}/ (did you mean "hongxu.jpg"? File names must match exactly)`,
      `e.md:8 @图: content/media/${FOLDER}/broken.jpg cannot be decoded (truncated) (copy it again)`,
      'e.md:9 @图: photo has neither a caption nor @替代 (readers who cannot see it need one: write the caption after the file name, or @替代 on the next line)',
      'e.md:11 @替代: describes a photo, but this @图 names no photo file (name the file first (@图 hongxu.jpg 说明), or delete @替代: a caption alone needs none)',
    ]);
  });

  it('numbers the printed pages as listed, and refuses a name that is no image', () => {
    const issues = issuesFor('e.md');
    const pages = resolvePages(['page-1.jpg', 'page-2.pdf'], 3, FOLDER, media, issues);
    expect(pages).toEqual([{ number: 1, photo: { file: `${FOLDER}/page-1.jpg`, hash: 'h', width: 1200, height: 1700 } }]);
    expect(issues.list.map(formatIssue)).toEqual(['e.md:3 pages: "page-2.pdf" is not an image file name (expected the page images made by npm run import, e.g. page-1.jpg)']);
  });

  it('puts every region on a page the edition keeps, and warns of a page without an article and an article on no page', () => {
    const draft = (title: string, line: number, pages: number[]): ArticleDraft => ({ line, order: 1, title, fields: {}, body: [], figures: [], markers: [], regions: pages.map((page) => ({ page, x: 0, y: 0, width: 10, height: 10, line: line + 1 })) });
    const issues = issuesFor('e.md');
    checkRegions([draft('一', 10, [1, 3]), draft('二', 20, [])], ['page-1.jpg', 'page-2.jpg'], 4, issues);
    expect(issues.list.map(formatIssue)).toEqual([
      'e.md:11 @版面: page 3 does not exist: the edition has 2 (expected a page from 1 to 2)',
      'e.md:4 warning: pages: page 2 (page-2.jpg) has no article on it (give the articles printed on it an @版面 line, so readers can open them from the page)',
      'e.md:20 warning: @版面: "二" is on no page (add @版面 with its page and place, so the 数字报 links to it)',
    ]);
  });
});
