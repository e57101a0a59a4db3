/**
 * The shards of a split build (SITE_SHARD=i/n, lib/publish/shard.ts) into one
 * site folder: every file of every shard, once. Pages every shard builds
 * (home, listings, feeds) must be the same bytes in each; where two shards
 * disagree the merge stops and names the files, since one of them is stale
 * (built from other content or other code).
 */
import fs from 'node:fs';
import path from 'node:path';

export interface Merged {
  files: number;
  /** Files more than one shard built (and built alike). */
  shared: number;
}

export function mergeShards(shardDirs: readonly string[], outDir: string): Merged {
  if (shardDirs.length === 0) throw new Error('no shard folders to merge');
  if (fs.existsSync(outDir)) throw new Error(`${outDir} exists: merge into a new folder`);
  const conflicts: string[] = [];
  let files = 0;
  let shared = 0;
  for (const shard of shardDirs) {
    if (!fs.existsSync(path.join(shard, 'index.html'))) throw new Error(`${shard} holds no built shard (no index.html)`);
    for (const entry of fs.readdirSync(shard, { recursive: true, withFileTypes: true })) {
      const rel = path.relative(shard, path.join(entry.parentPath, entry.name));
      const dest = path.join(outDir, rel);
      if (entry.isDirectory()) {
        fs.mkdirSync(dest, { recursive: true });
        continue;
      }
      if (!entry.isFile()) continue;
      const src = path.join(shard, rel);
      if (fs.existsSync(dest)) {
        shared++;
        if (!fs.readFileSync(dest).equals(fs.readFileSync(src))) conflicts.push(rel);
        continue;
      }
      fs.mkdirSync(path.dirname(dest), { recursive: true });
      fs.copyFileSync(src, dest);
      files++;
    }
  }
  if (conflicts.length) {
    throw new Error(`the shards disagree on ${conflicts.length} file${conflicts.length === 1 ? '' : 's'} (${conflicts.slice(0, 5).join(', ')}${conflicts.length > 5 ? ', …' : ''}): build every shard from the same commit`);
  }
  return { files, shared };
}
