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
import type { Element, ElementContent } from 'hast';
import type { Figure, Photo, Residence } from './schema';
import { altText } from './media';

/** Marks where a figure stands in the body; the parser rejects this character in input. */
export const FIGURE_SENTINEL = '\uE000';
export const figurePlaceholder = (n: number) => `${FIGURE_SENTINEL}figure:${n}${FIGURE_SENTINEL}`;
const FIGURE_RE = new RegExp(`^${FIGURE_SENTINEL}figure:(\\d+)${FIGURE_SENTINEL}$`);

/**
 * remark-html's default schema, extended only for the figures this module
 * builds itself: raw HTML an editor types never reaches the sanitiser as
 * markup (normalise() turns it into text first), so these tags and
 * attributes come from photos only.
 */
const sanitizeSchema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption'],
  attributes: {
    ...defaultSchema.attributes,
    figure: [['className', 'photo', 'portrait']],
    span: [...(defaultSchema.attributes?.span ?? []), ['className', 'credit']],
    source: ['srcSet', 'sizes', 'type'],
    img: [...(defaultSchema.attributes?.img ?? []), 'srcSet', 'sizes', 'loading', 'decoding'],
  },
};

/**
 * Draws a figure's photo as a hast element, with any classes the figure
 * takes for it. The photos concern supplies it (lib/photos/picture.ts), since
 * only it knows which files the build makes of a photo; content calls it and
 * never names a file.
 */
export type PhotoView = (photo: Photo, alt: string) => { picture: Element; classNames: string[] };

export interface RenderInput {
  markdown: string;
  /** How figures show their photos; without it a figure shows its caption only (the importer's checks render nothing). */
  photoView?: PhotoView;
  /** Figures, indexed by the placeholders in `markdown`. */
  figures: readonly Figure[];
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
 * paragraph an editor wrapped does not show stray spaces. Looks across inline
 * nodes (`**强调**⏎中文`), which joining inside single text nodes misses.
 */
function joinCjkLinesIn(parent: Parent): void {
  const children = parent.children;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child.type !== 'text' || !child.value.includes('\n')) continue;
    const before = i > 0 ? toString(children[i - 1]).slice(-1) : '';
    const after = i + 1 < children.length ? toString(children[i + 1]).slice(0, 1) : '';
    child.value = child.value.replace(/[ \t]*\n[ \t]*/g, (m: string, offset: number, s: string) => {
      const prev = offset > 0 ? s[offset - 1] : before;
      const next = offset + m.length < s.length ? s[offset + m.length] : after;
      return CJK_CHAR.test(prev) || CJK_CHAR.test(next) ? '' : ' ';
    });
  }
}

/**
 * One pass over the tree for what must not reach a page as written: raw HTML
 * becomes literal text (visible and inert rather than dropped), a Markdown
 * image becomes its caption (no photos survive from print, so never a broken
 * picture), a figure placeholder becomes a captioned figure; and wrapped
 * Chinese lines are joined.
 */
function normalise(tree: Root, input: RenderInput, rawHtml: string[], images: string[]): void {
  visit(tree, (node, index, parent) => {
    if (parent && index !== undefined) {
      if (node.type === 'html') {
        rawHtml.push(node.value);
        const text: Text = { type: 'text', value: node.value };
        const block = parent.type === 'root' || parent.type === 'blockquote' || parent.type === 'listItem';
        parent.children.splice(index, 1, (block ? { type: 'paragraph', children: [text] } : text) as never);
        return SKIP;
      }
      if (node.type === 'image') {
        images.push(node.alt ?? '');
        parent.children.splice(index, 1, { type: 'text', value: node.alt ? `［图：${node.alt}］` : '［图］' } as never);
        return SKIP;
      }
      if (node.type === 'paragraph' && node.children.length === 1 && node.children[0].type === 'text') {
        const m = FIGURE_RE.exec(node.children[0].value);
        if (m) {
          const figure = input.figures[Number(m[1])];
          const photo = figure?.photo && input.photoView?.(figure.photo, altText(figure));
          parent.children.splice(index, 1, {
            type: 'paragraph',
            data: { hName: 'figure', hProperties: { className: ['photo', ...(photo ? photo.classNames : [])] }, hChildren: figure ? figureChildren(figure, photo?.picture) : [] },
            children: [],
          } as never);
          return SKIP;
        }
      }
    }
    if ('children' in node) joinCjkLinesIn(node as Parent);
    return undefined;
  });
}

const h = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({ type: 'element', tagName, properties, children });
const t = (value: string): ElementContent => ({ type: 'text', value });

/** A figure's contents: the photo as drawn, when one was kept, then the caption and the photographer. */
function figureChildren(figure: Figure, picture: Element | undefined): ElementContent[] {
  const children: ElementContent[] = picture ? [picture] : [];
  if (figure.caption || figure.credit) {
    const caption: ElementContent[] = figure.caption ? [t(figure.caption)] : [];
    // The papers print 摄影：姓名; an editor may write the name alone or as printed.
    if (figure.credit) caption.push(h('span', { className: ['credit'] }, [t(/^摄影/.test(figure.credit) ? figure.credit : `摄影：${figure.credit}`)]));
    children.push(h('figcaption', {}, caption));
  }
  return children;
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

// Frozen once: building a unified processor per call costs more than parsing.
const parser = remark().use(remarkCjkFriendly).freeze();
const compiler = remark().use(remarkHtml, { sanitize: sanitizeSchema }).freeze();
const ARTICLE_BREAK = `${FIGURE_SENTINEL}article${FIGURE_SENTINEL}`;

export function renderMarkdown(input: RenderInput): RenderOutput {
  return renderBodies([input])[0];
}

/**
 * Renders several article bodies with one Markdown parse (micromark's set-up
 * per parse dominates short articles), then transforms and serialises each
 * article's part of the tree on its own.
 */
export function renderBodies(inputs: readonly RenderInput[]): RenderOutput[] {
  if (inputs.length === 0) return [];
  let parts: RootContent[][] | undefined;
  if (inputs.length > 1) {
    const tree = parser.parse(inputs.map((i) => i.markdown).join(`\n\n${ARTICLE_BREAK}\n\n`));
    const split: RootContent[][] = [[]];
    for (const node of tree.children) {
      if (node.type === 'paragraph' && toString(node) === ARTICLE_BREAK) split.push([]);
      else split[split.length - 1].push(node);
    }
    // An unclosed code fence swallows the break; then parse each body alone.
    if (split.length === inputs.length) parts = split;
  }
  return inputs.map((input, i) => {
    const tree: Root = parts ? { type: 'root', children: parts[i] } : parser.parse(input.markdown);
    const rawHtml: string[] = [];
    const images: string[] = [];
    normalise(tree, input, rawHtml, images);
    linkResidences(tree, input.linkResidences, input.residenceHref);
    return { html: String(compiler.stringify(tree)), text: blockText(tree), rawHtml, images };
  });
}

/** Plain text with a newline between blocks, so paragraphs stay apart. */
function blockText(tree: Root): string {
  return tree.children
    .filter((c) => !(c.type === 'paragraph' && c.data?.hName === 'figure'))
    .map((c) => (c.type === 'list' ? c.children.map((li) => toString(li)).join('\n') : toString(c)))
    .join('\n');
}

/**
 * Makes the first photo of our own sanitised HTML load at once and first
 * (an article page's lead photo); every other photo stays lazy.
 */
export function eagerFirstPhoto(html: string): string {
  return html.replace(' loading="lazy" decoding="async"', ' fetchpriority="high" decoding="async"');
}

/** Shifts heading levels in our own sanitised HTML, for nesting an article's body deeper. */
export function shiftHeadings(html: string, by: number): string {
  return html.replace(/<(\/?)h([1-6])>/g, (_, slash: string, level: string) => `<${slash}h${Math.max(1, Math.min(6, Number(level) + by))}>`);
}
