/**
 * HTML → Article, over a minimal structural view of a parsed document so that core stays
 * free of any DOM. The backend feeds it a spec-compliant HTML parse (parse5, the parser
 * browsers implement); the renderer can feed it browser DOM nodes directly (for paste),
 * since a DOM `Node` satisfies `StructuralNode`.
 *
 * This walk is also the sanitizer, by construction: it copies out only text, the bold,
 * italic and link marks, and hrefs that pass `isSafeLinkHref`. Elements, attributes,
 * styles, event handlers and URLs other than those hrefs never reach the article, and the
 * text inside script-bearing or embedding elements (script, style, iframe, object, svg,
 * math, template, form controls…) is dropped whole rather than shown as text.
 */
import { type Article, type Block, type InlineMark, type InlineText, defaultMeta } from '../article/model.ts';
import { isSafeLinkHref } from '../security/links.ts';
import { detectLanguage } from '../parse/language.ts';
import { matchDateline } from '../parse/dateline.ts';

/**
 * The part of a parsed HTML node the walker reads. Element nodes have `nodeType` 1 and an
 * upper- or lower-case `nodeName`; text nodes have `nodeType` 3 and their text in
 * `textContent`; anything else (comments, doctypes) is skipped, except that documents and
 * fragments (9, 11) are walked as containers.
 */
export interface StructuralNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly childNodes: ArrayLike<StructuralNode>;
  readonly textContent: string | null;
  getAttribute?(name: string): string | null;
}

/** Parses an HTML string into a structural tree; supplied by the platform (node/ or the renderer). */
export type HtmlParser = (html: string) => StructuralNode;

/** Where the HTML came from, for `meta.source`. */
export interface HtmlSourceInfo {
  /** The importer id ("html", "markdown", "docx", "ninjs"). */
  readonly format: string;
  readonly fileName?: string;
  readonly encoding?: string;
}

/** Elements whose whole subtree is dropped, text included: code, embedded content, forms, metadata. */
const DROPPED = new Set(
  (
    'script style template noscript iframe frame frameset object embed applet param svg math canvas video audio picture source ' +
    'track map area img image form input button select option optgroup textarea datalist output meter progress dialog ' +
    'head meta link base title nav slot portal fencedframe menu'
  ).split(' '),
);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Block-level elements whose text is a paragraph of its own. */
const PARAGRAPHS = new Set(['p', 'pre', 'address', 'dt', 'dd', 'figcaption', 'caption', 'summary', 'td', 'th']);
const STANDFIRST_CLASSES = /\b(?:standfirst|lead|subtitle|dek|summary|subheadline|intro)\b/u;
/** How deep the walk recurses; deeper nesting (hostile or broken markup) is read as plain text. */
const MAX_DEPTH = 200;

const ELEMENT = 1;
const TEXT = 3;

function nameOf(node: StructuralNode): string {
  return node.nodeName.toLowerCase();
}

function isContainer(node: StructuralNode): boolean {
  return node.nodeType === ELEMENT || node.nodeType === 9 || node.nodeType === 11;
}

/** Builds one inline text with HTML whitespace collapsing; marks are kept as offset ranges. */
class InlineBuilder {
  private text = '';
  private readonly marks: InlineMark[] = [];

  constructor(private readonly preformatted = false) {}

  get length(): number {
    return this.text.length;
  }

  append(raw: string): void {
    if (this.preformatted) {
      this.text += raw;
      return;
    }
    let chunk = raw.replace(/[\s\u00a0]+/gu, (ws) => (ws.includes('\u00a0') && !/[^\S\u00a0]/u.test(ws) ? ws : ' '));
    if ((this.text.length === 0 || this.text.endsWith(' ')) && chunk.startsWith(' ')) chunk = chunk.slice(1);
    this.text += chunk;
  }

  /** A `<br>`: a line break in preformatted text, a space elsewhere. */
  lineBreak(): void {
    this.append(this.preformatted ? '\n' : ' ');
  }

  mark(mark: InlineMark): void {
    if (mark.end > mark.start) this.marks.push(mark);
  }

  /** The trimmed text with marks clipped to it; null when there is no text. */
  finish(): InlineText | null {
    const lead = this.text.length - this.text.trimStart().length;
    const text = this.text.trim();
    if (text.length === 0) return null;
    const marks = this.marks
      .map((m) => ({ ...m, start: Math.max(0, m.start - lead), end: Math.min(text.length, m.end - lead) }))
      .filter((m) => m.end > m.start)
      .sort((a, b) => a.start - b.start || a.end - b.end);
    return { text, marks };
  }
}

/** The text of a subtree without recursion, skipping dropped elements: for over-deep markup. */
function flatText(root: StructuralNode): string {
  const parts: string[] = [];
  const stack: StructuralNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as StructuralNode;
    if (node.nodeType === TEXT) parts.push(node.textContent ?? '');
    else if (isContainer(node) && !DROPPED.has(nameOf(node))) {
      for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i] as StructuralNode);
    }
  }
  return parts.join(' ');
}

function attribute(node: StructuralNode, name: string): string | null {
  return typeof node.getAttribute === 'function' ? node.getAttribute(name) : null;
}

/** Appends one inline node (text, or an element with its content and mark) to `out`. */
function inlineNode(child: StructuralNode, out: InlineBuilder, depth: number): void {
  if (child.nodeType === TEXT) {
    out.append(child.textContent ?? '');
    return;
  }
  if (!isContainer(child)) return;
  const name = nameOf(child);
  if (DROPPED.has(name)) return;
  if (name === 'br') {
    out.lineBreak();
    return;
  }
  if (depth > MAX_DEPTH) {
    out.append(flatText(child));
    return;
  }
  const start = out.length;
  walkInline(child, out, depth + 1);
  const end = out.length;
  if (name === 'b' || name === 'strong') out.mark({ type: 'bold', start, end });
  else if (name === 'i' || name === 'em' || name === 'cite' || name === 'dfn') out.mark({ type: 'italic', start, end });
  else if (name === 'a') {
    const href = attribute(child, 'href')?.trim();
    if (href && isSafeLinkHref(href)) out.mark({ type: 'link', start, end, href });
  }
}

/** Appends the inline content of `node`'s children to `out`, with bold/italic/link marks. */
function walkInline(node: StructuralNode, out: InlineBuilder, depth: number): void {
  for (let i = 0; i < node.childNodes.length; i++) inlineNode(node.childNodes[i] as StructuralNode, out, depth);
}

/** The walk's state: blocks so far, the headline and standfirst once found. */
interface Collected {
  headline: string;
  standfirst?: string;
  title: string;
  blocks: Block[];
}

/** Inline text of a block element. */
function inlineOf(node: StructuralNode, depth: number, preformatted = false): InlineText | null {
  const builder = new InlineBuilder(preformatted);
  walkInline(node, builder, depth);
  return builder.finish();
}

/** True when `node` has block-level children, so its loose text is not a paragraph by itself. */
function hasBlockChildren(node: StructuralNode): boolean {
  for (let i = 0; i < node.childNodes.length; i++) {
    const child = node.childNodes[i] as StructuralNode;
    if (child.nodeType !== ELEMENT) continue;
    const name = nameOf(child);
    if (
      HEADINGS.has(name) ||
      PARAGRAPHS.has(name) ||
      BLOCK_CONTAINERS.has(name) ||
      name === 'ul' ||
      name === 'ol' ||
      name === 'blockquote' ||
      name === 'hr'
    ) {
      return true;
    }
  }
  return false;
}

const BLOCK_CONTAINERS = new Set(
  'html body div section article main header footer aside figure table thead tbody tfoot tr details fieldset center dl hgroup'.split(' '),
);

/** A blockquote's attribution: a cite/footer inside it, or a last line that starts with a dash. */
function blockquoteOf(node: StructuralNode, depth: number): Block | null {
  const builder = new InlineBuilder();
  let attribution: string | undefined;
  const collect = (parent: StructuralNode, level: number) => {
    for (let i = 0; i < parent.childNodes.length; i++) {
      const child = parent.childNodes[i] as StructuralNode;
      const name = child.nodeType === ELEMENT ? nameOf(child) : '';
      if ((name === 'footer' || name === 'cite') && attribution === undefined) {
        attribution =
          flatText(child)
            .replace(/\s+/gu, ' ')
            .replace(/^[\s—–-]+/u, '')
            .trim() || undefined;
      } else if (name === 'p' || name === 'div') {
        if (builder.length > 0) builder.append(' ');
        if (level < MAX_DEPTH) collect(child, level + 1);
        else builder.append(flatText(child));
      } else {
        inlineNode(child, builder, level + 1);
      }
    }
  };
  collect(node, depth);
  let inline = builder.finish();
  if (!inline) return null;
  if (attribution === undefined) {
    // "— Name" closing the quote is its attribution.
    const match = /\s[—–-]\s*([^—–-]{2,120})$/u.exec(inline.text);
    if (match?.[1] && match.index > 0) {
      attribution = match[1].trim();
      const text = inline.text.slice(0, match.index).trimEnd();
      inline = { text, marks: inline.marks.filter((m) => m.end <= text.length) };
    }
  }
  return { type: 'blockquote', ...inline, ...(attribution ? { attribution } : {}) };
}

/** The items of a list; nested lists become items of their own, after their parent item. */
function listItems(node: StructuralNode, depth: number, items: InlineText[]): void {
  for (let i = 0; i < node.childNodes.length; i++) {
    const child = node.childNodes[i] as StructuralNode;
    if (child.nodeType !== ELEMENT || nameOf(child) !== 'li') continue;
    const builder = new InlineBuilder();
    const nested: StructuralNode[] = [];
    for (let j = 0; j < child.childNodes.length; j++) {
      const part = child.childNodes[j] as StructuralNode;
      const name = part.nodeType === ELEMENT ? nameOf(part) : '';
      if (name === 'ul' || name === 'ol') nested.push(part);
      else {
        if (name === 'p' || name === 'div') builder.append(' ');
        inlineNode(part, builder, depth + 1);
      }
    }
    const item = builder.finish();
    if (item) items.push(item);
    if (depth < MAX_DEPTH) for (const list of nested) listItems(list, depth + 1, items);
  }
}

/** Walks block-level content, appending blocks (and the headline/standfirst) to `state`. */
function walkBlocks(node: StructuralNode, state: Collected, depth: number): void {
  let loose = new InlineBuilder();
  const flushLoose = () => {
    const inline = loose.finish();
    if (inline) state.blocks.push({ type: 'paragraph', ...inline });
    loose = new InlineBuilder();
  };
  for (let i = 0; i < node.childNodes.length; i++) {
    const child = node.childNodes[i] as StructuralNode;
    if (child.nodeType === TEXT) {
      loose.append(child.textContent ?? '');
      continue;
    }
    if (!isContainer(child)) continue;
    const name = nameOf(child);
    if (name === 'title' && !state.title) {
      state.title = flatText(child).replace(/\s+/gu, ' ').trim();
      continue;
    }
    if (name === 'head') {
      walkBlocks(child, state, depth + 1);
      continue;
    }
    if (DROPPED.has(name)) continue;
    const isBlock =
      HEADINGS.has(name) || PARAGRAPHS.has(name) || BLOCK_CONTAINERS.has(name) || ['ul', 'ol', 'blockquote', 'hr', 'li'].includes(name);
    if (!isBlock) {
      // Inline element among blocks: part of a loose paragraph.
      inlineNode(child, loose, depth + 1);
      continue;
    }
    flushLoose();
    if (depth > MAX_DEPTH) {
      const text = flatText(child).replace(/\s+/gu, ' ').trim();
      if (text) state.blocks.push({ type: 'paragraph', text, marks: [] });
      continue;
    }
    if (HEADINGS.has(name)) {
      const inline = inlineOf(child, depth + 1);
      if (!inline) continue;
      if (!state.headline && name === 'h1') state.headline = inline.text;
      else if (state.headline && state.standfirst === undefined && state.blocks.length === 0) state.standfirst = inline.text;
      else state.blocks.push({ type: 'subheading', ...inline });
    } else if (PARAGRAPHS.has(name)) {
      const inline = inlineOf(child, depth + 1, name === 'pre');
      if (!inline) continue;
      const className = attribute(child, 'class') ?? '';
      if (state.headline && state.standfirst === undefined && state.blocks.length === 0 && STANDFIRST_CLASSES.test(className))
        state.standfirst = inline.text;
      else state.blocks.push({ type: 'paragraph', ...inline });
    } else if (name === 'blockquote') {
      const block = blockquoteOf(child, depth + 1);
      if (block) state.blocks.push(block);
    } else if (name === 'ul' || name === 'ol') {
      const items: InlineText[] = [];
      listItems(child, depth + 1, items);
      if (items.length > 0) state.blocks.push({ type: 'list', ordered: name === 'ol', items });
    } else if (name === 'li') {
      const inline = inlineOf(child, depth + 1);
      if (inline) state.blocks.push({ type: 'list', ordered: false, items: [inline] });
    } else if (name !== 'hr') {
      if (hasBlockChildren(child)) walkBlocks(child, state, depth + 1);
      else {
        const inline = inlineOf(child, depth + 1);
        if (inline) state.blocks.push({ type: 'paragraph', ...inline });
      }
    }
  }
  flushLoose();
}

/**
 * Converts a parsed HTML document (or fragment) into an Article: the first h1 is the
 * headline (else the document title, else the first heading); a heading or a
 * `class="lead|standfirst|…"` paragraph right after it is the standfirst; further headings
 * are subheadings; p, blockquote (with its cite/footer as attribution), ul/ol and pre
 * become blocks; b/strong, i/em and safe links become marks.
 */
export function htmlToArticle(root: StructuralNode, source: HtmlSourceInfo): Article {
  const state: Collected = { headline: '', title: '', blocks: [] };
  walkBlocks(root, state, 0);
  let { headline, blocks } = state;
  if (!headline && state.title) headline = state.title;
  if (!headline) {
    const index = blocks.findIndex((b) => b.type === 'subheading');
    if (index === 0) {
      headline = (blocks[0] as { text: string }).text;
      blocks = blocks.slice(1);
    }
  }
  let dateline: Article['dateline'] = null;
  const first = blocks[0];
  const match = first?.type === 'paragraph' ? matchDateline(first.text) : null;
  if (first?.type === 'paragraph' && match) {
    // The dateline is kept as a field; the lead keeps the marks that lie inside it.
    dateline = match.dateline;
    const offset = first.text.length - match.lead.length;
    const marks = first.marks.filter((m) => m.start >= offset).map((m) => ({ ...m, start: m.start - offset, end: m.end - offset }));
    blocks = match.lead
      ? [{ ...first, text: match.lead, marks: marks.filter((m) => m.end <= match.lead.length) }, ...blocks.slice(1)]
      : blocks.slice(1);
  }
  const text = [headline, ...blocks.map((b) => (b.type === 'list' ? b.items.map((i) => i.text).join(' ') : b.text))].join('\n');
  return {
    headline,
    ...(state.standfirst ? { standfirst: state.standfirst } : {}),
    dateline,
    blocks,
    entities: [],
    meta: {
      ...defaultMeta(detectLanguage(text)),
      source: {
        format: source.format,
        ...(source.fileName !== undefined ? { fileName: source.fileName } : {}),
        ...(source.encoding !== undefined ? { encoding: source.encoding } : {}),
      },
    },
  };
}
