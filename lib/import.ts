/**
 * `npm run import`: text copied out of a printed edition (lines broken across
 * columns, captions of lost photos between sentences, stray spaces in Chinese)
 * turned into a draft edition in the content format.
 *
 * The importer is a pure function: text in, draft and notes out. It decides
 * what every line is from the line itself (length, closing punctuation,
 * bylines, QR prompts, award levels, names from the gazetteer) and from the
 * lines around it (how many blank lines precede it: photos leave gaps; what
 * follows it: a headline is followed by text). Where it is unsure it says so
 * in the draft, on a line starting with IMPORT_FLAG that the check refuses
 * until an editor has looked, and in the notes. It never drops text: what
 * does not belong in the body (the masthead, a credit's brackets, a repaired
 * misread) is in the notes, and `unaccounted` proves it.
 */
import type { AwardCatalogue } from './awards';
import type { Gazetteer } from './gazetteer';
import { IMPORT_FLAG, PLACEHOLDER, normaliseText } from './edition';
import type { AwardProgramme, Extra } from './schema';

export interface ImportOptions {
  streetId: string;
  date: string;
  /** The input's file name, recorded as the edition's `source`. */
  source?: string;
  gazetteer: Gazetteer;
  catalogue: AwardCatalogue;
}

export type NoteKind = 'flag' | 'repair' | 'furniture' | 'join' | 'info';

export interface ImportNote {
  kind: NoteKind;
  /** Line of the input the note is about (1-based). */
  sourceLine: number;
  /** Line of the draft, for flags (filled in once the draft is complete). */
  draftLine?: number;
  message: string;
}

export interface ImportStats {
  articles: number;
  sections: number;
  captions: number;
  subheadings: number;
  awards: number;
  joins: number;
  spacesRemoved: number;
  repairs: number;
  flags: number;
}

export interface ImportResult {
  markdown: string;
  notes: ImportNote[];
  stats: ImportStats;
}

/** Column headings the papers print; a line that is exactly one of these starts a section. */
export const SECTION_NAMES = ['要闻', '居民区', '社区扫描', '社区动态', '街道动态', '社区新闻', '党建园地', '综合新闻', '文化', '民生'];
/** Headings printed inside an article. */
const KNOWN_SUBHEADINGS = ['编者按', '经验启示', '光荣榜', '记者手记', '相关链接', '链接', '背景'];
/** A headline or caption is short; a line longer than this is text. */
const SHORT_MAX = 34;

const HAN = /\p{Script=Han}/u;
/** Closing punctuation of a sentence, possibly followed by closing quotes or brackets. */
const SENTENCE_END = /[。！？!?…；;][”’」』"'）)]*$/u;
/** A paragraph that ends with its source in brackets after the last sentence: …压力。(社区发展办) */
const INLINE_CREDIT = /[。！？!?][”’」』"']?[（(][^（）()]{2,20}[)）]$/u;
const isClosed = (t: string) => SENTENCE_END.test(t) || INLINE_CREDIT.test(t);
const BYLINE = /^(?:[□■◇◆]|(?:本报)?(?:记者|通讯员|撰稿|摄影|文\s*[/／：:]))/u;
const CREDIT = /^[（(]([^（）()]{2,20})[)）]$/u;
const QR = /扫码|二维码|公众号|关注“/u;
const SLOGAN = /^(?:\S\s*\/\s*){3,}\S$/u;
const PUBLISHER = /联合出版$/u;
const ABOUT = /^社区晨报是/u;
const ROLL = /榜单|光荣榜|名单/u;
const ORG = /(?:党总支|党支部|党委|党组|居民区|居委会|公司|集团|中心)$/u;
const MD_HEADING = /^(#{1,6})\s+(.*)$/u;
const LIST_ITEM = /^[-*•·]\s+(.*)$/u;
/** Words that follow 一 and that extraction turns into "-": 一股, 一个, 一批… */
const AFTER_YI = new Set([...'股个批次种些起直定样步般年天位支名件场系同道片条项份度']);

type Kind = 'heading' | 'list' | 'byline' | 'credit' | 'qr' | 'slogan' | 'publisher' | 'masthead' | 'about' | 'section' | 'subheading' | 'body' | 'short';
type Role = 'caption' | 'title' | 'kicker' | 'subtitle' | 'subheading' | 'rollheading' | 'award' | 'body';

interface Item {
  line: number;
  /** Blank lines before this one. */
  gap: number;
  text: string;
  kind: Kind;
  level?: number;
  role?: Role;
  /** Why the role is a guess, when it is. */
  doubt?: string;
}

/**
 * A headline or caption: short, or a little longer when it is phrases set
 * apart by spaces (the way papers set 引题 and 主题 on one line).
 */
const isShortText = (t: string) => {
  const n = [...t].length;
  // Headlines and captions do not end in the middle of a sentence.
  if (SENTENCE_END.test(t) || /[,，、；;：:]$/u.test(t)) return false;
  // A headline with a comma is short (汇集志愿力量,引领文明时尚); a longer line with one is a broken sentence.
  if (/[,，]/u.test(t) && n > 18) return false;
  return n <= SHORT_MAX || (n <= 60 && / /.test(t) && !/[,，;；。]/u.test(t));
};
/** A line that is only the name of an organisation: 陶家宅居民区党总支. */
const isOrgName = (t: string) => ORG.test(t) && !/ /.test(t) && [...t].length <= 30;
const OPEN_END = '这一段没有句末标点，后面也没有能接上的文字：原文可能缺了一部分，或接续的文字在别处。请对照原报；确实缺失时在段末写〔原文缺失〕';
/** Above this, a headline of phrases set apart by spaces is read as 引题 + 主题. */
const LONG_TITLE = 30;

function classify(text: string, level?: number): Kind {
  if (level !== undefined) return 'heading';
  if (LIST_ITEM.test(text)) return 'list';
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

/** Lines of the input with their gaps; consecutive QR-prompt lines become one. */
function readItems(text: string): Item[] {
  const items: Item[] = [];
  let gap = 0;
  normaliseText(text)
    .split('\n')
    .forEach((raw, i) => {
      const trimmed = raw.replace(/[\u00A0\u3000\t]/g, ' ').replace(/ {2,}/g, ' ').trim();
      if (!trimmed) {
        gap++;
        return;
      }
      const md = MD_HEADING.exec(trimmed);
      const item: Item = { line: i + 1, gap, text: md ? md[2].trim() : trimmed, kind: 'body', level: md ? md[1].length : undefined };
      item.kind = classify(item.text, item.level);
      const prev = items[items.length - 1];
      // A short line set with the paper's own blurb or QR prompts is furniture too (a slogan).
      if (prev && (prev.kind === 'about' || prev.kind === 'qr') && (item.kind === 'short' || item.kind === 'body') && [...item.text].length <= 20) {
        item.kind = 'slogan';
        item.doubt = '与版面文字排在一起的短句，按报头语处理';
      }
      if (prev && prev.kind === 'qr' && gap === 0 && [...item.text].length <= 30 && !SENTENCE_END.test(item.text)) {
        prev.text = joinCjk(prev.text, item.text);
      } else items.push(item);
      gap = 0;
    });
  return items;
}

/** Joins two pieces of text: no space between Chinese, one between Latin words. */
export function joinCjk(a: string, b: string): string {
  const last = a.slice(-1);
  const first = b.slice(0, 1);
  return /[A-Za-z0-9]/.test(last) && /[A-Za-z0-9]/.test(first) ? `${a} ${b}` : `${a}${b}`;
}

/** Characters a space inside Chinese text sits between. */
const CJK_CONTEXT = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF“”‘’"'(),.;:!?、…—]/u;

/** Spaces inside Chinese text: between two CJK-context characters, at least one of them Han. */
export function cjkSpaces(text: string): number[] {
  const at: number[] = [];
  const chars = [...text];
  for (let i = 1; i < chars.length - 1; i++) {
    if (chars[i] !== ' ') continue;
    const a = chars[i - 1];
    const b = chars[i + 1];
    if (CJK_CONTEXT.test(a) && CJK_CONTEXT.test(b) && (HAN.test(a) || HAN.test(b))) at.push(i);
  }
  return at;
}

function removeAt(text: string, at: readonly number[]): string {
  const drop = new Set(at);
  return [...text].filter((_, i) => !drop.has(i)).join('');
}

/** The programme a heading names by its quoted name (“金银奖”, “五星奖”). */
function programmeNamed(text: string, programmes: readonly AwardProgramme[]): AwardProgramme | undefined {
  return programmes.find((p) => {
    const quoted = [...p.name.matchAll(/“([^”]+)”/g)].map((m) => m[1]);
    const key = quoted[quoted.length - 1] ?? p.name;
    return text.includes(key);
  });
}

export function importText(input: string, opts: ImportOptions): ImportResult {
  const { gazetteer, catalogue } = opts;
  const notes: ImportNote[] = [];
  const note = (kind: NoteKind, sourceLine: number, message: string) => notes.push({ kind, sourceLine, message });
  const items = readItems(input);
  const residences = gazetteer.residences.filter((r) => r.streetId === opts.streetId);
  const placeNames = residences.flatMap((r) => r.matchTerms).filter((n) => n.length >= 2);
  const startsWithPlace = (t: string) => placeNames.some((n) => t.startsWith(n));

  // --- 1. what each line is --------------------------------------------------
  const significant = (from: number): number => {
    let j = from;
    while (j < items.length && (items[j].role === 'caption' || items[j].kind === 'byline' || (items[j].kind === 'short' && items[j].gap >= 2 && j !== 0))) j++;
    return j;
  };
  const leadsToText = (j: number): boolean => {
    const k = significant(j);
    const it = items[k];
    return it !== undefined && (it.kind === 'body' || it.kind === 'subheading' || it.kind === 'list');
  };
  let inRoll = false;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    const prev = items[i - 1];
    if (it.kind === 'heading') {
      inRoll = false;
      if (SECTION_NAMES.includes(it.text)) it.kind = 'section';
      else if (awardLevel(it.text, catalogue.programmes)) it.role = 'award';
      else if (it.level === 1 || it.level === 4 || !items.slice(0, i).some((x) => x.role === 'title')) it.role = 'title';
      else if (prev?.role === 'title' && prev.kind === 'heading') it.role = 'subtitle';
      else it.role = 'subheading';
      continue;
    }
    if (it.kind === 'list') {
      // An honour roll when it names a level or follows a roll's heading; any other list stays a list.
      const text = LIST_ITEM.exec(it.text)?.[1] ?? it.text;
      if (awardLevel(text, catalogue.programmes) || (inRoll && ORG.test(text))) it.role = 'award';
      continue;
    }
    if (it.kind === 'subheading') it.role = 'subheading';
    if (it.kind !== 'short') {
      if (it.kind !== 'byline' && it.kind !== 'credit') inRoll = false;
      continue;
    }
    if (it.role) continue;
    if (inRoll && it.gap <= 1 && ORG.test(it.text)) {
      it.role = 'award';
      continue;
    }
    inRoll = false;
    if (prev?.role === 'award' && prev.kind === 'list' && it.gap === 0) {
      // A name under a list with no marker: the list item continues (extraction lost the dash).
      it.role = 'award';
      it.doubt = '列表下方没有“-”的一行，按同一名单的一项处理';
      continue;
    }
    if (ROLL.test(it.text) && programmeNamed(it.text, catalogue.programmes)) {
      it.role = 'rollheading';
      inRoll = true;
      continue;
    }
    if (it.gap >= 2 && i > 0) {
      const next = items[i + 1];
      if (ORG.test(it.text) && next?.kind === 'short' && next.gap <= 1 && leadsToText(i + 2)) {
        it.role = 'kicker';
        it.doubt = '照片说明之后、标题之前的单位名，按引题处理';
      } else it.role = 'caption';
      continue;
    }
    // An organisation's name on its own: the kicker of the article about it (陶家宅居民区党总支),
    // unless text follows directly, when it is that article's headline.
    if (isOrgName(it.text) && (!leadsToText(i + 1) || items[significant(i + 1)]?.kind === 'subheading')) {
      it.role = 'kicker';
      it.doubt = '单位名单独一行，按下一篇文章的引题处理';
      continue;
    }
    if (leadsToText(i + 1)) {
      it.role = 'title';
      continue;
    }
    const j = significant(i + 1);
    const next = items[j];
    if (next?.kind === 'short' && next.gap <= 1 && leadsToText(j + 1)) {
      const [a, b] = [[...it.text].length, [...next.text].length];
      if (a >= b) {
        it.role = 'title';
        next.role = 'subtitle';
      } else {
        it.role = 'kicker';
        next.role = 'title';
      }
      continue;
    }
    it.role = 'caption';
    it.doubt = '短行后面没有正文，按照片说明处理';
  }

  // A title inside an article may be a subheading of it: a new article
  // starts after a section, at a place name of this street, or with a byline.
  let articleOpen = false;
  let afterSection = true;
  let pendingKicker = false;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (it.kind === 'section') {
      afterSection = true;
      articleOpen = false;
      continue;
    }
    if (it.role === 'kicker') {
      pendingKicker = true;
      continue;
    }
    if (it.role === 'title') {
      const byline = items[significant(i + 1) - 1]?.kind === 'byline' || items[i + 1]?.kind === 'byline';
      const kicked = pendingKicker || items[i + 1]?.role === 'subtitle';
      pendingKicker = false;
      if (articleOpen && it.kind === 'short' && !afterSection && !startsWithPlace(it.text) && !byline && !kicked) {
        it.role = 'subheading';
        it.doubt = '按文中小标题处理；如果这里是一篇新文章，把“###”改成“##”';
      }
      articleOpen = true;
      afterSection = false;
      continue;
    }
    if (it.kind === 'body' || it.role === 'award' || it.role === 'rollheading') {
      articleOpen = true;
      afterSection = false;
    }
  }

  // --- 2. the draft ---------------------------------------------------------
  const out: string[] = [];
  const extras: Extra[] = [];
  let publisher: string | undefined;
  const stats: ImportStats = { articles: 0, sections: 0, captions: 0, subheadings: 0, awards: 0, joins: 0, spacesRemoved: 0, repairs: 0, flags: 0 };
  let article: { bodyStarted: boolean; text: string[]; title: string } | undefined;
  let openPara: number | undefined;
  let paraLine = 0;
  let held: Item[] = [];
  let kicker: Item | undefined;
  let lastLevel: { programme: AwardProgramme; level: string } | undefined;
  let rollProgramme: AwardProgramme | undefined;
  let rollText = '';

  /** A flag line in the draft (at the end, or above the paragraph at `at`) and its note. */
  const flag = (sourceLine: number, message: string, at = out.length) => {
    out.splice(at, 0, `${IMPORT_FLAG}】原文第${sourceLine}行：${message}`);
    note('flag', sourceLine, message);
  };
  const figure = (it: Item) => {
    ensureArticle(it);
    out.push('', `@图 ${it.text}`);
    stats.captions++;
    if (it.doubt) flag(it.line, it.doubt);
  };
  const flushHeld = () => {
    const h = held;
    held = [];
    h.forEach(figure);
  };
  const closePara = () => {
    if (openPara !== undefined && !isClosed(out[openPara]) && !/[:：]$/u.test(out[openPara])) {
      // Nothing continued it: the rest of the sentence is missing from the text, or sits elsewhere.
      flag(paraLine, OPEN_END, openPara);
    }
    openPara = undefined;
    flushHeld();
  };
  const startArticle = (title: string) => {
    out.push('', `## ${title}`);
    article = { bodyStarted: false, text: [], title };
    stats.articles++;
    if (kicker) {
      out.push(`@引题 ${kicker.text}`);
      if (kicker.doubt) flag(kicker.line, kicker.doubt);
      kicker = undefined;
    }
  };
  function ensureArticle(it: Item) {
    if (article) return;
    startArticle(`${PLACEHOLDER}标题】`);
    flag(it.line, '这段文字前面没有找到标题：请填写标题，或把它移到它所属的文章里');
  }
  // Stray spaces come from column-wrapping, all through a file or not at all:
  // many of them mean every one is damage; one or two may be meant.
  const spaceDamage = items.filter((x) => x.kind === 'body').reduce((n, x) => n + cjkSpaces(x.text).length, 0) >= 5;
  const paragraph = (it: Item): string => {
    let text = it.text;
    const spaces = cjkSpaces(text);
    if (spaces.length && spaceDamage) {
      text = removeAt(text, spaces);
      stats.spacesRemoved += spaces.length;
    } else if (spaces.length) {
      const chars = [...text];
      const shown = spaces.map((at) => `“${chars.slice(Math.max(0, at - 4), at + 5).join('')}”`).join('、');
      it.doubt = `保留了中文之间的空格（${shown}）：如果是提取造成的，删去它`;
    }
    text = text.replace(/(^|[\p{Script=Han}，。,；;：:])-(?=(\p{Script=Han}))/gu, (m, before: string, after: string) => {
      if (AFTER_YI.has(after)) {
        stats.repairs++;
        note('repair', it.line, `“-${after}”改为“一${after}”（“一”被误识别为“-”）`);
        return `${before}一`;
      }
      it.doubt = `“-${after}”中的“-”可能是误识别的“一”，请对照原报`;
      return m;
    });
    return text;
  };

  for (const it of items) {
    switch (it.kind) {
      case 'section':
        closePara();
        out.push('', `# ${it.text}`);
        article = undefined;
        stats.sections++;
        continue;
      case 'masthead':
        note('furniture', it.line, `报头“${it.text}”：网站有自己的报头，未放入草稿`);
        continue;
      case 'publisher':
        if (publisher) note('furniture', it.line, `出版单位又出现一次：“${it.text}”`);
        publisher ??= it.text;
        note('furniture', it.line, `出版单位“${it.text}”放入文件头 publisher`);
        continue;
      case 'qr':
      case 'slogan':
      case 'about':
        extras.push({ kind: it.kind, text: it.kind === 'about' ? paragraph(it) : it.text });
        note('furniture', it.line, `版面文字“${it.text}”放入文件头 extras（${it.kind}）${it.doubt ? `：${it.doubt}` : ''}`);
        continue;
      case 'credit': {
        closePara();
        const inner = CREDIT.exec(it.text)?.[1] ?? it.text;
        ensureArticle(it);
        out.push('', `@来源 ${inner}`);
        note('info', it.line, `文末来源“${it.text}”写作 @来源 ${inner}（网页上显示括号）`);
        continue;
      }
      case 'byline':
        if (article && !article.bodyStarted) out.push(`@作者 ${it.text}`);
        else {
          closePara();
          ensureArticle(it);
          out.push('', it.text);
          flag(it.line, '署名出现在正文中间，原样保留为一段：如果它属于下一篇文章，移到那篇的“@作者”');
        }
        continue;
      case 'list':
        if (it.role === 'award') break;
        closePara();
        ensureArticle(it);
        markBody();
        out.push(...((out[out.length - 1] ?? '').startsWith('- ') ? [] : ['']), it.text.replace(LIST_ITEM, '- $1'));
        continue;
      default:
        break;
    }
    switch (it.role) {
      case 'caption':
        // Held while a sentence may continue, or until the headline's fields are complete.
        if (openPara !== undefined || (article && !article.bodyStarted)) held.push(it);
        else figure(it);
        continue;
      case 'kicker':
        closePara();
        kicker = it;
        continue;
      case 'title': {
        closePara();
        const cut = it.text.lastIndexOf(' ');
        if (it.kind === 'short' && !kicker && [...it.text].length > LONG_TITLE && cut > 0) {
          kicker = { ...it, text: it.text.slice(0, cut), doubt: `这一行较长，最后一个空格前按引题、后按标题处理：“${it.text}”` };
          startArticle(it.text.slice(cut + 1));
        } else startArticle(it.text);
        if (it.doubt) flag(it.line, it.doubt);
        continue;
      }
      case 'subtitle':
        if (article && !article.bodyStarted) out.push(`@副题 ${it.text}`);
        else {
          closePara();
          out.push('', `### ${it.text}`);
          stats.subheadings++;
        }
        continue;
      case 'subheading':
      case 'rollheading':
        closePara();
        ensureArticle(it);
        markBody();
        if (it.doubt) flag(it.line, it.doubt);
        out.push('', `### ${it.text}`);
        stats.subheadings++;
        if (it.role === 'rollheading') {
          rollProgramme = programmeNamed(it.text, catalogue.programmes);
          rollText = it.text;
          lastLevel = undefined;
        }
        continue;
      case 'award': {
        closePara();
        ensureArticle(it);
        markBody();
        const isHeading = it.kind === 'heading';
        const text = isHeading ? it.text : (LIST_ITEM.exec(it.text)?.[1] ?? it.text);
        const marker = awardMarker(it, text);
        const prevLine = out[out.length - 1] ?? '';
        if (it.doubt) flag(it.line, it.doubt);
        if (isHeading) out.push('', `### ${text}${marker}`);
        else out.push(...(prevLine.startsWith('- ') ? [] : ['']), `- ${text}${marker}`);
        if (isHeading) stats.subheadings++;
        continue;
      }
      default:
        break;
    }
    // Text.
    const text = paragraph(it);
    if (openPara !== undefined && !isClosed(out[openPara])) {
      out[openPara] = joinCjk(out[openPara], text);
      stats.joins++;
      note('join', it.line, `接在上一段后面（上一段没有句末标点${held.length ? `，中间的照片说明移到段后` : ''}）`);
    } else {
      closePara();
      ensureArticle(it);
      markBody();
      out.push('');
      if (it.doubt) {
        flag(it.line, it.doubt);
        it.doubt = undefined;
      }
      out.push(text);
      openPara = out.length - 1;
      paraLine = it.line;
    }
    if (it.doubt) {
      // A doubt found in a line that was joined to the paragraph above: flag above that paragraph.
      flag(it.line, it.doubt, openPara);
      openPara++;
    }
    article?.text.push(text);
    if (isClosed(out[openPara])) closePara();
  }
  closePara();

  function markBody() {
    if (article) article.bodyStarted = true;
  }

  function awardMarker(it: Item, text: string): string {
    const found = awardLevel(text, catalogue.programmes);
    const context = [rollText, article?.title ?? '', ...(article?.text ?? [])].join('\n');
    let programme = found?.programme ?? rollProgramme ?? programmeNamed(context, catalogue.programmes);
    let level = found?.level;
    let inherited = false;
    if (!level && lastLevel && (!programme || lastLevel.programme === programme)) {
      level = lastLevel.level;
      programme = lastLevel.programme;
      inherited = programme.levels.length > 1;
    }
    if (!level && programme?.levels.length === 1) level = programme.levels[0];
    if (!programme || !level) {
      const why = '这一项看来是获奖名单，但认不出奖项或等级：请按 content/README.md 写上 {奖=轮次}，或删去这一行';
      flag(it.line, why);
      return '';
    }
    lastLevel = { programme, level };
    const named = programme.rounds.filter((r) => context.includes(r.label));
    const round = named.length === 1 ? named[0] : [...programme.rounds].sort((a, b) => b.round - a.round)[0];
    if (!round) {
      flag(it.line, `奖项表里“${programme.name}”还没有轮次：先在 content/awards.yml 里加上`);
      return '';
    }
    if (named.length !== 1) flag(it.line, `文中没有写明是第几轮“${programme.name}”，按最近的${round.label}处理`);
    if (inherited) flag(it.line, `这一项没有印等级，按上一项的“${level}”处理`);
    stats.awards++;
    return inherited ? ` {奖=${round.id} 等级=${level}}` : ` {奖=${round.id}}`;
  }

  // --- 3. front matter and line numbers ----------------------------------------
  const front = ['---', `street: ${opts.streetId}`, `date: ${opts.date}`];
  if (publisher) front.push(`publisher: ${JSON.stringify(publisher)}`);
  if (extras.length) {
    front.push('extras:');
    for (const x of extras) front.push(`  - kind: ${x.kind}`, `    text: ${JSON.stringify(x.text)}`);
  }
  if (opts.source) front.push(`source: ${JSON.stringify(opts.source)}`);
  front.push('---');
  const body = out.join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '');
  const markdown = `${front.join('\n')}\n\n${body}\n`;

  // Each flag's line in the draft, in order.
  const flagLines = markdown
    .split('\n')
    .map((l, i) => (l.startsWith(IMPORT_FLAG) ? i + 1 : 0))
    .filter(Boolean);
  let f = 0;
  for (const n of notes) if (n.kind === 'flag') n.draftLine = flagLines[f++];
  stats.flags = flagLines.length;
  const named = residences.filter((r) => r.matchTerms.some((t) => input.includes(t)));
  if (named.length) note('info', 0, `文中提到的本街道居民区（网页上会自动链接到各居民区页面）：${named.map((r) => r.fullName ?? r.name).join('、')}`);
  const latest = latestDate(input);
  if (latest) note('info', 0, `文中最晚的日期是“${latest}”：如果报上没有印出版日期，在文件头写 inferred: { date: 推定理由 }`);
  return { markdown, notes, stats };
}

/** The award level a line starts with (金奖标兵 before 金奖), and its programme. */
function awardLevel(text: string, programmes: readonly AwardProgramme[]): { programme: AwardProgramme; level: string } | undefined {
  const levels = programmes.flatMap((p) => p.levels.map((level) => ({ programme: p, level }))).sort((a, b) => b.level.length - a.level.length);
  return levels.find(({ level }) => text.startsWith(level) && /^[:：\s]/u.test(text.slice(level.length)) && text.slice(level.length).trim().replace(/^[:：]\s*/u, '').length > 0);
}

/** The latest "M月D日" the text mentions, as printed. */
function latestDate(text: string): string | undefined {
  let best: { m: number; d: number; s: string } | undefined;
  for (const m of text.matchAll(/(\d{1,2})月(\d{1,2})日/g)) {
    const v = { m: Number(m[1]), d: Number(m[2]), s: m[0] };
    if (!best || v.m > best.m || (v.m === best.m && v.d > best.d)) best = v;
  }
  return best?.s;
}

/**
 * Non-space characters of the input that appear neither in the draft nor in
 * the notes: a multiset difference. Empty when nothing was dropped.
 */
export function unaccounted(input: string, result: Pick<ImportResult, 'markdown' | 'notes'>): string[] {
  const count = new Map<string, number>();
  for (const ch of result.markdown + result.notes.map((n) => n.message).join('')) count.set(ch, (count.get(ch) ?? 0) + 1);
  const missing: string[] = [];
  // Heading marks and list dashes are structure, which the draft writes as structure.
  const text = normaliseText(input)
    .split('\n')
    .map((l) => l.trim().replace(/^#{1,6}\s+/u, '').replace(LIST_ITEM, '$1'))
    .join('\n');
  for (const ch of text) {
    if (/\s/u.test(ch) || ch === '\uFEFF') continue;
    const n = count.get(ch) ?? 0;
    if (n > 0) count.set(ch, n - 1);
    else missing.push(ch);
  }
  return missing;
}

/** The notes as a short report for the terminal. */
export function formatReport(result: ImportResult, draftPath: string): string {
  const s = result.stats;
  const lines = [
    `${draftPath}: ${s.articles} 篇文章, ${s.sections} 个栏目, ${s.subheadings} 个小标题, ${s.captions} 个图片说明, ${s.awards} 个奖项`,
    `  接上断行 ${s.joins} 处, 删去中文之间的空格 ${s.spacesRemoved} 个, 修正误识别 ${s.repairs} 处, 存疑 ${s.flags} 处`,
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
