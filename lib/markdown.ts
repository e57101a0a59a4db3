/**
 * The one Markdown-to-HTML function. Chinese-aware (no visible space where a
 * line breaks inside a Chinese paragraph; emphasis next to 。 and “ works),
 * links residential-area names to their pages, turns photo captions into
 * figures, and sanitises: raw HTML in an edition is shown as text, never as
 * markup.
 */
import { remark } from 'remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkHtml from 'remark-html';
import { defaultSchema, type Schema } from 'hast-util-sanitize';
import { toString } from 'mdast-util-to-string';
import { visit, SKIP } from 'unist-util-visit';
import type { Root, RootContent, PhrasingContent, Parent, Text } from 'mdast';
import type { Residence } from './schema';

/** Marks where a figure stands in the body; the parser rejects this character in input. */
export const FIGURE_SENTINEL = '\uE000';
export const figurePlaceholder = (n: number) => `${FIGURE_SENTINEL}figure:${n}${FIGURE_SENTINEL}`;
const FIGURE_RE = new RegExp(`^${FIGURE_SENTINEL}figure:(\\d+)${FIGURE_SENTINEL}$`);

const sanitizeSchema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption'],
  attributes: {
    ...defaultSchema.attributes,
    figure: [['className', 'photo']],
  },
};

export interface RenderInput {
  markdown: string;
  /** Captions, indexed by the placeholders in `markdown`. */
  figures: readonly string[];
  /** Residential areas whose names become links (first mention each). */
  linkResidences: readonly Residence[];
  residenceHref: (id: string) => string;
}

export interface RenderOutput {
  html: string;
  text: string;
  /** Raw HTML found in the Markdown, now shown as text. */
  rawHtml: string[];
  /** Markdown images, which the paper cannot show (no photos): shown as captions. */
  images: string[];
}

const CJK = '\\u2e80-\\u2fdf\\u3000-\\u303f\\u3040-\\u30ff\\u3100-\\u312f\\u3200-\\u32ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uffef';
const CJK_CHAR = new RegExp(`[${CJK}]`);

/**
 * Drops a soft line break when the character on either side is Chinese, so a
 * paragraph an editor wrapped does not show stray spaces. Works across inline
 * nodes (`**强调**⏎中文`), unlike joining inside single text nodes.
 */
export function joinCjkLines(tree: Root): void {
  visit(tree, (node) => {
    if (!('children' in node)) return;
    const parent = node as Parent;
    if (!parent.children.some((c) => c.type === 'text')) return;
    const texts = phrasingText(parent.children);
    for (let i = 0; i < parent.children.length; i++) {
      const child = parent.children[i];
      if (child.type !== 'text') continue;
      const before = lastChar(texts.slice(0, i));
      const after = firstChar(texts.slice(i + 1));
      child.value = child.value.replace(/[ \t]*\n[ \t]*/g, (m, offset: number, s: string) => {
        const prev = offset > 0 ? s[offset - 1] : before;
        const next = offset + m.length < s.length ? s[offset + m.length] : after;
        return (prev && CJK_CHAR.test(prev)) || (next && CJK_CHAR.test(next)) ? '' : ' ';
      });
    }
  });
}

function phrasingText(children: readonly RootContent[]): string[] {
  return children.map((c) => toString(c));
}
const lastChar = (parts: string[]) => parts.join('').slice(-1);
const firstChar = (parts: string[]) => parts.join('').slice(0, 1);

/** Raw HTML becomes literal text, so it is visible and inert rather than dropped. */
function htmlToText(tree: Root, found: string[]): void {
  visit(tree, 'html', (node, index, parent) => {
    if (!parent || index === undefined) return;
    found.push(node.value);
    const text: Text = { type: 'text', value: node.value };
    if (parent.type === 'root' || parent.type === 'blockquote' || parent.type === 'listItem') {
      parent.children.splice(index, 1, { type: 'paragraph', children: [text] } as never);
    } else {
      parent.children.splice(index, 1, text as never);
    }
    return [SKIP, index + 1];
  });
}

/** No photos survive from print: an image shows as its caption, never a broken picture. */
function imagesToCaptions(tree: Root, found: string[]): void {
  visit(tree, 'image', (node, index, parent) => {
    if (!parent || index === undefined) return;
    found.push(node.alt ?? '');
    parent.children.splice(index, 1, { type: 'text', value: node.alt ? `［图：${node.alt}］` : '［图］' } as never);
    return [SKIP, index + 1];
  });
}

function figures(tree: Root, captions: readonly string[]): void {
  visit(tree, 'paragraph', (node, index, parent) => {
    if (!parent || index === undefined) return;
    const m = FIGURE_RE.exec(toString(node));
    if (!m) return;
    const caption = captions[Number(m[1])] ?? '';
    parent.children.splice(index, 1, {
      type: 'paragraph',
      data: { hName: 'figure', hProperties: { className: ['photo'] } },
      children: [{ type: 'emphasis', data: { hName: 'figcaption' }, children: [{ type: 'text', value: caption }] }],
    } as never);
    return [SKIP, index + 1];
  });
}

/** Links the first mention of each residential area, outside headings and links. */
function linkResidences(tree: Root, residences: readonly Residence[], href: (id: string) => string): void {
  const pending = new Map(residences.map((r) => [r.id, r]));
  const terms = residences
    .flatMap((r) => r.matchTerms.map((t) => ({ term: t, id: r.id })))
    .sort((a, b) => b.term.length - a.term.length);
  if (!terms.length) return;
  visit(tree, (node, index, parent) => {
    // Headings and captions keep plain text; a link belongs in the running text.
    if (node.type === 'heading' || node.type === 'link' || node.type === 'code' || node.type === 'inlineCode') return SKIP;
    if (node.type === 'paragraph' && node.data?.hName === 'figure') return SKIP;
    if (node.type !== 'text' || !parent || index === undefined || !pending.size) return;
    let best: { at: number; term: string; id: string } | undefined;
    for (const t of terms) {
      if (!pending.has(t.id)) continue;
      const at = node.value.indexOf(t.term);
      if (at !== -1 && (!best || at < best.at || (at === best.at && t.term.length > best.term.length))) best = { at, ...t };
    }
    if (!best) return;
    pending.delete(best.id);
    const pieces: PhrasingContent[] = [];
    if (best.at > 0) pieces.push({ type: 'text', value: node.value.slice(0, best.at) });
    pieces.push({
      type: 'link',
      url: href(best.id),
      children: [{ type: 'text', value: best.term }],
    });
    const rest = node.value.slice(best.at + best.term.length);
    if (rest) pieces.push({ type: 'text', value: rest });
    parent.children.splice(index, 1, ...(pieces as never[]));
    // Continue with the text after the link: another area may be named there.
    return [SKIP, index + pieces.length - (rest ? 1 : 0)];
  });
}

export function renderMarkdown(input: RenderInput): RenderOutput {
  const rawHtml: string[] = [];
  const images: string[] = [];
  const processor = remark()
    .use(remarkCjkFriendly)
    .use(() => (tree: Root) => {
      htmlToText(tree, rawHtml);
      imagesToCaptions(tree, images);
      joinCjkLines(tree);
      figures(tree, input.figures);
    })
    .use(() => (tree: Root) => linkResidences(tree, input.linkResidences, input.residenceHref))
    .use(remarkHtml, { sanitize: sanitizeSchema });
  const tree = processor.parse(input.markdown);
  // The transforms mutate the tree in place.
  processor.runSync(tree);
  const text = blockText(tree);
  const html = String(processor.stringify(tree));
  return { html, text, rawHtml, images };
}

/** Plain text with a newline between blocks, so paragraphs stay apart. */
function blockText(tree: Root): string {
  return tree.children.map((c) => (c.type === 'list' ? c.children.map((li) => toString(li)).join('\n') : toString(c))).join('\n');
}

/** Shifts heading levels in our own sanitised HTML, for nesting an article's body deeper. */
export function shiftHeadings(html: string, by: number): string {
  return html.replace(/<(\/?)h([1-6])>/g, (_, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + by)}>`);
}
