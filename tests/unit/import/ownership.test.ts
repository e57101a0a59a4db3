/** Reading by headline ownership (lib/import/pdf/ownership.ts) on pages built line by line. */
import { describe, expect, it } from 'vitest';
import type { Element } from '../../../lib/import/pdf/elements';
import { joinPages, readPage } from '../../../lib/import/pdf/ownership';

const BODY = 10;

function line(x: number, top: number, text: string, size = BODY, width = text.length * size): Element {
  const l = { page: 1, x, right: x + width, top, bottom: top + size, y: top + size * 0.88, size, bold: size > BODY, text, spaceBefore: false, spaceAfter: false };
  return { kind: 'line', line: l, x: l.x, right: l.right, top: l.top, bottom: l.bottom };
}

/** A line set in a light weight (a 引题). */
const light = (e: Element): Element => (e.kind === 'line' ? { ...e, line: { ...e.line, bold: false } } : e);

/** A column of running text: a paragraph's first line indented two characters, the rest full. */
function column(x: number, top: number, lines: number, chars = 20): Element[] {
  return Array.from({ length: lines }, (_, i) => (i % 5 === 0 ? line(x + 2 * BODY, top + i * 15, '文'.repeat(chars - 2)) : line(x, top + i * 15, '字'.repeat(chars))));
}

describe('reading by headline ownership', () => {
  it('measures a column from where its lines start, not from a byline or 副题 alone in the column beside it', () => {
    // Left column: a 副题 and a byline, each alone at its start; right column: the article's text.
    // The headline across both columns.
    const headline = line(40, 40, '街道举办志愿服务活动', 20, 500);
    const kicker = line(54, 70, '汇集志愿力量', BODY);
    const byline = line(52, 90, '□记者 某某', BODY);
    const text = column(305, 70, 20);
    const { parts, edges } = readPage([headline, kicker, byline, ...text], [], BODY);
    for (const e of text) expect(edges.get(e)?.left, (e as Extract<Element, { kind: 'line' }>).line.text).toBeGreaterThanOrEqual(304);
    // One article, its text after its headline.
    const article = parts.find((p) => p.unit?.els.includes(headline));
    expect(article?.elements.filter((e) => text.includes(e))).toHaveLength(text.length);
  });

  it('keeps the column of a segment of text its lane starts a little to the left of (one indented line)', () => {
    const headline = line(40, 40, '一个标题', 20);
    // Under a rule, a paragraph of one line: its indent is read against the lane, not against itself.
    const text = [...column(40, 70, 12), line(60, 70 + 12 * 15 + 40, '文'.repeat(18))];
    const rule = { x: 40, top: 70 + 12 * 15 + 20, width: 200, height: 1, filled: true, colour: '#000000' };
    const { edges } = readPage([headline, ...text], [rule], BODY);
    expect(edges.get(text[text.length - 1])?.left).toBeLessThan(45);
  });

  it('gives each of two short articles stacked in two columns its own second column, each headline over its first only', () => {
    const first = line(40, 40, '第一篇的标题', 20);
    const second = line(40, 200, '第二篇的标题', 20);
    // Each article: text in both columns under its headline (the first's right column from the headline's height),
    // the right column's text of the two apart by a gap as high as the second headline.
    const a = [...column(40, 70, 6), ...column(305, 40, 8)];
    const b = [...column(40, 230, 6), ...column(305, 230, 6)];
    const { parts } = readPage([first, second, ...a, ...b], [], BODY);
    const of = (h: Element) => parts.find((p) => p.unit?.els.includes(h))?.elements ?? [];
    expect(of(first).filter((e) => a.includes(e))).toHaveLength(a.length);
    expect(of(first).filter((e) => b.includes(e))).toEqual([]);
    expect(of(second).filter((e) => b.includes(e))).toHaveLength(b.length);
  });

  it('reads a column of photos beside an article, where no text starts, into the article', () => {
    const headline = line(40, 40, '街道举办志愿服务活动', 20, 760);
    const text = [...column(40, 70, 30), ...column(305, 70, 30)];
    // The third column holds only photos, with their captions (taken into the photo's box).
    const photos: Element[] = [0, 1, 2].map((i) => ({ kind: 'image', photo: i, x: 570, right: 800, top: 70 + i * 150, bottom: 200 + i * 150 }));
    const { parts } = readPage([headline, ...text, ...photos], [], BODY);
    const article = parts.find((p) => p.unit?.els.includes(headline));
    expect(article?.elements.filter((e) => photos.includes(e))).toHaveLength(3);
    expect(parts.flatMap((p) => p.elements).filter((e) => photos.includes(e))).toHaveLength(3);
  });

  it('takes a line set under a headline for its 副题, but not two subheadings side by side over its columns', () => {
    const headline = line(40, 40, '在社会治理之路上奋勇前行', 20, 500);
    const subtitle = line(70, 66, '市、区级领导先后调研', 11.5);
    const other = line(40, 300, '另一篇文章的标题', 20, 500);
    const left = line(40, 326, '编者按', 11.5);
    const right = line(305, 326, '光荣榜', 11.5);
    const text = [...column(40, 90, 12), ...column(305, 90, 12), ...column(40, 350, 12), ...column(305, 350, 12)];
    const { parts } = readPage([headline, subtitle, other, left, right, ...text], [], BODY);
    expect(parts.find((p) => p.unit?.els.includes(headline))?.unit?.els).toContain(subtitle);
    const second = parts.find((p) => p.unit?.els.includes(other));
    expect(second?.unit?.els).toEqual([other]);
    // Each subheading read at the top of its column's text.
    const order = second?.elements ?? [];
    expect(order.indexOf(left)).toBeLessThan(order.indexOf(right));
    expect(order).toContain(right);
  });

  it('measures where a column ends from the lines that share that end, not from a wider 引题 set across the gutter', () => {
    const headline = line(40, 40, '一个标题', 20);
    const text = column(40, 70, 12);
    // The next article's 引题, in the text's size, runs past the column's end.
    const wide = line(40, 70 + 12 * 15 + 10, '上海某某文化创意产业发展有限公司党支部', BODY, 260);
    const { edges } = readPage([headline, ...text, wide], [], BODY);
    expect(edges.get(text[1])?.right).toBe(240);
  });

  it('keeps each of two articles side by side under its own headline when one headline runs to two lines', () => {
    // Left: a headline of two lines over two columns; right: one of one line over the next two, a little lower.
    const left = [line(40, 40, '长宁区第七轮名单公布', 20, 500), line(40, 64, '周家桥喜获', 20, 200)];
    const right = line(570, 52, '考察团来长宁调研', 20, 500);
    const a = [...column(40, 96, 10), ...column(305, 80, 12)];
    const b = [...column(570, 80, 12), ...column(835, 80, 12)];
    const { parts } = readPage([...left, right, ...a, ...b], [], BODY);
    const of = (h: Element) => parts.find((p) => p.unit?.els.includes(h))?.elements ?? [];
    expect(of(left[0]).filter((e) => a.includes(e))).toHaveLength(a.length);
    expect(of(right).filter((e) => b.includes(e))).toHaveLength(b.length);
  });

  it('joins a page\'s text no headline owns to the headline left at the foot of the page before, with nothing under it', () => {
    const first = line(40, 40, '第一篇的标题', 20);
    const a = [...column(40, 70, 20), ...column(305, 70, 20)];
    const last = line(40, 400, '第二篇的标题', 20);
    const page1 = readPage([first, ...a, last], [], BODY);
    const rest = [...column(40, 40, 10), ...column(305, 40, 10)];
    const page2 = readPage(rest, [], BODY);
    const [one] = joinPages([page1, page2], [1, 2]);
    const order = one.elements;
    expect(order.indexOf(rest[0])).toBeGreaterThan(order.indexOf(last));
    expect(order.filter((e) => rest.includes(e))).toHaveLength(rest.length);
  });

  it('joins text that opens with a 上接 line to its article on the page before, not to the headline beside it', () => {
    const first = line(40, 40, '第一篇的标题', 20, 500);
    const a = [...column(40, 70, 20), ...column(305, 70, 20), line(440, 70 + 20 * 15, '（下转第2版）')];
    const page1 = readPage([first, ...a], [], BODY);
    // Page 2: the continuation in the first column, from the top; a new article's headline over the second, as high.
    const rest = [line(40, 40, '（接第1版）'), ...column(40, 55, 10)];
    const second = line(305, 40, '第二篇的标题', 20, 200);
    const b = column(305, 70, 20);
    const page2 = readPage([...rest, second, ...b], [], BODY);
    expect(page2.parts.find((p) => p.unit?.els.includes(second))?.elements.filter((e) => rest.includes(e))).toEqual([]);
    const [one, two] = joinPages([page1, page2], [1, 2]);
    expect(one.elements.filter((e) => rest.includes(e))).toHaveLength(rest.length);
    expect(two.elements.filter((e) => rest.includes(e))).toEqual([]);
  });

  it('leaves the text to the left of a headline set at its column\'s left to the article it continues; a centred one owns both sides', () => {
    // The page's first column continues an article from before (its 上接 line); the second goes on with it from the
    // page's top; a headline one column wide, at the third column's left and as high, owns the third column only.
    const jump = line(40, 40, '（上接第1版）');
    const before = [...column(40, 55, 20), ...column(305, 40, 21)];
    const headline = line(570, 41, '学习四中全会', 16, 96);
    const text = column(570, 70, 18);
    const { parts } = readPage([jump, ...before, headline, ...text], [], BODY);
    const article = parts.find((p) => p.unit?.els.includes(headline))?.elements ?? [];
    expect(article.filter((e) => before.includes(e))).toEqual([]);
    expect(article.filter((e) => text.includes(e))).toHaveLength(text.length);
    // Centred over the second and third columns, narrower than its text: both are its.
    const centred = line(400, 41, '学习四中全会', 16, 96);
    const both = [...column(305, 70, 18), ...column(570, 70, 18)];
    const read = readPage([centred, ...both], [], BODY);
    expect(read.parts.find((p) => p.unit?.els.includes(centred))?.elements.filter((e) => both.includes(e))).toHaveLength(both.length);
  });

  it('measures a headline\'s frame from the columns of its running text, not from small print beside it', () => {
    const headline = line(40, 40, '世纪同乐', 14, 56);
    const motto = line(305, 40, '汇集志愿力量，引领文明时尚', 7, 91);
    const text = column(40, 70, 20);
    const { edges } = readPage([headline, motto, ...text], [], BODY);
    expect(edges.get(headline)?.frame).toEqual({ left: 40, right: 240 });
    // Where most lines end, not where the first line near that end does (Typst, tune seed 88: a paragraph's first line
    // ending 0.6 points past the others made a 14-point headline's line of six characters a character short of it).
    const first = line(58.2, 70, '一'.repeat(8), BODY, 80.13);
    const rest = Array.from({ length: 12 }, (_, i) => line(40, 85 + i * 15, '字'.repeat(10), BODY, 97.5));
    const typst = readPage([headline, first, ...rest], [], BODY);
    expect(typst.edges.get(headline)?.frame?.right).toBeCloseTo(137.5, 5);
    // Where lines ending on a hung mark, all at one place, outnumber full lines set a fraction of a point apart, the full
    // lines say where the column ends (Typst, tune seed 565: （集团） and ， hung 4.8 points past it).
    const full = [97.5, 97.9, 98.1].map((w, i) => line(40, 85 + i * 15, '字'.repeat(10), BODY, w));
    const hung = Array.from({ length: 4 }, (_, i) => line(40, 130 + i * 15, `${'字'.repeat(9)}，`, BODY, 102.3));
    const right = readPage([headline, ...full, ...hung], [], BODY).edges.get(headline)?.frame?.right ?? 0;
    expect(right).toBeGreaterThanOrEqual(137.5);
    expect(right).toBeLessThanOrEqual(138.1);
  });

  it('measures the frame of a headline set over its text and a photo beside it to the photo\'s edge (tune seed 627)', () => {
    // Text in the first two columns; a photo over the second and third, under the headline's end.
    const headline = line(40, 40, '打通社区治理“最后一公里”', 20, 260);
    const text = [...column(40, 70, 30), ...column(305, 300, 14)];
    const photo: Element = { kind: 'image', photo: 0, x: 305, right: 770, top: 70, bottom: 280 };
    expect(readPage([headline, ...text, photo], [], BODY).edges.get(headline)?.frame).toEqual({ left: 40, right: 770 });
    // A photo in the text's columns leaves the frame to them.
    const inside: Element = { ...photo, right: 505 };
    expect(readPage([headline, ...text, inside], [], BODY).edges.get(headline)?.frame).toEqual({ left: 40, right: 505 });
  });

  it('leaves a column to the headline over it where the next column\'s headline, set lower, hangs a quote a few points over it (Typst, tune seed 1157)', () => {
    // A headline over columns 1 and 2; column 2 opens with a photo, its text under it, a fifth of its lines hanging
    // commas up to 460. Column 3's headline stands beside the photo, its second line opening with a quote hung to 457,
    // and ending right over the photo's top.
    const headline = line(40, 40, '打通社区治理最后一公里', 20, 420);
    const hung = (top: number) => line(250, top, `${'字'.repeat(20)}，`, BODY, 210);
    const photo: Element = { kind: 'image', photo: 0, x: 250, right: 450, top: 100, bottom: 150 };
    const second = [...column(250, 160, 4), hung(220), ...column(250, 235, 4), hung(295), ...column(250, 310, 4), hung(370)];
    const next = [line(465, 60, '长风新村街道举办', 16, 128), line(457, 80, '“12·5”国际志愿', 16, 144), line(465, 100, '者日暨垃圾分类', 16, 112)];
    const page = [headline, ...column(40, 70, 30), photo, ...second, ...next, ...column(465, 130, 25)];
    const { parts } = readPage(page, [], BODY);
    const owner = (e: Element) => parts.find((p) => p.elements.includes(e))?.unit?.els[0];
    expect(owner(second[0])).toBe(headline);
    expect(owner(second.at(-1)!)).toBe(headline);
    // Where no other line of the headline shows the quote hung, it was set inside its line (Chromium sets it so) and
    // its blank half reaches over the column: the column under it is the headline's (tune seed 1018).
    const inside = [line(457, 80, '“12·5”国际志愿', 16, 144)];
    const read = readPage([headline, ...column(40, 70, 30), photo, ...second, ...inside, ...column(465, 130, 25)], [], BODY);
    expect(read.parts.find((p) => p.elements.includes(second[0]))?.unit?.els[0]).toBe(inside[0]);
  });

  it('takes a long 引题 set small on two lines, right over its headline, for the headline\'s, not for text of the page before', () => {
    const kicker = [line(570, 40, '上海德必文化创意产业发展（集', 7, 98), line(570, 50, '团）股份有限公司党支部', 7, 77)];
    const headline = line(570, 62, '深化载体建设，', 14, 98);
    const text = column(570, 90, 20, 10);
    const before = column(40, 40, 30);
    const { parts } = readPage([...before, ...kicker, headline, ...text], [], BODY);
    const unit = parts.find((p) => p.unit?.els.includes(headline))?.unit;
    for (const k of kicker) expect(unit?.els).toContain(k);
    // Not where the line over it is running text (a paragraph's lines over a short last line).
    const para = [line(570, 27, '文'.repeat(10), BODY, 98), ...kicker];
    const read = readPage([...before, ...para, headline, ...text], [], BODY);
    expect(read.parts.find((p) => p.unit?.els.includes(headline))?.unit?.els).toEqual([headline]);
    // Its first line a character short of the second, whose opening bracket was carried down to it (禁则) and hangs
    // half out before the column (Typst, tune seed 1205).
    const carried = [line(570, 40, '上海德必文化创意产业发展', 7, 84), line(566.5, 50, '（集团）股份有限公司党支部', 7, 91)];
    const both = readPage([...before, ...carried, headline, ...text], [], BODY);
    for (const k of carried) expect(both.parts.find((p) => p.unit?.els.includes(headline))?.unit?.els).toContain(k);
    // Joined, its hung bracket leaves the headline set at the left, not centred over the column beside it, whose text,
    // starting lower, stays with the article over it (Typst, tune seed 920).
    const over = line(40, 20, '当好领头雁用好带头人', 17, 170);
    const left = column(40, 105, 30);
    const high = [line(264, 45, '上海德必文化创意产业发展', 7, 84), line(260.5, 55, '（集团）股份有限公司党支部', 7, 91)];
    const lines = [line(264, 66, '深化载体建设，构建园', 14, 140), line(264, 84, '区党建生态圈', 14, 84)];
    const set = readPage([over, ...left, ...high, ...lines, ...column(264, 125, 25, 14)], [], BODY);
    const ownerOf = (e: Element) => set.parts.find((p) => p.elements.includes(e))?.unit?.els;
    expect(ownerOf(high[0])).toContain(lines[0]);
    expect(ownerOf(left.at(-1)!)).toContain(over);
    // On one line, however long, set smaller than the text (tune seed 135: 25 characters).
    const long = light(line(570, 50, '上海德必文化创意产业发展（集团）股份有限公司党支部', 7, 175));
    const one = readPage([...before, long, headline, ...text], [], BODY);
    expect(one.parts.find((p) => p.unit?.els.includes(headline))?.unit?.els).toContain(long);
  });

  it('takes a 引题 in the text\'s size longer than a name for its headline\'s where it is set across two columns, not for text of the page before (tune seed 1055)', () => {
    // Page 3 of seed 1055: a continuation's last line at the top of column 1, a headline over columns 2 and 3, and its
    // 引题 of 26 characters in the text's size across the gutter between them.
    const before = column(40, 40, 30);
    const headline = line(260, 62, '深化载体建设，构建园区党建生态圈', 20, 320);
    const text = [...column(260, 90, 20), ...column(480, 90, 20)];
    const name = '上海德必文化创意产业发展（集团）股份有限公司党支部';
    const across = line(260, 45, name, BODY, 260);
    const page = readPage([...before, across, headline, ...text], [], BODY);
    expect(page.parts.find((p) => p.unit?.els.includes(headline))?.unit?.els).toContain(across);
    const [read] = joinPages([page], [1]);
    expect(read.kickers?.has(across)).toBe(true);
    // Inside one column it may be a column's line (a paragraph's last, over the headline): not taken.
    const inside = line(260, 45, name, BODY, 195);
    const one = readPage([...before, inside, headline, ...text], [], BODY);
    expect(one.parts.find((p) => p.unit?.els.includes(headline))?.unit?.els).not.toContain(inside);
    expect(joinPages([one], [1])[0].kickers?.size).toBe(0);
  });

  it('takes a 引题 for its headline\'s where the next module\'s headline stands as high, under the end of a line of this one set too wide (tune seed 12)', () => {
    const kicker = light(line(233.6, 170.7, '汇集志愿力量，引领文明时尚', 8, 104));
    const headline = [line(233.6, 183.9, '长风新村街道举办“12·5”', 16, 204.2), line(233.6, 204.2, '国际志愿者日暨垃圾分类', 16, 176)];
    const text = column(233.6, 240, 20, 18);
    const next = [line(426, 172, '世纪同乐', 21, 84), line(426, 198.3, '整治楼道行动中', 21, 147)];
    const nextText = column(426, 240, 20, 14);
    const { parts } = readPage([kicker, ...headline, ...text, ...next, ...nextText], [], BODY);
    expect(parts.find((p) => p.unit?.els.includes(headline[0]))?.unit?.els).toContain(kicker);
    // A line of the text's size right beside it over the headline: the 引题 is not alone at its height, so not one.
    const beside = line(340, 170.7, '某某某某某', 8, 40);
    const read = readPage([kicker, beside, ...headline, ...text, ...next, ...nextText], [], BODY);
    expect(read.parts.find((p) => p.unit?.els.includes(headline[0]))?.unit?.els).not.toContain(kicker);
  });

  it('takes a 引题 at its column\'s left for its headline\'s, and reads their lines against that left, where a line of the headline opens with a quote hung half out past it (Typst, tune seeds 707, 127)', () => {
    // A headline of four characters a line over one column from 426; its third line, “12·5”, stands 9 points left of it.
    const kicker = [line(426, 160, '汇集志愿力量，引领', 9, 81), line(426, 173.5, '文明时尚', 9, 36)];
    const headline = [line(426, 188, '长风新村', 18, 72), line(426, 210.5, '街道举办', 18, 72), line(417, 233, '“12·5”', 18, 72), line(426, 255.5, '国际志愿', 18, 72)];
    const text = column(426, 290, 20, 9);
    const before = column(40, 40, 30);
    const read = readPage([...before, ...kicker, ...headline, ...text], [], BODY);
    const unit = read.parts.find((p) => p.unit?.els.includes(headline[0]))?.unit;
    for (const k of kicker) expect(unit?.els).toContain(k);
    // Its lines are read against the column's left, not the quote's: the 引题's second line is not indented (tune seed 127).
    for (const e of [...kicker, ...headline]) expect(read.edges.get(e)?.left).toBe(426);
    // Where the line standing 9 points left opens with no mark, the 引题 starts elsewhere than the headline: not its.
    const plain = headline.map((h, i) => (i === 2 ? line(417, 233, '一二·五', 18, 72) : h));
    const other = readPage([...before, ...kicker, ...plain, ...text], [], BODY).parts.find((p) => p.unit?.els.includes(plain[0]))?.unit;
    expect(other?.els).not.toContain(kicker[1]);
  });

  it('takes a 引题 set on three lines for its headline\'s, centred (its short last line centred under the others, tune seed 240) or smaller than the text', () => {
    const kicker = [line(570, 30, '上海德必文化创意产业发展', 7, 84), line(570, 40, '（集团）股份有限公司党支', 7, 84), line(608.5, 50, '部', 7, 7)];
    const headline = line(563, 62, '深化载体建设，', 14, 98);
    const text = column(560, 90, 20, 10);
    const before = column(40, 40, 30);
    const unit = (els: Element[]) => readPage([...before, ...els, headline, ...text], [], BODY).parts.find((p) => p.unit?.els.includes(headline))?.unit;
    for (const k of kicker) expect(unit(kicker)?.els).toContain(k);
    // Typst hangs the opening bracket at the second line's start half out: that line stands half a character left.
    const hung = [kicker[0], line(566.5, 40, '（集团）股份有限公司党支', 7, 84), kicker[2]];
    for (const k of hung) expect(unit(hung)?.els).toContain(k);
    // Set at the left in a size smaller than the text's, three lines are its 引题 too (tune seed 25); in the text's size,
    // running text.
    const left = [line(563, 30, '上海德必文化创意产业', 7, 70), line(563, 40, '发展（集团）股份有限', 7, 70), line(563, 50, '公司党支部', 7, 35)];
    for (const k of left) expect(unit(left)?.els).toContain(k);
    const text3 = [line(563, 24, '上海德必文化创意产业', BODY, 100), line(563, 37, '发展（集团）股份有限', BODY, 100), line(563, 50, '公司党支部', BODY, 50)];
    expect(unit(text3)?.els).toEqual([headline]);
  });

  it('reads the text under a photo that reaches over the next column (its caption set beside it) into the photo\'s article', () => {
    const headline = line(40, 40, '发挥党建引领作用 居民自治更进一步', 21, 500);
    const text = [...column(40, 70, 20), ...column(305, 70, 20)];
    // In the third column a photo, its caption beside it in the fourth; text under both, lower than the article's start.
    const photo: Element = { kind: 'image', photo: 0, x: 570, right: 1000, top: 70, bottom: 140 };
    const under = [...column(570, 150, 10), ...column(835, 150, 10)];
    const { parts } = readPage([headline, ...text, photo, ...under], [], BODY);
    const article = parts.find((p) => p.unit?.els.includes(headline))?.elements ?? [];
    expect(article.filter((e) => under.includes(e))).toHaveLength(under.length);
  });

  it('gives the text under a photo to the photo\'s article, not to a headline beside it where the photo reaches over that column', () => {
    // The first article: a photo across its two columns, under its headline; its text under the photo in both.
    const first = line(40, 40, '第一篇', 20, 60);
    const photo: Element = { kind: 'image', photo: 0, x: 40, right: 500, top: 70, bottom: 400 };
    const a = column(40, 420, 10);
    const under = column(305, 420, 10);
    const second = line(570, 100, '第二篇的标题', 20, 120);
    const b = column(570, 130, 30);
    const { parts } = readPage([first, photo, ...a, ...under, second, ...b], [], BODY);
    const of = (h: Element) => parts.find((p) => p.unit?.els.includes(h))?.elements ?? [];
    expect(of(first).filter((e) => under.includes(e))).toHaveLength(under.length);
    expect(of(second).filter((e) => under.includes(e))).toEqual([]);
  });

  it('takes each of two 引题 side by side for its own headline\'s, not for subheadings over one headline\'s columns', () => {
    const kickers = [light(line(40, 40, '长一居民区党总支', 12)), light(line(570, 40, '上海德必文化创意产业发展（集团）股份有限公司党支部', 11, 300))];
    const heads = [line(40, 56, '当好“领头雁”', 23, 160), line(570, 56, '深化载体建设，构建园区党建生态圈', 21, 340)];
    const text = [...column(40, 90, 20), ...column(305, 90, 20), ...column(570, 90, 20), ...column(835, 90, 20)];
    const { parts } = readPage([...kickers, ...heads, ...text], [], BODY);
    heads.forEach((h, i) => expect(parts.find((p) => p.unit?.els.includes(h))?.unit?.els).toContain(kickers[i]));
  });

  it('takes no column left empty on the page for a gutter: a headline two columns over is no neighbour of the text it passes', () => {
    // Tune seed 90: an article in the first two columns, its second column's text parted by a gap; the third column
    // empty on this page; in the fourth, a headline over that column alone, at the height of the gap.
    const first = line(40, 40, '坚持党员“四先” 破解治理难题', 20, 460);
    const a = [...column(40, 70, 30), ...column(305, 70, 6)];
    const below = column(305, 220, 14);
    const second = line(855, 160, '在社会治理之路上奋勇前行', 15, 180);
    const b = column(835, 190, 20);
    const { parts } = readPage([first, second, ...a, ...below, ...b], [], BODY);
    const of = (h: Element) => parts.find((p) => p.unit?.els.includes(h))?.elements ?? [];
    expect(of(first).filter((e) => below.includes(e))).toHaveLength(below.length);
    expect(of(second).filter((e) => below.includes(e))).toEqual([]);
  });

  it('reads a byline centred under a centred headline after the headline, not into the column it starts in', () => {
    // Tune seed 167: the byline under a headline across three columns starts in the second column, and had been read
    // into that column's sentence (交谈讨论；□记者 冯璐迪 整理报道或来到…).
    const headline = line(150, 40, '街道举办国际志愿者日活动', 20, 400);
    const byline = line(300, 64, '□记者 某某 整理报道', BODY, 100);
    const text = [...column(40, 90, 20), ...column(305, 90, 20), ...column(570, 90, 20)];
    const { parts } = readPage([headline, byline, ...text], [], BODY);
    const article = parts.find((p) => p.unit?.els.includes(headline));
    expect(article?.unit?.els).toContain(byline);
    const order = article?.elements ?? [];
    expect(order.indexOf(byline)).toBeLessThan(order.indexOf(text[0]));
    // Under a headline centred over one column, the column's first line (wider than the headline) is the text's.
    const narrow = line(90, 40, '一个标题', 20, 80);
    const first = column(40, 66, 10);
    const one = readPage([narrow, ...first], [], BODY).parts.find((p) => p.unit?.els.includes(narrow));
    expect(one?.unit?.els).toEqual([narrow]);
    // Under a headline of two lines set at the left, the text's indented first line, centred on it by chance, is the
    // text's (Typst, tune seed 738: 仙霞举办“世界非遗” | 青瓷展 over 我国龙泉青瓷在2006年以).
    const left = [line(40, 40, '仙霞举办“世界非遗”', 16, 160), line(40, 60, '青瓷展', 16, 48)];
    const indented = line(60, 82, '我国龙泉青瓷在2006年以', BODY, 125);
    const rest = column(40, 97, 10, 15);
    const read = readPage([...left, indented, ...rest], [], BODY).parts.find((p) => p.unit?.els.includes(left[0]));
    expect(read?.unit?.els).toEqual(left);
    // Centred, the same two lines would have the line under them for their byline.
    const centred = [left[0], line(96, 60, '青瓷展', 16, 48)];
    expect(readPage([...centred, indented, ...rest], [], BODY).parts.find((p) => p.unit?.els.includes(left[0]))?.unit?.els).toContain(indented);
  });

  it('gives a centred headline the columns left of it, across a column clear at its height, not to the article above', () => {
    // Tune seed 173: an article over the page's first three columns runs down four; under it, a headline centred over
    // the third and fourth columns, its article in all four. Its first column is two lanes from the headline.
    const top = line(40, 40, '发挥党建引领作用 居民自治更进一步', 20, 700);
    const above = [...column(40, 70, 30), ...column(305, 70, 30), ...column(570, 70, 30), ...column(835, 70, 30)];
    const bottom = line(600, 560, '虹旭居民区 废旧自行车兑换', 20, 400);
    const under = [...column(40, 600, 5), ...column(305, 600, 5), ...column(570, 600, 5), ...column(835, 600, 5)];
    const { parts } = readPage([top, bottom, ...above, ...under], [], BODY);
    const of = (h: Element) => parts.find((p) => p.unit?.els.includes(h))?.elements ?? [];
    expect(of(bottom).filter((e) => under.includes(e))).toHaveLength(under.length);
    expect(of(top).filter((e) => under.includes(e))).toEqual([]);
  });

  it('takes columns of two bands of the page a few points apart for one lane', () => {
    // Tune seed 183: the fourth column of an article's band starts 6 points left of the fourth column of the band under
    // it; read as a lane of its own, 6 points wide, it parted the columns either side, and the article lost the column.
    const a = line(40, 40, '锦苑居民区 党代表联系社区', 20, 380);
    const bandA = [...column(40, 70, 8), ...column(250, 70, 8), ...column(460, 70, 8), ...column(664, 70, 8)];
    const b = line(40, 220, '芙一居民区 学习四中全会读书会', 20, 830);
    const bandB = [...column(40, 250, 12), ...column(250, 250, 12), ...column(460, 250, 12), ...column(670, 250, 12)];
    const { parts } = readPage([a, b, ...bandA, ...bandB], [], BODY);
    const of = (h: Element) => parts.find((p) => p.unit?.els.includes(h))?.elements ?? [];
    expect(of(a).filter((e) => bandA.includes(e))).toHaveLength(bandA.length);
    expect(of(b).filter((e) => bandB.includes(e))).toHaveLength(bandB.length);
  });

  it('takes a box\'s text set a few points in from a column, and its indented first lines, for that column', () => {
    // Tune seed 337 (Typst): a tinted box under an article starts its lines 6 points in from the article's column, and
    // its paragraphs' first lines 2 characters further: a little more than an indent past the column's start. Read as
    // a lane of their own, the indented first lines of the article above were taken out of their paragraphs.
    const a = line(40, 40, '楼道堆物齐整治', 20, 160);
    const textA = column(40, 70, 16);
    const b = line(47, 330, '师大二村 听老党员解读', 20, 200);
    const textB = column(47, 360, 16);
    const { parts } = readPage([a, b, ...textA, ...textB], [], BODY);
    const of = (h: Element) => parts.find((p) => p.unit?.els.includes(h))?.elements ?? [];
    expect(of(a).filter((e) => textA.includes(e))).toEqual(textA);
    expect(of(b).filter((e) => textB.includes(e))).toEqual(textB);
  });

  it('reads two columns of a few lines each, under photos, column by column, not line by line', () => {
    // Tune seed 300: three lines in each of two columns under a page of photos, too few to find the columns by where
    // their lines start; a 引题 in about the text's size is set across both, over the headline.
    const kicker = line(80, 40, '上海德必文化创意产业发展（集团）股份有限公司党支部', BODY * 1.05);
    const head = line(60, 56, '深化载体建设，构建园区党建生态圈', 20);
    const photo: Element = { kind: 'image', photo: 0, x: 40, right: 460, top: 90, bottom: 400 };
    const left = [line(60, 420, '文'.repeat(17)), line(40, 436, '字'.repeat(19)), line(40, 452, '字'.repeat(9))];
    const right = [line(270, 420, '文'.repeat(17)), line(250, 436, '字'.repeat(19))];
    const { parts } = readPage([kicker, head, photo, ...left, ...right], [], BODY);
    const article = parts.find((p) => p.unit?.els.includes(head))?.elements ?? [];
    expect(article.filter((e) => left.includes(e) || right.includes(e))).toEqual([...left, ...right]);
  });

  it('reads a column opening with a photo at the top of the page into the lead beside it, not into a headline set lower in the next column', () => {
    // Tune seed 358: the lead's headline over two columns; the third opens, as high as the lead's text, with a photo and
    // goes on with the lead's text; over the fourth column, a headline set lower than the lead's, at the column's left:
    // its article's columns are to its right, and the third column is the lead's.
    const lead = line(40, 40, '发挥党建引领作用', 28, 415);
    const other = line(685, 70, '威宁居民区', 17);
    const leadText = [...column(40, 110, 20), ...column(255, 110, 20)];
    const photo: Element = { kind: 'image', photo: 0, x: 470, right: 670, top: 100, bottom: 200 };
    const third = column(470, 210, 10).map((e, i) => (i === 0 ? line(470, 210, '字'.repeat(20)) : e));
    const otherText = column(685, 100, 10);
    const { parts } = readPage([lead, other, ...leadText, photo, ...third, ...otherText], [], BODY);
    const of = (h: Element) => parts.find((p) => p.unit?.els.includes(h))?.elements ?? [];
    expect(of(lead).filter((e) => e === photo || third.includes(e))).toEqual([photo, ...third]);
    expect(of(other).filter((e) => otherText.includes(e))).toHaveLength(otherText.length);
  });

  it('gives a headline centred over four columns the first, though it starts at the second\'s left by chance', () => {
    // Typst, tune seed 270: on A4, a headline centred over four columns starts where the second column does; read as set
    // at that column's left, it had left the first column's photo and text to no headline.
    const head = line(175, 40, '当好“领头雁” 用好“带头人”', 19, 255);
    const photo: Element = { kind: 'image', photo: 0, x: 40, right: 160, top: 100, bottom: 180 };
    const first = column(40, 200, 10, 12);
    const rest = [...column(175, 100, 16, 12), ...column(310, 100, 16, 12), ...column(445, 100, 16, 12)];
    const { parts } = readPage([head, photo, ...first, ...rest], [], BODY);
    const article = parts.find((p) => p.unit?.els.includes(head))?.elements ?? [];
    expect(article.filter((e) => e === photo || first.includes(e))).toEqual([photo, ...first]);
    expect(article.filter((e) => rest.includes(e))).toHaveLength(rest.length);
  });

  it('gives a headline centred over five columns the first, though it opens with a quote hung half out that puts it at the second\'s left (Typst, tune seed 683)', () => {
    // Five columns of twelve characters; the first holds the end of an article from before, over the headline. The
    // headline, centred on the five columns' axis (369.5), stands 9 points (half its quote) left of it, at the second's left.
    const head = line(175, 290, '“绿色进园区 花香满楼宇”插花活动', 18, 371);
    const before = column(40, 40, 16, 12);
    const first = column(40, 330, 10, 12);
    const rest = [175, 310, 445, 580].flatMap((x) => column(x, 330, 10, 12));
    const { parts } = readPage([head, ...before, ...first, ...rest], [], BODY);
    const article = parts.find((p) => p.unit?.els.includes(head))?.elements ?? [];
    expect(article.filter((e) => first.includes(e))).toHaveLength(first.length);
    expect(article.filter((e) => rest.includes(e))).toHaveLength(rest.length);
    expect(article.filter((e) => before.includes(e))).toEqual([]);
    // Without a quote to hang, a headline standing there is set at the second column's left: the first is the text above's.
    const plain = line(175, 290, '绿色进园区 花香满楼宇插花活动', 18, 371);
    const set = readPage([plain, ...before, ...first, ...rest], [], BODY).parts.find((p) => p.unit?.els.includes(plain))?.elements ?? [];
    expect(set.filter((e) => first.includes(e))).toEqual([]);
  });

  it('reads a headline of lines sharing their left edge as set at its column\'s left, though it fills the column and so is centred on the three around it', () => {
    // Tune seed 433: the lead's headline over two columns of six; the third opens with a photo as high as the lead's text
    // and goes on with it; over the fourth, set lower, a headline of three left-aligned lines, the widest as wide as the
    // column, whose middle is the middle of columns three to five: read as centred on them, it took the third column.
    const lead = line(40, 40, '发挥党建引领作用', 28, 415);
    const leadText = [...column(40, 140, 20), ...column(255, 140, 20)];
    const photo: Element = { kind: 'image', photo: 0, x: 470, right: 670, top: 140, bottom: 220 };
    const third = column(470, 230, 10).map((e, i) => (i === 0 ? line(470, 230, '字'.repeat(20)) : e));
    const other = [line(685, 70, '威宁居民区', 17, 160), line(685, 92, '公益活动聚威宁', 17, 180), line(685, 114, '志愿服务暖民心', 17, 200)];
    const otherText = column(685, 140, 10);
    const fifth = line(900, 40, '虹旭居民区', 17, 150);
    const fifthText = column(900, 70, 20);
    const { parts } = readPage([lead, ...other, fifth, ...leadText, photo, ...third, ...otherText, ...fifthText], [], BODY);
    const of = (h: Element) => parts.find((p) => p.unit?.els.includes(h))?.elements ?? [];
    expect(of(lead).filter((e) => e === photo || third.includes(e))).toEqual([photo, ...third]);
    expect(of(other[0]).filter((e) => otherText.includes(e))).toHaveLength(otherText.length);
  });

  it('gives a column to its own headline, not to the one beside it that reaches a few points into it and ends on the same baseline', () => {
    // Tune seed 497: a headline centred over the second column is wider than it ("“12·5”" kept whole) and reaches 3
    // points over the gutter into the first; its first line ends on the baseline of the first column's own headline.
    const own = [line(40, 40, '打通社区治理', 16, 176), line(40, 60, '专题会上大家畅谈了想法', 16, 176)];
    const wide = [line(237, 60, '长风新村街道举办“12·5”', 16, 204), line(280, 80, '国际志愿者日暨', 16, 112)];
    const ownText = column(40, 100, 10);
    const wideText = column(255, 110, 10);
    const { parts } = readPage([...wide, ...own, ...ownText, ...wideText], [], BODY);
    const of = (h: Element) => parts.find((p) => p.unit?.els.includes(h))?.elements ?? [];
    expect(of(own[0]).filter((e) => ownText.includes(e))).toHaveLength(ownText.length);
    expect(of(wide[0]).filter((e) => wideText.includes(e))).toHaveLength(wideText.length);
  });

  it('reads the second column of a continuation at the page top as the continuation\'s, beside a centred headline whose 引题 stands as high', () => {
    // Tune seed 180, page 3: a continuation opens with （接第2版） in the first column and goes on in the second, both
    // from the top; a headline centred over the third and fourth columns has its 引题 at the same height. The second
    // column had been given to the headline, as text beside it starting as high.
    const jump = line(40, 40, '（接第2版）', BODY, 60);
    const first = column(40, 55, 20);
    const second = column(250, 40, 20);
    const kicker = light(line(565, 40, '某某公司党支部', BODY, 200));
    const headline = line(465, 54, '深化载体建设，构建园区党建生态圈', 20, 400);
    const text = [...column(460, 90, 18), ...column(670, 90, 18)];
    const { parts } = readPage([jump, ...first, ...second, kicker, headline, ...text], [], BODY);
    const article = parts.find((p) => p.unit?.els.includes(headline));
    expect(article?.elements.filter((e) => second.includes(e))).toEqual([]);
    const continuation = parts.find((p) => p.elements.includes(jump));
    expect(continuation?.elements.filter((e) => second.includes(e))).toHaveLength(second.length);
  });

  it('reads two continuations stacked in a page\'s first columns apart, each column beside with the one in its band (tune seed 535)', () => {
    // Each opens with its 上接 line in the first column only; the second column has both, one under the other, with
    // nothing between them but a line's space.
    const upper = [line(40, 40, '（接第1版）'), ...column(40, 55, 10)];
    const lower = [line(40, 230, '（接第1版）'), ...column(40, 245, 10)];
    const upperBeside = column(255, 40, 11);
    const lowerBeside = column(255, 230, 11);
    const { parts } = readPage([...upper, ...lower, ...upperBeside, ...lowerBeside], [], BODY);
    const partOf = (e: Element) => parts.find((p) => p.elements.includes(e));
    expect(partOf(upper[0])).not.toBe(partOf(lower[0]));
    expect(partOf(upper[0])?.elements).toEqual([...upper, ...upperBeside]);
    expect(partOf(lower[0])?.elements).toEqual([...lower, ...lowerBeside]);
  });

  it('joins each of two articles sent on to the next page to the continuation that shares its words, not the one set first', () => {
    // Page 1: two articles side by side, each sent on to page 2 mid-sentence.
    const heads = [line(40, 40, '世纪同乐整治楼道', 20, 200), line(305, 40, '志愿服务活动', 20, 200)];
    const a = [line(40, 70, '世纪同乐小区楼道堆物清理'), ...column(40, 85, 10), line(80, 240, '（下转第2版）')];
    const b = [line(305, 70, '志愿者为市民提供咨询宣传'), ...column(305, 85, 10), line(345, 240, '（下转第2版）')];
    const page1 = readPage([...heads, ...a, ...b], [], BODY);
    // Page 2: the second article's continuation set first, in the first column.
    const forB = [line(40, 40, '（上接第1版）'), line(40, 55, '志愿者咨询宣传结束'), ...column(40, 70, 8)];
    const forA = [line(305, 40, '（上接第1版）'), line(305, 55, '楼道堆物清理完毕'), ...column(305, 70, 8)];
    const page2 = readPage([...forB, ...forA], [], BODY);
    const [one] = joinPages([page1, page2], [1, 2]);
    const at = (e: Element) => one.elements.indexOf(e);
    expect(at(forA[1])).toBeGreaterThan(at(a[a.length - 1]));
    expect(at(forA[1])).toBeLessThan(at(heads[1]));
    expect(at(forB[1])).toBeGreaterThan(at(b[b.length - 1]));
  });
});
