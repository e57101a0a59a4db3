/**
 * Stage 3: what each block is in its place. From a block's kind and its
 * neighbours (how many blank lines precede it: photos leave gaps; what
 * follows it: a headline is followed by text), each short block becomes a
 * headline, 引题, 副题, caption, subheading or award, or stays text. Where
 * the guess is unsure, `doubt` says why; the draft flags it.
 */
import type { Block } from './types';
import type { ImportOptions } from './types';
import { awardLevel, isOrgName, LIST_ITEM, ORG, programmeNamed, ROLL, SECTION_NAMES } from './classify';

export function assignRoles(items: Block[], opts: Pick<ImportOptions, 'catalogue' | 'gazetteer' | 'streetId'>): void {
  const { catalogue } = opts;
  const residences = opts.gazetteer.residences.filter((r) => r.streetId === opts.streetId);
  const placeNames = residences.flatMap((r) => r.matchTerms).filter((n) => n.length >= 2);
  const startsWithPlace = (t: string) => placeNames.some((n) => t.startsWith(n));

  // --- what each block is -----------------------------------------------------
  const significant = (from: number): number => {
    let j = from;
    while (j < items.length && (items[j].role === 'caption' || items[j].kind === 'byline' || items[j].kind === 'photo' || (items[j].kind === 'short' && items[j].gap >= 2 && j !== 0))) j++;
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
    if (it.kind === 'photo') continue;
    // A PDF's type settled this one (./pdf/roles.ts).
    if (it.fixed) {
      inRoll = false;
      continue;
    }
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
    // From a PDF, headlines, kickers and captions were read from the type: a short line of text is text.
    if (it.style) {
      it.role = 'body';
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
    if (it.role === 'title' && it.fixed) {
      pendingKicker = false;
      articleOpen = true;
      afterSection = false;
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
}
