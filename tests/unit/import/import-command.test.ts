/** `npm run import` as an editor meets it: the draft, the report, and every refusal. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPORT_FLAG } from '../../../lib/content/edition/parse';
import { scanPdf, scanPhoto } from '../../../lib/privacy';
import { CONTENT, ROOT, tempDir } from '../helpers';
import { UsageError } from '../../../scripts/editor-cli';
import { importCommand } from '../../../scripts/import';

const SEED = path.join(ROOT, 'content/sources/001_c448e3ec7b982612.txt');

function tempContent(): string {
  const dir = tempDir('import');
  fs.mkdirSync(path.join(dir, 'editions'));
  for (const f of ['gazetteer.yml', 'awards.yml']) fs.copyFileSync(path.join(CONTENT, f), path.join(dir, f));
  return dir;
}

function runImport(dir: string, args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/import.ts'), ...args], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: dir }, encoding: 'utf8' });
}

/**
 * The command in this process, for the refusals: what it throws, the message `npm run import` prints with exit
 * status 2 (one test runs the real command to see that wiring). Starting Node and tsx for each of 19 refusals took
 * most of this file's 110 s.
 */
async function refusal(dir: string, args: string[]): Promise<string> {
  const before = process.env.CONTENT_DIR;
  process.env.CONTENT_DIR = dir;
  try {
    await importCommand(args);
  } catch (e) {
    if (e instanceof UsageError) return e.message;
    throw e;
  } finally {
    if (before === undefined) delete process.env.CONTENT_DIR;
    else process.env.CONTENT_DIR = before;
  }
  throw new Error(`npm run import ${args.join(' ')} was not refused`);
}

function tempFile(name: string, content: string | Buffer): string {
  const file = path.join(tempDir('input'), name);
  fs.writeFileSync(file, content);
  return file;
}

describe('npm run import', () => {
  it('writes the draft under its street and date, reports what it did, and refuses to write it twice', () => {
    const dir = tempContent();
    const r = runImport(dir, [SEED, '--street', '长风新村', '--date', '2019-12-12']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const draft = fs.readFileSync(path.join(dir, 'editions', '2019-12-12-changfengxincun.md'), 'utf8');
    expect(draft).toMatch(/^---\nstreet: changfengxincun\ndate: 2019-12-12\nsource: "2019-12-12-changfengxincun.txt"\n---\n/);
    // The input is kept beside the editions as their provenance, byte for byte.
    expect(fs.readFileSync(path.join(dir, 'sources', '2019-12-12-changfengxincun.txt')).equals(fs.readFileSync(SEED))).toBe(true);
    expect(r.stdout).toMatch(/2019-12-12-changfengxincun\.md: 5 篇文章, 2 个栏目, 0 个小标题, 10 个图片说明, 0 个奖项/);
    const flagLine = draft.split('\n').findIndex((l) => l.startsWith(IMPORT_FLAG)) + 1;
    expect(r.stdout).toContain(`2019-12-12-changfengxincun.md:${flagLine} 原文第21行：短行后面没有正文，按照片说明处理`);
    expect(r.stdout).toContain('npm run check: 1 problem(s) in the draft, 1 of them the flagged guesses');
    const again = runImport(dir, [SEED, '--street', 'changfengxincun', '--date', '2019-12-12']);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('2019-12-12-changfengxincun.md already exists: edit it rather than starting again');
  });

  it('prints the draft with --stdout and writes nothing', () => {
    const dir = tempContent();
    const r = runImport(dir, [SEED, '--street', 'changfengxincun', '--date', '2019-12', '--stdout']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^---\nstreet: changfengxincun\ndate: 2019-12\n/);
    expect(r.stderr).toContain('存疑');
    expect(fs.readdirSync(path.join(dir, 'editions'))).toEqual([]);
    expect(fs.existsSync(path.join(dir, 'sources'))).toBe(false);
  });

  it('explains each bad argument and what to do instead', async () => {
    const dir = tempContent();
    const cases: [string[], string][] = [
      [[], 'which file? Give the extracted text first\nusage: npm run import'],
      [[SEED, SEED, '--street', 'xianxia', '--date', '2019'], 'one file at a time'],
      [[SEED, '--date', '2019'], '--street is missing'],
      [[SEED, '--street', 'xianxia'], '--date is missing'],
      [[SEED, '--street', 'xianxai', '--date', '2019'], 'unknown street "xianxai". did you mean --street xianxia (仙霞街道)?'],
      [[SEED, '--street', 'xianxia', '--date', '2019-13-01'], '--date '],
      [[SEED, '--street', 'xianxia', '--date', '2019', '--out', 'x'], "Unknown option '--out'"],
      [['/no/such/file.txt', '--street', 'xianxia', '--date', '2019'], 'cannot find "/no/such/file.txt". Give the path of the .txt file'],
      [[os.tmpdir(), '--street', 'xianxia', '--date', '2019'], 'is a folder. Give the path of one .txt file'],
      [[tempFile('empty.txt', ''), '--street', 'xianxia', '--date', '2019'], 'is empty. Copy the edition'],
      [[tempFile('paper.txt', '%PDF-1.7\n%âãÏÓ\n1 0 obj'), '--street', 'xianxia', '--date', '2019'], 'is a PDF, though its name does not end in .pdf. Rename it'],
      [[tempFile('paper.docx', Buffer.from([0x50, 0x4b, 3, 4, 0, 0])), '--street', 'xianxia', '--date', '2019'], 'is a Word or other office document'],
      [[tempFile('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1])), '--street', 'xianxia', '--date', '2019'], 'is not a text file (it holds binary data)'],
      [[tempFile('gbk.txt', Buffer.from([0xc9, 0xe7, 0xc7, 0xf8, 0xb3, 0xbf, 0xb1, 0xa8])), '--street', 'xianxia', '--date', '2019'], 'is not UTF-8 text (perhaps GBK). Save it again as UTF-8'],
    ];
    for (const [args, message] of cases) expect(await refusal(dir, args), args.join(' ')).toContain(message);
    // The command as an editor runs it: the message on stderr, exit status 2.
    const r = runImport(dir, [SEED, '--street', 'xianxai', '--date', '2019']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('npm run import: unknown street "xianxai". did you mean --street xianxia (仙霞街道)?');
    expect(fs.readdirSync(path.join(dir, 'editions'))).toEqual([]);
  }, 120_000);
});

describe('npm run import with a PDF', () => {
  const PDF = path.join(ROOT, 'tests/fixtures/pdf/a4-2col-stacked/2019-12-12-changfengxincun.pdf');

  it('writes the draft, its photos in the edition\'s media folder and the PDF as its source; the draft names each photo', () => {
    const dir = tempContent();
    const r = runImport(dir, [PDF, '--street', '长风新村', '--date', '2019-12-12']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const draft = fs.readFileSync(path.join(dir, 'editions', '2019-12-12-changfengxincun.md'), 'utf8');
    expect(draft).toMatch(/^---\nstreet: changfengxincun\ndate: 2019-12-12\n(.+\n)*source: "2019-12-12-changfengxincun.pdf"\n/);
    const media = fs.readdirSync(path.join(dir, 'media', '2019-12-12-changfengxincun')).sort();
    const photos = media.filter((f) => f.startsWith('photo-'));
    expect(photos).toHaveLength(10);
    for (const f of photos) expect(draft).toContain(`@图 ${f} `);
    // The printed pages (数字报), listed in the front matter, and each article placed on them.
    const pages = media.filter((f) => f.startsWith('page-'));
    expect(pages).toEqual(['page-1.jpg', 'page-2.jpg', 'page-3.jpg', 'page-4.jpg']);
    expect(draft).toContain(`\npages: [${pages.join(', ')}]\n`);
    for (const article of draft.split(/^## /m).slice(1)) expect(article).toMatch(/^@版面 [1-4] [\d.]+ [\d.]+ [\d.]+ [\d.]+$/m);
    // A browser's PDF of photos without metadata: nothing to clean, kept byte for byte.
    expect(fs.readFileSync(path.join(dir, 'sources', '2019-12-12-changfengxincun.pdf')).equals(fs.readFileSync(PDF))).toBe(true);
    expect(r.stdout).toContain('10 张照片写入');
    expect(r.stdout).toMatch(/报徽或二维码，不作新闻照片/);
  }, 120_000);

  it('keeps the PDF cleaned of the photographers\' GPS and camera serials, says what it removed', async () => {
    const dir = tempContent();
    const located = path.join(ROOT, 'tests/fixtures/privacy/printed.pdf');
    const r = runImport(dir, [located, '--street', 'xianxia', '--date', '2026-11-20']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/保存到 content\/sources\/ 的 PDF 已删除元数据（其中有拍摄地点或相机序列号）：.*a GPS position 31\.2000, 121\.4000 \(PDF image \d+, EXIF GPS\)/);
    const kept = new Uint8Array(fs.readFileSync(path.join(dir, 'sources', '2026-11-20-xianxia.pdf')));
    expect(await scanPdf(kept)).toEqual([]);
    expect(Buffer.from(kept).includes('SN-20261120-0042')).toBe(false);
    // What was extracted from it is clean too: the photo, and the page it was printed on.
    for (const f of fs.readdirSync(path.join(dir, 'media', '2026-11-20-xianxia'))) {
      expect(scanPhoto(new Uint8Array(fs.readFileSync(path.join(dir, 'media', '2026-11-20-xianxia', f)))), f).toEqual([]);
    }
  }, 120_000);

  it('refuses a protected, scanned, oversized or damaged PDF with what to do instead, and writes nothing', async () => {
    const dir = tempContent();
    const huge = path.join(tempDir('huge'), 'huge.pdf');
    // Sparse: 201 MB on paper, nothing on disk; refused on its size before it is read.
    fs.writeFileSync(huge, '%PDF-1.7\n');
    fs.truncateSync(huge, 201 * 2 ** 20);
    const cases: [string, string][] = [
      [path.join(ROOT, 'tests/fixtures/pdf-refused/encrypted.pdf'), 'is protected by a password. Ask for a copy without one'],
      [path.join(ROOT, 'tests/fixtures/pdf-refused/scanned.pdf'), 'It needs OCR first'],
      [huge, 'is 201 MB; an edition\'s PDF is far smaller (at most 200 MB)'],
      [tempFile('half.pdf', fs.readFileSync(PDF).subarray(0, 50_000)), 'is damaged or incomplete'],
      [tempFile('photo.pdf', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0, 0, 0])), 'is a JPEG photo, though its name ends in .pdf'],
    ];
    for (const [file, message] of cases) expect(await refusal(dir, [file, '--street', 'changfengxincun', '--date', '2019-12-12']), file).toContain(message);
    expect(fs.readdirSync(dir).sort()).toEqual(['awards.yml', 'editions', 'gazetteer.yml']);
    expect(fs.readdirSync(path.join(dir, 'editions'))).toEqual([]);
  }, 120_000);
});
