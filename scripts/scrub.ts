/**
 * `npm run scrub -- <file>…`: removes, in place, what a photo or a PDF says
 * about where and by whom it was made (GPS, camera serials, maker notes, XMP,
 * IPTC, comments; a PDF's embedded photos' metadata, its XMP and /Author).
 * Without files, every photo and PDF under content/media and content/sources
 * that carries any. Prints what it removed and what it kept; changes nothing
 * else (see lib/photos/scrub.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { scrubFile } from '../lib/photos';
import { describe } from '../lib/privacy';
import { UsageError, contentDir, run } from './editor-cli';

const USAGE = 'usage: npm run scrub -- [content/media/<edition>/<photo> | content/sources/<file>.pdf]…';

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((d) => d.isFile() && !d.name.startsWith('.') && d.name !== 'README.md' && !d.name.endsWith('.txt'))
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
}

run('scrub', async () => {
  const args = process.argv.slice(2);
  if (args.includes('--help')) {
    console.log(USAGE);
    return;
  }
  const named = args.length > 0;
  const files = named ? args : [...filesUnder(path.join(contentDir(), 'media')), ...filesUnder(path.join(contentDir(), 'sources'))];
  let cleaned = 0;
  for (const file of files) {
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new UsageError(`cannot find the file "${file}"\n${USAGE}`);
    const rel = path.relative(process.cwd(), file);
    const scrubbed = await scrubFile(new Uint8Array(fs.readFileSync(file)));
    if (!scrubbed) {
      if (named) throw new UsageError(`${rel} is neither a photo the site takes (JPEG, PNG, WebP, AVIF, TIFF, GIF) nor a PDF`);
      continue;
    }
    if (scrubbed.how === 'unchanged') {
      if (named) console.log(`${rel}: nothing to remove`);
      continue;
    }
    fs.writeFileSync(file, scrubbed.bytes);
    cleaned++;
    const kept = scrubbed.how === 're-encoded' ? 'written again losslessly, upright, with its colour profile' : 'the picture untouched; orientation and colour profile kept';
    console.log(`${rel}: removed ${describe(scrubbed.removed)} (${kept})`);
  }
  if (!named) console.log(`npm run scrub: ${cleaned} of ${files.length} files cleaned`);
});
