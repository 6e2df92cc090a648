/**
 * The canonical form of inline marks. An editor holds marks as properties of characters, not
 * as ranges, so it cannot tell two overlapping bold ranges from their union, nor a mention
 * split in two touching halves from one mention. The canonical form makes that explicit:
 * ranges of the same mark (same type and attributes) that overlap or touch are merged, and
 * marks are sorted. Normalising never changes which marks cover which character, so it
 * loses nothing a reader or exporter can see; Article → editor → Article is the identity on
 * canonical articles and equals `normalizeArticle` on any other.
 */
import {
  withTitleMarks,
  type Article,
  type Block,
  type EntityMark,
  type InlineMark,
  type InlineText,
} from '../../../../core/article/model.ts';
import { withDerivedEntities } from '../tags/entities.ts';

const TYPE_ORDER: Record<InlineMark['type'], number> = { bold: 0, italic: 1, link: 2, entity: 3 };

/** Identity of a mark apart from its range: two marks with the same key are "the same mark". */
export function markKey(mark: InlineMark): string {
  switch (mark.type) {
    case 'bold':
    case 'italic':
      return mark.type;
    case 'link':
      return `link ${mark.href}`;
    case 'entity':
      return `entity ${mark.kind} ${mark.entityId}`;
  }
}

/** The canonical order of marks: by start, end, type, then attributes. */
export function compareMarks(a: InlineMark, b: InlineMark): number {
  return (
    a.start - b.start ||
    a.end - b.end ||
    TYPE_ORDER[a.type] - TYPE_ORDER[b.type] ||
    (markKey(a) < markKey(b) ? -1 : markKey(a) > markKey(b) ? 1 : 0)
  );
}

/** Merges overlapping or touching ranges of the same mark, drops empty ones and sorts. */
export function normalizeMarks(marks: readonly InlineMark[], textLength: number): InlineMark[] {
  const groups = new Map<string, InlineMark[]>();
  for (const mark of marks) {
    const start = Math.max(0, mark.start);
    const end = Math.min(textLength, mark.end);
    if (end <= start) continue;
    const key = markKey(mark);
    const list = groups.get(key) ?? [];
    list.push({ ...mark, start, end });
    groups.set(key, list);
  }
  const out: InlineMark[] = [];
  for (const list of groups.values()) {
    list.sort((a, b) => a.start - b.start);
    let current = list[0] as InlineMark;
    for (const next of list.slice(1)) {
      if (next.start <= current.end) current = { ...current, end: Math.max(current.end, next.end) };
      else {
        out.push(current);
        current = next;
      }
    }
    out.push(current);
  }
  return out.sort(compareMarks);
}

/** An inline text with canonical marks. */
export function normalizeInlineText<T extends InlineText>(text: T): T {
  return { ...text, marks: normalizeMarks(text.marks, text.text.length) };
}

function normalizeBlock(block: Block): Block {
  return block.type === 'list' ? { ...block, items: block.items.map(normalizeInlineText) } : normalizeInlineText(block);
}

/** Title marks in canonical form; they are entity marks only, and normalising keeps them so. */
function normalizeTitleMarks(marks: readonly EntityMark[] | undefined, text: string | undefined): EntityMark[] | undefined {
  return marks && text !== undefined ? (normalizeMarks(marks, text.length) as EntityMark[]) : undefined;
}

/** The article with every inline text's marks (headline and standfirst too) in canonical form and its entities derived from them. */
export function normalizeArticle(article: Article): Article {
  const titled = withTitleMarks(
    article,
    normalizeTitleMarks(article.headlineMarks, article.headline),
    normalizeTitleMarks(article.standfirstMarks, article.standfirst),
  );
  return withDerivedEntities({ ...titled, blocks: article.blocks.map(normalizeBlock) });
}
