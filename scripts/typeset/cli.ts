/**
 * `npx tsx scripts/typeset/cli.ts <edition id> <seed> [chromium|typst] [out.pdf]`: one launch
 * edition composed at random from the seed (./modules.ts) and printed by a producer, with its
 * key beside it (out.json). Without an output, writes under bench-corpus/typeset/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadContent } from '../../lib/photos';
import { editionText } from './edition-text';
import { compose } from './modules';
import { closeProducers, producePdf, type Producer } from './produce';

const [id, seedArg, producerArg, outArg] = process.argv.slice(2);
const c = (await loadContent(path.resolve('content'))).content;
const e = c?.editions.find((x) => x.id === id);
if (!c || !e) throw new Error(`usage: tsx scripts/typeset/cli.ts <edition id> <seed> [chromium|typst] [out.pdf]; editions: ${c?.editions.map((x) => x.id).join(', ')}`);
const seed = Number(seedArg ?? 1);
const producer = (producerArg ?? 'chromium') as Producer;
const { pages, key } = compose(editionText(c, e, fs.readFileSync(path.resolve(e.path), 'utf8')), seed);
const out = outArg ?? path.resolve('bench-corpus', 'typeset', `${id}-${seed}-${producer}.pdf`);
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, await producePdf(producer, pages, seed));
fs.writeFileSync(out.replace(/\.pdf$/, '.json'), `${JSON.stringify(key, null, 2)}\n`);
await closeProducers();
console.log(`${path.relative(process.cwd(), out)}: ${pages.length} pages, ${key.style.paper} ${key.style.columns} columns, ${key.figures.length} photos, ${key.jumps.length} jumps`);
