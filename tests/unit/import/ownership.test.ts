/** Reading by headline ownership (lib/import/pdf/ownership.ts) on pages built line by line. */
import { describe, expect, it } from 'vitest';
import type { Element } from '../../../lib/import/pdf/elements';
import { readPage } from '../../../lib/import/pdf/ownership';

const BODY = 10;

function line(x: number, top: number, text: string, size = BODY, width = text.length * size): Element {
  const l = { page: 1, x, right: x + width, top, bottom: top + size, y: top + size * 0.88, size, bold: size > BODY, text, spaceBefore: false, spaceAfter: false };
  return { kind: 'line', line: l, x: l.x, right: l.right, top: l.top, bottom: l.bottom };
}

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
    const { parts, edges } = readPage([headline, kicker, byline, ...text], [], [], BODY);
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
    const { edges } = readPage([headline, ...text], [rule], [], BODY);
    expect(edges.get(text[text.length - 1])?.left).toBeLessThan(45);
  });

  it('gives each of two short articles stacked in two columns its own second column, each headline over its first only', () => {
    const first = line(40, 40, '第一篇的标题', 20);
    const second = line(40, 200, '第二篇的标题', 20);
    // Each article: text in both columns under its headline (the first's right column from the headline's height),
    // the right column's text of the two apart by a gap as high as the second headline.
    const a = [...column(40, 70, 6), ...column(305, 40, 8)];
    const b = [...column(40, 230, 6), ...column(305, 230, 6)];
    const { parts } = readPage([first, second, ...a, ...b], [], [], BODY);
    const of = (h: Element) => parts.find((p) => p.unit?.els.includes(h))?.elements ?? [];
    expect(of(first).filter((e) => a.includes(e))).toHaveLength(a.length);
    expect(of(first).filter((e) => b.includes(e))).toEqual([]);
    expect(of(second).filter((e) => b.includes(e))).toHaveLength(b.length);
  });
});
