/**
 * The PDF importer's reading order does not lean on the order a program drew
 * the page in (issue 20, item 4): the same random layouts (scripts/typeset/)
 * drawn in three shuffled orders by each producer give the same draft. Apart
 * from the scores (generated.test.ts) so the two run side by side.
 */
import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { importPdf } from '../../../lib/import';
import { editionText } from '../../../scripts/typeset/edition-text';
import { compose } from '../../../scripts/typeset/compose-index';
import { closeProducers, producePdf } from '../../../scripts/typeset/produce';
import { launchContent, realContext } from '../helpers';

const ctx = realContext();

afterAll(() => closeProducers());

describe('reading order does not lean on drawing order', () => {
  for (const producer of ['chromium', 'typst'] as const) {
    it(`${producer}: the same pages drawn in three orders give the same draft`, async () => {
      const c = await launchContent();
      for (const seed of [3, 7]) {
        const e = c.editions[seed % c.editions.length];
        const { pages } = compose(editionText(c, e, fs.readFileSync(path.resolve(e.path), 'utf8')), seed);
        const drafts = [];
        for (const order of [1, 2, 3]) {
          const pdf = await producePdf(producer, pages, seed * 1000 + order);
          drafts.push((await importPdf(new Uint8Array(pdf), { streetId: e.streetId, date: e.date, ...ctx }, { pages: false })).result.markdown);
        }
        expect(drafts[1]).toBe(drafts[0]);
        expect(drafts[2]).toBe(drafts[0]);
      }
    }, 180_000);
  }
});
