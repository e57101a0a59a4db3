/**
 * An edition as the typesetter sets it: each article's 引题, headline, 副题,
 * byline, and its body as printed blocks (paragraphs, subheadings, honour-roll
 * items, figures with their captions, the credit), read from the edition's
 * file and records. Editors' marks (〔原文缺失〕, award markers, links) are
 * the site's and not the page's.
 */
import type { Content, Edition } from '../../lib/content';

export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'item'; text: string }
  | { kind: 'figure'; caption: string }
  | { kind: 'credit'; text: string };

export interface ArticleText {
  id: string;
  section?: string;
  kicker?: string;
  title: string;
  subtitle?: string;
  byline?: string;
  blocks: Block[];
}

export interface EditionText {
  id: string;
  streetName: string;
  dateLabel: string;
  publisher?: string;
  about?: string;
  qr?: string;
  slogan?: string;
  articles: ArticleText[];
}

const clean = (s: string) => s.replace(/〔原文缺失〕/g, '').replace(/\s*\{\s*(?:奖|award)\s*=[^}]*\}/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\*\*?([^*]+)\*\*?/g, '$1').trim();

/** The body blocks of one article's Markdown, as the page prints them. */
export function bodyBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of markdown.split(/\n\s*\n/)) {
    for (const raw of chunk.split('\n')) {
      const line = raw.trim();
      if (!line) continue;
      const figure = /^@(?:图|figure)\s+(?:\S+\.(?:jpe?g|png|webp|avif|gif|tiff?)\s+)?(.*)$/i.exec(line);
      if (figure) {
        if (figure[1].trim()) blocks.push({ kind: 'figure', caption: clean(figure[1]) });
        continue;
      }
      // Directives are fields; a section heading (# …) belongs to the next article, as its banner.
      if (line.startsWith('@') || /^#\s/.test(line)) continue;
      const heading = /^#{3,6}\s+(.*)$/.exec(line);
      if (heading) {
        blocks.push({ kind: 'subheading', text: clean(heading[1]) });
        continue;
      }
      const item = /^(?:[-*+]|(\d+)[.)])\s+(.*)$/.exec(line);
      if (item) {
        // A numbered item is printed as a paragraph opening with its number (1.党的领导是…); a roll's names without a bullet.
        blocks.push(item[1] ? { kind: 'paragraph', text: clean(`${item[1]}.${item[2]}`) } : { kind: 'item', text: clean(item[2]) });
        continue;
      }
      // A paragraph is one line in the transcriptions; a wrapped one joins its lines.
      const last = blocks[blocks.length - 1];
      if (last?.kind === 'paragraph' && !chunk.startsWith(raw)) last.text += clean(line);
      else blocks.push({ kind: 'paragraph', text: clean(line) });
    }
  }
  return blocks.filter((b) => (b.kind === 'figure' ? b.caption : b.text));
}

/** The edition's articles from its file (blocks in printed order) and records (fields). */
export function editionText(c: Content, e: Edition, fileText: string): EditionText {
  const street = c.gazetteer.street.get(e.streetId);
  const parts = fileText.replace(/^---\n[\s\S]*?\n---\n/, '').split(/^## .*$/m).slice(1);
  const articles = e.articleIds.map((id, i): ArticleText => {
    const a = c.article.get(id);
    if (!a) throw new Error(`${id}: no such article`);
    const blocks = bodyBlocks(parts[i] ?? '');
    if (a.credit) blocks.push({ kind: 'credit', text: a.credit });
    return { id, section: a.section, kicker: a.kicker, title: a.title, subtitle: a.subtitle, byline: a.byline, blocks };
  });
  const dateLabel = e.datePrecision === 'day' ? `${e.date.slice(0, 4)}年${Number(e.date.slice(5, 7))}月${Number(e.date.slice(8, 10))}日` : `${e.date.slice(0, 4)}年`;
  return {
    id: e.id,
    streetName: street?.name ?? '',
    dateLabel,
    publisher: e.publisher ?? `${street?.name ?? ''}党工委 联合出版`,
    about: e.extras.find((x) => x.kind === 'about')?.text,
    qr: e.extras.find((x) => x.kind === 'qr')?.text,
    slogan: e.extras.find((x) => x.kind === 'slogan')?.text,
    articles,
  };
}
