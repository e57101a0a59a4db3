/**
 * The one loader: the content folder read and checked, with each photo
 * probed (cached by size and change time) and drawn as this concern draws
 * photos. The check, the build and the bench all load through it.
 */
import path from 'node:path';
import { buildContent, readSources, type BuildResult } from '../content';
import { probeMedia } from './probe-cache';
import { bodyPhoto } from './picture';

export async function loadContent(dir: string): Promise<BuildResult> {
  const sources = readSources(dir);
  const probes = await probeMedia(path.join(dir, 'media'), sources.media);
  return buildContent({ ...sources, probes }, { photoView: bodyPhoto });
}
