/**
 * Article ⇄ ProseMirror document. The two directions are inverse on canonical articles
 * (see normalize.ts): `docToArticle(articleToDoc(a))` deep-equals `normalizeArticle(a)`.
 * Metadata and entities ride along in the doc node's attributes untouched.
 */
import type { Mark, Node as PmNode } from 'prosemirror-model';
import type { Article, ArticleMeta, Block, Dateline, Entity, EntityMark, InlineMark, InlineText } from '../../../../core/article/model.ts';
import { defaultMeta, headlineText, standfirstText, withTitleMarks } from '../../../../core/article/model.ts';
import { compareMarks, markKey } from './normalize.ts';
import { marks, nodes, storySchema, type DatelineAttrs } from './schema.ts';
import { sectionsOf } from './sections.ts';
import { withDerivedEntities } from '../tags/entities.ts';

function markToPm(mark: InlineMark): Mark {
  switch (mark.type) {
    case 'bold':
      return marks.bold.create();
    case 'italic':
      return marks.italic.create();
    case 'link':
      return marks.link.create({ href: mark.href });
    case 'entity':
      return marks.entity.create({ entityId: mark.entityId, kind: mark.kind });
  }
}

/** The text nodes of an inline text: one per run covered by the same set of marks. */
export function inlineToPm(inline: InlineText): PmNode[] {
  const { text } = inline;
  if (text.length === 0) return [];
  const cuts = new Set<number>([0, text.length]);
  for (const m of inline.marks) {
    cuts.add(Math.max(0, Math.min(text.length, m.start)));
    cuts.add(Math.max(0, Math.min(text.length, m.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pmMarks = inline.marks.map((m) => ({ m, pm: markToPm(m) }));
  const out: PmNode[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    let set = [] as readonly Mark[];
    for (const { m, pm } of pmMarks) if (m.start <= start && m.end >= end) set = pm.addToSet(set);
    out.push(storySchema.text(text.slice(start, end), set));
  }
  return out;
}

function pmMarkToModel(mark: Mark, start: number, end: number): InlineMark {
  switch (mark.type.name) {
    case 'bold':
      return { type: 'bold', start, end };
    case 'italic':
      return { type: 'italic', start, end };
    case 'link':
      return { type: 'link', start, end, href: String(mark.attrs['href']) };
    default:
      return {
        type: 'entity',
        start,
        end,
        entityId: String(mark.attrs['entityId']),
        kind: mark.attrs['kind'] === 'adjective' ? 'adjective' : 'name',
      };
  }
}

/** The inline text of a textblock; marks come out in canonical form. */
export function pmToInline(block: PmNode): InlineText {
  let text = '';
  const done: InlineMark[] = [];
  // Open ranges by mark identity; a range stays open while consecutive text nodes carry the mark.
  let open = new Map<string, { mark: Mark; start: number }>();
  block.forEach((child) => {
    const offset = text.length;
    text += child.text ?? '';
    const next = new Map<string, { mark: Mark; start: number }>();
    for (const mark of child.marks) {
      const model = pmMarkToModel(mark, 0, 1);
      const key = markKey(model);
      next.set(key, open.get(key) ?? { mark, start: offset });
    }
    for (const [key, range] of open) if (!next.has(key)) done.push(pmMarkToModel(range.mark, range.start, offset));
    open = next;
  });
  for (const range of open.values()) done.push(pmMarkToModel(range.mark, range.start, text.length));
  return { text, marks: done.filter((m) => m.end > m.start).sort(compareMarks) };
}

function textblock(type: typeof nodes.paragraph | typeof nodes.headline, inline: InlineText): PmNode {
  return type.create(null, inlineToPm(inline));
}

function plain(type: typeof nodes.attribution, text: string): PmNode {
  return type.create(null, text ? storySchema.text(text) : null);
}

/** The entity marks of a headline or standfirst node (the only marks its schema allows). */
function titleMarks(node: PmNode): EntityMark[] {
  return pmToInline(node).marks.filter((m): m is EntityMark => m.type === 'entity');
}

function blockToPm(block: Block): PmNode {
  switch (block.type) {
    case 'paragraph':
      return textblock(nodes.paragraph, block);
    case 'subheading':
      return textblock(nodes.subheading, block);
    case 'blockquote': {
      const children = [textblock(nodes.paragraph, block)];
      if (block.attribution !== undefined) children.push(plain(nodes.attribution, block.attribution));
      return nodes.blockquote.create(null, children);
    }
    case 'list':
      return (block.ordered ? nodes.ordered_list : nodes.bullet_list).create(
        null,
        block.items.map((item) => nodes.list_item.create(null, textblock(nodes.paragraph, item))),
      );
  }
}

/** The editor document of an article. */
export function articleToDoc(article: Article): PmNode {
  const children = [textblock(nodes.headline, headlineText(article))];
  const standfirst = standfirstText(article);
  if (standfirst !== undefined) children.push(textblock(nodes.standfirst, standfirst));
  if (article.dateline) children.push(nodes.dateline.create(datelineToAttrs(article.dateline)));
  children.push(nodes.body.create(null, sectionsOf(article.blocks.map(blockToPm))));
  return nodes.doc.create({ meta: article.meta, entities: article.entities }, children);
}

/** Dateline node attributes for a dateline. */
export function datelineToAttrs(dateline: Dateline): DatelineAttrs {
  return { text: dateline.text, place: dateline.place, date: dateline.date, agency: dateline.agency ?? null };
}

/** The dateline of dateline node attributes. */
export function attrsToDateline(attrs: DatelineAttrs): Dateline {
  const { text, place, date, agency } = attrs;
  return agency === null ? { text, place, date } : { text, place, date, agency };
}

// Nodes are immutable and a keystroke replaces only the blocks on its path, so caching each
// block's conversion by node makes `docToArticle` on a long story cost one lookup per
// unchanged block: autosave and the crash journal stay off the typing path.
const blockCache = new WeakMap<PmNode, Block | null>();

function pmToBlock(node: PmNode): Block | null {
  let block = blockCache.get(node);
  if (block === undefined) {
    block = convertBlock(node);
    blockCache.set(node, block);
  }
  return block;
}

function convertBlock(node: PmNode): Block | null {
  switch (node.type) {
    case nodes.paragraph:
      return { type: 'paragraph', ...pmToInline(node) };
    case nodes.subheading:
      return { type: 'subheading', ...pmToInline(node) };
    case nodes.blockquote: {
      const quote = node.firstChild;
      const attribution = node.childCount > 1 ? node.child(1).textContent : undefined;
      const inline = quote ? pmToInline(quote) : { text: '', marks: [] };
      return attribution === undefined ? { type: 'blockquote', ...inline } : { type: 'blockquote', ...inline, attribution };
    }
    case nodes.bullet_list:
    case nodes.ordered_list: {
      const items: InlineText[] = [];
      node.forEach((item) => items.push(item.firstChild ? pmToInline(item.firstChild) : { text: '', marks: [] }));
      return { type: 'list', ordered: node.type === nodes.ordered_list, items };
    }
    default:
      return null;
  }
}

/** The metadata held by a story document (default metadata for a doc built without any). */
export function docMeta(doc: PmNode): ArticleMeta {
  return (doc.attrs['meta'] as ArticleMeta | null) ?? defaultMeta();
}

/** The entities held by a story document. */
export function docEntities(doc: PmNode): readonly Entity[] {
  return (doc.attrs['entities'] as readonly Entity[] | null) ?? [];
}

/** The article an editor document holds. */
export function docToArticle(doc: PmNode): Article {
  let headline = '';
  let headlineMarks: EntityMark[] | undefined;
  let standfirst: string | undefined;
  let standfirstMarks: EntityMark[] | undefined;
  let dateline: Dateline | null = null;
  const blocks: Block[] = [];
  doc.forEach((child) => {
    if (child.type === nodes.headline) {
      headline = child.textContent;
      headlineMarks = titleMarks(child);
    } else if (child.type === nodes.standfirst) {
      standfirst = child.textContent;
      standfirstMarks = titleMarks(child);
    } else if (child.type === nodes.dateline) dateline = attrsToDateline(child.attrs as DatelineAttrs);
    else if (child.type === nodes.body)
      child.forEach((section) =>
        section.forEach((block) => {
          const converted = pmToBlock(block);
          if (converted) blocks.push(converted);
        }),
      );
  });
  const article: Article = { headline, dateline, blocks, entities: docEntities(doc), meta: docMeta(doc) };
  // The entity list always agrees with the marks: unmarked entities go, marked ids get one.
  return withDerivedEntities(
    withTitleMarks(standfirst === undefined ? article : { ...article, standfirst }, headlineMarks, standfirstMarks),
  );
}
