/**
 * `npm run import:score`: imports each launch edition's extracted text, and
 * each typeset PDF fixture (tests/fixtures/pdf/), and compares the drafts with
 * the editors' transcriptions in content/editions/; then layouts drawn at
 * random by scripts/typeset/, printed by both producers (Chromium and Typst),
 * on the tune seeds and the held-out seeds. Prints the figures the importer
 * is held to (tests/unit/import/); DIFF=1 also prints each transcribed
 * paragraph the text draft does not have.
 */
import fs from 'node:fs';
import path from 'node:path';
import { editionFiles } from '../lib/content';
import { unaccounted, addScore, emptyTotals, importAsTranscribed, paragraphsOf, rewrapEach, scoreImport, withoutFlags } from '../lib/import';
import { catalogues, contentDir } from './editor-cli';
import { formatPdfScores, pdfFixtures, scorePdfFixture } from './pdf-score';
import { random } from './random';
import { loadContent } from '../lib/photos';
import { closeProducers, PRODUCERS } from './typeset/produce';
import { formatGenerated, generatedTotals, HELD_OUT, scoreGenerated, TUNE } from './typeset/score';

const SOURCES = path.resolve('content/sources');
const ctx = catalogues();
const sum = emptyTotals();

console.log('Text input: the launch editions\' extracted text');
console.log('edition                           titles found (P / R)   paragraphs identical   awards   flags   chars lost');
for (const f of editionFiles(contentDir())) {
  const truth = fs.readFileSync(path.join(contentDir(), 'editions', f), 'utf8');
  const { input, result: r } = importAsTranscribed(truth, (name) => fs.readFileSync(path.join(SOURCES, name), 'utf8'), ctx);
  const s = scoreImport(r.markdown, truth, ctx);
  console.log(
    `${f.padEnd(34)}${`${s.titles.matched}/${s.titles.truth} (${s.titles.precision.toFixed(2)} / ${s.titles.recall.toFixed(2)})`.padEnd(23)}${`${s.paragraphs.identical}/${s.paragraphs.truth}`.padEnd(23)}${`${s.awards.matched}/${s.awards.truth}`.padEnd(9)}${String(r.stats.flags).padEnd(8)}${unaccounted(input, r).length}`,
  );
  addScore(sum, s, r.stats.flags);
  if (process.env.DIFF) {
    const dp = paragraphsOf(withoutFlags(r.markdown));
    for (const p of paragraphsOf(truth)) if (!dp.includes(p)) console.log(`  transcription has: ${p}`);
  }
}
console.log(
  `all                               ${`${sum.titles}/${sum.truthTitles} (${(sum.titles / sum.draftTitles).toFixed(2)} / ${(sum.titles / sum.truthTitles).toFixed(2)})`.padEnd(23)}${`${sum.paragraphs}/${sum.truthParagraphs}`.padEnd(23)}${`${sum.awards}/${sum.truthAwards}`.padEnd(9)}${sum.flags}`,
);

// Text copied from a page whose articles were set in columns of different widths (22–41 characters,
// one for each paragraph and headline, drawn from the seed): the seeds of tests/unit/import/pipeline.test.ts.
console.log('\nText input set in columns of different widths (22–41 characters a paragraph)');
for (const [set, seeds] of [['tune', Array.from({ length: 10 }, (_, i) => i + 1)], ['held-out', Array.from({ length: 30 }, (_, i) => 101 + i)]] as const) {
  let sentences = 0;
  let whole = 0;
  let falseRoles = 0;
  let flags = 0;
  for (const seed of seeds) {
    for (const f of editionFiles(contentDir())) {
      const truth = fs.readFileSync(path.join(contentDir(), 'editions', f), 'utf8');
      const rnd = random(seed * 1000 + f.length);
      const { result: r } = importAsTranscribed(truth, (name) => rewrapEach(fs.readFileSync(path.join(SOURCES, name), 'utf8'), () => 22 + Math.floor(rnd() * 20)), ctx);
      const s = scoreImport(r.markdown, truth, ctx);
      sentences += s.sentences.truth;
      whole += s.sentences.whole;
      falseRoles += s.falseRoles.length;
      flags += r.stats.flags;
    }
  }
  console.log(`  ${set.padEnd(9)} seeds ${seeds[0]}–${seeds[seeds.length - 1]}: sentences whole ${((whole / sentences) * 100).toFixed(1)} % (${whole}/${sentences}), body lines set apart ${falseRoles}, flags ${(flags / seeds.length).toFixed(1)} a set of five`);
}

console.log('\nPDF input: the transcriptions typeset as newspaper pages (tune: looked at while tuning; held-out: scored only)');
const scores = [];
for (const f of pdfFixtures(['tune', 'held-out'])) scores.push(await scorePdfFixture(f, contentDir(), ctx));
console.log(formatPdfScores(scores));

// Layouts drawn at random (scripts/typeset/), printed by each producer: the tune seeds, looked at while improving the
// importer, and the held-out seeds, scored only. GENERATED=0 skips them (they take minutes); GENERATED=tune scores the
// tune seeds alone, as one does while tuning. CHENBAO_LAYOUT=xy-cut scores the XY-cut reading order the ownership one replaced.
const generated = process.env.GENERATED ?? 'all';
if (generated !== '0') {
  const c = (await loadContent(contentDir())).content;
  if (!c) throw new Error('the launch content has errors: run npm run check');
  console.log(`\nPDF input: random layouts (scripts/typeset/), reading order ${process.env.CHENBAO_LAYOUT === 'xy-cut' ? 'by XY-cut' : 'by headline ownership'}`);
  const ranges: [string, { from: number; to: number }][] = [['tune', TUNE], ...(generated === 'tune' ? [] : [['held-out', HELD_OUT] as [string, typeof HELD_OUT]])];
  for (const [set, range] of ranges) {
    for (const producer of PRODUCERS) {
      const seedScores = [];
      for (let seed = range.from; seed <= range.to; seed++) seedScores.push(await scoreGenerated(c, seed, producer, ctx));
      console.log(formatGenerated(`${set} ${range.from}–${range.to}, ${producer}`, generatedTotals(seedScores)));
    }
  }
  await closeProducers();
}
