/**
 * Synthetic corpora for benchmarks: N launch-sized editions made by re-dating
 * the five launch editions (each keeps its street, articles and awards, so the
 * corpus exercises every path the real content does).
 */
import fs from 'node:fs';
import path from 'node:path';
import { readSources, normaliseText } from '../lib/content';

export function makeCorpus(contentDir: string, outDir: string, editions: number): string {
  const sources = readSources(contentDir);
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(path.join(outDir, 'editions'), { recursive: true });
  fs.copyFileSync(path.join(contentDir, 'gazetteer.yml'), path.join(outDir, 'gazetteer.yml'));
  fs.copyFileSync(path.join(contentDir, 'awards.yml'), path.join(outDir, 'awards.yml'));
  // The editions name their provenance, which the check requires to be present.
  fs.cpSync(path.join(contentDir, 'sources'), path.join(outDir, 'sources'), { recursive: true });
  const start = Date.UTC(2000, 0, 1);
  for (let i = 0; i < editions; i++) {
    const template = normaliseText(sources.editions[i % sources.editions.length].text);
    const date = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
    const text = template.replace(/^date: .*$/m, `date: ${date}`);
    fs.writeFileSync(path.join(outDir, 'editions', `${String(i).padStart(5, '0')}.md`), text);
  }
  return outDir;
}

/**
 * Gives a corpus `perEdition` photos in each edition: every caption-only
 * figure names a photo, and further figures go after paragraphs until the
 * edition has its share. Each photo is a distinct synthetic scene of `width`
 * pixels (distinct bytes, so each is encoded and published on its own), made
 * once and kept in `poolDir` between runs.
 */
export async function addPhotos(corpusDir: string, perEdition: number, width: number, poolDir: string): Promise<number> {
  const { syntheticPhoto } = await import('./synthetic-photo');
  fs.mkdirSync(poolDir, { recursive: true });
  const editionsDir = path.join(corpusDir, 'editions');
  let n = 0;
  for (const file of fs.readdirSync(editionsDir).sort()) {
    const text = fs.readFileSync(path.join(editionsDir, file), 'utf8');
    const id = `${/^date: (.*)$/m.exec(text)?.[1]}-${/^street: (.*)$/m.exec(text)?.[1]}`;
    const lines = text.split('\n');
    let given = 0;
    const photoName = () => `p${String(n + given).padStart(6, '0')}.jpg`;
    const out: string[] = [];
    let body = false;
    for (const line of lines) {
      if (/^## /.test(line)) body = true;
      if (given < perEdition && /^@图 /.test(line)) {
        out.push(`@图 ${photoName()} ${line.slice(3)}`);
        given++;
        continue;
      }
      out.push(line);
      // After a paragraph of running text, another photo, while the edition needs more.
      if (body && given < perEdition && /^[^@#\-\s{].{40,}/.test(line)) {
        out.push('', `@图 ${photoName()} 合成示例照片`);
        given++;
      }
    }
    fs.writeFileSync(path.join(editionsDir, file), out.join('\n'));
    const media = path.join(corpusDir, 'media', id);
    fs.mkdirSync(media, { recursive: true });
    for (let i = 0; i < given; i++) {
      const name = `p${String(n + i).padStart(6, '0')}.jpg`;
      const pooled = path.join(poolDir, `${width}-${name}`);
      if (!fs.existsSync(pooled)) await (await syntheticPhoto(width, Math.round((width * 2) / 3), n + i)).jpeg({ quality: 82, mozjpeg: true }).toFile(pooled);
      fs.linkSync(pooled, path.join(media, name));
    }
    n += given;
  }
  return n;
}
