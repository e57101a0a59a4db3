/** Stable ASCII ids from Chinese names, by pinyin. */
import { pinyin } from 'pinyin-pro';

/**
 * 仙霞街道 → xianxia (suffix 街道 dropped), 长宁区 → changning.
 * Only letters and digits survive; runs of anything else become one hyphen.
 */
export function pinyinId(name: string, dropSuffixes: readonly string[] = []): string {
  let base = name.trim();
  for (const suffix of dropSuffixes) {
    if (base.length > suffix.length && base.endsWith(suffix)) {
      base = base.slice(0, -suffix.length);
      break;
    }
  }
  const syllables = pinyin(base, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  return syllables
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** First letters only, for long organisation names: 上海精益电器厂有限公司党委 → shjydqcyxgsdw. */
export function pinyinInitials(name: string): string {
  return pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}
