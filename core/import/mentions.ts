/**
 * Marking where the headline, standfirst and body mention entities an import declared
 * (ninjs `people`, `places`):
 * each exact, whole-word occurrence of an entity's name or alias becomes an entity mark.
 * Keeps the article invariant: only entities with at least one mark are kept.
 */
import {
  headlineText,
  standfirstText,
  withTitleMarks,
  type Article,
  type Block,
  type Entity,
  type EntityMark,
  type InlineMark,
  type InlineText,
} from '../article/model.ts';

const isLetter = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** Whole-word occurrences of `name` in `text`, as [start, end) ranges. */
function occurrences(text: string, name: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  if (!name) return found;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    if (!isLetter(text[at - 1]) && !isLetter(text[at + name.length])) found.push([at, at + name.length]);
  }
  return found;
}

/** Adds entity marks for `entities` where the article's headline, standfirst or blocks mention them; entities never mentioned are left out. */
export function markMentions(article: Article, entities: readonly Entity[]): Article {
  const used = new Map<string, Entity>(article.entities.map((e) => [e.id, e]));
  const markInline = (inline: InlineText): InlineText => {
    const marks: InlineMark[] = [...inline.marks];
    for (const entity of entities) {
      const names = [entity.name, ...(entity.type === 'person' ? (entity.aliases ?? []) : [])];
      for (const name of names) {
        for (const [start, end] of occurrences(inline.text, name)) {
          if (marks.some((m) => m.type === 'entity' && m.start < end && start < m.end)) continue;
          marks.push({ type: 'entity', start, end, entityId: entity.id, kind: 'name' });
          used.set(entity.id, entity);
        }
      }
    }
    marks.sort((a, b) => a.start - b.start || a.end - b.end);
    return { text: inline.text, marks };
  };
  const entityMarks = (inline: InlineText): EntityMark[] => markInline(inline).marks.filter((m): m is EntityMark => m.type === 'entity');
  const headlineMarks = entityMarks(headlineText(article));
  const standfirst = standfirstText(article);
  const standfirstMarks = standfirst ? entityMarks(standfirst) : undefined;
  const blocks: Block[] = article.blocks.map((block) =>
    block.type === 'list' ? { ...block, items: block.items.map(markInline) } : { ...block, ...markInline(block) },
  );
  return withTitleMarks({ ...article, blocks, entities: [...used.values()] }, headlineMarks, standfirstMarks);
}
