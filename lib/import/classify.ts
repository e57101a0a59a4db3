/**
 * What a block of text is on its own: a byline, a QR prompt, a section name,
 * an organisation's name, a short line (headline or caption) or running text.
 * Patterns the five launch papers print; a block's place among the others is
 * decided in ./roles.ts.
 */
import type { AwardProgramme } from '../content';
import type { Kind } from './types';

/** Column headings the papers print; a line that is exactly one of these starts a section. */
export const SECTION_NAMES = ['要闻', '居民区', '社区扫描', '社区动态', '街道动态', '社区新闻', '党建园地', '综合新闻', '文化', '民生'];
/** Headings printed inside an article. */
export const KNOWN_SUBHEADINGS = ['编者按', '经验启示', '光荣榜', '记者手记', '相关链接', '链接', '背景'];
/** A headline or caption is short; a block longer than this is text. */
const SHORT_MAX = 34;
/** Above this, a headline of phrases set apart by spaces is read as 引题 + 主题. */
export const LONG_TITLE = 30;

/** Closing punctuation of a sentence, possibly followed by closing quotes or brackets. */
export const SENTENCE_END = /[。！？!?…；;][”’」』"'）)]*$/u;
/** A paragraph that ends with its source in brackets after the last sentence: …压力。(社区发展办) */
const INLINE_CREDIT = /[。！？!?][”’」』"']?[（(][^（）()]{2,20}[)）]$/u;
export const isClosed = (t: string) => SENTENCE_END.test(t) || INLINE_CREDIT.test(t);
export const BYLINE = /^(?:[□■◇◆]|(?:本报)?(?:记者|通讯员|撰稿|摄影|文\s*[/／：:]))/u;
export const CREDIT = /^[（(]([^（）()]{2,20})[)）]$/u;
const QR = /扫码|二维码|公众号|关注“/u;
const SLOGAN = /^(?:\S\s*\/\s*){3,}\S$/u;
const PUBLISHER = /联合出版$/u;
const ABOUT = /^社区晨报是/u;
export const ROLL = /榜单|光荣榜|名单/u;
export const ORG = /(?:党总支|党支部|党委|党组|居民区|居委会|公司|集团|中心)$/u;
export const LIST_ITEM = /^[-*•·]\s+(.*)$/u;
/** A numbered item as print sets it (1.党的领导是…, 1．…), bulleted too where extraction added one; not a decimal (2.5万). */
export const ORDERED_ITEM = /^(?:[-*•·]\s+)?(\d{1,2})[.．](?!\d)\s*(\S[\s\S]*)$/u;

/**
 * A headline or caption: short, or a little longer when it is phrases set
 * apart by spaces (the way papers set 引题 and 主题 on one line).
 */
export const isShortText = (t: string) => {
  const n = [...t].length;
  // Headlines and captions do not end in the middle of a sentence.
  if (SENTENCE_END.test(t) || /[,，、；;：:]$/u.test(t)) return false;
  // A headline with a comma is short (汇集志愿力量,引领文明时尚); a longer line with one is a broken sentence.
  if (/[,，]/u.test(t) && n > 18) return false;
  return n <= SHORT_MAX || (n <= 60 && / /.test(t) && !/[,，;；。]/u.test(t));
};
/** A line that is only the name of an organisation: 陶家宅居民区党总支. */
export const isOrgName = (t: string) => ORG.test(t) && !/ /.test(t) && [...t].length <= 30;

export function classify(text: string, level?: number): Kind {
  if (level !== undefined) return 'heading';
  if (LIST_ITEM.test(text) || ORDERED_ITEM.test(text)) return 'list';
  if (SECTION_NAMES.includes(text)) return 'section';
  if (KNOWN_SUBHEADINGS.includes(text)) return 'subheading';
  if (BYLINE.test(text) && [...text].length <= 40) return 'byline';
  if (CREDIT.test(text)) return 'credit';
  if (text === '社区晨报') return 'masthead';
  if (PUBLISHER.test(text) && [...text].length <= 30) return 'publisher';
  if (ABOUT.test(text)) return 'about';
  if (SLOGAN.test(text)) return 'slogan';
  if (QR.test(text) && [...text].length <= 30) return 'qr';
  return isShortText(text) ? 'short' : 'body';
}

/** The award level a line starts with (金奖标兵 before 金奖), and its programme. */
export function awardLevel(text: string, programmes: readonly AwardProgramme[]): { programme: AwardProgramme; level: string } | undefined {
  const levels = programmes.flatMap((p) => p.levels.map((level) => ({ programme: p, level }))).sort((a, b) => b.level.length - a.level.length);
  return levels.find(({ level }) => text.startsWith(level) && /^[:：\s]/u.test(text.slice(level.length)) && text.slice(level.length).trim().replace(/^[:：]\s*/u, '').length > 0);
}

/** The programme a heading names by its quoted name (“金银奖”, “五星奖”). */
export function programmeNamed(text: string, programmes: readonly AwardProgramme[]): AwardProgramme | undefined {
  return programmes.find((p) => {
    const quoted = [...p.name.matchAll(/“([^”]+)”/g)].map((m) => m[1]);
    const key = quoted[quoted.length - 1] ?? p.name;
    return text.includes(key);
  });
}
