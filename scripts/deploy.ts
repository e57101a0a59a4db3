/**
 * Puts a built site live on this machine, the way static hosts do it: each
 * build is copied into its own folder under <target>/releases/ (rsync; files
 * that did not change are hard links to the release before, so a release
 * costs only what changed), then <target>/current, the folder nginx serves,
 * is switched to it in one rename. A reader never sees half a site, and the
 * release before stays to go back to (point `current` at it).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { releasesToPrune } from '../lib/publish';

export interface Deployed {
  release: string;
  /** The folder now served. */
  dir: string;
  pruned: string[];
}

function currentRelease(current: string): string | undefined {
  try {
    return path.basename(fs.readlinkSync(current));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    if ((e as NodeJS.ErrnoException).code === 'EINVAL') throw new Error(`${current} is a folder, not a link to a release. Move it aside (it is the site served today) and publish again: the first publish makes ${current} a link`);
    throw e;
  }
}

export function deployRelease(siteDir: string, targetDir: string, name: string, keep = 5): Deployed {
  if (!fs.existsSync(path.join(siteDir, 'index.html'))) throw new Error(`${siteDir} holds no built site (no index.html): nothing was deployed`);
  const releases = path.join(targetDir, 'releases');
  const dest = path.join(releases, name);
  if (fs.existsSync(dest)) throw new Error(`${dest} exists: a release is never written over`);
  fs.mkdirSync(releases, { recursive: true });
  const current = path.join(targetDir, 'current');
  const before = currentRelease(current);
  const linkDest = before && fs.existsSync(path.join(releases, before)) ? [`--link-dest=${path.resolve(releases, before)}`] : [];
  // Every build writes every file anew: only the bytes say what is unchanged (--checksum), and times are not kept,
  // since a file is linked to the release before only where every kept attribute matches.
  const rsync = spawnSync('rsync', ['--recursive', '--links', '--perms', '--checksum', ...linkDest, `${path.resolve(siteDir)}/`, `${dest}/`], { encoding: 'utf8' });
  if (rsync.error) throw new Error(`rsync could not run (${rsync.error.message}): apt-get install rsync`);
  if (rsync.status !== 0) {
    fs.rmSync(dest, { recursive: true, force: true });
    throw new Error(`rsync failed, nothing was switched: ${rsync.stderr.trim()}`);
  }
  // A relative link, so the target folder can be moved or mounted elsewhere; rename(2) replaces `current` at once.
  const next = path.join(targetDir, `.current-${process.pid}`);
  fs.rmSync(next, { force: true });
  fs.symlinkSync(path.join('releases', name), next);
  fs.renameSync(next, current);
  const pruned = releasesToPrune(fs.readdirSync(releases), keep, name);
  for (const old of pruned) fs.rmSync(path.join(releases, old), { recursive: true, force: true });
  return { release: name, dir: dest, pruned };
}
