/**
 * Stage 5: the report, and the importer's promise kept: every character of
 * the input is in the draft or in the report.
 */
import { normaliseText } from '../content';
import { LIST_ITEM } from './classify';
import { repairRadicals } from './repair';
import type { ImportResult, NoteKind } from './types';

/**
 * A character as the repairs leave it: half-width and full-width forms
 * (，and ,) and a radical and its ideograph (⽇ and 日) are one character
 * here, so a repaired mark is not counted as lost.
 */
function fold(ch: string): string {
  // Radicals first: NFKC would make ⼾ the traditional 戶, where the draft has the 户 a Simplified Chinese font draws.
  return repairRadicals(ch).text.normalize('NFKC');
}

/**
 * Non-space characters of the input that appear neither in the draft nor in
 * the notes: a multiset difference. Empty when nothing was dropped.
 */
export function unaccounted(input: string, result: Pick<ImportResult, 'markdown' | 'notes'>): string[] {
  const count = new Map<string, number>();
  for (const ch of result.markdown + result.notes.map((n) => n.message).join('')) count.set(fold(ch), (count.get(fold(ch)) ?? 0) + 1);
  const missing: string[] = [];
  // Heading marks and list dashes are structure, which the draft writes as structure.
  const text = normaliseText(input)
    .split('\n')
    .map((l) => l.trim().replace(/^#{1,6}\s+/u, '').replace(LIST_ITEM, '$1'))
    .join('\n');
  for (const ch of text) {
    if (/\s/u.test(ch) || ch === '\uFEFF') continue;
    const n = count.get(fold(ch)) ?? 0;
    if (n > 0) count.set(fold(ch), n - 1);
    else missing.push(ch);
  }
  return missing;
}

/** The notes as a short report for the terminal. */
export function formatReport(result: ImportResult, draftPath: string): string {
  const s = result.stats;
  const lines = [
    `${draftPath}: ${s.articles} 篇文章, ${s.sections} 个栏目, ${s.subheadings} 个小标题, ${s.captions} 个图片说明, ${s.awards} 个奖项`,
    `  接上断行 ${s.joins} 处, 删去中文之间的空格 ${s.spacesRemoved} 个, 修正误识别 ${s.repairs} 处, 半角标点改为全角 ${s.punctuation} 处, 部首字改为汉字 ${s.radicals} 处, 存疑 ${s.flags} 处${s.photos ? `, 照片 ${s.photos} 张` : ''}`,
  ];
  const by = (k: NoteKind) => result.notes.filter((n) => n.kind === k);
  if (by('flag').length) {
    lines.push('', '存疑（草稿中以“【导入存疑】”开头的行；核对后删去该行，npm run check 才会通过）：');
    for (const n of by('flag')) lines.push(`  ${draftPath}:${n.draftLine ?? '?'} 原文第${n.sourceLine}行：${n.message}`);
  }
  for (const [k, title] of [['repair', '修正'], ['furniture', '版面文字（不是新闻）'], ['info', '说明']] as const) {
    if (by(k).length) {
      lines.push('', `${title}：`);
      for (const n of by(k)) lines.push(`  ${n.sourceLine ? `原文第${n.sourceLine}行：` : ''}${n.message}`);
    }
  }
  return lines.join('\n');
}
