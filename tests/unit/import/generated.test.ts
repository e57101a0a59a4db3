/**
 * The PDF importer on pages nobody here typeset by hand (scripts/typeset/):
 * layouts drawn at random from a seed and printed by two producers. What it
 * reads must not depend on the order a program drew the page in
 * (generated-order.test.ts); and on a sample of the tune seeds and of the
 * held-out seeds, no figure may fall below what it scored when this test was
 * written (npm run import:score prints the full ranges; the README has the
 * figures and the targets).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { closeProducers, type Producer } from '../../../scripts/typeset/produce';
import { generatedTotals, scoreGenerated } from '../../../scripts/typeset/score';
import { launchContent, realContext } from '../helpers';

const ctx = realContext();

afterAll(() => closeProducers());

/** What a sample scored when the reading order by headline ownership became the default: a floor, per producer and seed range. */
const FLOORS: Record<string, { seeds: [number, number]; producer: Producer; titlePrecision: number; titleRecall: number; paragraphs: number; photos: number }> = {
  'tune, Chromium': { seeds: [1, 5], producer: 'chromium', titlePrecision: 0.882, titleRecall: 0.714, paragraphs: 0.623, photos: 0.3 },
  'tune, Typst': { seeds: [1, 5], producer: 'typst', titlePrecision: 0.882, titleRecall: 0.714, paragraphs: 0.584, photos: 0.3 },
  'held-out, Chromium': { seeds: [10_001, 10_005], producer: 'chromium', titlePrecision: 0.571, titleRecall: 0.571, paragraphs: 0.636, photos: 0.375 },
  'held-out, Typst': { seeds: [10_001, 10_005], producer: 'typst', titlePrecision: 0.571, titleRecall: 0.571, paragraphs: 0.61, photos: 0.375 },
};

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
      expect(t.paragraphs).toBeGreaterThanOrEqual(floor.paragraphs - 0.0005);
      expect(t.photos).toBeGreaterThanOrEqual(floor.photos - 0.0005);
    }, 300_000);
  }
});
