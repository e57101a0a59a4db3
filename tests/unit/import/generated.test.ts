/**
 * The PDF importer on pages nobody here typeset by hand (scripts/typeset/):
 * layouts drawn at random from a seed and printed by two producers. What it
 * reads must not depend on the order a program drew the page in
 * (generated-order.test.ts); and on a sample of the tune seeds and of the
 * held-out seeds, no figure may fall below what it scored when this test was
 * written (npm run import:score prints the full ranges; the README has the
 * figures and the targets).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { breakPhrases, drawnWidth, flowLines, fontAdvance, unshownSpaces } from '../../../scripts/typeset/compose';
import { compose } from '../../../scripts/typeset/compose-index';
import { editionText } from '../../../scripts/typeset/edition-text';
import { closeProducers, producePdf, type Producer } from '../../../scripts/typeset/produce';
import { readPdf } from '../../../lib/import';
import { generatedTotals, rejoined, scoreGenerated, titlesAsPrinted } from '../../../scripts/typeset/score';
import { launchContent, realContext } from '../helpers';

const ctx = realContext();

afterAll(() => closeProducers());

/**
 * What a sample scored, a floor per producer and seed range: set when the reading order by headline ownership became
 * the default, raised on 2 December 2026 (a headline's greedy short line ends a phrase; the answer key no longer names
 * photos of an article laid out twice, which had counted them as lost); paragraphs raised again late on 2 December
 * (columns kept apart at hung marks and under wide captions; the generator's subheadings and Typst's tracking mended);
 * held-out Typst raised on 3 December (runs of unlike sizes join only as the smaller sets a line). Set again on 3
 * December, afternoon, for a changed generator (headlines broken at their phrases and sized to their columns, numbered
 * items printed with their numbers): the samples are other layouts now. Headlines and photos rose; Typst's paragraphs
 * fell in both samples (tune 0.961 → 0.922, held-out 0.974 → 0.948: columns a character apart, which Typst's tracking
 * brings closer, read as one), though over the whole ranges they held (tune 93.3 %, held-out 93.9 %); raised again
 * the same afternoon (tune 0.935, held-out 0.974) when an opening quote Typst draws half into the gutter no longer
 * closed the channel between such columns. Raised on 3 December, evening (spaces drawn as glyphs placed; headlines
 * read with word segmentation, residential areas' names and couplets): tune paragraphs 0.974 → 0.987 and 0.935 →
 * 0.961, held-out headlines 0.904 → 0.952. Raised on 3 December, late (Typst's columns kept apart where a numbered line
 * reaches a little into the gutter, and headlines beside columns out of the columns' lines): Typst's paragraphs, tune
 * 0.961 → 0.987, held-out 0.974 → 1. Raised on 3 December, night (several articles sent on to one page paired with
 * their continuations by their words, and short justified lines read as spaced out): Chromium's held-out paragraphs
 * 0.961 → 1. Raised on 4 December, early (a gutter measured from the text's ink, a byline centred under its headline,
 * a headline's own frame where its rows show it set narrower): tune paragraphs 0.987 → 1 for both producers.
 * `asPrinted`, 4 December, evening: headlines scored against what their printed lines show, a space hidden by a phrase
 * that filled its line not counted (unshownSpaces); every sample scores 1.
 */
const FLOORS: Record<string, { seeds: [number, number]; producer: Producer; titlePrecision: number; titleRecall: number; asPrinted: number; paragraphs: number; photos: number }> = {
  'tune, Chromium': { seeds: [1, 5], producer: 'chromium', titlePrecision: 1, titleRecall: 1, asPrinted: 1, paragraphs: 1, photos: 1 },
  'tune, Typst': { seeds: [1, 5], producer: 'typst', titlePrecision: 1, titleRecall: 1, asPrinted: 1, paragraphs: 1, photos: 1 },
  'held-out, Chromium': { seeds: [10_001, 10_005], producer: 'chromium', titlePrecision: 0.952, titleRecall: 0.952, asPrinted: 1, paragraphs: 1, photos: 1 },
  'held-out, Typst': { seeds: [10_001, 10_005], producer: 'typst', titlePrecision: 0.952, titleRecall: 0.952, asPrinted: 1, paragraphs: 1, photos: 1 },
};

describe('the generator', () => {
  it('breaks a headline at its phrases where they fit, within a phrase only where it is wider than the line, and prints no space at a break', () => {
    expect(breakPhrases('师大二村 听老党员解读 十九届四中全会精神', 10)).toEqual(['师大二村', '听老党员解读', '十九届四中全会精神']);
    expect(breakPhrases('师大二村 听老党员解读 十九届四中全会精神', 11)).toEqual(['师大二村 听老党员解读', '十九届四中全会精神']);
    expect(breakPhrases('虹旭居民区 长风新村街道举办国际志愿者日', 6)).toEqual(['虹旭居民区', '长风新村街道', '举办国际志愿', '者日']);
    for (const em of [3, 5, 8, 13]) for (const l of breakPhrases('打通社区治理“最后一公里” 专题会上大家畅谈了想法', em)) expect(l).toBe(l.trim());
  });

  it('breaks a headline by the widths its font draws: Noto Serif CJK\'s 1 and middle dot are narrower than 0.6 em (tune seeds 1427, 1502)', () => {
    const title = '长风新村街道举办“12·5”国际志愿者日暨垃圾分类志愿服务活动';
    // At 19.2 ems, “12·5” counted 2.4 ems leaves 暨 no room; drawn in Noto Serif CJK (2 ems) it has room, and a line
    // broken before it would stop a character's room short, as a phrase's end does.
    expect(breakPhrases(title, 19.2)[0]).toBe('长风新村街道举办“12·5”国际志愿者日');
    expect(breakPhrases(title, 19.2, fontAdvance('serif'))[0]).toBe('长风新村街道举办“12·5”国际志愿者日暨');
    // Noto Sans CJK draws its digits and dot 0.59 em wide: counted as before.
    expect(breakPhrases(title, 19.2, fontAdvance('sans'))[0]).toBe('长风新村街道举办“12·5”国际志愿者日');
    expect(drawnWidth('“12·5”', fontAdvance('serif'))).toBeCloseTo(4.01, 2);
  });

  it('names the spaces a headline\'s printed lines hide: a phrase that fills its line, or hangs its closing mark past it', () => {
    const title = '师大二村 听老党员解读 十九届四中全会精神';
    // At 6 ems 听老党员解读 fills its line: a wrap would have broken there too. 师大二村 stops two characters short.
    expect(unshownSpaces(title, breakPhrases(title, 6), 6)).toEqual([11]);
    // At 7 ems both lines stop short of the measure: each space shows.
    expect(unshownSpaces(title, breakPhrases(title, 7), 7)).toEqual([]);
    const quoted = '打通社区治理“最后一公里” 专题会上大家畅谈了想法';
    expect(breakPhrases(quoted, 12.2)[0]).toBe('打通社区治理“最后一公里”');
    expect(unshownSpaces(quoted, breakPhrases(quoted, 12.2), 12.2)).toEqual([13]);
    // A wrap inside a phrase is no space at all.
    expect(unshownSpaces('长风新村街道举办国际志愿者日', breakPhrases('长风新村街道举办国际志愿者日', 6), 6)).toEqual([]);
  });

  it('sets a subheading, a size larger than the text, to no more of its column than the text (bar one hung mark)', () => {
    const size = 10;
    for (const em of [8, 12, 17, 25]) {
      const lines = flowLines([{ kind: 'subheading', text: '华阳路街道荣获长宁区第七轮居民区党建工作“金银奖”榜单：注重协商共治破解社区治理顽症' }], em, size);
      for (const l of lines) {
        const chars = [...l.text].filter((ch, i, all) => !(i === all.length - 1 && /[，。、；：！？”’）]/u.test(ch))).length;
        expect(chars * (size + 0.5), `${em} ems: ${l.text}`).toBeLessThanOrEqual(em * size + 0.01);
      }
    }
  });
  it('prints every line of running text it was given, a continuation set under another included (seed 535 lost one)', async () => {
    const c = await launchContent();
    for (const seed of [535, 1, 2, 3, 4]) {
      const e = c.editions[seed % c.editions.length];
      const text = editionText(c, e, fs.readFileSync(path.resolve(e.path), 'utf8'));
      const { pages } = compose(text, seed);
      const chars = (s: string) => s.replace(/\s/gu, '').length;
      // Credits are printed in brackets.
      const given = text.articles.flatMap((a) => a.blocks).reduce((n, b) => n + (b.kind === 'figure' ? 0 : chars(b.text) + (b.kind === 'credit' ? 2 : 0)), 0);
      const running = new Set(['body', 'roll', 'subheading', 'credit']);
      const printed = pages.flatMap((p) => p.items).reduce((n, it) => n + (it.kind === 'text' && running.has(it.role) ? it.lines.reduce((k, l) => k + chars(l.text), 0) : 0), 0);
      expect(printed, `seed ${seed}`).toBe(given);
    }
  });
});

describe('the score', () => {
  it('counts a jumped article rejoined under its headline, a space between its phrases lost or not, with all its paragraphs in order', async () => {
    const c = await launchContent();
    const a = c.articles.find((x) => /\S \S/u.test(x.title));
    const e = a && c.edition.get(a.editionId);
    if (!a || !e) throw new Error('no headline of two phrases');
    const truth = fs.readFileSync(path.resolve(e.path), 'utf8');
    const jumps = [{ article: a.id, from: 1, to: 2, out: '（下转第2版）', in: '（上接第1版）' }];
    const titleOf = (id: string) => c.article.get(id)?.title;
    const lost = truth.replace(`## ${a.title}`, `## ${a.title.replace(/\s+/gu, '')}`);
    expect(rejoined(truth, truth, jumps, titleOf)).toBe(1);
    expect(rejoined(lost, truth, jumps, titleOf)).toBe(1);
    // A paragraph of it gone elsewhere: not rejoined.
    const section = truth.split(/^## /mu).find((part) => part.startsWith(`${a.title}\n`)) ?? '';
    const p = section.split('\n').filter((l) => l && !/^[@#-]/u.test(l)).at(-1) ?? '';
    expect(p.length).toBeGreaterThan(20);
    expect(rejoined(lost.replace(`${p}\n`, '').concat(`\n## 别处\n\n${p}\n`), truth, jumps, titleOf)).toBe(0);
  });
});

describe('headlines as printed', () => {
  const truth = [
    { id: 'a', title: '师大二村 听老党员解读 十九届四中全会精神' },
    { id: 'b', title: '坚持党员“四先” 破解治理难题' },
  ];
  const unshown = { a: [11] };
  it('forgive only a space the printed lines hid', () => {
    expect(titlesAsPrinted(['师大二村 听老党员解读十九届四中全会精神', '坚持党员“四先” 破解治理难题'], truth, unshown)).toEqual(truth.map((t) => t.title));
    // The space the page showed (after 师大二村) is still the importer's to find, and so is one the key does not name.
    expect(titlesAsPrinted(['师大二村听老党员解读十九届四中全会精神'], truth, unshown)).toEqual(['师大二村听老党员解读十九届四中全会精神']);
    expect(titlesAsPrinted(['坚持党员“四先”破解治理难题'], truth, unshown)).toEqual(['坚持党员“四先”破解治理难题']);
    // Nor is any other difference forgiven.
    expect(titlesAsPrinted(['师大二村 听老党员解读十九届四中全会'], truth, unshown)).toEqual(['师大二村 听老党员解读十九届四中全会']);
  });
});

describe('the producers', () => {
  it('set a full line to its column and no further, a hung closing mark aside (Typst measures marks side by side compressed)', async () => {
    const c = await launchContent();
    const seed = 6;
    const e = c.editions[seed % c.editions.length];
    const { pages } = compose(editionText(c, e, fs.readFileSync(path.resolve(e.path), 'utf8')), seed);
    for (const producer of ['chromium', 'typst'] as const) {
      const read = await readPdf(new Uint8Array(await producePdf(producer, pages, seed)));
      let full = 0;
      pages.forEach((plan, i) => {
        for (const it of plan.items) {
          if (it.kind !== 'text') continue;
          for (const l of it.lines) {
            if (!l.justify) continue;
            const right = l.x + l.justify;
            const runs = read[i].runs.filter((r) => r.text.trim() && r.y > l.y && r.y < l.y + it.size * 1.3 && r.x >= l.x - 1 && r.x < right);
            if (!runs.length) continue;
            full++;
            const last = runs.reduce((a, b) => (b.x + b.width > a.x + a.width ? b : a));
            const ink = last.x + last.width - (/[，。、；：！？）」』”’]\s*$/u.test(last.text) ? it.size : 0);
            expect(ink, `${producer}, page ${i + 1}: ${l.text}`).toBeLessThanOrEqual(right + it.size * 0.2);
          }
        }
      });
      expect(full, producer).toBeGreaterThan(50);
    }
  }, 120_000);

  it('print each document as if alone: Typst after another document draws the same text (seed 579 after 578 printed 社区晨日)', async () => {
    const c = await launchContent();
    const text = async (seed: number) => {
      const e = c.editions[seed % c.editions.length];
      const { pages } = compose(editionText(c, e, fs.readFileSync(path.resolve(e.path), 'utf8')), seed);
      // The masthead, the page's largest type (the blurb beside it names 社区晨报 too).
      return (await readPdf(new Uint8Array(await producePdf('typst', pages, seed))))[0].runs.filter((r) => r.size > 40).map((r) => r.text).join('');
    };
    await text(578);
    expect(await text(579)).toBe('社区晨报');
  }, 60_000);
});

describe('the answer key', () => {
  it('names each photo printed, once, and no other: an article laid out again on the next page leaves none behind', async () => {
    const c = await launchContent();
    let again = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const e = c.editions[seed % c.editions.length];
      const { pages, key } = compose(editionText(c, e, fs.readFileSync(path.resolve(e.path), 'utf8')), seed);
      const printed = pages.flatMap((p) => p.items.flatMap((it) => (it.kind === 'photo' ? [it.seed] : [])));
      expect(key.figures.map((f) => f.seed).sort((a, b) => a - b), `seed ${seed}`).toEqual(printed.sort((a, b) => a - b));
      // Seeds skipped: some article's photos were laid out on a page that could not hold it, and again on the next.
      if (printed.length && Math.max(...printed) - seed * 100 + 1 > printed.length) again++;
    }
    expect(again).toBeGreaterThan(0);
  });
});

describe('scores on random layouts', () => {
  for (const [label, floor] of Object.entries(FLOORS)) {
    it(`${label}: no figure falls, and no character is lost`, async () => {
      const c = await launchContent();
      const scores = [];
      for (let seed = floor.seeds[0]; seed <= floor.seeds[1]; seed++) scores.push(await scoreGenerated(c, seed, floor.producer, ctx));
      const t = generatedTotals(scores);
      expect(t.lost).toBe(0);
      expect(t.titlePrecision).toBeGreaterThanOrEqual(floor.titlePrecision - 0.0005);
      expect(t.titleRecall).toBeGreaterThanOrEqual(floor.titleRecall - 0.0005);
      expect(Math.min(t.titlePrecisionAsPrinted, t.titleRecallAsPrinted)).toBeGreaterThanOrEqual(floor.asPrinted - 0.0005);
      expect(t.paragraphs).toBeGreaterThanOrEqual(floor.paragraphs - 0.0005);
      expect(t.photos).toBeGreaterThanOrEqual(floor.photos - 0.0005);
    }, 300_000);
  }
});
