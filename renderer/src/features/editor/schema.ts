/**
 * The story schema: the ProseMirror document shape of one article. It mirrors the Article
 * model (core/article/model.ts) node for node, so the converters in `convert.ts` can be
 * lossless:
 *
 *   doc        headline standfirst? dateline? body      (attrs: meta, entities)
 *   headline, standfirst: text with entity marks only (mentions, no formatting)
 *   body       section*
 *   section    (paragraph | subheading | blockquote | bullet_list | ordered_list)+
 *   blockquote paragraph attribution?
 *   lists      list_item+, each list_item holds exactly one paragraph
 *
 * Sections are invisible runs of body blocks that keep long stories fast (`sections.ts`); the
 * Article model has no sections.
 *
 * The article's metadata and entities live in the doc node's attributes, so metadata edits
 * and version restores are ordinary transactions: undoable, and one undo step each.
 *
 * This module is DOM-free apart from the `toDOM`/`parseDOM` specs, which run only in a browser.
 */
import { Schema, type DOMOutputSpec, type Mark, type MarkType, type NodeType } from 'prosemirror-model';
import { isSafeLinkHref } from '../../../../core/security/links.ts';

/** Attributes of the dateline node: the parts of `Dateline`; `agency` null when absent. */
export interface DatelineAttrs {
  readonly text: string;
  readonly place: string;
  readonly date: string;
  readonly agency: string | null;
}

const inlineBlock =
  (tag: string, attrs: Record<string, string> = {}) =>
  (): DOMOutputSpec => [tag, attrs, 0];

/** The one schema of the story editor. */
export const storySchema = new Schema({
  nodes: {
    doc: {
      content: 'headline standfirst? dateline? body',
      attrs: { meta: { default: null }, entities: { default: [] } },
    },
    headline: {
      content: 'text*',
      // Mentions only: a headline names people and countries but carries no bold, italic or links.
      marks: 'entity',
      defining: true,
      // No parse rule: pasted <h1> must land in the body (as a subheading), never as a second headline.
      toDOM: inlineBlock('h1', { class: 'headline', 'data-testid': 'headline' }),
    },
    standfirst: {
      content: 'text*',
      // Mentions only: a standfirst names people and countries but carries no bold, italic or links.
      marks: 'entity',
      defining: true,
      toDOM: inlineBlock('p', { class: 'standfirst', 'data-testid': 'standfirst' }),
    },
    dateline: {
      atom: true,
      selectable: true,
      attrs: { text: { default: '' }, place: { default: '' }, date: { default: '' }, agency: { default: null } },
      toDOM: (node) => {
        const a = node.attrs as DatelineAttrs;
        const part = (testid: string, value: string): DOMOutputSpec => ['span', { 'data-testid': testid }, value];
        const parts: DOMOutputSpec[] = [part('dateline-place', a.place), ['span', { class: 'sep' }, '. '], part('dateline-date', a.date)];
        if (a.agency !== null) parts.push(['span', { class: 'sep' }, '. '], part('dateline-agency', a.agency));
        return ['div', { class: 'dateline', 'data-testid': 'dateline', contenteditable: 'false', title: a.text }, ...parts];
      },
    },
    body: {
      content: 'section*',
      toDOM: () => ['div', { class: 'body', 'data-testid': 'body' }, 0],
    },
    section: {
      content: 'block+',
      // No parse rule: pasted blocks are fitted into the section at the cursor.
      toDOM: () => ['div', { class: 'section' }, 0],
    },
    paragraph: {
      group: 'block',
      content: 'inline*',
      parseDOM: [{ tag: 'p' }],
      toDOM: () => ['p', 0],
    },
    subheading: {
      group: 'block',
      content: 'inline*',
      defining: true,
      parseDOM: [{ tag: 'h1' }, { tag: 'h2' }, { tag: 'h3' }, { tag: 'h4' }, { tag: 'h5' }, { tag: 'h6' }],
      toDOM: () => ['h2', 0],
    },
    blockquote: {
      group: 'block',
      content: 'paragraph attribution?',
      defining: true,
      parseDOM: [{ tag: 'blockquote' }],
      toDOM: () => ['blockquote', 0],
    },
    attribution: {
      content: 'text*',
      marks: '',
      parseDOM: [{ tag: 'blockquote footer' }, { tag: 'blockquote cite' }],
      toDOM: () => ['footer', { class: 'attribution' }, 0],
    },
    bullet_list: {
      group: 'block',
      content: 'list_item+',
      parseDOM: [{ tag: 'ul' }],
      toDOM: () => ['ul', 0],
    },
    ordered_list: {
      group: 'block',
      content: 'list_item+',
      parseDOM: [{ tag: 'ol' }],
      toDOM: () => ['ol', 0],
    },
    list_item: {
      content: 'paragraph',
      defining: true,
      parseDOM: [{ tag: 'li' }],
      toDOM: () => ['li', 0],
    },
    text: { group: 'inline' },
  },
  marks: {
    bold: {
      parseDOM: [
        { tag: 'strong' },
        { tag: 'b', getAttrs: (node) => (node as HTMLElement).style.fontWeight !== 'normal' && null },
        { style: 'font-weight=bold' },
        { style: 'font-weight=700' },
      ],
      toDOM: () => ['strong', 0],
    },
    italic: {
      parseDOM: [{ tag: 'em' }, { tag: 'i' }, { style: 'font-style=italic' }],
      toDOM: () => ['em', 0],
    },
    link: {
      // Several links may overlap in the model; `excludes: ''` lets distinct hrefs coexist.
      attrs: { href: {} },
      inclusive: false,
      excludes: '',
      parseDOM: [
        {
          tag: 'a[href]',
          getAttrs: (node) => {
            const href = (node as HTMLElement).getAttribute('href') ?? '';
            return isSafeLinkHref(href) ? { href } : false;
          },
        },
      ],
      toDOM: (mark: Mark) => {
        const href = String(mark.attrs['href']);
        return ['a', { href: isSafeLinkHref(href) ? href : '#', rel: 'noopener noreferrer', target: '_blank', title: href }, 0];
      },
    },
    entity: {
      // Mentions of different entities may overlap ("президент Казахстана Токаев").
      attrs: { entityId: {}, kind: { default: 'name' } },
      inclusive: false,
      excludes: '',
      parseDOM: [
        {
          tag: 'span[data-entity]',
          getAttrs: (node) => {
            const el = node as HTMLElement;
            const kind = el.getAttribute('data-kind') === 'adjective' ? 'adjective' : 'name';
            return { entityId: el.getAttribute('data-entity') ?? '', kind };
          },
        },
      ],
      toDOM: (mark: Mark) => [
        'span',
        { class: 'entity', 'data-entity': String(mark.attrs['entityId']), 'data-kind': String(mark.attrs['kind']) },
        0,
      ],
    },
  },
});

/** The node types by name, typed for the converters. */
export const nodes = storySchema.nodes as Record<
  | 'doc'
  | 'headline'
  | 'standfirst'
  | 'dateline'
  | 'body'
  | 'section'
  | 'paragraph'
  | 'subheading'
  | 'blockquote'
  | 'attribution'
  | 'bullet_list'
  | 'ordered_list'
  | 'list_item'
  | 'text',
  NodeType
>;

/** The mark types by name. */
export const marks = storySchema.marks as Record<'bold' | 'italic' | 'link' | 'entity', MarkType>;
