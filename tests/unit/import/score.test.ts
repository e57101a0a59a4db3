/**
 * How the importer is scored: a photo counts as placed in the draft's article
 * that is the printed one, known by its headline's characters.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEdition } from '../../../lib/content/edition/parse';
import { scorePhotos, type PlacedPhoto } from '../../../lib/import/score';
import { CONTENT, realContext } from '../helpers';

const ctx = realContext();
const truth = fs.readFileSync(path.join(CONTENT, 'editions/2019-12-12-changfengxincun.md'), 'utf8');
const articles = parseEdition(truth, 'truth.md', ctx).articles;
const spaced = articles.find((a) => /\S \S/u.test(a.title));
const other = articles.find((a) => a !== spaced);
const caption = '长风新村街道召开社区治理专题会';

/** The transcription as a draft: `title`'s heading written as `as`, a photo with the caption set under `under`'s. */
function draft(title: string, as: string, under: string): string {
  return truth
    .split('\n')
    .flatMap((line) => {
      if (line !== `## ${under}`) return [line === `## ${title}` ? `## ${as}` : line];
      return [line === `## ${title}` ? `## ${as}` : line, '', `@图 photo-01.jpg ${caption}`];
    })
    .join('\n');
}

const score = (markdown: string, placed: PlacedPhoto[]) => scorePhotos(markdown, truth, ctx, placed, () => Buffer.from('jpeg'), async () => true);

describe('scorePhotos', () => {
  if (!spaced || !other) throw new Error('the edition needs a headline of two phrases and another');
  const placed = [{ article: spaced.id, caption, seed: 1 }];

  it('counts a photo in its article whose headline lost the space between its phrases (the headline score says so)', async () => {
    const lost = spaced.title.replace(/\s+/gu, '');
    expect((await score(draft(spaced.title, lost, spaced.title), placed)).placed).toBe(1);
    expect((await score(draft(spaced.title, spaced.title, spaced.title), placed)).placed).toBe(1);
  });

  it('does not count a photo in another article, or under a headline with other characters', async () => {
    expect((await score(draft(spaced.title, spaced.title, other.title), placed)).placed).toBe(0);
    const changed = `${spaced.title}活动`;
    expect((await score(draft(spaced.title, changed, spaced.title), placed)).placed).toBe(0);
  });

  it('does not count a photo whose image is another scene', async () => {
    const r = await scorePhotos(draft(spaced.title, spaced.title, spaced.title), truth, ctx, placed, () => Buffer.from('jpeg'), async () => false);
    expect(r).toMatchObject({ truth: 1, placed: 0, draft: 1 });
  });
});
