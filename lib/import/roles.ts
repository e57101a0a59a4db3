/**
 * Stage 3: what each block is in its place. From a block's kind and its
 * neighbours (how many blank lines precede it: photos leave gaps; what
 * follows it: a headline is followed by text), each short block becomes a
 * headline, 引题, 副题, caption, subheading or award, or stays text. Where
 * the guess is unsure, `doubt` says why; the draft flags it.
 */
import { residencesOf, type AwardProgramme } from '../content';
import type { Block, ImportOptions } from './types';
import { awardLevel, isOrgName, LIST_ITEM, ORG, programmeNamed, ROLL, SECTION_NAMES } from './classify';

export function assignRoles(items: Block[], opts: Pick<ImportOptions, 'catalogue' | 'gazetteer' | 'streetId'>): void {
  const programmes = opts.catalogue.programmes;
  let inRoll = false;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (it.kind === 'photo') continue;
    // A PDF's type settled this one (./pdf/roles.ts).
    if (it.fixed) inRoll = false;
    else if (it.kind === 'heading') {
      inRoll = false;
      headingRole(items, i, programmes);
    } else if (it.kind === 'list') listRole(it, inRoll, programmes);
    else if (it.kind === 'short') inRoll = shortRole(items, i, inRoll, programmes);
    else {
      if (it.kind === 'subheading') it.role = 'subheading';
      if (it.kind !== 'byline' && it.kind !== 'credit') inRoll = false;
    }
  }
  const residences = residencesOf(opts.gazetteer, opts.streetId);
  demoteInnerTitles(items, residences.flatMap((r) => r.matchTerms).filter((n) => n.length >= 2));
}

/** The next block that is not a caption, byline, photo or a short line after a gap (a caption). */
function significant(items: readonly Block[], from: number): number {
  let j = from;
  while (j < items.length && (items[j].role === 'caption' || items[j].kind === 'byline' || items[j].kind === 'photo' || (items[j].kind === 'short' && items[j].gap >= 2 && j !== 0))) j++;
  return j;
}

/** Whether running text follows from `j` on, past captions and bylines: what makes a short line a headline. */
function leadsToText(items: readonly Block[], j: number): boolean {
  const it = items[significant(items, j)];
  return it !== undefined && (it.kind === 'body' || it.kind === 'subheading' || it.kind === 'list');
}

/** A Markdown heading the input already had: a section, an award, a headline, 副题 or subheading. */
function headingRole(items: Block[], i: number, programmes: readonly AwardProgramme[]): void {
  const it = items[i];
  const prev = items[i - 1];
  if (SECTION_NAMES.includes(it.text)) it.kind = 'section';
  else if (awardLevel(it.text, programmes)) it.role = 'award';
  else if (it.level === 1 || it.level === 4 || !items.slice(0, i).some((x) => x.role === 'title')) it.role = 'title';
  else if (prev?.role === 'title' && prev.kind === 'heading') it.role = 'subtitle';
  else it.role = 'subheading';
}

/** An honour roll when it names a level or follows a roll's heading; any other list stays a list. */
function listRole(it: Block, inRoll: boolean, programmes: readonly AwardProgramme[]): void {
  const text = LIST_ITEM.exec(it.text)?.[1] ?? it.text;
  if (awardLevel(text, programmes) || (inRoll && ORG.test(text))) it.role = 'award';
}

/** A short line: an award, a roll's heading, a caption, 引题, headline or 副题, from what is around it. Returns whether a roll goes on. */
function shortRole(items: Block[], i: number, inRoll: boolean, programmes: readonly AwardProgramme[]): boolean {
  const it = items[i];
  const prev = items[i - 1];
  if (it.role) return inRoll;
  if (inRoll && it.gap <= 1 && ORG.test(it.text)) {
    it.role = 'award';
    return true;
  }
  if (prev?.role === 'award' && prev.kind === 'list' && it.gap === 0) {
    // A name under a list with no marker: the list item continues (extraction lost the dash).
    it.role = 'award';
    it.doubt = '列表下方没有“-”的一行，按同一名单的一项处理';
    return false;
  }
  if (ROLL.test(it.text) && programmeNamed(it.text, programmes)) {
    it.role = 'rollheading';
    return true;
  }
  // From a PDF, headlines, kickers and captions were read from the type: a short line of text is text.
  if (it.style) it.role = 'body';
  else if (it.gap >= 2 && i > 0) afterGapRole(items, i);
  else headlineRole(items, i);
  return false;
}

/** A short line after a gap (a photo left it): a caption, or the organisation that is the 引题 of the headline below. */
function afterGapRole(items: Block[], i: number): void {
  const it = items[i];
  const next = items[i + 1];
  if (ORG.test(it.text) && next?.kind === 'short' && next.gap <= 1 && leadsToText(items, i + 2)) {
    it.role = 'kicker';
    it.doubt = '照片说明之后、标题之前的单位名，按引题处理';
  } else it.role = 'caption';
}

/** A short line with no gap before it: 引题, a headline (with its 副题 or 引题 on the next line), or a caption. */
function headlineRole(items: Block[], i: number): void {
  const it = items[i];
  // An organisation's name on its own: the kicker of the article about it (陶家宅居民区党总支),
  // unless text follows directly, when it is that article's headline.
  if (isOrgName(it.text) && (!leadsToText(items, i + 1) || items[significant(items, i + 1)]?.kind === 'subheading')) {
    it.role = 'kicker';
    it.doubt = '单位名单独一行，按下一篇文章的引题处理';
    return;
  }
  if (leadsToText(items, i + 1)) {
    it.role = 'title';
    return;
  }
  const j = significant(items, i + 1);
  const next = items[j];
  if (next?.kind === 'short' && next.gap <= 1 && leadsToText(items, j + 1)) {
    const longer = [...it.text].length >= [...next.text].length;
    it.role = longer ? 'title' : 'kicker';
    next.role = longer ? 'subtitle' : 'title';
    return;
  }
  it.role = 'caption';
  it.doubt = '短行后面没有正文，按照片说明处理';
}

/**
 * A title inside an article may be a subheading of it: a new article
 * starts after a section, at a place name of this street, or with a byline.
 */
function demoteInnerTitles(items: Block[], placeNames: readonly string[]): void {
  const startsWithPlace = (t: string) => placeNames.some((n) => t.startsWith(n));
  let articleOpen = false;
  let afterSection = true;
  let pendingKicker = false;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (it.kind === 'section') {
      afterSection = true;
      articleOpen = false;
    } else if (it.role === 'kicker') pendingKicker = true;
    else if (it.role === 'title') {
      if (!it.fixed) {
        const byline = items[significant(items, i + 1) - 1]?.kind === 'byline' || items[i + 1]?.kind === 'byline';
        const kicked = pendingKicker || items[i + 1]?.role === 'subtitle';
        if (articleOpen && it.kind === 'short' && !afterSection && !startsWithPlace(it.text) && !byline && !kicked) {
          it.role = 'subheading';
          it.doubt = '按文中小标题处理；如果这里是一篇新文章，把“###”改成“##”';
        }
      }
      pendingKicker = false;
      articleOpen = true;
      afterSection = false;
    } else if (it.kind === 'body' || it.role === 'award' || it.role === 'rollheading') {
      articleOpen = true;
      afterSection = false;
    }
  }
}
