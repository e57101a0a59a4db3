/**
 * Stage 4: the draft. Blocks with their roles become the edition file:
 * sections, articles with their fields, paragraphs (a sentence broken across
 * columns is joined, and a caption that fell inside it moves after it),
 * figures, subheadings and honour rolls; furniture goes to the front matter.
 * Every unsure guess is written as a flag line the check refuses, and noted.
 */
import { IMPORT_FLAG, PLACEHOLDER, residencesOf } from '../content';
import type { AwardProgramme, Extra } from '../content';
import { awardLevel, CREDIT, isClosed, LIST_ITEM, LONG_TITLE, ORDERED_ITEM, programmeNamed } from './classify';
import { cjkSpaces, fullWidthPunctuation, joinCjk, removeAt, repairYi } from './repair';
import type { Block, ImportNote, ImportOptions, ImportResult, ImportStats, NoteKind } from './types';

const OPEN_ITEM = '这一项没有句末标点，同一列表的其他各项都有：原文可能缺了一部分，或接续的文字在别处。请对照原报；确实缺失时在项末写〔原文缺失〕';
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

export interface DraftExtra {
  notes?: ImportNote[];
  stats?: Partial<ImportStats>;
  photos?: readonly DraftPhoto[];
  pages?: readonly DraftPage[];
}

export function writeDraft(items: readonly Block[], input: string, opts: ImportOptions, extra: DraftExtra = {}): ImportResult {
  const writer = new DraftWriter(items, opts, extra);
  for (const it of items) {
    try {
      writer.place(it);
    } finally {
      // Where it was printed counts for the article it went into; captions and 引题 are counted when placed.
      if (it.role !== 'caption' && it.role !== 'kicker' && !FURNITURE.has(it.kind)) writer.claim(it);
    }
  }
  writer.closePara();
  return writer.finish(input);
}

/**
 * The draft as it is written, block by block: the lines so far, the article
 * and paragraph open, captions held until the sentence they fell into ends,
 * and the honour roll being read.
 */
class DraftWriter {
  private readonly notes: ImportNote[];
  private readonly out: string[] = [];
  private readonly extras: Extra[] = [];
  private publisher: string | undefined;
  private readonly stats: ImportStats;
  private article: { bodyStarted: boolean; text: string[]; title: string } | undefined;
  private openPara: number | undefined;
  private paraLine = 0;
  private held: Block[] = [];
  /** The list being written: each item's line in `out` and in the source, and its flags, written above it when it ends (closeList). */
  private list: { items: { at: number; line: number }[]; flags: { line: number; message: string }[] } = { items: [], flags: [] };
  private kicker: Block | undefined;
  private lastLevel: { programme: AwardProgramme; level: string } | undefined;
  private rollProgramme: AwardProgramme | undefined;
  private rollText = '';
  /** Each article's boxes on the printed pages, by article (the order of ## lines). */
  private readonly printed: NonNullable<Block['boxes']>[] = [];
  /**
   * Stray spaces come from column-wrapping, all through a file or not at all:
   * many of them mean every one is damage; one or two may be meant.
   */
  private readonly spaceDamage: boolean;

  constructor(
    items: readonly Block[],
    private readonly opts: ImportOptions,
    private readonly extra: DraftExtra,
  ) {
    this.notes = [...(extra.notes ?? [])];
    this.stats = { articles: 0, sections: 0, captions: 0, subheadings: 0, awards: 0, joins: 0, spacesRemoved: 0, repairs: 0, punctuation: 0, radicals: 0, flags: 0, photos: 0, ...extra.stats };
    this.spaceDamage = items.filter((x) => x.kind === 'body').reduce((n, x) => n + cjkSpaces(x.text).length, 0) >= 5;
  }

  private note(kind: NoteKind, sourceLine: number, message: string): void {
    this.notes.push({ kind, sourceLine, message });
  }

  /** Where a block was printed counts for the article open. */
  claim(it: Block): void {
    if (it.boxes && this.article) this.printed[this.stats.articles - 1]?.push(...it.boxes);
  }

  /** A flag line in the draft (at the end, or above the paragraph at `at`) and its note. */
  private flag(sourceLine: number, message: string, at = this.out.length): void {
    this.out.splice(at, 0, `${IMPORT_FLAG}】原文第${sourceLine}行：${message}`);
    this.note('flag', sourceLine, message);
  }

  private figure(it: Block): void {
    this.ensureArticle(it);
    this.claim(it);
    const file = it.photo === undefined ? undefined : this.extra.photos?.[it.photo]?.file;
    const caption = it.text ? this.caption(it) : '';
    this.out.push('', `@图 ${[file, caption].filter(Boolean).join(' ')}`);
    if (file) this.stats.photos++;
    else this.stats.captions++;
    if (file && !it.text) this.flag(it.line, '这张照片下面没有说明：请补上说明，或在下一行写“@替代”描述画面');
    if (it.doubt) this.flag(it.line, it.doubt);
  }

  private flushHeld(): void {
    const h = this.held;
    this.held = [];
    h.forEach((it) => this.figure(it));
  }

  closePara(): void {
    const open = this.openPara;
    if (open !== undefined && !isClosed(this.out[open]) && !/[:：]$/u.test(this.out[open])) {
      // Nothing continued it: the rest of the sentence is missing from the text, or sits elsewhere.
      this.flag(this.paraLine, OPEN_END, open);
    }
    this.openPara = undefined;
    this.flushHeld();
  }

  private startArticle(title: string): void {
    this.out.push('', `## ${title}`);
    this.article = { bodyStarted: false, text: [], title };
    this.stats.articles++;
    this.printed.push([]);
    if (this.extra.pages?.length) this.out.push(`${REGION_MARK}${this.stats.articles - 1}`);
    const kicker = this.kicker;
    if (kicker) {
      this.claim(kicker);
      this.out.push(`@引题 ${this.heading(kicker)}`);
      if (kicker.doubt) this.flag(kicker.line, kicker.doubt);
      this.kicker = undefined;
    }
  }

  private ensureArticle(it: Block): void {
    if (this.article) return;
    this.startArticle(`${PLACEHOLDER}标题】`);
    this.flag(it.line, '这段文字前面没有找到标题：请填写标题，或把它移到它所属的文章里');
  }

  private markBody(): void {
    if (this.article) this.article.bodyStarted = true;
  }

  /**
   * A headline's, 引题's, 副题's, subheading's, byline's or list item's text with its repairs: 一
   * misread as -. Their spaces are the type's (between a headline's phrases, between names, after
   * an award's level) and stay.
   */
  private heading(it: Block): string {
    return this.yi(it, it.text);
  }

  private yi(it: Block, text: string): string {
    const yi = repairYi(text);
    for (const after of yi.repaired) {
      this.stats.repairs++;
      this.note('repair', it.line, `“-${after}”改为“一${after}”（“一”被误识别为“-”）`);
    }
    for (const after of yi.unsure) it.doubt = `“-${after}”中的“-”可能是误识别的“一”，请对照原报`;
    return yi.text;
  }

  /**
   * A caption's text with its repairs: stray spaces where the whole text is full of them, and 一
   * misread as -. A caption's other spaces are its phrases' and stay, unflagged.
   */
  private caption(it: Block): string {
    const spaces = this.spaceDamage ? cjkSpaces(it.text) : [];
    this.stats.spacesRemoved += spaces.length;
    return this.yi(it, removeAt(it.text, spaces));
  }

  /** A paragraph's text with its repairs: stray spaces (removed, or kept and doubted) and 一 misread as -. */
  private paragraph(it: Block): string {
    let text = it.text;
    const spaces = cjkSpaces(text);
    if (spaces.length && this.spaceDamage) {
      text = removeAt(text, spaces);
      this.stats.spacesRemoved += spaces.length;
    } else if (spaces.length) {
      const chars = [...text];
      const shown = spaces.map((at) => `“${chars.slice(Math.max(0, at - 4), at + 5).join('')}”`).join('、');
      it.doubt = `保留了中文之间的空格（${shown}）：如果是提取造成的，删去它`;
    }
    return this.yi(it, text);
  }

  place(it: Block): void {
    if (it.kind !== 'list' || it.role === 'award') this.closeList();
    if (this.placeByKind(it) || this.placeByRole(it)) return;
    this.placeText(it);
  }

  /** Blocks whose kind says where they go: sections, furniture, credits, bylines, lists. True when placed. */
  private placeByKind(it: Block): boolean {
    switch (it.kind) {
      case 'section':
        this.closePara();
        this.out.push('', `# ${it.text}`);
        this.article = undefined;
        this.stats.sections++;
        return true;
      case 'masthead':
      case 'publisher':
      case 'qr':
      case 'slogan':
      case 'about':
        this.placeFurniture(it);
        return true;
      case 'credit': {
        this.closePara();
        const inner = CREDIT.exec(it.text)?.[1] ?? it.text;
        this.ensureArticle(it);
        this.out.push('', `@来源 ${inner}`);
        this.note('info', it.line, `文末来源“${it.text}”写作 @来源 ${inner}（网页上显示括号）`);
        return true;
      }
      case 'byline':
        if (this.article && !this.article.bodyStarted) this.out.push(`@作者 ${this.heading(it)}`);
        else {
          this.closePara();
          this.ensureArticle(it);
          this.out.push('', it.text);
          this.flag(it.line, '署名出现在正文中间，原样保留为一段：如果它属于下一篇文章，移到那篇的“@作者”');
        }
        return true;
      case 'list':
        if (it.role === 'award') return false;
        this.closePara();
        this.ensureArticle(it);
        this.markBody();
        {
          // A numbered item is Markdown's (1. …), its text repaired as a paragraph's; items follow one another unparted.
          const ordered = ORDERED_ITEM.exec(it.text);
          const text = ordered ? { ...it, text: ordered[2] } : it;
          const item = ordered ? `${ordered[1]}. ${this.paragraph(text)}` : this.heading(it).replace(LIST_ITEM, '- $1');
          it.doubt ??= text.doubt;
          const previous = this.out[this.out.length - 1] ?? '';
          const parted = !(previous.startsWith('- ') === item.startsWith('- ') && /^(?:- |\d+\. )/.test(previous));
          if (parted) this.closeList();
          this.out.push(...(parted ? [''] : []), item);
          this.list.items.push({ at: this.out.length - 1, line: it.line });
          if (it.doubt) this.list.flags.push({ line: it.line, message: it.doubt });
        }
        return true;
      default:
        return false;
    }
  }

  /** The page's own text: the masthead to the report; the publisher, QR prompts, slogans and blurb to the front matter. */
  private placeFurniture(it: Block): void {
    if (it.kind === 'masthead') {
      this.note('furniture', it.line, `报头“${it.text}”：网站有自己的报头，未放入草稿`);
    } else if (it.kind === 'publisher') {
      if (this.publisher) this.note('furniture', it.line, `出版单位又出现一次：“${it.text}”`);
      this.publisher ??= it.text;
      this.note('furniture', it.line, `出版单位“${it.text}”放入文件头 publisher`);
    } else if (it.kind === 'qr' || it.kind === 'slogan' || it.kind === 'about') {
      this.extras.push({ kind: it.kind, text: it.kind === 'about' ? this.paragraph(it) : it.text });
      this.note('furniture', it.line, `版面文字“${it.text}”放入文件头 extras（${it.kind}）${it.doubt ? `：${it.doubt}` : ''}`);
    }
  }

  /** Blocks whose role says where they go: captions, 引题, headlines, 副题, subheadings, awards. True when placed. */
  private placeByRole(it: Block): boolean {
    switch (it.role) {
      case 'caption':
        // Held while a sentence may continue, or until the headline's fields are complete.
        if (this.openPara !== undefined || (this.article && !this.article.bodyStarted)) this.held.push(it);
        else this.figure(it);
        return true;
      case 'kicker':
        this.closePara();
        this.kicker = it;
        return true;
      case 'title':
        this.placeTitle(it);
        return true;
      case 'subtitle':
        if (this.article && !this.article.bodyStarted) this.out.push(`@副题 ${this.heading(it)}`);
        else {
          this.closePara();
          this.out.push('', `### ${this.heading(it)}`);
          this.stats.subheadings++;
        }
        return true;
      case 'subheading':
      case 'rollheading':
        this.placeSubheading(it);
        return true;
      case 'award':
        this.placeAward(it);
        return true;
      default:
        return false;
    }
  }

  private placeTitle(it: Block): void {
    this.closePara();
    it.text = this.heading(it);
    const cut = it.text.lastIndexOf(' ');
    // A long line of phrases from text may be 引题 and 主题 on one line; a PDF's type has said which it is.
    if (it.kind === 'short' && !it.fixed && !this.kicker && [...it.text].length > LONG_TITLE && cut > 0) {
      this.kicker = { ...it, text: it.text.slice(0, cut), doubt: `这一行较长，最后一个空格前按引题、后按标题处理：“${it.text}”` };
      this.startArticle(it.text.slice(cut + 1));
    } else this.startArticle(it.text);
    if (it.doubt) this.flag(it.line, it.doubt);
  }

  private placeSubheading(it: Block): void {
    this.closePara();
    this.ensureArticle(it);
    this.markBody();
    const text = this.heading(it);
    if (it.doubt) this.flag(it.line, it.doubt);
    this.out.push('', `### ${text}`);
    this.stats.subheadings++;
    if (it.role === 'rollheading') {
      this.rollProgramme = programmeNamed(it.text, this.opts.catalogue.programmes);
      this.rollText = it.text;
      this.lastLevel = undefined;
    }
  }

  private placeAward(it: Block): void {
    this.closePara();
    this.ensureArticle(it);
    this.markBody();
    const isHeading = it.kind === 'heading';
    const repaired = this.heading(it);
    const text = isHeading ? repaired : (LIST_ITEM.exec(repaired)?.[1] ?? repaired);
    const marker = this.awardMarker(it, text);
    const prevLine = this.out[this.out.length - 1] ?? '';
    if (it.doubt) this.flag(it.line, it.doubt);
    if (isHeading) this.out.push('', `### ${text}${marker}`);
    else this.out.push(...(prevLine.startsWith('- ') ? [] : ['']), `- ${text}${marker}`);
    if (isHeading) this.stats.subheadings++;
  }

  /**
   * The list ends: its flags go above it, where they part no item from the next. An item without the closing mark every
   * other item of its list has was cut short, as a paragraph without one is (closePara).
   */
  private closeList(): void {
    const { items, flags } = this.list;
    this.list = { items: [], flags: [] };
    if (!items.length) return;
    const open = items.filter(({ at }) => !isClosed(this.out[at]) && !/[:：]$/u.test(this.out[at]));
    if (items.length >= 2 && open.length === 1) flags.push({ line: open[0].line, message: OPEN_ITEM });
    flags.sort((a, b) => a.line - b.line).forEach((f, k) => this.flag(f.line, f.message, items[0].at + k));
  }

  /** Running text: a new paragraph, or the one a sentence broken across columns goes on in. */
  private placeText(it: Block): void {
    const text = this.paragraph(it);
    // A PDF's paragraphs come whole from its layout: never joined to the one before.
    if (it.style && this.openPara !== undefined) this.closePara();
    if (this.openPara !== undefined && !isClosed(this.out[this.openPara])) {
      this.out[this.openPara] = joinCjk(this.out[this.openPara], text);
      this.stats.joins++;
      this.note('join', it.line, `接在上一段后面（上一段没有句末标点${this.held.length ? `，中间的照片说明移到段后` : ''}）`);
    } else {
      this.closePara();
      this.ensureArticle(it);
      this.markBody();
      this.out.push('');
      if (it.doubt) {
        this.flag(it.line, it.doubt);
        it.doubt = undefined;
      }
      this.out.push(text);
      this.openPara = this.out.length - 1;
      this.paraLine = it.line;
    }
    const open = this.openPara as number;
    if (it.doubt) {
      // A doubt found in a line that was joined to the paragraph above: flag above that paragraph.
      this.flag(it.line, it.doubt, open);
      this.openPara = open + 1;
    }
    this.article?.text.push(text);
    if (isClosed(this.out[this.openPara as number])) this.closePara();
    // A short unfinished line from a PDF (a list item, a name) is as printed; a long one is flagged by closePara.
    else if (it.style && [...text].length <= 24) {
      this.openPara = undefined;
      this.flushHeld();
    }
  }

  /** `{奖=round}` for an honour roll's entry: the programme and level it names, or the roll's, or the entry above's. */
  private awardMarker(it: Block, text: string): string {
    const programmes = this.opts.catalogue.programmes;
    const found = awardLevel(text, programmes);
    const context = [this.rollText, this.article?.title ?? '', ...(this.article?.text ?? [])].join('\n');
    let programme = found?.programme ?? this.rollProgramme ?? programmeNamed(context, programmes);
    let level = found?.level;
    let inherited = false;
    if (!level && this.lastLevel && (!programme || this.lastLevel.programme === programme)) {
      level = this.lastLevel.level;
      programme = this.lastLevel.programme;
      inherited = programme.levels.length > 1;
    }
    if (!level && programme?.levels.length === 1) level = programme.levels[0];
    if (!programme || !level) {
      this.flag(it.line, '这一项看来是获奖名单，但认不出奖项或等级：请按 content/README.md 写上 {奖=轮次}，或删去这一行');
      return '';
    }
    this.lastLevel = { programme, level };
    const named = programme.rounds.filter((r) => context.includes(r.label));
    const round = named.length === 1 ? named[0] : [...programme.rounds].sort((a, b) => b.round - a.round)[0];
    if (!round) {
      this.flag(it.line, `奖项表里“${programme.name}”还没有轮次：先在 content/awards.yml 里加上`);
      return '';
    }
    if (named.length !== 1) this.flag(it.line, `文中没有写明是第几轮“${programme.name}”，按最近的${round.label}处理`);
    if (inherited) this.flag(it.line, `这一项没有印等级，按上一项的“${level}”处理`);
    this.stats.awards++;
    return inherited ? ` {奖=${round.id} 等级=${level}}` : ` {奖=${round.id}}`;
  }

  /** The edition file: front matter, the body with each article's regions and full-width punctuation, flags numbered. */
  finish(input: string): ImportResult {
    this.closeList();
    const pages = this.extra.pages ?? [];
    // Where each article was printed, written after its headline (数字报).
    const placed = this.out.flatMap((l) => (l.startsWith(REGION_MARK) ? regionLines(this.printed[Number(l.slice(REGION_MARK.length))] ?? [], pages) : [l]));
    // Half-width , : ; ( ) inside Chinese, now that sentences broken across columns are whole again.
    const punctuated = placed.map((l) => {
      const p = fullWidthPunctuation(l);
      this.stats.punctuation += p.count;
      return p.text;
    });
    if (this.stats.punctuation) this.note('repair', 0, `夹在中文之间的半角标点 , : ; ( ) 改为全角 ${this.stats.punctuation} 处（GB/T 15834）；数字、英文之间的保留`);
    const body = punctuated.join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '');
    const markdown = `${this.frontMatter().join('\n')}\n\n${body}\n`;
    // Each flag's line in the draft, in order.
    const flagLines = markdown
      .split('\n')
      .map((l, i) => (l.startsWith(IMPORT_FLAG) ? i + 1 : 0))
      .filter(Boolean);
    let f = 0;
    for (const n of this.notes) if (n.kind === 'flag') n.draftLine = flagLines[f++];
    this.stats.flags = flagLines.length;
    const residences = residencesOf(this.opts.gazetteer, this.opts.streetId);
    const named = residences.filter((r) => r.matchTerms.some((t) => input.includes(t)));
    if (named.length) this.note('info', 0, `文中提到的本街道居民区（网页上会自动链接到各居民区页面）：${named.map((r) => r.fullName ?? r.name).join('、')}`);
    const latest = latestDate(input);
    if (latest) this.note('info', 0, `文中最晚的日期是“${latest}”：如果报上没有印出版日期，在文件头写 inferred: { date: 推定理由 }`);
    return { markdown, notes: this.notes, stats: this.stats };
  }

  private frontMatter(): string[] {
    const front = ['---', `street: ${this.opts.streetId}`, `date: ${this.opts.date}`];
    if (this.publisher) front.push(`publisher: ${JSON.stringify(this.publisher)}`);
    if (this.extras.length) {
      front.push('extras:');
      for (const x of this.extras) front.push(`  - kind: ${x.kind}`, `    text: ${JSON.stringify(x.text)}`);
    }
    if (this.opts.source) front.push(`source: ${JSON.stringify(this.opts.source)}`);
    if (this.extra.pages?.length) front.push(`pages: [${this.extra.pages.map((p) => p.file).join(', ')}]`);
    front.push('---');
    return front;
  }
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
