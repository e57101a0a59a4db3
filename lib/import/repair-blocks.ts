/**
 * The repair that applies to every block before its role is read, photos'
 * captions included: radicals a PDF gives for characters (居⺠区 must read
 * 居民区 to be found). Counted and reported once. Punctuation is repaired in
 * the draft, once broken sentences are whole again, and stray spaces and a
 * misread 一 where each text is written (./draft.ts).
 */
import { repairRadicals } from './repair';
import type { Block, ImportNote, ImportStats } from './types';

export function repairBlocks(blocks: Block[]): { notes: ImportNote[]; stats: Pick<ImportStats, 'radicals'> } {
  let radicals = 0;
  for (const b of blocks) {
    const r = repairRadicals(b.text);
    radicals += r.count;
    b.text = r.text;
  }
  const notes: ImportNote[] = [];
  if (radicals) notes.push({ kind: 'repair', sourceLine: 0, message: `部首字改为它所代表的汉字 ${radicals} 处（PDF 的文字层把“日”“民”等字记成了形状相同的部首 ⽇、⺠，或字形相同的生僻字，如把“胶”记成“㬵”）` });
  return { notes, stats: { radicals } };
}
