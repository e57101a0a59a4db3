/**
 * Synthetic corpora for benchmarks: N launch-sized editions made by re-dating
 * the five launch editions (each keeps its street, articles and awards, so the
 * corpus exercises every path the real content does).
 */
import fs from 'node:fs';
import path from 'node:path';
import { readSources } from '../lib/content';
import { normaliseText } from '../lib/edition';

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
