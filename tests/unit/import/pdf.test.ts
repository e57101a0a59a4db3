/**
 * The PDF path of the importer, stage by stage: refusals (read), lines from
 * glyph runs (lines), roles from type (roles), the layout of a typeset page
 * (layout), and the whole pipeline scored on the typeset fixtures, where a
 * fall in any figure fails.
 */
import fs from 'node:fs';
import path from 'node:path';
import { concatTransformationMatrix, PDFDocument, popGraphicsState, pushGraphicsState, setCharacterSpacing, StandardFonts } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { importPdf, PdfRefusal, unaccounted } from '../../../lib/import/index';
import { pageLines, pageGutters, type Line } from '../../../lib/import/pdf/lines';
import { layoutPdf } from '../../../lib/import/pdf/layout';
import { headlineText, setsByPhrase } from '../../../lib/import/pdf/headline';
import { readPdf, type PdfPage, type TextRun } from '../../../lib/import/pdf/read';
import { styleRoles } from '../../../lib/import/pdf/roles';
import type { Block } from '../../../lib/import/types';
import { pdfFixtures, pdfTotals, scorePdfFixture, type PdfTotals } from '../../../scripts/pdf-score';
import { CONTENT, FIXTURES, realContext } from '../helpers';

const ctx = realContext();
const REFUSED = path.join(FIXTURES, 'pdf-refused');
const FIXTURE = path.join(FIXTURES, 'pdf/a3-5col-stacked/2019-11-28-xianxia.pdf');
const bytesOf = (file: string) => new Uint8Array(fs.readFileSync(file));
const opts = { streetId: 'xianxia', date: '2019-11-28', ...ctx };

async function refusal(bytes: Uint8Array): Promise<string> {
  try {
    await importPdf(bytes, opts);
  } catch (e) {
    if (e instanceof PdfRefusal) return e.message;
    throw e;
  }
  throw new Error('not refused');
}

describe('read: refusals say what to do instead', () => {
  it('a password-protected PDF', async () => {
    expect(await refusal(bytesOf(path.join(REFUSED, 'encrypted.pdf')))).toMatch(/password.*without one/);
  });
  it('a scanned PDF with no text layer needs OCR first', async () => {
    expect(await refusal(bytesOf(path.join(REFUSED, 'scanned.pdf')))).toMatch(/no text layer.*OCR first/);
  });
  it('a truncated PDF', async () => {
    const whole = bytesOf(FIXTURE);
    expect(await refusal(whole.subarray(0, Math.floor(whole.length / 3)))).toMatch(/damaged or incomplete|cannot be read/);
  });
  it('a file named .pdf that is not one', async () => {
    expect(await refusal(new Uint8Array(Buffer.from('<!doctype html><p>社区晨报</p>')))).toMatch(/an HTML or XML page, though its name ends in \.pdf/);
    expect(await refusal(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0, 0, 0]))).toMatch(/a JPEG photo/);
  });
  it('more pages than an edition has', async () => {
    expect(await refusal(bytesOf(path.join(REFUSED, '65-pages.pdf')))).toMatch(/has 65 pages.*at most 64/);
  });
});

describe('read: the spaces a PDF draws as glyphs', () => {
  it('are placed where they were drawn, through the text matrix, the character spacing and the page\'s transform', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([400, 600]);
    page.drawText('HIM news', { x: 40, y: 500, size: 12, font });
    page.pushOperators(pushGraphicsState(), concatTransformationMatrix(0.5, 0, 0, 0.5, 100, 0), setCharacterSpacing(2));
    page.drawText('AB CD of the streets', { x: 40, y: 400, size: 20, font });
    page.pushOperators(popGraphicsState());
    const [read] = await readPdf(await doc.save());
    const spaces = read.spaces ?? [];
    const w = (t: string, size: number) => font.widthOfTextAtSize(t, size);
    const drawnAt = (x: number, y: number, width: number) => spaces.some((s) => Math.abs(s.x - x) < 0.01 && Math.abs(s.y - y) < 0.01 && Math.abs(s.width - width) < 0.01);
    expect(drawnAt(40 + w('HIM', 12), 100, w(' ', 12))).toBe(true);
    // Scaled by half and moved 100 right; each glyph followed by 2 units of character spacing.
    expect(drawnAt(100 + 0.5 * (40 + w('AB', 20) + 2 * 2), 400, 0.5 * (w(' ', 20) + 2))).toBe(true);
    expect(drawnAt(100 + 0.5 * (40 + w('AB CD', 20) + 5 * 2), 400, 0.5 * (w(' ', 20) + 2))).toBe(true);
    expect(spaces).toHaveLength(5);
  });
});

const run = (text: string, x: number, y: number, size = 10, bold = false): TextRun => ({ text, x, y, top: y - size * 0.88, bottom: y + size * 0.12, width: [...text].length * size, size, font: bold ? 'Noto-Bold' : 'UMing', bold });

/** Two columns of body text, 100 points wide, 12 apart: the gutter is 110 to 122. */
function twoColumns(extra: TextRun[]): PdfPage {
  const runs: TextRun[] = [];
  for (let i = 0; i < 12; i++) runs.push(run('一二三四五六七八九十', 10, 100 + i * 14), run('甲乙丙丁戊己庚辛壬癸', 122, 100 + i * 14));
  return { number: 1, width: 300, height: 400, runs: [...runs, ...extra], images: [], rects: [] };
}

describe('lines: a space printed inside Chinese text is kept, a justified line\'s spacing is not', () => {
  // A line spread out by justification, as pdf.js writes it: a space after every character, the printed one among them.
  const spread = (): TextRun => ({ ...run('迎 进 博 创 意 点 亮 新', 10, 100), width: 8 * 11 });
  const page = (runs: TextRun[], spaces?: PdfPage['spaces']): PdfPage => ({ number: 1, width: 300, height: 400, runs, images: [], rects: [], spaces });
  it('keeps the space drawn between 博 and 创 as a glyph, and only it', () => {
    expect(pageLines(page([spread()], [{ x: 10 + 3 * 11 - 2, y: 100, width: 2.5 }]))[0].text).toBe('迎进博 创意点亮新');
    expect(pageLines(page([spread()], []))[0].text).toBe('迎进博创意点亮新');
    expect(pageLines(page([spread()]))[0].text).toBe('迎进博创意点亮新');
    // A space drawn on another baseline is not this line's.
    expect(pageLines(page([spread()], [{ x: 10 + 3 * 11 - 2, y: 130, width: 2.5 }]))[0].text).toBe('迎进博创意点亮新');
  });
  it('keeps a space drawn in the gap between two runs of a spread line', () => {
    const runs = [{ ...run('迎 进 博', 10, 100), width: 3 * 11 - 1.6 }, { ...run('创 意 点 亮 新', 10 + 3 * 11 + 1.2, 100), width: 5 * 11 }];
    expect(pageLines(page(runs, [{ x: 10 + 3 * 11 - 1.5, y: 100, width: 2.5 }]))[0].text).toBe('迎进博 创意点亮新');
    expect(pageLines(page(runs, []))[0].text).toBe('迎进博创意点亮新');
  });
  it('joins two runs of one line where a space drawn as a glyph stands between them, however far justification spread them (Chromium, tune seed 1211)', () => {
    // 博 | 创意点亮新 in text of nine points, eleven points apart: wider than the gap that parts two columns' lines.
    const runs = [run('博', 37, 113, 9), { ...run('创 意 点 亮 新', 57, 113, 9), width: 62.9 }];
    expect(pageLines(page(runs, [{ x: 50.5, y: 113, width: 2 }])).map((l) => l.text)).toEqual(['博 创意点亮新']);
    // With no space drawn there, the gap parts them.
    expect(pageLines(page(runs, [])).map((l) => l.text)).toEqual(['博', '创意点亮新']);
  });
  it('reads a number\'s digits, spread apart as its line\'s characters are, as one number (Typst, tune seed 1211)', () => {
    // pdf.js writes a space after each character of a line spread out by justification, each digit a run of its own.
    const gap = (x: number): TextRun => ({ ...run(' ', x, 155, 9), width: 5.4 });
    const runs = [{ ...run('1', 37, 155, 9), width: 5 }, gap(42), { ...run('0', 47.4, 155, 9), width: 5 }, gap(52.4), run('余', 57.8, 155, 9), gap(66.8), run('名', 72.2, 155, 9), gap(81.2), run('陆', 86.6, 155, 9)];
    expect(pageLines(page(runs, []))[0].text).toBe('10余名陆');
    // In a line not spread out, digits that far apart were set apart.
    expect(pageLines(page([{ ...run('1', 37, 155, 9), width: 5 }, { ...run('0', 47.4, 155, 9), width: 5 }, run('余名陆配', 52.4, 155, 9)], []))[0].text).toBe('1 0余名陆配');
  });
  it('reads letters spread by justification as one word where the PDF draws its spaces and drew none between them', () => {
    const tracked = { ...run('“W E培训', 10, 100), width: 60 };
    expect(pageLines(page([tracked], []))[0].text).toBe('“WE培训');
    // A PDF that draws no space anywhere gives no evidence: the space pdf.js wrote stays.
    expect(pageLines(page([tracked]))[0].text).toBe('“W E培训');
    expect(pageLines(page([{ ...run('Hello World', 10, 100), width: 55 }], [{ x: 10 + 25, y: 100, width: 2.5 }]))[0].text).toBe('Hello World');
    // So too in a line spread out by justification: with no evidence, two words stay two.
    const spreadWords = { ...run('用 D I Y 和 W E 做 成 Hello World 的 样 子', 10, 100), width: 160 };
    expect(pageLines(page([spreadWords]))[0].text).toContain('Hello World');
  });
  it('reads no space between a number and a Chinese character inside a run where the PDF draws its spaces and drew none there (Chromium, tune seed 984)', () => {
    // pdf.js writes the browser's autospace after 178 as a space inside the run.
    const autospaced = { ...run('有党员178 名。为破解', 10, 100, 9.5), width: 98.7 };
    expect(pageLines(page([autospaced], []))[0].text).toBe('有党员178名。为破解');
    // Drawn there, it was printed; and a PDF that draws no space anywhere gives no evidence.
    expect(pageLines(page([autospaced], [{ x: 10 + 6.5 * 7.6, y: 100, width: 2.4 }]))[0].text).toBe('有党员178 名。为破解');
    expect(pageLines(page([autospaced]))[0].text).toBe('有党员178 名。为破解');
  });
  it('reads a short justified line spread out beside its numbers as spaced out, keeping only a space drawn there', () => {
    // Chromium, tune seed 92: a column eight characters wide; pdf.js writes a space in each gap (those beside a number
    // its own runs), and one inside 下 午: too few, without those beside the numbers, to read the line as spaced out.
    const gap = (x: number): TextRun => ({ ...run(' ', x, 930.5, 11), width: 3.11 });
    const runs = [{ ...run('11', 58.38, 930.5, 11), width: 12.2 }, gap(70.59), run('⽉', 72.92, 930.5, 11), gap(83.91), { ...run('22', 86.24, 930.5, 11), width: 12.2 }, gap(98.44), run('⽇', 100.77, 930.5, 11), gap(111.77), { ...run('下 午', 114.1, 930.5, 11), width: 24.32 }];
    expect(pageLines(page(runs, []))[0].text).toBe('11⽉22⽇下午');
    expect(pageLines(page(runs))[0].text).toBe('11⽉22⽇下午');
    // A space drawn there was printed.
    expect(pageLines(page(runs, [{ x: 112, y: 930.5, width: 2.75 }]))[0].text).toBe('11⽉22⽇ 下午');
  });
});

describe('lines: glyph runs become lines, never across a gutter', () => {
  it('finds the channel between columns of running text', () => {
    expect(pageGutters(twoColumns([]).runs, 300)).toEqual([{ from: 110, to: 122 }]);
  });
  it('finds the channel under a masthead whose lines, set less than half a point larger than the text, cross it (Typst, tune seed 547)', () => {
    // Seed 547: 10 points over text in 9.5, both a point when rounded; here 10.4 over 10.
    const masthead = [run('长风新村街道 · 2019年12月12日', 10, 40, 10.4), run('长风新村街道党工委 联合出版', 10, 54, 10.4)];
    expect(pageGutters(twoColumns(masthead).runs, 300)).toEqual([{ from: 110, to: 122 }]);
  });
  it('finds the channel under a masthead whose two lines in the text\'s own size cross it, and keeps a headline\'s hung mark out of the 引题 beside it (Chromium, tune seed 552)', () => {
    // Seed 552: the masthead's date and publisher in 10 points, as the text is, run across the first gutter; a headline
    // of the first column hangs its closing quote into the gutter, and the next column's 引题 starts just past it.
    const runs: TextRun[] = [run('长风新村街道 · 2019年12月12日', 10, 40), run('长风新村街道党工委 联合出版', 10, 54)];
    for (let i = 0; i < 22; i++) runs.push(run('一二三四五六七八九十', 10, 100 + i * 14), run('甲乙丙丁戊己庚辛壬癸', 122, 100 + i * 14));
    expect(pageGutters(runs, 300)).toEqual([{ from: 110, to: 122 }]);
    runs.push({ ...run('“最后一公里”', 10, 80, 16, true), width: 112 }, run('汇集志愿力量，引领', 122.4, 80, 8));
    expect(pageLines({ number: 1, width: 300, height: 400, runs, images: [], rects: [] }).filter((l) => l.y === 80).map((l) => l.text)).toEqual(['“最后一公里”', '汇集志愿力量，引领']);
    // Crossed by two lines with fewer than twenty beside it (nine lines of the right column), a channel parts nothing.
    expect(pageGutters(runs.filter((r) => r.y < 230 || r.x === 10), 300)).toEqual([]);
  });
  it('counts the lines that cross a channel at its middle, not a column\'s line that reaches into its edge, and keeps two headlines beside it apart (Typst, tune seed 803)', () => {
    // Seed 803: the masthead's two lines cross the first gutter, and a line spread out to a hung 、 reaches into its left
    // edge: three lines there, so the 28 lines beside it fell short of ten for each, and two headlines of 16 points, side
    // by side over the first two columns 17 points apart, were read as one line (发挥党建引领作锦苑居民区).
    const runs: TextRun[] = [run('长风新村街道 · 2019年12月12日', 10, 40), run('长风新村街道党工委 联合出版', 10, 54)];
    for (let i = 0; i < 22; i++) runs.push(run('一二三四五六七八九十', 10, 100 + i * 14), run('甲乙丙丁戊己庚辛壬癸', 122, 100 + i * 14));
    runs.push({ ...run('一 二 三 四 五 六 七 八 九 十', 10, 100 + 22 * 14), width: 102 });
    expect(pageGutters(runs, 300)).toEqual([{ from: 110, to: 122 }]);
    runs.push(run('党建引领作', 30, 80, 16, true), run('锦苑居民区', 127, 80, 16, true));
    expect(pageLines({ number: 1, width: 300, height: 400, runs, images: [], rects: [] }).filter((l) => l.y === 80).map((l) => l.text)).toEqual(['党建引领作', '锦苑居民区']);
  });
  it('parts a line ending on a hung full stop from a jump line opening the next column with its bracket drawn half out, a narrow gutter between (Typst, tune seed 1300)', () => {
    // Columns 10-90 and 100-180, some lines of the first running on to 95 (a word kept whole), so the gutter found is 95
    // to 100. The first column's line ends on 。 1.8 points past it; the jump line's bracket is drawn from 95.
    const runs: TextRun[] = [];
    for (let i = 0; i < 14; i++) runs.push(i % 3 ? run('一二三四五六七八', 10, 100 + i * 14) : { ...run('一二三四五六七八', 10, 100 + i * 14), width: 85 }, run('甲乙丙丁戊己庚辛', 100, 100 + i * 14));
    runs.push({ ...run('领导核心作用。', 21.8, 86), width: 70 }, { ...run('（接第1版）', 95, 86), width: 60 });
    const lines = pageLines({ number: 1, width: 300, height: 400, runs, images: [], rects: [] }).filter((l) => l.y === 86).map((l) => l.text);
    expect(lines).toEqual(['领导核心作用。', '（接第1版）']);
  });
  it('parts two headlines side by side where the first hangs its closing quote into the gutter, measured from the quote\'s ink (Typst, tune seed 1197)', () => {
    // Columns 10-110 and 122-222; a headline of 17 points ends 一公里” with the quote's square reaching to 2.6 points
    // from the gutter's far side, and the next column's headline, centred, starts 6 points past it.
    const runs: TextRun[] = [];
    for (let i = 0; i < 22; i++) runs.push(run('一二三四五六七八九十', 10, 100 + i * 14), run('甲乙丙丁戊己庚辛壬癸', 122, 100 + i * 14));
    const read = (next: number) => pageLines({ number: 1, width: 300, height: 500, runs: [...runs, run('最后一公里”', 17.4, 60, 17, true), run('清水湾居委', next, 60, 17, true)], images: [], rects: [] }).filter((l) => l.y === 60).map((l) => l.text);
    expect(read(128)).toEqual(['最后一公里”', '清水湾居委']);
    // Set on right after the quote's square, it is one headline across the gutter.
    expect(read(119.4)).toEqual(['最后一公里”清水湾居委']);
  });
  it('keeps a headline line drawn in two touching runs whole, where the headlines beside it stand far to either side (Chromium, tune seed 798)', () => {
    // Seed 798: 仙霞举办“世界非遗” and 青瓷展 (青 a fallback glyph) touch at 405.2, in a blank between headlines that end
    // at 228.6 and start at 469.6 on the baselines above and below: no column's edge, and no channel.
    const beside = (x: number, right: number) => [67.5, 86.2, 105].flatMap((y) => [run('虹仙居民区', 28.3, y, 15), run('虹纺居民区', right, y, 15)].map((r, i) => (i === 0 ? { ...r, x: x - r.width } : r)));
    const line = [run('仙霞举办“世界非遗”', 255.2, 96, 15), run('青瓷展', 405.2, 96, 15)];
    const read = (runs: TextRun[]) => pageLines({ number: 1, width: 600, height: 400, runs, images: [], rects: [] }).filter((l) => l.y === 96).map((l) => l.text);
    expect(read([...beside(228.6, 469.6), ...line])).toEqual(['仙霞举办“世界非遗”青瓷展']);
    // Where the lines beside it run up to a narrow channel there, the runs are two columns' lines.
    expect(read([...beside(396, 409), ...line])).toEqual(['仙霞举办“世界非遗”', '青瓷展']);
  });
  it('keeps apart a column\'s line and a heading beside it, set a little larger than the text, that opens with a quote hung into the gutter (Typst, tune seed 280)', () => {
    // Columns half a character apart; the heading (11 points over text in 10.5 there) hangs its quote's blank half to
    // within a point and a half of the left column's line.
    const runs: TextRun[] = [];
    for (let i = 0; i < 12; i++) runs.push(run('一二三四五六七八九十', 10, 100 + i * 14), run('甲乙丙丁戊己庚辛壬癸', 116, 100 + i * 14));
    runs.push(run('两新组织党组织成功的', 10, 300), { ...run('“五星奖”榜单', 111.5, 300, 10.4, true), width: 6 * 10.4 });
    const lines = pageLines({ number: 1, width: 300, height: 400, runs, images: [], rects: [] }).filter((l) => l.y === 300).map((l) => l.text);
    expect(lines).toEqual(['两新组织党组织成功的', '“五星奖”榜单']);
  });
  it('finds the channel where a line of the right column opens with a bracket drawn half into it, or one of the left ends on a hung comma', () => {
    // Typst, tune seed 85, page 3: columns half a character apart; a jump line （接第2版） at the top of the right one is
    // drawn from 4.5 points left of its column (Typst trims the bracket's blank half). Counted as text, it had closed the
    // channel (the line beside it ran on into the jump line), and so did one of the left column's lines ending on a comma
    // hung into it.
    const runs: TextRun[] = [];
    for (let i = 0; i < 12; i++) runs.push(run('一二三四五六七八九十', 10, 100 + i * 14), run('甲乙丙丁戊己庚辛壬癸', 115, 100 + i * 14));
    runs.push({ ...run('（接第2版）', 110.5, 86), width: 55.5 }, run('一二三四五六七八九十，', 10, 72));
    expect(pageGutters(runs, 300)).toEqual([{ from: 110, to: 115 }]);
    // Half a point from the left column's line, the bracket does not touch it: its ink starts in the right column.
    runs.push(run('一二三四五六七八九十', 10, 86));
    expect(pageLines({ number: 1, width: 300, height: 400, runs, images: [], rects: [] }).filter((l) => l.y === 86).map((l) => l.text)).toEqual(['一二三四五六七八九十', '（接第2版）']);
    // Nor where the left line's comma, to the column's end, overlaps the bracket's blank half (tune seed 255: 1.深入群众，
    // beside （上接第2版）).
    const overlapping = runs.map((r) => (r.y === 86 && r.x === 10 ? { ...r, text: '一二三四五六七八九，', width: 102.5 } : r));
    expect(pageLines({ number: 1, width: 300, height: 400, runs: overlapping, images: [], rects: [] }).filter((l) => l.y === 86).map((l) => l.text)).toEqual(['一二三四五六七八九，', '（接第2版）']);
  });
  it('parts two columns\' lines where a comma hung past the left one is drawn across a gutter narrower than itself, into the right one\'s first character (Chromium, tune seed 709)', () => {
    // Text of 11 points in columns 10 to 120 and 129 to 239: a gutter of 9 points. The left line's comma, drawn in 11
    // points from 120, reaches 131, past where the right line starts.
    const runs: TextRun[] = [];
    for (let i = 0; i < 12; i++) runs.push(run('一二三四五六七八九十', 10, 100 + i * 16, 11), run('甲乙丙丁戊己庚辛壬癸', 129, 100 + i * 16, 11));
    runs.push(run('一二三四五六七八九十，', 10, 292, 11), run('引导甲乙丙丁戊己庚辛', 129, 292, 11));
    expect(pageGutters(runs, 300)).toEqual([{ from: 120, to: 129 }]);
    const lines = pageLines({ number: 1, width: 300, height: 400, runs, images: [], rects: [] }).filter((l) => l.y === 292).map((l) => l.text);
    expect(lines).toEqual(['一二三四五六七八九十，', '引导甲乙丙丁戊己庚辛']);
    // A column of one line, its full stop's blank half and the bracket's after it overlapping (Chromium, tune seed 413):
    // the channel between their inks is read as a gutter, and the mark, which does not cross it, leaves the line whole.
    const lone = [...runs, run('国文化。', 250, 100, 11), { ...run('（社区文化活动中心）', 289, 100, 11), width: 110 }];
    expect(pageGutters(lone, 400)).toContainEqual({ from: 283, to: 297 });
    const read = pageLines({ number: 1, width: 400, height: 400, runs: lone, images: [], rects: [] }).filter((l) => l.y === 100).map((l) => l.text);
    expect(read).toContain('国文化。（社区文化活动中心）');
  });

  it('reads no gutter in the blank a closing quote leaves inside a column\'s only full line, where the line goes on right after it (Chromium, tune seed 1342)', () => {
    // Columns 10-110, 122-222 and 234-334. The middle one holds a jump line, one full line, 普陀区“创城迎检” going on
    // into 工 at the quote's square's end (the rest of the column a photo), and a short last line: no other line crosses
    // the quote's blank half, 202 to 212.
    const runs: TextRun[] = [];
    for (let i = 0; i < 22; i++) runs.push(run('一二三四五六七八九十', 10, 100 + i * 14), run('甲乙丙丁戊己庚辛壬癸', 234, 100 + i * 14));
    runs.push(run('（接第2版）', 122, 72), run('普陀区“创城迎检”', 122, 86), run('工', 212.2, 86), run('加分。', 122, 100));
    expect(pageGutters(runs, 400)).toEqual([{ from: 110, to: 122 }, { from: 223, to: 234 }]);
    expect(pageLines({ number: 1, width: 400, height: 500, runs, images: [], rects: [] }).filter((l) => l.y === 86).map((l) => l.text)).toEqual(['普陀区“创城迎检”工']);
    // Where lines stand either side of such a blank, it is a gutter a hung quote spans (columns 122-202 and 212-292).
    const columns: TextRun[] = [];
    for (let i = 0; i < 22; i++) columns.push(run('一二三四五六七八', 122, 100 + i * 14), run('甲乙丙丁戊己庚辛', 212, 100 + i * 14));
    columns.push(run('普陀区“创城迎检”', 122, 86), run('工', 212.2, 86));
    expect(pageGutters(columns, 400)).toEqual([{ from: 202, to: 212 }]);
  });

  it('starts a column at a gutter\'s far edge where the line before overflows its own column up to it (Chromium, tune seed 860)', () => {
    // Text of 10.5 points in columns 10 to 94 and 105.4 to 189.4. “WEHOME”智能 could not be broken: it runs 8.5 points
    // past its column, to within 2.9 points (less than a third of a character) of the next column's first line.
    const runs: TextRun[] = [];
    for (let i = 0; i < 16; i++) runs.push(run('一二三四五六七八', 10, 100 + i * 16, 10.5), run('甲乙丙丁戊己庚辛', 105.4, 100 + i * 16, 10.5));
    runs.push({ ...run('“WEHOME”智能', 10, 356, 10.5), width: 92.5 }, run('作与园区发展的深', 105.4, 356, 10.5));
    expect(pageGutters(runs, 300)).toEqual([{ from: 94, to: 105 }]);
    const lines = pageLines({ number: 1, width: 300, height: 400, runs, images: [], rects: [] }).filter((l) => l.y === 356).map((l) => l.text);
    expect(lines).toEqual(['“WEHOME”智能', '作与园区发展的深']);
    // Within a third of a point of it, where the next column's lines near by start there (Chromium, tune seed 1010).
    const touching = runs.map((r) => (r.y === 356 && r.x === 10 ? { ...r, width: 95.1 } : r));
    const read = pageLines({ number: 1, width: 300, height: 400, runs: touching, images: [], rects: [] }).filter((l) => l.y === 356).map((l) => l.text);
    expect(read).toEqual(['“WEHOME”智能', '作与园区发展的深']);
    // Not a line of the text set wider, far from where any column's lines start: its runs part there by chance.
    const wide = [...runs.filter((r) => r.y !== 356), { ...run('“WEHOME”智能', 10, 420, 10.5), width: 95.1 }, run('作与园区发展的深', 105.4, 420, 10.5)];
    const across = pageLines({ number: 1, width: 300, height: 500, runs: wide, images: [], rects: [] }).filter((l) => l.y === 420).map((l) => l.text);
    expect(across).toEqual(['“WEHOME”智能作与园区发展的深']);
  });
  it('parts two headlines side by side where the second opens with a quote hung half into the gutter between them (Typst, tune seed 1183)', () => {
    // Text of 10 points in columns 248 to 348 and 356 to 456; headlines of 15 over each, the second's quote drawn from
    // 348.7, its blank half over the gutter: the gap from 虹纺居民区 to it lies mostly left of the gutter.
    const runs: TextRun[] = [];
    for (let i = 0; i < 16; i++) {
      const y = i < 8 ? 100 + i * 16 : 260 + i * 16;
      runs.push(run('一二三四五六七八九十', 248, y), run('甲乙丙丁戊己庚辛壬癸', 356, y));
    }
    runs.push(run('虹纺居民区', 260, 240, 15, true), run('“绿色进园区', 348.7, 240, 15, true));
    expect(pageGutters(runs, 600)).toEqual([{ from: 348, to: 356 }]);
    const lines = pageLines({ number: 1, width: 600, height: 600, runs, images: [], rects: [] }).filter((l) => l.y === 240).map((l) => l.text);
    expect(lines).toEqual(['虹纺居民区', '“绿色进园区']);
    // One headline across the gutter, a run starting at its quote: one line.
    const across = [...runs.filter((r) => r.y !== 240), run('打通社区治理', 260, 240, 15, true), run('“最后一公里”', 350, 240, 15, true)];
    const one = pageLines({ number: 1, width: 600, height: 600, runs: across, images: [], rects: [] }).filter((l) => l.y === 240).map((l) => l.text);
    expect(one).toEqual(['打通社区治理“最后一公里”']);
  });
  it('parts a byline that opens a column with a bracket drawn half out, beside a line ending on a hung comma, where lines near by start a column at its ink (Typst, tune seed 828)', () => {
    // Page 2 of seed 828, three columns' last lines. The comma hung past column 2 (to 556.3) overlaps the blank half of
    // the bracket Typst draws from 552.1, 5 points left of column 3: runs that overlap are no gap in a gutter.
    const runs: TextRun[] = [];
    for (const y of [453.3, 468.3, 483.3]) runs.push(run('认真听讲一边仔细摆弄手', 295.4, y), run('摆造型精心设计自己的作', 426.3, y), run('日常繁忙工作之余能参加', 557.1, y));
    runs.push(run('发挥自己的创意剪花枝、', 295.4, 498.3), run('开。企业财务人事经理表示，', 426.3, 498.3), run('（社区发展办）', 552.1, 498.3));
    expect(pageGutters(runs, 842)).toContainEqual({ from: 547, to: 557 });
    const lines = pageLines({ number: 1, width: 842, height: 1191, runs, images: [], rects: [] }).filter((l) => l.y === 498.3).map((l) => l.text);
    expect(lines).toEqual(['发挥自己的创意剪花枝、', '开。企业财务人事经理表示，', '（社区发展办）']);
    // A byline set on after a full stop in its own column's line stays that line's.
    const own = pageLines({ number: 1, width: 842, height: 1191, runs: [...runs.filter((r) => r.y !== 498.3), run('中国文化。', 426.3, 498.3), run('（社区文化活动中心）', 471.3, 498.3)], images: [], rects: [] });
    expect(own.filter((l) => l.y === 498.3).map((l) => l.text)).toEqual(['中国文化。（社区文化活动中心）']);
    // So does one whose bracket overlaps the full stop before it (。（ set close) where the lines above are drawn in pieces
    // that part at its ink: runs after a fallback glyph (⺠|更好, ⼒|、) start no column (Chromium, tune seed 188).
    const pieces = [run('寻常百姓，让社区居', 169.1, 174, 9.5), run('⺠', 261.2, 174, 9.5), run('更好', 271.4, 174, 9.5), run('瓷艺术魅', 230.5, 190.5, 9.5), run('⼒', 271.4, 190.5, 9.5), run('、', 281.6, 190.5, 9.5)];
    const closeSet = [{ ...run('更好地认识中国', 169.1, 206.2, 9.5), width: 73.5 }, run('⽂', 243.7, 206.2, 9.5), { ...run('化。', 254.4, 206.2, 9.5), width: 20.1 }, { ...run('（社', 271, 206.2, 9.5), width: 20.1 }];
    const byline = pageLines({ number: 1, width: 842, height: 1191, runs: [...pieces, ...closeSet], images: [], rects: [] });
    expect(byline.filter((l) => l.y === 206.2).map((l) => l.text)).toEqual(['更好地认识中国⽂化。（社']);
  });
  it('finds a gutter that one line of many runs into (letters set wider than their column), but not one that lines cross on a page of few', () => {
    const runs: TextRun[] = [];
    for (let i = 0; i < 16; i++) runs.push(run('一二三四五六七八九十', 10, 100 + i * 14), run('甲乙丙丁戊己庚辛壬癸', 122, 100 + i * 14));
    runs.push({ ...run('“WEHOME”智能服务平台', 10, 324), width: 111 });
    expect(pageGutters(runs, 300)).toEqual([{ from: 110, to: 122 }]);
    expect(pageGutters(runs.slice(-21), 300)).toEqual([]);
  });
  it('finds no gutter in the blank a comma leaves before a glyph drawn as a run of its own, under a line that crosses it', () => {
    // Chromium, tune seed 348: in the last lines of a column, a fallback glyph (⼩ for 小) drawn as a run of its own
    // after a comma; the comma's blank half and the line above crossing it had made a gutter of it (one line may cross a
    // gutter on a page of many), and the glyph a line of its own.
    const runs: TextRun[] = [];
    for (let i = 0; i < 16; i++) runs.push(run('一二三四五六七八九十', 130, 100 + i * 14), run('甲乙丙丁戊己庚辛壬癸', 242, 100 + i * 14));
    // The last two lines of the column left of them, the rest of it photos.
    runs.push(run('得更加干净整洁，也有', 10, 100), { ...run('了安全隐患，', 10, 114), width: 60.6 }, run('⼩', 71.2, 114), { ...run('区容貌', 81.8, 114), width: 28.2 });
    expect(pageGutters(runs, 400)).toEqual([{ from: 110, to: 130 }, { from: 230, to: 242 }]);
    expect(pageLines({ number: 1, width: 400, height: 400, runs, images: [], rects: [] }).filter((l) => l.y === 114).map((l) => l.text)).toEqual(['了安全隐患，⼩区容貌', '一二三四五六七八九十', '甲乙丙丁戊己庚辛壬癸']);
  });
  it('finds both gutters beside a column whose only line crosses what would be its channels (three continuations side by side, Typst and Chromium, tune seed 532)', () => {
    // A page's top continues three articles, each under its （上接第1版）, drawn with its bracket's blank half trimmed
    // into the gutter; the middle one has a single line left, and photos under it. That line and the jump lines cross
    // the channels either side of it, each by a few points, so each channel is crossed and has only one line beside it.
    const runs: TextRun[] = [];
    for (const col of [10, 122, 234]) runs.push({ ...run('（上接第1版）', col - 5, 100), width: 70 });
    for (let i = 0; i < 16; i++) runs.push(run('一二三四五六七八九十', 10, 114 + i * 14), run('甲乙丙丁戊己庚辛壬癸', 234, 114 + i * 14));
    runs.push(run('家园共同营造的楼道。', 122, 114));
    expect(pageGutters(runs, 400)).toEqual([{ from: 110, to: 122 }, { from: 212, to: 234 }]);
    const lines = pageLines({ number: 1, width: 400, height: 400, runs, images: [], rects: [] });
    expect(lines.filter((l) => l.y === 114).map((l) => l.text)).toEqual(['一二三四五六七八九十', '家园共同营造的楼道。', '甲乙丙丁戊己庚辛壬癸']);
  });
  it('keeps apart a line of one column and a subheading of the next where a space of the text\'s size is drawn across the gutter between them (Typst, tune seed 154)', () => {
    const extra = [run('普善辖区内有五月花商', 10, 300, 10), { ...run(' ', 110, 300, 10), width: 12 }, run('同心协力 助力社', 122, 301, 10.5, true)];
    const lines = pageLines(twoColumns(extra)).filter((l) => Math.abs(l.y - 300) < 2).map((l) => l.text.trim());
    expect(lines.sort()).toEqual(['同心协力 助力社', '普善辖区内有五月花商'].sort());
    // Text in 9.495 points, as Chromium reports 9.5 (seed 532): the space is still the text's, though 9.495 and the
    // page's size to a tenth, 9.5, round to different points.
    const chromium = twoColumns(extra.map((r) => (r.size === 10 ? { ...r, size: 9.495 } : r)));
    chromium.runs = chromium.runs.map((r) => (r.size === 10 ? { ...r, size: 9.495 } : r));
    const lines9 = pageLines(chromium).filter((l) => Math.abs(l.y - 300) < 2).map((l) => l.text.trim());
    expect(lines9.sort()).toEqual(['同心协力 助力社', '普善辖区内有五月花商'].sort());
  });
  it('keeps the two columns of one baseline apart, and joins a headline across them', () => {
    const lines = pageLines(twoColumns([run('社区治理', 10, 60, 20, true), run('最后一公里', 90, 60, 20, true)]));
    expect(lines.filter((l) => l.y === 100).map((l) => l.text)).toEqual(['一二三四五六七八九十', '甲乙丙丁戊己庚辛壬癸']);
    const headline = lines.find((l) => l.y === 60);
    expect(headline).toMatchObject({ text: '社区治理最后一公里', size: 20, bold: true });
  });
  it('keeps two columns apart where the page has no gutter through its whole height (columns of other widths below)', () => {
    const runs: TextRun[] = [];
    // Above: columns 100 points wide, 11.5 apart; below: a wide column and a narrow one, their channel elsewhere.
    for (let i = 0; i < 6; i++) runs.push(run('一二三四五六七八九十', 10, 100 + i * 14), run('甲乙丙丁戊己庚辛壬癸', 121.5, 100 + i * 14));
    for (let i = 0; i < 6; i++) runs.push(run('子丑寅卯辰巳午未申酉戌亥子丑寅', 10, 200 + i * 14), run('天地玄黄', 172, 200 + i * 14));
    const lines = pageLines({ number: 1, width: 300, height: 400, runs, images: [], rects: [] });
    expect(lines.filter((l) => l.y === 128).map((l) => l.text)).toEqual(['一二三四五六七八九十', '甲乙丙丁戊己庚辛壬癸']);
  });
  it('keeps two columns apart where a caption a size smaller crosses their channel (a photo across both above them)', () => {
    const runs: TextRun[] = [];
    // Columns in 10.5 points (10.4999 as the PDF says), 11.8 apart, and no gutter down the page (a wide column below); over them, a caption in 9.
    for (let i = 0; i < 4; i++) runs.push(run('一二三四五六七八九十', 10, 100 + i * 16, 10.4999), run('甲乙丙丁戊己庚辛壬癸', 126.8, 100 + i * 16, 10.4999));
    for (let i = 0; i < 8; i++) runs.push(run('子丑寅卯辰巳午未申酉戌亥子丑寅', 10, 200 + i * 16, 10.4999), run('天地玄黄', 180, 200 + i * 16, 10.4999));
    runs.push({ ...run('改造后的大西别墅邻里花园', 10, 84, 9), width: 160 });
    const lines = pageLines({ number: 1, width: 300, height: 400, runs, images: [], rects: [] });
    expect(lines.filter((l) => l.y === 100).map((l) => l.text)).toEqual(['一二三四五六七八九十', '甲乙丙丁戊己庚辛壬癸']);
  });
  it('keeps two columns a character apart apart where a line of the right one opens with a quote drawn half into the gutter', () => {
    // Typst, tune seed 5: columns in 9 points, 8.4 apart, no gutter down the page (an article across both below); Typst
    // trims an opening quote's blank half at a line's start, so the glyph starts 6 points left of its column.
    const runs: TextRun[] = [];
    for (let i = 0; i < 4; i++) runs.push(run('一二三四五六七八九十', 10, 100 + i * 14, 9), run('甲乙丙丁戊己庚辛壬癸', 108.4, 100 + i * 14, 9));
    runs.push(run('一二三四五六七八九', 10, 156, 9), run('“乙丙丁戊己庚辛壬癸', 102.4, 156, 9));
    for (let i = 0; i < 6; i++) runs.push(run('子丑寅卯辰巳午未申酉戌亥子丑寅子丑寅卯辰', 10, 200 + i * 14, 9));
    const lines = pageLines({ number: 1, width: 300, height: 400, runs, images: [], rects: [] });
    expect(lines.filter((l) => l.y === 128).map((l) => l.text)).toEqual(['一二三四五六七八九十', '甲乙丙丁戊己庚辛壬癸']);
  });
  it('reads marks set close side by side (”、“), each drawn as a run overlapping the last, as one line', () => {
    // Chromium, tune seed 38, page 2: three lines running “…的历史”、“滑稽的…”, each ”、“ drawn as three runs, each
    // overlapping the last; the marks' gaps, one over another (and no other line near), read as a channel between
    // columns, and the 、 became a line of its own.
    const at: [string, number, number, number][] = [
      ['中，两位讲师从“滑稽', 357.5, 215.2, 92.2], ['本次讲座形式新颖，向', 463.6, 215.2, 92.2],
      ['的 历 史 ”', 357.5, 228.7, 39.2], ['、', 394.2, 228.7, 8.5], ['“ 滑 稽 的 艺', 400.2, 228.7, 49.5], ['大', 463.6, 228.7, 8.5], ['家展现了海派', 472.9, 228.7, 55],
      ['术 特', 357.5, 241.5, 18.7], [' ', 376.2, 241.5, 2.3], ['色', 378, 241.5, 8.5], [' ', 386.5, 241.5, 2.3], ['”', 388.2, 241.5, 8.5], ['、', 394.2, 241.5, 8.5], ['“ 滑 稽 的 招', 400.2, 241.5, 49.5], ['特', 463.6, 241.5, 8.5], ['色', 472.9, 241.5, 8.5],
      ['笑 技 巧 ”', 357.5, 255, 39.2], ['、', 394.2, 255, 8.5], ['“ 滑 稽 的 艺', 400.2, 255, 49.5], ['爱。', 463.6, 255, 17],
    ];
    const runs = at.map(([text, x, y, width]) => ({ ...run(text, x, y, 8.5), width }));
    const lines = pageLines({ number: 1, width: 600, height: 400, runs, images: [], rects: [] });
    expect(lines.filter((l) => l.y === 255).map((l) => l.text)).toEqual(['笑技巧”、“滑稽的艺', '爱。']);
  });
  it('keeps two narrow headlines of several lines side by side apart, where the page has no gutter between their columns', () => {
    const runs: TextRun[] = [];
    // Below the headlines, an article across both columns: no channel runs down the page between them.
    for (let i = 0; i < 12; i++) runs.push(run('一二三四五六七八九十一二三四五六七八九十', 10, 200 + i * 14));
    // Two headlines in 22 points, four characters to a line, each over its own column: 25 points apart, under 1.2 sizes.
    const left = ['发挥党建', '引领作用', '居民自治', '更进一步'];
    const right = ['虹旭居民', '区 废旧', '自行车兑', '换'];
    left.forEach((t, i) => runs.push(run(t, 10, 60 + i * 28, 22, true)));
    right.forEach((t, i) => runs.push(run(t, 10 + 88 + 25, 60 + i * 28, 22, true)));
    const lines = pageLines({ number: 1, width: 300, height: 400, runs, images: [], rects: [] });
    expect(lines.filter((l) => l.size === 22).map((l) => l.text)).toEqual(['发挥党建', '虹旭居民', '引领作用', '区 废旧', '居民自治', '自行车兑', '更进一步', '换']);
    // A headline of one line with a phrase space in it stays whole, though lines of its size lie above and below.
    const phrase = pageLines({ number: 1, width: 300, height: 400, runs: [run('社区治理', 10, 60, 22), run('最后一公里', 10 + 88 + 18, 60, 22), run('居民议事会', 10, 88, 22), run('小区新气象', 10, 32, 22)], images: [], rects: [] });
    expect(phrase.map((l) => l.text)).toContain('社区治理最后一公里');
  });
  it('keeps a justified line whole where a run is set on at its spacing, though only short lines stand near the gap', () => {
    // Chromium, tune seed 180, page 3: a continuation's first line, justified (0.7 points between characters), drawn as
    // a run ending in a comma and a run of two characters 0.7 points on; above it a jump line, below it a paragraph's
    // last line, and the next column's lines start 12 points past the column: the lines near leave a channel open there.
    const justified = (text: string, x: number, y: number) => ({ ...run(text, x, y), width: [...text].length * 10.7 - 0.7 });
    const runs: TextRun[] = [run('（接第2版）', 36.5, 85), justified('交相关部门妥善处理，', 36.5, 100), justified('小区', 143.5, 100), run('安全隐患得到化解。', 36.5, 115)];
    for (let i = 0; i < 6; i++) runs.push(run('一二三四五六七八九十', 176, 85 + i * 15));
    // Further down, after a subheading, the column's full lines.
    for (let i = 0; i < 6; i++) runs.push(justified('子丑寅卯辰巳午未申酉戌亥', 36.5, 190 + i * 15), run('一二三四五六七八九十', 176, 190 + i * 15));
    const lines = pageLines({ number: 1, width: 300, height: 400, runs, images: [], rects: [] });
    expect(lines.filter((l) => l.y === 100).map((l) => l.text)).toEqual(['交相关部门妥善处理，小区', '一二三四五六七八九十']);
    // Set on further than its spacing, the run is another column's, as before.
    const apart = runs.map((r) => (r.text === '小区' ? { ...r, x: r.x + 3 } : r));
    expect(pageLines({ number: 1, width: 300, height: 400, runs: apart, images: [], rects: [] }).filter((l) => l.y === 100).map((l) => l.text)).toEqual(['交相关部门妥善处理，', '小区', '一二三四五六七八九十']);
    // Each character drawn as a run of its own (tune seed 91: ⺠|携|⼿|、 then ⾃治共治): the gaps between them tell its spacing.
    const chars = runs.flatMap((r) => (r.text === '交相关部门妥善处理，' ? [...r.text].map((c, i) => ({ ...run(c, 36.5 + i * 10.7, 100), width: 10 })) : [r]));
    expect(pageLines({ number: 1, width: 300, height: 400, runs: chars, images: [], rects: [] }).filter((l) => l.y === 100).map((l) => l.text)).toEqual(['交相关部门妥善处理，小区', '一二三四五六七八九十']);
  });
  it("keeps a headline's line apart from a short line of text a few points above its baseline and 14 points before it", () => {
    // Seed 38 of the tune range: a paragraph's last line in 8.5 points ends 13.9 points before a headline's second line
    // in 17, whose baseline is 3 points lower; under 1.2 of the headline's size, they had been read as one line.
    const runs = [run('了自己的意见建议和评', 46.4, 99, 8.5), run('区 废旧', 145.3, 102, 17, true), run('虹旭居民', 145.3, 81, 17, true)];
    const lines = pageLines({ number: 1, width: 300, height: 400, runs, images: [], rects: [] });
    expect(lines.map((l) => l.text).sort()).toEqual(['了自己的意见建议和评', '区 废旧', '虹旭居民'].sort());
    // Runs of two sizes on one baseline, close as the smaller size sets them, are still one line.
    const mixed = pageLines({ number: 1, width: 300, height: 400, runs: [run('长宁区', 10, 60, 20, true), run('（图）', 70.5, 60, 10)], images: [], rects: [] });
    expect(mixed.map((l) => l.text)).toEqual(['长宁区（图）']);
    // A headline's line opening with a quote Typst hangs half out, its box 1.8 points past a line of the text in 8.5 points
    // on its baseline (tune seed 198): two lines.
    const column = [354.7, 381, 394.2, 407.4, 420.6].map((y) => ({ ...run('界非物质文化遗产。而太湖之滨', 32.1, y, 8.5), width: 123.5 }));
    const next = [433.8, 447, 460.2].map((y) => ({ ...run('发展办、仙霞街道商会举办了', 168, y, 8.5), width: 123.5 }));
    const headline = [{ ...run('“绿色进园区', 157.5, 368, 21, true), width: 126 }, { ...run('花香满楼宇”插花活动', 168, 394, 21, true), width: 210 }];
    const hung = pageLines({ number: 1, width: 400, height: 500, runs: [...column, { ...run('全球唯一的陶瓷类项目，入选世', 32.1, 367.8, 8.5), width: 123.5 }, ...headline, ...next], images: [], rects: [] });
    expect(hung.map((l) => l.text)).toEqual(expect.arrayContaining(['“绿色进园区', '全球唯一的陶瓷类项目，入选世']));
  });
  it('keeps apart the captions of two photos side by side, however close, and a caption whole under its photo', () => {
    // Typst, tune seed 28: two photos 10.6 points apart, a 9-point caption under each on one baseline (1.18 sizes apart).
    const photo = (x: number) => ({ x, top: 192.7, width: 100.2, height: 66.8, pixelWidth: 360, pixelHeight: 240, pixels: () => Promise.resolve({ data: new Uint8Array(), channels: 1 as const }) });
    const captions = [{ ...run('第五巡回指导组调研仙霞', 592.5, 270.4, 9), width: 100.3 }, run('王为人调研虹旭居民区', 703.4, 270.4, 9)];
    const page = (images: PdfPage['images']) => pageLines({ number: 1, width: 842, height: 1191, runs: captions, images, rects: [] }).map((l) => l.text);
    expect(page([photo(592.55), photo(703.37)])).toEqual(['第五巡回指导组调研仙霞', '王为人调研虹旭居民区']);
    // Without the photos, or under one photo across both, the two runs read as one line.
    expect(page([])).toEqual(['第五巡回指导组调研仙霞王为人调研虹旭居民区']);
    expect(page([{ ...photo(592.55), width: 211 }])).toEqual(['第五巡回指导组调研仙霞王为人调研虹旭居民区']);
    // A photo far above the line is no caption's photo.
    expect(page([{ ...photo(592.55), top: 20 }, { ...photo(703.37), top: 20 }])).toEqual(['第五巡回指导组调研仙霞王为人调研虹旭居民区']);
  });
  it('keeps two columns apart where a closing mark hung into the gutter touches the next column', () => {
    const runs: TextRun[] = [];
    // Columns a character apart; every third line of the first ends in a comma hung into the gutter, up to the second.
    for (let i = 0; i < 9; i++) runs.push(run(i % 3 === 1 ? '一二三四五六七八九十，' : '一二三四五六七八九十', 10, 100 + i * 15), run('甲乙丙丁戊己庚辛壬癸', 120, 100 + i * 15));
    const lines = pageLines({ number: 1, width: 300, height: 400, runs, images: [], rects: [] });
    expect(lines.filter((l) => l.y === 115).map((l) => l.text)).toEqual(['一二三四五六七八九十，', '甲乙丙丁戊己庚辛壬癸']);
    expect(lines.filter((l) => l.y === 130).map((l) => l.text)).toEqual(['一二三四五六七八九十', '甲乙丙丁戊己庚辛壬癸']);
    // Within a line a comma is followed closely by the next run: one line.
    const within = pageLines(twoColumns([run('物业，', 10, 300), run('街好去处', 40, 300)]));
    expect(within.find((l) => l.y === 300)?.text).toBe('物业，街好去处');
  });
  it('keeps a line whole where a run starts inside the one before (a closing quote set half width)', () => {
    // 创评“金银奖”；22个: the run after the closing quote starts half a character and a little more before the quote's end.
    const lines = pageLines(twoColumns([run('创评“金', 10, 300, 10), { ...run('银奖”', 50, 300, 10), width: 30 }, run('；22个“两', 74.5, 300, 10)]));
    expect(lines.filter((l) => l.y === 300).map((l) => l.text)).toEqual(['创评“金银奖”；22个“两']);
  });
  it('drops the space pdf.js writes between a number and a Chinese character, not one between two Chinese characters', () => {
    const space = (x: number) => ({ ...run(' ', x, 300, 10), width: 2 });
    const lines = pageLines(twoColumns([run('11', 10, 300, 10), space(30), run('月', 31.5, 300, 10), space(41.5), run('24', 43, 300, 10), run('日', 64, 300, 10)]));
    expect(lines.find((l) => l.y === 300)?.text).toBe('11月24日');
    // A number in quotes too, the justified line spread at its edges (tune seed 127: 办 “12·5” 国).
    const quoted = pageLines(twoColumns([run('办', 10, 300, 10), { ...space(20), width: 12 }, { ...run('“12·5”', 29, 300, 10), width: 39 }, { ...space(68), width: 12 }, run('国', 77, 300, 10)]));
    expect(quoted.find((l) => l.y === 300)?.text).toBe('办“12·5”国');
    // Between two Chinese characters it stays: a headline's phrases set apart.
    const phrases = pageLines(twoColumns([run('名单公布', 10, 300, 10), space(50), run('周家桥', 60, 300, 10)]));
    expect(phrases.find((l) => l.y === 300)?.text).toBe('名单公布 周家桥');
  });
  it('takes a justified line spaced out character by character for spacing as a whole, its short runs too', () => {
    // A radical drawn from another font cuts the line into runs too short to judge alone (2012 年 ，).
    const space = (x: number) => ({ ...run(' ', x, 300, 10), width: 2 });
    const spread = pageLines(twoColumns([{ ...run('成 立 于', 10, 300, 10), width: 30 }, space(40), { ...run('2012 年 ，', 42, 300, 10), width: 40 }, space(82), run('⽬', 84, 300, 10)]));
    expect(spread.find((l) => l.y === 300)?.text).toBe('成立于2012年，⽬');
    // A line that is not spaced out keeps the space printed in it.
    const printed = pageLines(twoColumns([run('陆配家庭迎进博 创意点亮', 10, 300, 10)]));
    expect(printed.find((l) => l.y === 300)?.text).toBe('陆配家庭迎进博 创意点亮');
    // A Latin word is one character of the spread: “WEHOME” 智 能 has two spaces, each after a unit (Chromium, tune seed 760).
    const latin = pageLines(twoColumns([{ ...run('“WEHOME” 智 能', 10, 300, 10), width: 88 }]));
    expect(latin.find((l) => l.y === 300)?.text).toBe('“WEHOME”智能');
    // Two phrases' spaces in a headline part pieces of several characters: printed.
    const phrases = pageLines(twoColumns([run('WE党课 WE公益 WE培训', 10, 300, 10)]));
    expect(phrases.find((l) => l.y === 300)?.text).toBe('WE党课 WE公益 WE培训');
  });
  it('a headline beside a column, its baseline near a line of the text but not on it, is no part of that line', () => {
    // As Typst drew them: a column's spread lines, and a headline a gutter to their right, 2.7 points below one of them.
    const spread = (text: string, y: number) => ({ ...run(text, 38.4, y, 10), width: 87.25 });
    const runs = [spread('可 以 增 强 居 民 百 姓', 88.2), spread('的 参 与 感 、 获 得 感', 103.2), run('当好“领头雁”', 135.4, 105.9, 25, true), run('和幸福感。', 38.4, 118.2, 10)];
    const lines = pageLines({ number: 1, width: 800, height: 1000, runs, images: [], rects: [] });
    expect(lines.map((l) => l.text)).toEqual(['可以增强居民百姓', '的参与感、获得感', '当好“领头雁”', '和幸福感。']);
  });
  it('a headline beside a column, on one of its baselines and a gutter from it, is no part of that line', () => {
    // As Typst drew them: a spread column, and a headline whose opening quote starts 3.6 points right of its lines.
    const at = (text: string, y: number) => ({ ...run(text, 371.18, y, 10), width: 100.85 });
    const runs = [at('大 家 展 现 了 海 派 文 化', 469.59), at('的 特 色 精 髓 ， 深 受 居', 485.59), at('民 喜 爱 。 ', 501.59), run('“绿色进园区', 475.64, 486.45, 18, true)];
    const lines = pageLines({ number: 1, width: 800, height: 1000, runs, images: [], rects: [] });
    expect(lines.map((l) => l.text)).toEqual(['大家展现了海派文化', '的特色精髓，深受居', '“绿色进园区', '民喜爱。']);
  });
  it('keeps two columns\' lines apart where a line with a hung mark ends near one side of the gutter and a numbered line over it ends a little into it', () => {
    // As Typst drew three columns (spread lines; the second column's first line indented, its digits half-width).
    const at = (text: string, x: number, y: number, width: number) => ({ ...run(text, x, y, 10), width });
    const runs = [
      at('动 员 他 们 投 身 社 区', 38.41, 343.2, 87.25), at('1 . 坚 持 党 建', 155.39, 343.2, 70.01), at('与 社 区 共 建 共 治 ；', 232.37, 343.2, 92.96),
      at('治 理 ， 发 挥 其 在 社', 38.41, 358.2, 87.25), at('与 发 展 同 心 同 向 ；', 135.39, 358.2, 92.96), at('充 分 发 挥 桥 梁 纽 带', 232.37, 358.2, 87.25),
      at('区 治 理 中 的 示 范 引', 38.41, 373.2, 87.25), at('“ 党 建 做 实 了 就 是', 135.39, 373.2, 87.96), at('作 用 ， 鼓 励 园 区 企', 232.37, 373.2, 87.25),
    ];
    const lines = pageLines({ number: 1, width: 800, height: 1000, runs, images: [], rects: [] });
    expect(lines.filter((l) => Math.abs(l.y - 358.2) < 1).map((l) => l.text)).toEqual(['治理，发挥其在社', '与发展同心同向；', '充分发挥桥梁纽带']);
  });
  it('measures a line by its ink: a space run at its end says a phrase ends there, but is no part of its width', () => {
    const runs = [{ ...run('你我携', 137.58, 326.25, 14, true), width: 41.98 }, run('⼿', 179.55, 326.25, 14, true), { ...run('共建', 193.55, 326.25, 14, true), width: 27.99 }, { ...run(' ', 221.53, 326.25, 14, true), width: 17.84 }];
    const [l] = pageLines({ number: 1, width: 600, height: 800, runs, images: [], rects: [] });
    expect(l).toMatchObject({ text: '你我携⼿共建', spaceAfter: true });
    expect(l.right).toBeCloseTo(221.54, 1);
  });
  it('a headline across two columns whose phrase space falls in the gutter between them stays one line', () => {
    // As Chromium drew it: the space a run of its own, right where the first phrase's closing quote ends.
    const h = (text: string, x: number, width: number) => ({ ...run(text, x, 170.25, 23, true), width });
    const columns = Array.from({ length: 12 }, (_, i) => [run('文'.repeat(20), 425.7, 200 + i * 14, 9.45), run('字'.repeat(18), 624.1, 200 + i * 14, 9.45)]).flat();
    const runs = [...columns, h('当好“领头雁”', 455.47, 160.95), h(' ', 616.42, 7.66), h('⽤', 622.17, 23), h('好“带头', 645.16, 91.97), h('⼈', 737.13, 23), h('”', 760.12, 23)];
    const lines = pageLines({ number: 1, width: 842, height: 1191, runs, images: [], rects: [] });
    expect(lines.filter((l) => l.size > 20).map((l) => l.text)).toEqual(['当好“领头雁” ⽤好“带头⼈”']);
  });
  it('reads a glyph drawn right where the run before ends as that line\'s, past a closing quote, with no line beside it', () => {
    // Tune seed 83: 青 drawn as a run of its own at the end of a headline's first line, the lines above and below it shorter.
    const h = (text: string, x: number, y: number) => run(text, x, y, 15, true);
    const runs = [h('花香满楼宇”插花活动', 222.49, 94.5), h('仙霞举办“世界', 393.28, 103.5), h('⾮', 498.28, 103.5), { ...h('遗”', 513.28, 103.5), width: 30 }, h('⻘', 543.28, 103.5), h('瓷展', 393.28, 122.25)];
    const lines = pageLines({ number: 1, width: 595, height: 842, runs, images: [], rects: [] });
    expect(lines.map((l) => l.text)).toEqual(['花香满楼宇”插花活动', '仙霞举办“世界⾮遗”⻘', '瓷展']);
    // Right over the gutter between two columns of the text below (tune seed 118): a headline crosses a gutter.
    const columns = Array.from({ length: 12 }, (_, i) => [run('文'.repeat(16), 393, 200 + i * 14, 9), run('字'.repeat(10), 548, 200 + i * 14, 9)]).flat();
    const over = pageLines({ number: 1, width: 700, height: 842, runs: [...runs, ...columns], images: [], rects: [] });
    expect(over.filter((l) => l.size === 15).map((l) => l.text)).toEqual(['花香满楼宇”插花活动', '仙霞举办“世界⾮遗”⻘', '瓷展']);
  });
  it('reads a glyph drawn right where the run before ends as that line\'s where the lines near stand on one side of the gap only', () => {
    // Tune seed 203: 青 drawn right where 遗” ends; beyond the gap only another headline's lines, higher up and further
    // right, and under it only the headline's own short last line. No baseline of its size has text either side of the
    // gap: no channel, as there is between two headlines side by side.
    const h = (text: string, x: number, y: number, width = [...text].length * 14) => ({ ...run(text, x, y, 14, true), width });
    const runs = [h('“绿⾊进园区', 439, 67.5), h('花⾹满楼宇”插花活动', 411, 84.7), h('仙霞举办“世界', 212.29, 95.25, 97.95), h('⾮', 310.23, 95.25), h('遗”', 324.22, 95.25, 27.99), h('⻘', 352.21, 95.25), h('瓷', 366.2, 95.25), h('展', 212.29, 113.2)];
    // The articles' text, in 9 points, further down.
    for (let i = 0; i < 12; i++) runs.push(run('一二三四五六七八九十一二三四五六七八', 212.3, 200 + i * 14, 9), run('甲乙丙丁戊己庚辛壬癸甲乙丙丁', 411, 200 + i * 14, 9));
    const lines = pageLines({ number: 1, width: 595, height: 842, runs, images: [], rects: [] });
    expect(lines.filter((l) => l.y === 95.25).map((l) => l.text)).toEqual(['仙霞举办“世界⾮遗”⻘瓷']);
  });
  it('keeps apart the lines of two headlines side by side in sizes a little apart, a gutter between them', () => {
    // Typst, tune seed 80: a 15-point headline of four lines in the first column, a 21-point one beside it.
    const h = (text: string, x: number, y: number, size = 15) => run(text, x, y, size, true);
    const runs = [h('在“加强基层', 32.62, 144.63), h('党建、创新社', 32.62, 163.38), h('会治理”之路', 32.62, 182.13), h('上奋勇前行', 40.12, 200.88), { ...h('坚持党员“四先” 破解治理难题', 139.37, 166.41, 21), width: 298.77 }];
    const lines = pageLines({ number: 1, width: 595, height: 842, runs, images: [], rects: [] });
    expect(lines.map((l) => l.text)).toEqual(['在“加强基层', '党建、创新社', '坚持党员“四先” 破解治理难题', '会治理”之路', '上奋勇前行']);
  });
  it('two headlines side by side stay two, even where one reaches into the gutter', () => {
    const lines = pageLines(twoColumns([run('仙霞新闻', 35, 60, 20, true), run('虹旭', 125, 60, 20, true)]));
    expect(lines.filter((l) => l.y === 60).map((l) => l.text)).toEqual(['仙霞新闻', '虹旭']);
  });
});

const block = (text: string, size: number, extra: Partial<Block> = {}): Block => ({ line: 1, gap: 0, text, kind: 'short', style: { size, bold: false }, ...extra });

describe('roles: from type size and weight', () => {
  const programmes = ctx.catalogue.programmes;
  it('a headline is set well above the text; a smaller line above it is its 引题, below it its 副题', () => {
    const blocks = [block('实现新作为 开创新局面', 1.3), block('普善居民区党建工作巡礼', 2.4), block('记普善居民区党总支', 1.3), block('正文。', 1, { kind: 'body' })];
    styleRoles(blocks, programmes);
    expect(blocks.map((b) => b.role)).toEqual(['kicker', 'title', 'subtitle', undefined]);
  });
  it('of two headline-size lines, the clearly smaller is the 引题', () => {
    const blocks = [block('长一居民区党总支', 1.6), block('当好“领头雁” 用好“带头人”', 3.2)];
    styleRoles(blocks, programmes);
    expect(blocks.map((b) => b.role)).toEqual(['kicker', 'title']);
  });
  it('a short line in the text size just above a headline is its 引题, but not the last name on an honour roll', () => {
    const kicker = [block('实现新作为 开创新局面', 1), block('普善居民区党建工作巡礼', 2)];
    styleRoles(kicker, programmes);
    expect(kicker[0].role).toBe('kicker');
    const roll = [block('华阳路街道荣获长宁区第四轮“两新”组织党建工作“五星奖”榜单', 1), block('上海德必文化创意产业发展（集团）有限公司党支部', 1), block('坚持党员“四先” 破解治理难题', 2)];
    styleRoles(roll, programmes);
    expect(roll[1].role).not.toBe('kicker');
    // Set smaller than the roll's names, it is the next headline's (tune seed 135: a 引题 under a roll ending a column).
    const under = [block('华阳路街道荣获长宁区第四轮“两新”组织党建工作“五星奖”榜单', 1), block('上海德必文化创意产业发展（集团）有限公司党支部', 1), block('上海德必文化创意产业发展（集团）股份有限公司党支部', 0.86), block('深化载体建设，构建园区党建生态圈', 1.7)];
    styleRoles(under, programmes);
    expect(under.map((b) => b.role)).toEqual([undefined, undefined, 'kicker', 'title']);
    // So is one set half a point larger than them (11 points over names in the text's 10.5: tune seed 530).
    const larger = [block('华阳路街道荣获长宁区第四轮“两新”组织党建工作“五星奖”榜单', 1), block('上海德必文化创意产业发展（集团）有限公司党支部', 1), block('长一居民区党总支', 11 / 10.5), block('当好“领头雁” 用好“带头人”', 2)];
    styleRoles(larger, programmes);
    expect(larger.map((b) => b.role)).toEqual([undefined, undefined, 'kicker', 'title']);
  });
  it('a long line set larger or smaller than the text just above a headline is its 引题 too; in the text size, only a name of 24 characters at most', () => {
    const name = '上海德必文化创意产业发展（集团）股份有限公司党支部';
    const larger = [block(name, 1.1), block('深化载体建设，构建园区党建生态圈', 2.1)];
    styleRoles(larger, programmes);
    expect(larger[0].role).toBe('kicker');
    const smaller = [block(name, 0.78), block('深化载体建设，构建园区党建生态圈', 2.1)];
    styleRoles(smaller, programmes);
    expect(smaller[0].role).toBe('kicker');
    const same = [block(name, 1), block('深化载体建设，构建园区党建生态圈', 2.1)];
    styleRoles(same, programmes);
    expect(same[0].role).not.toBe('kicker');
  });
  it('a short line set smaller than the text right under a headline is its 副题; not one ending a sentence, nor a roll\'s heading', () => {
    const blocks = [block('发挥党建引领作用 居民自治更进一步', 1.6), block('市、区级领导先后调研虹旭居民区', 0.9), block('正文。', 1, { kind: 'body' })];
    styleRoles(blocks, programmes);
    expect(blocks.map((b) => b.role)).toEqual(['title', 'subtitle', undefined]);
    const sentence = [block('发挥党建引领作用', 1.6), block('居民们交口称赞。', 0.9)];
    styleRoles(sentence, programmes);
    expect(sentence[1].role).not.toBe('subtitle');
    const roll = [block('表彰大会', 1.6), block('优秀志愿者名单', 0.9)];
    styleRoles(roll, programmes);
    expect(roll[1].role).not.toBe('subtitle');
  });
  it('a bold line the size of the text is a subheading; one that names an award\'s level, an award set as a heading', () => {
    const blocks = [block('因材施教 推动党员带头做表率', 1, { style: { size: 1, bold: true } }), block('金奖标兵: 虹桥新城居民区党支部', 1, { style: { size: 1, bold: true } })];
    styleRoles(blocks, programmes);
    expect(blocks[0]).toMatchObject({ kind: 'subheading', role: 'subheading' });
    expect(blocks[1]).toMatchObject({ kind: 'heading', role: 'award' });
  });
});

describe('layout: a headline\'s lines joined, its phrases apart', () => {
  // Lines of a 24-point headline, left-aligned at x 100 unless moved in, in a column with no room after them.
  const line = (text: string, row: number, x = 100): Line => ({ page: 1, x, right: x + [...text].length * 24, top: 100 + row * 30, bottom: 124 + row * 30, y: 121 + row * 30, size: 24, bold: true, text, spaceBefore: false, spaceAfter: false });
  const lines = (...texts: string[]) => texts.map((t, i) => line(t, i));
  const none = () => 0;

  it('joins lines wrapped mid-phrase, and pieces of one printed line as that line', () => {
    expect(headlineText(lines('打通社区治理“最后一公里” 专题会', '上大家畅谈了想法'), none)).toBe('打通社区治理“最后一公里” 专题会上大家畅谈了想法');
    expect(headlineText([line('清水湾', 0), line('居委会', 0, 180), line('楼道堆物', 1)], none)).toBe('清水湾居委会楼道堆物');
  });

  it('puts the space back where a line starts a space\'s width in from the others, not where an opening quote was trimmed or a radical drawn from another font', () => {
    // (The first line stops a character short: the space after it, below.)
    const headline = [line('清水湾居委会', 0), line('楼道堆物齐整治', 1), line('小区创卫靠大', 2, 107), line('家', 3)];
    expect(headlineText(headline, none)).toBe('清水湾居委会 楼道堆物齐整治 小区创卫靠大家');
    // A Kangxi radical (⼩ for 小) is the font's own glyph under another name: its line set in is set in by a space.
    const kangxi = [line('清水湾居委会', 0), line('楼道堆物齐整治', 1), line('⼩区创卫靠⼤', 2, 107), line('家', 3)];
    expect(headlineText(kangxi, none)).toBe('清水湾居委会 楼道堆物齐整治 ⼩区创卫靠⼤家');
    expect(headlineText([line('长风新村街道举办', 0), line('“12·5”国际志', 1, 107), line('愿者日', 2)], none)).toBe('长风新村街道举办“12·5”国际志愿者日');
    // Of two lines, the first is the margin: the second, set in by its space and as long, is not centred.
    expect(headlineText([line('发挥党建引领作用', 0), line('居民自治更进一步', 1, 107)], none)).toBe('发挥党建引领作用 居民自治更进一步');
    // Centred, the shorter second line starts in by as much as it ends short.
    expect(headlineText([line('发挥党建引领作用', 0), line('居民自治更进', 1, 124)], none)).toBe('发挥党建引领作用居民自治更进');
    expect(headlineText([line('芙一居', 0), line('⺠区学习', 1, 106), line('四中全会', 2)], none)).toBe('芙一居⺠区学习四中全会');
    // Centred, every line starts elsewhere: no line is taken for indented.
    expect(headlineText([line('全国台联及各省市', 0), line('台联考察团', 1, 107), line('来长宁调研', 2, 140)], none)).toBe('全国台联及各省市台联考察团来长宁调研');
    // A line with a space inside starts in: its own space, not one before it, however the centring counted it.
    expect(headlineText([line('全国台', 0), line('联考察', 1), { ...line('团 来', 2, 105), right: 158 }, line('长宁调', 3)], none)).toBe('全国台联考察团 来长宁调');
    // Centred, the first and third lines of one length: the second starts in, but so does the last.
    expect(headlineText([line('芙一居民', 0), { ...line('区 学习', 1, 105), right: 193 }, line('四中全会', 2), line('读书会', 3, 113)], none)).toBe('芙一居民区 学习四中全会读书会');
    // Centred, two lines of one length: the one half a character shorter starts in by as much as it ends short.
    expect(headlineText([line('全国台联及各省', 0), line('市台联考察团来', 1), { ...line('长宁调研两岸”', 2, 106), right: 106 + 6.5 * 24 }], none)).toBe('全国台联及各省市台联考察团来长宁调研两岸”');
  });

  it('puts it back where a line set greedily stops a character short: at the margin when left-aligned, off the axis by its space when centred', () => {
    // Left-aligned (the short last line at the margin): the first line ends where the next phrase did not fit.
    expect(headlineText([line('世纪同乐', 0), line('整治楼道行动', 1), line('守护', 2)], none)).toBe('世纪同乐 整治楼道行动守护');
    // Centred: the short line sits left of the full line's axis by half the space it ends with; the last line is centred.
    const centred = [line('全国台联及各省', 0), line('市台联考察团', 1, 100 + 0.2 * 24), line('来长宁调研两岸', 2), line('婚姻家庭工作', 3, 112)];
    expect(headlineText(centred, none)).toBe('全国台联及各省市台联考察团 来长宁调研两岸婚姻家庭工作');
    // Centred on the axis, a short line is no phrase's end.
    expect(headlineText([line('全国台联及各省', 0), line('市台联考察团', 1, 112), line('来长宁调研两岸', 2)], none)).toBe('全国台联及各省市台联考察团来长宁调研两岸');
    // Cut short by a rule of breaking: an opening quote may not end a line, a closing mark may not start one, a number is
    // kept whole; and the last line is short by nature.
    expect(headlineText([line('长风新村街道举办', 0), line('国际志愿者', 1), line('“12·5”活动', 2), line('启动', 3)], none)).toBe('长风新村街道举办国际志愿者“12·5”活动启动');
    expect(headlineText([line('坚持党员四先破解', 0), line('治理难题的', 1), line('路”径探索新方法', 2), line('启动', 3)], none)).toBe('坚持党员四先破解治理难题的路”径探索新方法启动');
    expect(headlineText([line('周家桥街道喜获', 0), line('第七轮金银', 1), line('2金2银1特色', 2), line('奖', 3)], none)).toBe('周家桥街道喜获第七轮金银2金2银1特色奖');
    // A line set in by the space at its start is short by that space: where it ends is within a character of the
    // measure, so it was wrapped mid-phrase (the space goes before it only).
    expect(headlineText([line('打通社区治理', 0), line('最后一公里', 1), line('专题会上大', 2, 108), line('家畅谈了想法', 3)], none)).toBe('打通社区治理最后一公里 专题会上大家畅谈了想法');
    // Set in by its space and ending a character and more short: the space goes after it too (where it breaks no word:
    // 专题会|上 would break 会上).
    expect(headlineText([line('打通社区治理', 0), line('最后一公里', 1), line('专题会上', 2, 108), line('大家畅谈了', 3)], none)).toBe('打通社区治理最后一公里 专题会上 大家畅谈了');
    // The first line has no space at its start: set in, it is centred and ends a phrase.
    expect(headlineText([line('世纪同乐', 0, 108), line('整治楼道行', 1), { ...line('动中 守护', 2), right: 100 + 4.3 * 24 }, line('家园共参与', 3)], none)).toBe('世纪同乐 整治楼道行动中 守护家园共参与');
  });

  it('reads a headline set down the page, a character to a line, with a space where a line is left blank', () => {
    const down = [...'世纪同乐'].map((c, i) => line(c, i)).concat([...'整治楼道'].map((c, i) => line(c, i + 5)));
    expect(headlineText(down, none)).toBe('世纪同乐 整治楼道');
  });

  it('with the frame of the text it owns known, reads a line short of the frame as a phrase and a line filling it as wrapped', () => {
    // A frame six and a half characters wide: a phrase set a line each, with room to spare, or a phrase wider than it.
    const frame = { left: 100, right: 100 + 24 * 6.5 };
    expect(headlineText(lines('师大二村', '听老党员解读'), none, { frame })).toBe('师大二村 听老党员解读');
    expect(headlineText([line('虹仙居民区', 0, 112), line('品味海派文化', 1, 100), line('感受', 2, 136)], none, { frame })).toBe('虹仙居民区 品味海派文化感受');
    expect(headlineText(lines('长风新村街道', '举办国际志愿', '者日'), none, { frame })).toBe('长风新村街道举办国际志愿者日');
    // Short of it by a character carried down with the closing mark after it, or with a closing mark hung past it: wrapped.
    expect(headlineText(lines('打通社区治', '理”最后一公', '里'), none, { frame })).toBe('打通社区治理”最后一公里');
    expect(headlineText(lines('打通社区治理”', '最后一公里'), none, { frame })).toBe('打通社区治理”最后一公里');
    // The last two lines full, of one length and unpunctuated: a couplet (对仗); not where more follows (a long phrase
    // wrapped twice), nor where a mark is set inside (a phrase wrapped greedily).
    expect(headlineText(lines('品味海派文化', '感受社区温度'), none, { frame })).toBe('品味海派文化 感受社区温度');
    expect(headlineText(lines('品味海派文化', '感受社区温度', '讲座'), none, { frame })).toBe('品味海派文化感受社区温度讲座');
    // Nor where the first of the two goes on from a line wrapped into it (tune seed 115, a frame four characters wide).
    const four = { left: 100, right: 100 + 24 * 4.2 };
    expect(headlineText(lines('深化载体', '建设，构', '建园区党', '建生态圈'), none, { frame: four })).toBe('深化载体建设，构建园区党建生态圈');
    expect(headlineText(lines('虹仙居民', '品味海派', '感受社区'), none, { frame: { left: 100, right: 100 + 24 * 4.6 }, labels: new Set(['虹仙居民']) })).toBe('虹仙居民 品味海派 感受社区');
    expect(headlineText(lines('深化载体，构', '建园区党建生'), none, { frame: { left: 100, right: 100 + 24 * 6.2 } })).toBe('深化载体，构建园区党建生');
    // A character's room left at the end of a line: the next character would have fit, so the line ended a phrase.
    expect(headlineText(lines('坚持党员', '“四先”', '破解治理难', '题'), none, { frame: { left: 100, right: 100 + 24 * 5.02 } })).toBe('坚持党员“四先” 破解治理难题');
    // An opening quote hung half out before the frame: the line ends a character and a half short of the headline's
    // longest line (tune seed 973, Typst).
    const seven = { left: 100, right: 100 + 24 * 6.98 };
    expect(headlineText([line('“绿色进园区', 0, 88), line('花香满楼宇”插', 1), line('花活动', 2)], none, { frame: seven })).toBe('“绿色进园区 花香满楼宇”插花活动');
    expect(headlineText([line('“绿色进园区花', 0, 88), line('香满楼宇”插', 1), line('花活动', 2)], none, { frame: seven })).toBe('“绿色进园区花香满楼宇”插花活动');
    // Half a character short of the headline's longest line, the frame half a character wider still: the typesetter did
    // not give the hung half back, and the line is full (Typst, tune seed 618).
    const hung = [line('“绿色进', 0, 88), line('园区', 1), line('花香满楼', 2), line('宇”插花', 3), line('活动', 4)];
    expect(headlineText(hung, none, { frame: { left: 100, right: 100 + 24 * 4.6 } })).toBe('“绿色进园区 花香满楼宇”插花活动');
    // The frame narrower than the headline (the text it owns is one column of several it spans): not a measure of it.
    expect(headlineText(lines('师大二村', '听老党员解读'), none, { frame: { left: 100, right: 148 } })).toBe('师大二村听老党员解读');
  });

  it('in a document set by phrase, ends a phrase where a line that holds two ends, unless the break splits a word', () => {
    const frame = { left: 100, right: 100 + 24 * 10.6 };
    const headline = [{ ...line('师大二村 听老党员解读', 0), right: 100 + 24 * 10.25 }, line('十九届四中全会精神', 1)];
    expect(headlineText(headline, none, { frame })).toBe('师大二村 听老党员解读十九届四中全会精神');
    expect(headlineText(headline, none, { frame, byPhrase: true })).toBe('师大二村 听老党员解读 十九届四中全会精神');
    const word = [{ ...line('师大二村 打通最后一公', 0), right: 100 + 24 * 10.25 }, line('里', 1)];
    expect(headlineText(word, none, { frame, byPhrase: true })).toBe('师大二村 打通最后一公里');
  });

  it('reads a document as set by phrase where its headlines\' lines end short of their frames, and as set greedily where they fill them', () => {
    const frame = { left: 100, right: 100 + 24 * 8 };
    // Greedy: every line but the last fills the frame, or stops short where a closing mark carried a character down.
    const greedy = [{ lines: lines('长宁区第七轮金银', '奖名单公布'), frame }, { lines: lines('全国台联及各省市', '台联考察团来长宁'), frame }, { lines: lines('打通社区治理', '“最后一公里”'), frame }];
    expect(setsByPhrase(greedy)).toBe(false);
    // By phrase: lines end where the editor broke them, short of the frame.
    const byPhrase = [...greedy.slice(0, 1), { lines: lines('师大二村', '听老党员解读'), frame }, { lines: lines('全国台联', '来长宁调研'), frame }];
    expect(setsByPhrase(byPhrase)).toBe(true);
    // One short line among many full ones is a frame measured a little wide; headlines without a frame say nothing.
    expect(setsByPhrase([...greedy, ...greedy, { lines: lines('师大二村', '听老党员解读'), frame }])).toBe(false);
    expect(setsByPhrase([{ lines: lines('师大二村', '听老党员解读') }])).toBe(false);
    // Two short lines are no mismeasure, however many fill their frames (phrases wider than their frames, set at the
    // paper's smallest headline type, wrapped).
    const twoShort = [{ lines: lines('师大二村', '听老党员解读'), frame }, { lines: lines('全国台联', '来长宁调研'), frame }];
    expect(setsByPhrase([...greedy, ...greedy, ...greedy, ...greedy, ...twoShort])).toBe(true);
    // A line between a headline's first and last ending short of another of its lines: set by phrase, whatever the frames
    // say (the rest wrapped inside phrases wider than their frames). Not its first line: a label may stand alone there.
    const wrapped = [...greedy, ...greedy, ...greedy];
    expect(setsByPhrase([...wrapped, { lines: lines('世纪同乐', '整治楼道行', '动中', '守护家园共', '参与') }])).toBe(true);
    expect(setsByPhrase([...wrapped, { lines: lines('光荣榜', '华阳路街道荣获长宁区', '金银奖榜单') }])).toBe(false);
  });

  it('never ends a phrase inside a word, however short the line', () => {
    // The first line stops well short of its column and of the next line: a phrase's end, unless 公里 is split.
    expect(headlineText(lines('最后一', '公里”专题会上大家'), () => 200)).toBe('最后一 公里”专题会上大家');
    expect(headlineText(lines('最后一公', '里”专题会上大家'), () => 200)).toBe('最后一公里”专题会上大家');
  });

  it('reads a first line that names one of the street\'s residential areas as a phrase of its own, even where it fills the frame', () => {
    const frame = { left: 100, right: 100 + 24 * 5.8 };
    const headline = lines('虹纺居民区', '美丽七彩虹', '纺');
    expect(headlineText(headline, none, { frame })).toBe('虹纺居民区美丽七彩虹纺');
    expect(headlineText(headline, none, { frame, labels: new Set(['虹纺居民区', '虹纺']) })).toBe('虹纺居民区 美丽七彩虹纺');
    // Drawn with the radical ⺠ for 民, it is still the name; a name further on is no label.
    expect(headlineText(lines('虹纺居⺠区', '美丽七彩虹'), none, { frame, labels: new Set(['虹纺居民区']) })).toBe('虹纺居⺠区 美丽七彩虹');
    expect(headlineText(lines('美丽七彩虹', '虹纺居民区', '你我'), none, { frame, labels: new Set(['虹纺居民区']) })).toBe('美丽七彩虹虹纺居民区你我');
    // A name whose longer form runs on into the next line is no phrase of its own (清水湾居委|会, both forms names).
    const forms = new Set(['清水湾', '清水湾居委', '清水湾居委会']);
    expect(headlineText(lines('清水湾居委', '会', '楼道堆物齐'), none, { frame: { left: 100, right: 100 + 24 * 5.2 }, labels: forms })).toBe('清水湾居委会 楼道堆物齐');
  });

  it('takes a headline with a character carried to a row of its own as set to its own widest row, narrower than its text', () => {
    // Typst, tune seed 153: a boxed article's headline centred in a box whose text is 5.5 characters of its size wide,
    // set four to a row; read against the text's width, every row ended a phrase (芙一居民 区 学习四中 全会读书 会).
    const frame = { left: 100, right: 100 + 24 * 5.5 };
    const centred = (...texts: string[]) => texts.map((t, i) => line(t, i, 166 - ([...t].length * 24) / 2));
    expect(headlineText(centred('芙一居民', '区', '学习四中', '全会读书', '会'), none, { frame })).toBe('芙一居民区 学习四中全会读书会');
    expect(headlineText(centred('虹仙居民', '区', '品味海派', '文化', '感受社区', '温度'), none, { frame })).toBe('虹仙居民区 品味海派文化 感受社区温度');
    // Without such a row, rows that stop short of the frame end phrases (where they break no word: 四中|全会 breaks 四中全会).
    expect(headlineText(centred('品味海派', '感受社区'), none, { frame })).toBe('品味海派 感受社区');
    // A row a character short of the headline's own widest, to within measuring (a twentieth of a point), left room for
    // the next character: a phrase ended there (Chromium, tune seed 10).
    const [a, b, c, d] = lines('坚持党员', '“四先”', '破解治理难', '题');
    expect(headlineText([a, b, { ...c, right: c.right - 0.05 }, d], none, { frame })).toBe('坚持党员“四先” 破解治理难题');
  });

  it('takes a row that leaves a character\'s room and a few hundredths more for one that fills its frame', () => {
    // Typst, tune seed 162: rows of six characters in 14 points under columns 98.1 points wide, 14.1 short of it; the
    // headline was set to a frame a point narrower than the columns' edges, where the next character would not fit.
    const frame = { left: 100, right: 100 + 24 * 7 + 0.4 };
    expect(headlineText(lines('长风新村街道', '举办国际志愿', '者暨垃圾分类', '志愿服务活动'), none, { frame })).toBe('长风新村街道举办国际志愿者暨垃圾分类志愿服务活动');
    // A fifth of a character more, the next would have fit: the row ended a phrase.
    expect(headlineText(lines('长风新村街道', '举办国际志愿者'), none, { frame: { left: 100, right: 100 + 24 * 7.2 } })).toBe('长风新村街道 举办国际志愿者');
  });

  it('measures to the text\'s frame where a row fills it, so a row a character short of it left the next character room', () => {
    // Chromium, tune seed 1162: 十九届四中全会 fills columns seven characters wide and a fortieth; 听老党员解读 above it
    // ended a phrase. The headline was set to the text's frame, not a point narrower (as 长风新村街道 above).
    const frame = { left: 100, right: 100 + 24 * 7.035 };
    const centred = (...texts: string[]) => texts.map((t, i) => line(t, i, 184.4 - ([...t].length * 24) / 2));
    expect(headlineText(centred('师大二村', '听老党员解读', '十九届四中全会', '精神'), none, { frame })).toBe('师大二村 听老党员解读 十九届四中全会精神');
    // Chromium, tune seed 1113: a quote opening the first row, set inside the frame (Chromium does not hang it).
    const seven = { left: 100, right: 100 + 24 * 7 };
    expect(headlineText(lines('“绿色进园区', '花香满楼宇”插', '花活动'), none, { frame: seven })).toBe('“绿色进园区 花香满楼宇”插花活动');
    // A row that fills it by a mark at its end says nothing: the mark may hang past a frame a point narrower, where the
    // next row's first character would not have fit (Typst, tune seed 245).
    const nine = { left: 100, right: 100 + 24 * 9 };
    expect(headlineText(lines('在“加强基层党建、', '创新社会治理”之', '路上奋勇前行'), none, { frame: nine })).toBe('在“加强基层党建、创新社会治理”之路上奋勇前行');
    // Without a row that fills it, a row a character short of a frame a twentieth of a character wider is full.
    expect(headlineText(lines('听老党员解读', '十九届四中', '全会精神'), none, { frame })).toBe('听老党员解读十九届四中全会精神');
  });

  it('puts it back where the text layer prints it, or where a line stops well short of its column and of the next line', () => {
    expect(headlineText([{ ...line('坚持党员“四先”', 0), spaceAfter: true }, line('破解治理难题', 1)], none)).toBe('坚持党员“四先” 破解治理难题');
    expect(headlineText(lines('当好', '“领头雁”用好“带头人”'), () => 200)).toBe('当好 “领头雁”用好“带头人”');
  });
});

describe('layout: a typeset page', () => {
  it('reads text on from a line its headline took for a byline, where the line runs to the column\'s end (Chromium, tune seed 148)', () => {
    // A paragraph's first line, centred under a centred headline by chance, is the headline's byline to the ownership
    // reading; the paragraph still goes on from it.
    const runs: TextRun[] = [run('青瓷艺术展', 122, 60, 20, true), run('我国龙泉青瓷在二', 133, 72)];
    for (let i = 0; i < 10; i++) runs.push(run('甲乙丙丁戊己庚辛壬癸', 122, 86 + i * 14), run('一二三四五六七八九十', 234, 86 + i * 14));
    const { blocks } = layoutPdf([{ number: 1, width: 300, height: 400, runs, images: [], rects: [] }]);
    expect(blocks.map((b) => b.text.slice(0, 12))).toEqual(['青瓷艺术展', '我国龙泉青瓷在二甲乙丙丁']);
  });

  it('ends a paragraph at the next article\'s 引题, though its last line nearly fills its column and the 引题 is set in nearly the text\'s size', () => {
    // Tune seed 530: the 引题 陶家宅居民区党总支, 11 points over text in 10.5, was read on from the last line of the
    // article before it (形成社区治理的合力。, a character short of its column), into that article's last paragraph.
    const runs: TextRun[] = [run('第一篇标题', 10, 70, 20, true), run('第二篇标题', 122, 70, 20, true), run('陶家宅居民区党总支', 122, 48, 10.5)];
    for (let i = 0; i < 8; i++) runs.push(i === 0 ? run('一二三四五六七八', 30, 100) : i === 7 ? run('一二三四五六七八。', 10, 100 + i * 14) : run('一二三四五六七八九十', 10, 100 + i * 14));
    for (let i = 0; i < 10; i++) runs.push(i === 0 ? run('甲乙丙丁戊己庚辛', 142, 100) : run('甲乙丙丁戊己庚辛壬癸', 122, 100 + i * 14));
    const { blocks } = layoutPdf([{ number: 1, width: 300, height: 400, runs, images: [], rects: [] }]);
    expect(blocks.map((b) => b.text.slice(-9))).toEqual(['第一篇标题', '一二三四五六七八。', '陶家宅居民区党总支', '第二篇标题', '甲乙丙丁戊己庚辛壬癸'.slice(-9)]);
  });

  it('gives each of four photos its caption where a caption between two could be either one\'s', () => {
    const image = (x: number, top: number, width: number, height: number) => ({ x, top, width, height, pixelWidth: 400, pixelHeight: 280, pixels: async () => ({ data: new Uint8Array(0), channels: 3 as const }) });
    // A small photo with its caption beside it; under it, a line as near to it as to the wide photo below, whose caption
    // it is; under the wide photo, the caption of the small photo below, and beside that, a photo with its caption under it.
    const page = twoColumns([run('开展四史学习教育', 113, 157, 7.5), run('认领微心愿帮助困难家庭', 10, 228, 7.5), run('开展创业政策解读', 10, 382, 7.5), run('打造线上服务平台', 116, 450, 7.5)]);
    page.height = 800;
    page.runs = page.runs.map((r) => (r.size === 10 ? { ...r, y: r.y + 400, top: r.top + 400, bottom: r.bottom + 400 } : r));
    page.images = [image(10, 151, 97, 64), image(10, 235, 203, 135), image(116, 376, 97, 64), image(10, 389, 97, 65)];
    const layout = layoutPdf([page]);
    expect(layout.photos.map((p) => p.caption)).toEqual(['开展四史学习教育', '认领微心愿帮助困难家庭', '打造线上服务平台', '开展创业政策解读']);
  });

  it('keeps a headline set down the page beside the columns one headline, its phrases a blank line apart', () => {
    // Right of the two columns, two of its characters apart, 32-point characters one under another, 40 points apart, a
    // line left blank between phrases.
    const chars = [...'世纪同乐 整治楼道 守护家园'];
    const down = chars.flatMap((c, i) => (c === ' ' ? [] : [run(c, 286, 90 + i * 40, 32, true)]));
    const page = twoColumns(down);
    page.width = 340;
    page.height = 700;
    const layout = layoutPdf([page]);
    const big = layout.blocks.filter((b) => (b.style?.size ?? 0) > 2);
    expect(big.map((b) => b.text)).toEqual(['世纪同乐 整治楼道 守护家园']);
  });

  it('reads a caption of two lines set above its photo whole, and not the caption under the photo above', () => {
    const image = (top: number) => ({ x: 10, top, width: 100, height: 70, pixelWidth: 400, pixelHeight: 280, pixels: async () => ({ data: new Uint8Array(0), channels: 3 as const }) });
    const page = twoColumns([run('楼道堆物专项整治', 10, 278, 8), run('长宁人人中心·金堤业', 10, 296, 8), run('主座谈会', 10, 306, 8)]);
    page.height = 600;
    page.runs = page.runs.map((r) => (r.x === 10 && r.size === 10 ? { ...r, y: r.y + 300, top: r.top + 300, bottom: r.bottom + 300 } : r));
    page.images = [image(200), image(309)];
    const layout = layoutPdf([page]);
    expect(layout.photos.map((p) => p.caption)).toEqual(['楼道堆物专项整治', '长宁人人中心·金堤业主座谈会']);
  });

  it('reads a caption of two lines between two photos, its first line nearer the photo above, as the one below\'s where the one above has a caption over it', () => {
    // Tune seed 148: photos 260–320 and 352.5–412.5 in a column; captions above each, in 8.5 points.
    const image = (top: number) => ({ x: 28.5, top, width: 89.3, height: 60, pixelWidth: 360, pixelHeight: 240, pixels: async () => ({ data: new Uint8Array(0), channels: 3 as const }) });
    const page = twoColumns([run('王为人调研虹旭居民区', 28.1, 252.8, 8.5), { ...run('第五巡回指导组调研仙', 28.1, 333.8, 8.5), width: 89.8 }, run('霞街道', 28.1, 345, 8.5)]);
    page.height = 600;
    page.runs = page.runs.map((r) => (r.x === 10 && r.size === 10 ? { ...r, y: r.y + 350, top: r.top + 350, bottom: r.bottom + 350 } : r));
    page.images = [image(260.2), image(352.5)];
    const layout = layoutPdf([page]);
    expect(layout.photos.map((p) => p.caption)).toEqual(['王为人调研虹旭居民区', '第五巡回指导组调研仙霞街道']);
  });

  it('reads a 副题 wrapped before a section\'s name (调研虹旭|居民区) as one line, and the name standing apart on its own', () => {
    // Typst, tune seed 183: the 副题's second line is 居民区 alone, right under its first; read as the section 居民区, it
    // started a new article without a headline.
    const subtitle = (gap: number) => [run('发挥党建引领作用', 10, 40, 16, true), run('领导先后调研虹旭', 10, 60, 9), run('居民区', 10, 71 + gap, 9)];
    const layout = layoutPdf([twoColumns(subtitle(0))]);
    expect(layout.blocks.map((b) => b.text)).toContain('领导先后调研虹旭居民区');
    expect(layout.blocks.map((b) => b.text)).not.toContain('居民区');
    // A line's height apart, the name stands on its own.
    const apart = layoutPdf([twoColumns(subtitle(8))]);
    expect(apart.blocks.map((b) => b.text)).toEqual(expect.arrayContaining(['领导先后调研虹旭', '居民区']));
  });

  it('reads a 引题 of two lines as one where its headline hangs a closing quote past the column, measured to the headline\'s text (Typst, tune seed 1217)', () => {
    // The 引题's first line ends two points short of its column, its headline's quote hangs twelve points past it.
    const kicker = [{ ...run('汇集志愿力量，引领文明时', 10, 40, 8), width: 98 }, run('尚', 10, 50, 8), { ...run('“社区晨报新闻”', 10, 72, 14, true), width: 112 }];
    expect(layoutPdf([twoColumns(kicker)]).blocks.map((b) => b.text)).toContain('汇集志愿力量，引领文明时尚');
  });

  it('reads a 引题 set small and centred, its short last line centred under the others, as one line (tune seed 240)', () => {
    // Its full lines as wide as the column under it, 100 points; the last, 8 points wide, centred at 56.
    const kicker = (x: number) => [{ ...run('上海德必文化创意产业发', 10, 40, 8), width: 100 }, { ...run('（集团）股份有限公司党', 10, 50, 8), width: 100 }, run('部', x, 60, 8), run('深化载体建设', 10, 82, 16, true)];
    const texts = (x: number) => layoutPdf([twoColumns(kicker(x))]).blocks.map((b) => b.text);
    expect(texts(56)).toContain('上海德必文化创意产业发（集团）股份有限公司党部');
    // Typst hangs an opening bracket at a line's start half out: the line stands half a character left, and is still the one it centres under.
    const hung = [{ ...run('上海德必文化创意产业发', 10, 40, 8), width: 100 }, { ...run('（集团）股份有限公司党', 6, 50, 8), width: 100 }, run('部', 56, 60, 8), run('深化载体建设', 10, 82, 16, true)];
    expect(layoutPdf([twoColumns(hung)]).blocks.map((b) => b.text)).toContain('上海德必文化创意产业发（集团）股份有限公司党部');
    // At the left, the short line starts a block of its own (a paragraph's is indented, not centred: this is neither).
    expect(texts(30)).not.toContain('上海德必文化创意产业发（集团）股份有限公司党部');
  });

  it('keeps a space that ended a justified line, unprinted, where the line stops a space\'s width short of its column\'s full lines (“陆配家庭迎进博 | 创意点亮新生活”)', () => {
    // Column one's fourth line, `line` (nine characters unless said), ends `short` points before the others' end (110).
    const text = (short: number, line = '一二三四五六七八九') => {
      const page = twoColumns([]);
      page.runs = page.runs.map((r) => (r.x === 10 && r.y === 142 ? { ...r, text: line, width: 100 - short } : r));
      return layoutPdf([page]).blocks.map((b) => b.text).join('|');
    };
    expect(text(2.7)).toContain('八九 一二');
    // A hair short (rounding), or short by a closing mark's squeezed half: no space.
    expect(text(0.8)).toContain('八九一二');
    expect(text(0.8)).not.toContain('八九 一二');
    // Nor in a line with letters in it, which Typst spreads short of its end.
    const latin = text(2.7, '一二“WEHOME”八九');
    expect(latin).toContain('八九一二');
  });

  it('reads no space at the end of a column of three lines that each end elsewhere: no two show where its full lines end (Typst, tune seed 438)', () => {
    // Column one: a first line spread 3.5 points past the column's end, a line with digits spread short of it, and a full
    // line 3.5 points short of the first: against the first, a space's width short. The paragraph goes on in column two.
    const runs = [
      { ...run('我国龙泉青瓷在', 30, 100), width: 83.5 },
      { ...run('2006年以全球唯一的陶', 10, 114), width: 98.5 },
      { ...run('瓷类项目，入选世界非物', 10, 128), width: 100 },
      ...['质文化遗产。而太湖之滨', '的宜兴，景色秀丽，人杰', '地灵，宜兴青瓷有美称。'].map((t, i) => ({ ...run(t, 122, 100 + i * 14), width: 100 })),
    ];
    const text = layoutPdf([{ number: 1, width: 300, height: 400, runs, images: [], rects: [] }]).blocks.map((b) => b.text).join('|');
    expect(text).toContain('世界非物质文化遗产');
  });

  it('reads no space at the end of a full line where only lines ending on a hung mark show where the column ends (Typst, tune seed 928)', () => {
    // Column one, 10 to 110: three lines end on a comma or 、 hung 4 to 6 points past the measure; the fourth, a full line,
    // ends on a character at 110. The paragraph goes on in column two, from 122.
    const lines = ['而太湖之滨的宜兴，', '景色秀丽，人杰地灵，', '宜兴青瓷有“青如玉、', '明如镜、声如馨”的'];
    const runs = lines.map((t, i) => ({ ...run(t, 10, 100 + i * 14), width: [105.7, 104.4, 104.4, 100][i] }));
    runs.push(...['美称。本次展览以两', '种青瓷的对比为主题，', '展出十数件精心挑选', '的优秀青瓷作品。'].map((t, i) => ({ ...run(t, 122, 100 + i * 14), width: i === 3 ? 80 : 100 })));
    const text = layoutPdf([{ number: 1, width: 300, height: 400, runs, images: [], rects: [] }]).blocks.map((b) => b.text).join('|');
    expect(text).toContain('声如馨”的美称');
  });

  it('goes on with a paragraph from a line ending on a comma a character short of its column\'s end, commas hung past it making the column wider (Typst, tune seed 255)', () => {
    // Column one, 10 to 110: a paragraph of eight lines, two hanging a comma to 120; the fourth, 法”、“以事说理”，, its marks
    // squeezed, stops 8.5 points short. Column two from 130.
    const lines = ['一二三四五六七八', '一二三四五六七八九十', '一二三四五六七八九十，', '一二三四五六七八，', '一二三四五六七八九十', '一二三四五六七八九十，', '一二三四五六七八九十', '一二三四。'];
    const runs = lines.map((t, i) => ({ ...run(t, i === 0 ? 30 : 10, 100 + i * 14), width: [...t].length * 10 - (i === 3 ? 1.5 : 0) }));
    for (let i = 0; i < 8; i++) runs.push(run('甲乙丙丁戊己庚辛壬癸', 130, 100 + i * 14));
    const blocks = layoutPdf([{ number: 1, width: 300, height: 400, runs, images: [], rects: [] }]).blocks.map((b) => b.text);
    expect(blocks).toContain(lines.join(''));
    // A line in brackets standing half a character in (a credit set to the right, Typst, tune seed 74) is set apart.
    const credit = [...runs.filter((r) => r.y < 100 + 7 * 14), { ...run('（芷江西路街道）', 15, 100 + 7 * 14), width: 80 }];
    expect(layoutPdf([{ number: 1, width: 300, height: 400, runs: credit, images: [], rects: [] }]).blocks.map((b) => b.text)).toContain('（芷江西路街道）');
    // Ending a sentence there, the line ends its paragraph.
    const ended = runs.map((r) => (r.text === lines[3] ? { ...r, text: '一二三四五六七八。' } : r));
    const parts = layoutPdf([{ number: 1, width: 300, height: 400, runs: ended, images: [], rects: [] }]).blocks.map((b) => b.text);
    expect(parts).toContain(`${lines.slice(0, 3).join('')}一二三四五六七八。`);
  });

  it('goes on with a paragraph from a line that holds as many characters as its column\'s full lines, its marks set close, a character short of their end (Typst, tune seed 627)', () => {
    // Column one, 10 to 110, ten characters a line; the fifth opens with a quote hung half into the margin and sets ”。 in
    // the room of one, and stops short: ten characters from 5 to 95. The sixth goes on, unindented. Column two from 130.
    const paragraph = (fifth: string) => {
      const lines = ['一二三四五六七八', '一二三四五六七八九十', '一二三四五六七八九十', '一二三四五六七八九十', fifth, '位一二三四五六七八九', '一二三四。'];
      const runs = lines.map((t, i) => (i === 4 ? { ...run(t, 5, 100 + i * 14), width: 90 } : { ...run(t, i === 0 ? 30 : 10, 100 + i * 14), width: [...t].length * 10 }));
      for (let i = 0; i < 7; i++) runs.push(run('甲乙丙丁戊己庚辛壬癸', 130, 100 + i * 14));
      return { lines, blocks: layoutPdf([{ number: 1, width: 300, height: 400, runs, images: [], rects: [] }]).blocks.map((b) => b.text) };
    };
    const whole = paragraph('“加速度”。同时的品');
    expect(whole.blocks).toContain(whole.lines.join(''));
    // A character fewer than the full lines hold, the line ends its paragraph where it stops short: nothing shows it did not.
    const fewer = paragraph('“加速”。同时的品');
    expect(fewer.blocks).toContain(fewer.lines.slice(0, 5).join(''));
    // Nor does a line of ten end on a sentence's end and go on.
    const ended = paragraph('“加速度”同时的品。');
    expect(ended.blocks).toContain(ended.lines.slice(0, 5).join(''));
  });

  it('measures a column\'s full lines from the end lines ending on a character share, not from where marks hang past it (tune seeds 743 and 310, Typst, and 718, Chromium)', () => {
    // Column one, 10 to 110, its paragraph ending on the last line; column two from 130. `widths` gives each line's end
    // past 110: 2.8, a comma or full stop hung. Measured from the marks' end, a line ending on 十 at 110 would read a
    // space's width short and take a space.
    const paragraph = (lines: string[], past: number[]) => {
      const runs = lines.map((t, i) => ({ ...run(t, 10, 100 + i * 14), width: i === lines.length - 1 ? [...t].length * 10 : 100 + past[i] }));
      for (let i = 0; i < lines.length; i++) runs.push(run('甲乙丙丁戊己庚辛壬癸', 130, 100 + i * 14));
      return layoutPdf([{ number: 1, width: 300, height: 400, runs, images: [], rects: [] }]).blocks.map((b) => b.text);
    };
    // More lines end on a hung mark (three) than on a character (two).
    const hung = ['一二三四五六七八九，', '一二三四五六七八九十', '一二三四五六七八九。', '一二三四五六七八九十', '一二三四五六七八九，', '一二三。'];
    expect(paragraph(hung, [2.8, 0, 2.8, 0, 2.8])).toContain(hung.join(''));
    // As many end at 110 as on a hung mark, one of them on a comma set inside: one on a character is enough to choose.
    const tie = ['一二三四五六七八九，', '一二三四五六七八九。', '一二三四五六七八九十', '一二三四五六七八，', '一二三。'];
    expect(paragraph(tie, [2.8, 2.8, 0, 0])).toContain(tie.join(''));
    // Two lines ending on a character a point apart (one of nine spread to 109.2) outvote three hung 3.6 past 110: from
    // the marks' end the spread line would read a space's width short (tune seed 310, Typst).
    const apart = ['一二三四五六七八九，', '一二三四五六七八九，', '一二三四五六七八九十', '一二三四五六七八九，', '一二三四五六七八九', '一二三。'];
    expect(paragraph(apart, [3.6, 3.6, 0, 3.6, -0.8])).toContain(apart.join(''));
  });

  it('keeps a space that ended a line spread wide, by as much wider as the line\'s characters were spread (Typst, tune seed 701)', () => {
    // Column one, 10 to 110, ten characters a line; the third holds eight, spread over 95 points (2.1 between two), and
    // stops 5 points short: half a character, the space spread as its characters were.
    const text = (third: string, width: number) => {
      const lines = ['一二三四五六七八九十', '一二三四五六七八九十', third, '创意点亮新生活。'];
      const runs = lines.map((t, i) => ({ ...run(t, 10, 100 + i * 14), width: i === 2 ? width : [...t].length * 10 }));
      for (let i = 0; i < 4; i++) runs.push(run('甲乙丙丁戊己庚辛壬癸', 130, 100 + i * 14));
      return layoutPdf([{ number: 1, width: 300, height: 400, runs, images: [], rects: [] }]).blocks.map((b) => b.text).join('|');
    };
    expect(text('一二三陆配迎进博', 95)).toContain('迎进博 创意');
    // Nine characters set over 95 points are spread by little: half a character short is more than a space.
    expect(text('一二三四陆配迎进博', 95)).toContain('迎进博创意');
  });

  it('reads a line repeated at the edge of two pages as a running head, but a line of text that repeats on one page and falls near its foot as text', () => {
    const [one, two] = [twoColumns([run('仙霞新闻', 10, 20), run('陶家宅居民区', 30, 270), run('陶家宅居民区', 30, 385)]), twoColumns([run('仙霞新闻', 10, 20)])];
    two.number = 2;
    const layout = layoutPdf([one, two]);
    const furniture = layout.notes.filter((n) => n.kind === 'furniture').map((n) => n.message);
    expect(furniture.filter((m) => m.includes('仙霞新闻'))).toHaveLength(2);
    expect(furniture.filter((m) => m.includes('陶家宅居民区'))).toEqual([]);
    expect(layout.blocks.filter((b) => b.text.includes('陶家宅居民区'))).toHaveLength(2);
  });

  it('keeps the masthead and folios out of the articles, the logo and QR code out of the photos, and every character', async () => {
    const pages = await readPdf(bytesOf(FIXTURE));
    const layout = layoutPdf(pages);
    const text = layout.blocks.map((b) => b.text).join('\n');
    expect(layout.blocks.filter((b) => b.kind !== 'masthead').map((b) => b.text)).not.toContainEqual(expect.stringMatching(/^第\s*\d+\s*版$/));
    expect(layout.skipped.length).toBeGreaterThanOrEqual(1);
    expect(layout.photos.every((p) => p.caption)).toBe(true);
    expect(text).toContain('仙霞');
    const r = await importPdf(bytesOf(FIXTURE), opts);
    expect(unaccounted(r.text, r.result)).toEqual([]);
  });
});

/**
 * The figures when this test was written, for the layouts looked at while
 * tuning and for those held out (scripts/typeset.ts). They may rise; a fall in
 * any fails. `npm run import:score` prints them per fixture.
 */
const BASELINE: Record<'tune' | 'held-out', PdfTotals> = {
  // Raised when the reading order by headline ownership became the default (XY-cut: 0.962, 0.971, 0.953, 0.985, 103, 39).
  // Photos rose 107 -> 114 (and held-out 44 -> 46) when the answer keys of 2019-12-12-changfengxincun were mended: its
  // two photos with one caption had both been drawn with the second's scene (scripts/typeset.ts keyed them by caption).
  tune: { titlePrecision: 0.971, titleRecall: 0.971, paragraphs: 0.982, sentences: 0.985, photos: 0.991, photosPlaced: 114, photosTotal: 115, flags: 38, lost: 0 },
  // Paragraphs were 0.909 (140/154) until wide spaces were no longer read as ink: two paragraphs had been joined by the space
  // pdf.js writes where the drawing jumps, which lies where it does only because those pages were drawn in reading order.
  // XY-cut, before ownership became the default: 0.977, 1, 0.896, 0.973, 44, 23.
  'held-out': { titlePrecision: 0.977, titleRecall: 1, paragraphs: 0.961, sentences: 0.983, photos: 1, photosPlaced: 46, photosTotal: 46, flags: 20, lost: 0 },
};

describe('the PDF fixtures, scored', () => {
  for (const set of ['tune', 'held-out'] as const) {
    it(`${set}: no figure falls`, { timeout: 180_000 }, async () => {
      const scores = [];
      for (const f of pdfFixtures([set])) scores.push(await scorePdfFixture(f, CONTENT, ctx));
      const t = pdfTotals(scores);
      const b = BASELINE[set];
      expect(t.photosTotal).toBe(b.photosTotal);
      expect(t.titlePrecision).toBeGreaterThanOrEqual(b.titlePrecision - 0.0005);
      expect(t.titleRecall).toBeGreaterThanOrEqual(b.titleRecall - 0.0005);
      expect(t.paragraphs).toBeGreaterThanOrEqual(b.paragraphs - 0.0005);
      expect(t.sentences).toBeGreaterThanOrEqual(b.sentences - 0.0005);
      expect(t.photosPlaced).toBeGreaterThanOrEqual(b.photosPlaced);
      expect(t.flags).toBeLessThanOrEqual(b.flags);
      expect(t.lost).toBe(0);
    });
  }
});
