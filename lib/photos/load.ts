/**
 * The one loader: the content folder read and checked, with each photo
 * probed and each source PDF scanned (both cached by size and change time),
 * and photos drawn as this concern draws them. The check, the build and the
 * bench all load through it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildContent, readSources, type BuildResult, type MediaFile } from '../content';
import { probeMedia, scanSources } from './probe-cache';
import { bodyPhoto } from './picture';

export async function loadContent(dir: string): Promise<BuildResult> {
  const sources = readSources(dir);
  const probes = await probeMedia(path.join(dir, 'media'), sources.media);
  const sourcesDir = path.join(dir, 'sources');
  const sourceFiles: MediaFile[] = sources.sources.map((file) => {
    const st = fs.statSync(path.join(sourcesDir, file));
    return { file, size: st.size, mtimeMs: st.mtimeMs };
  });
  const sourceProblems = await scanSources(sourcesDir, sourceFiles);
  return buildContent({ ...sources, probes, sourceProblems }, { photoView: bodyPhoto });
}
