/**
 * Stage 4: the draft. Blocks with their roles become the edition file:
 * sections, articles with their fields, paragraphs (a sentence broken across
 * columns is joined, and a caption that fell inside it moves after it),
 * figures, subheadings and honour rolls; furniture goes to the front matter.
 * Every unsure guess is written as a flag line the check refuses, and noted.
 */
import { IMPORT_FLAG, PLACEHOLDER } from '../content';
import type { AwardProgramme, Extra } from '../content';
import { awardLevel, CREDIT, isClosed, LIST_ITEM, LONG_TITLE, programmeNamed } from './classify';
import { cjkSpaces, fullWidthPunctuation, joinCjk, removeAt, repairYi } from './repair';
import type { Block, ImportNote, ImportOptions, ImportResult, ImportStats, NoteKind } from './types';

const OPEN_END = '这一段没有句末标点，后面也没有能接上的文字：原文可能缺了一部分，或接续的文字在别处。请对照原报；确实缺失时在段末写〔原文缺失〕';

/** How a PDF's photo is written into the draft: its file name under the edition's media folder. */
export interface DraftPhoto {
  file: string;
}

/** A printed page, for the regions (数字报): its image's file name and its size in points. */
export interface DraftPage {
  file: string;
  width: number;
  height: number;
}

const REGION_MARK = '\u0001版面';
/** Blocks that are the page's, not an article's. */
const FURNITURE = new Set<Block['kind']>(['section', 'masthead', 'publisher', 'qr', 'slogan', 'about']);

export function writeDraft(
  items: readonly Block[],
  input: string,
  opts: ImportOptions,
  extra: { notes?: ImportNote[]; stats?: Partial<ImportStats>; photos?: readonly DraftPhoto[]; pages?: readonly DraftPage[] } = {},
): ImportResult {
  const { gazetteer, catalogue } = opts;
  const notes: ImportNote[] = [...(extra.notes ?? [])];
  const note = (kind: NoteKind, sourceLine: number, message: string) => notes.push({ kind, sourceLine, message });
  const residences = gazetteer.residences.filter((r) => r.streetId === opts.streetId);

  const out: string[] = [];
  const extras: Extra[] = [];
  let publisher: string | undefined;
  const stats: ImportStats = { articles: 0, sections: 0, captions: 0, subheadings: 0, awards: 0, joins: 0, spacesRemoved: 0, repairs: 0, punctuation: 0, radicals: 0, flags: 0, photos: 0, ...extra.stats };
  let article: { bodyStarted: boolean; text: string[]; title: string } | undefined;
  let openPara: number | undefined;
  let paraLine = 0;
  let held: Block[] = [];
  let kicker: Block | undefined;
  let lastLevel: { programme: AwardProgramme; level: string } | undefined;
  let rollProgramme: AwardProgramme | undefined;
  let rollText = '';
  /** Each article's boxes on the printed pages, by article (the order of ## lines). */
  const printed: NonNullable<Block['boxes']>[] = [];
  const claim = (it: Block) => {
    if (it.boxes && article) printed[stats.articles - 1]?.push(...it.boxes);
  };

  /** A flag line in the draft (at the end, or above the paragraph at `at`) and its note. */
  const flag = (sourceLine: number, message: string, at = out.length) => {
    out.splice(at, 0, `${IMPORT_FLAG}】原文第${sourceLine}行：${message}`);
    note('flag', sourceLine, message);
  };
  const figure = (it: Block) => {
    ensureArticle(it);
    claim(it);
    const file = it.photo === undefined ? undefined : extra.photos?.[it.photo]?.file;
    out.push('', `@图 ${[file, it.text].filter(Boolean).join(' ')}`);
    if (file) stats.photos++;
    else stats.captions++;
    if (file && !it.text) flag(it.line, '这张照片下面没有说明：请补上说明，或在下一行写“@替代”描述画面');
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
    printed.push([]);
    if (extra.pages?.length) out.push(`${REGION_MARK}${stats.articles - 1}`);
    if (kicker) {
      claim(kicker);
      out.push(`@引题 ${kicker.text}`);
      if (kicker.doubt) flag(kicker.line, kicker.doubt);
      kicker = undefined;
    }
  };
  function ensureArticle(it: Block) {
    if (article) return;
    startArticle(`${PLACEHOLDER}标题】`);
    flag(it.line, '这段文字前面没有找到标题：请填写标题，或把它移到它所属的文章里');
  }
  // Stray spaces come from column-wrapping, all through a file or not at all:
  // many of them mean every one is damage; one or two may be meant.
  const spaceDamage = items.filter((x) => x.kind === 'body').reduce((n, x) => n + cjkSpaces(x.text).length, 0) >= 5;
  const paragraph = (it: Block): string => {
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
    const yi = repairYi(text);
    for (const after of yi.repaired) {
      stats.repairs++;
      note('repair', it.line, `“-${after}”改为“一${after}”（“一”被误识别为“-”）`);
    }
    for (const after of yi.unsure) it.doubt = `“-${after}”中的“-”可能是误识别的“一”，请对照原报`;
    text = yi.text;
    return text;
  };

  for (const it of items) {
    try {
      place(it);
    } finally {
      // Where it was printed counts for the article it went into; captions and 引题 are counted when placed.
      if (it.role !== 'caption' && it.role !== 'kicker' && !FURNITURE.has(it.kind)) claim(it);
    }
  }
  function place(it: Block): void {
    switch (it.kind) {
      case 'section':
        closePara();
        out.push('', `# ${it.text}`);
        article = undefined;
        stats.sections++;
        return;
      case 'masthead':
        note('furniture', it.line, `报头“${it.text}”：网站有自己的报头，未放入草稿`);
        return;
      case 'publisher':
        if (publisher) note('furniture', it.line, `出版单位又出现一次：“${it.text}”`);
        publisher ??= it.text;
        note('furniture', it.line, `出版单位“${it.text}”放入文件头 publisher`);
        return;
      case 'qr':
      case 'slogan':
      case 'about':
        extras.push({ kind: it.kind, text: it.kind === 'about' ? paragraph(it) : it.text });
        note('furniture', it.line, `版面文字“${it.text}”放入文件头 extras（${it.kind}）${it.doubt ? `：${it.doubt}` : ''}`);
        return;
      case 'credit': {
        closePara();
        const inner = CREDIT.exec(it.text)?.[1] ?? it.text;
        ensureArticle(it);
        out.push('', `@来源 ${inner}`);
        note('info', it.line, `文末来源“${it.text}”写作 @来源 ${inner}（网页上显示括号）`);
        return;
      }
      case 'byline':
        if (article && !article.bodyStarted) out.push(`@作者 ${it.text}`);
        else {
          closePara();
          ensureArticle(it);
          out.push('', it.text);
          flag(it.line, '署名出现在正文中间，原样保留为一段：如果它属于下一篇文章，移到那篇的“@作者”');
        }
        return;
      case 'list':
        if (it.role === 'award') break;
        closePara();
        ensureArticle(it);
        markBody();
        out.push(...((out[out.length - 1] ?? '').startsWith('- ') ? [] : ['']), it.text.replace(LIST_ITEM, '- $1'));
        return;
      default:
        break;
    }
    switch (it.role) {
      case 'caption':
        // Held while a sentence may continue, or until the headline's fields are complete.
        if (openPara !== undefined || (article && !article.bodyStarted)) held.push(it);
        else figure(it);
        return;
      case 'kicker':
        closePara();
        kicker = it;
        return;
      case 'title': {
        closePara();
        const cut = it.text.lastIndexOf(' ');
        // A long line of phrases from text may be 引题 and 主题 on one line; a PDF's type has said which it is.
        if (it.kind === 'short' && !it.fixed && !kicker && [...it.text].length > LONG_TITLE && cut > 0) {
          kicker = { ...it, text: it.text.slice(0, cut), doubt: `这一行较长，最后一个空格前按引题、后按标题处理：“${it.text}”` };
          startArticle(it.text.slice(cut + 1));
        } else startArticle(it.text);
        if (it.doubt) flag(it.line, it.doubt);
        return;
      }
      case 'subtitle':
        if (article && !article.bodyStarted) out.push(`@副题 ${it.text}`);
        else {
          closePara();
          out.push('', `### ${it.text}`);
          stats.subheadings++;
        }
        return;
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
        return;
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
        return;
      }
      default:
        break;
    }
    // Text.
    const text = paragraph(it);
    // A PDF's paragraphs come whole from its layout: never joined to the one before.
    if (it.style && openPara !== undefined) closePara();
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
    // A short unfinished line from a PDF (a list item, a name) is as printed; a long one is flagged by closePara.
    else if (it.style && [...text].length <= 24) {
      openPara = undefined;
      flushHeld();
    }
  }
  closePara();

  function markBody() {
    if (article) article.bodyStarted = true;
  }

  function awardMarker(it: Block, text: string): string {
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
  if (extra.pages?.length) front.push(`pages: [${extra.pages.map((p) => p.file).join(', ')}]`);
  front.push('---');
  // Where each article was printed, written after its headline (数字报).
  const placed = out.flatMap((l) => {
    if (!l.startsWith(REGION_MARK)) return [l];
    return regionLines(printed[Number(l.slice(REGION_MARK.length))] ?? [], extra.pages ?? []);
  });
  // Half-width , : ; ( ) inside Chinese, now that sentences broken across columns are whole again.
  const punctuated = placed.map((l) => {
    const p = fullWidthPunctuation(l);
    stats.punctuation += p.count;
    return p.text;
  });
  if (stats.punctuation) note('repair', 0, `夹在中文之间的半角标点 , : ; ( ) 改为全角 ${stats.punctuation} 处（GB/T 15834）；数字、英文之间的保留`);
  const body = punctuated.join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '');
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

/** The latest "M月D日" the text mentions, as printed. */
function latestDate(text: string): string | undefined {
  let best: { m: number; d: number; s: string } | undefined;
  for (const m of text.matchAll(/(\d{1,2})月(\d{1,2})日/g)) {
    const v = { m: Number(m[1]), d: Number(m[2]), s: m[0] };
    if (!best || v.m > best.m || (v.m === best.m && v.d > best.d)) best = v;
  }
  return best?.s;
}

type Box = NonNullable<Block['boxes']>[number];

/**
 * An article's place on its pages as `@版面` lines: its lines' boxes merged
 * into one rectangle per column run (boxes that share most of their width
 * and follow each other down the page), in percent of the page, rounded
 * outwards to a tenth.
 */
export function regionLines(boxes: readonly Box[], pages: readonly DraftPage[]): string[] {
  const out: string[] = [];
  for (const pageNo of [...new Set(boxes.map((b) => b.page))].sort((a, b) => a - b)) {
    const page = pages[pageNo - 1];
    if (!page) continue;
    const near = page.height * 0.03;
    let rects = boxes.filter((b) => b.page === pageNo).map((b) => ({ x: b.x, top: b.top, right: b.x + b.width, bottom: b.top + b.height }));
    for (let merged = true; merged; ) {
      merged = false;
      outer: for (let i = 0; i < rects.length; i++) {
        for (let j = i + 1; j < rects.length; j++) {
          const a = rects[i];
          const b = rects[j];
          const overlap = Math.min(a.right, b.right) - Math.max(a.x, b.x);
          const gap = Math.max(a.top, b.top) - Math.min(a.bottom, b.bottom);
          if (overlap >= 0.5 * Math.min(a.right - a.x, b.right - b.x) && gap <= near) {
            rects[i] = { x: Math.min(a.x, b.x), top: Math.min(a.top, b.top), right: Math.max(a.right, b.right), bottom: Math.max(a.bottom, b.bottom) };
            rects = rects.filter((_, k) => k !== j);
            merged = true;
            break outer;
          }
        }
      }
    }
    rects.sort((a, b) => a.x - b.x || a.top - b.top);
    const down = (v: number) => Math.max(0, Math.floor(v * 10) / 10);
    const up = (v: number) => Math.min(100, Math.ceil(v * 10) / 10);
    for (const r of rects) {
      const x = down((r.x / page.width) * 100);
      const y = down((r.top / page.height) * 100);
      const right = up((r.right / page.width) * 100);
      const bottom = up((r.bottom / page.height) * 100);
      out.push(`@版面 ${pageNo} ${x} ${y} ${+(right - x).toFixed(1)} ${+(bottom - y).toFixed(1)}`);
    }
  }
  return out;
}
