/**
 * The article's people and countries, derived from its entity marks. Marks are the truth:
 * an entity no mark refers to is dropped, and a marked id with no entity (a pasted mention,
 * a hand-edited file) gets one built from its id and text, so the lists always agree with
 * the marks. Pure functions over the Article model and ProseMirror documents.
 */
import type { Node as PmNode } from 'prosemirror-model';
import type { Article, CountryEntity, Entity, MentionKind, PersonEntity } from '../../../../core/article/model.ts';
import { mentionTexts } from '../../../../core/article/model.ts';
import type { SuggestedEntity } from '../../../../core/api/tags.ts';
import type { RegistryEntry } from '../../../../core/tagger/registry.ts';

/** A confirmed mention in an editor document: a maximal run of one entity mark. */
export interface TaggedMention {
  readonly entityId: string;
  readonly kind: MentionKind;
  /** Document positions, end exclusive. */
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

/** An entity built from its id alone: `country:XX` is a country, anything else a person named by its first mention. */
export function entityForUnknownId(id: string, mentionText: string): Entity {
  const code = /^country:([A-Za-z]{2})$/u.exec(id)?.[1]?.toUpperCase();
  if (code) return { id, type: 'country', code, name: code };
  return { id, type: 'person', name: mentionText.trim() || id };
}

/**
 * `entities` reduced to the ids in `markedIds` (in their original order), followed by
 * built entities for marked ids that had none (in first-mention order). `markedIds` maps
 * each id to the text of its first mention.
 */
export function reconcileEntities(entities: readonly Entity[], markedIds: ReadonlyMap<string, string>): Entity[] {
  const kept = entities.filter((e) => markedIds.has(e.id));
  const known = new Set(kept.map((e) => e.id));
  for (const [id, text] of markedIds) if (!known.has(id)) kept.push(entityForUnknownId(id, text));
  return kept;
}

/** The article with `entities` derived from its marks, the headline's and standfirst's included (see `reconcileEntities`). */
export function withDerivedEntities(article: Article): Article {
  const marked = new Map<string, string>();
  // Headline and standfirst first: a person named only in the headline is the article's too.
  for (const inline of mentionTexts(article))
    for (const mark of inline.marks)
      if (mark.type === 'entity' && !marked.has(mark.entityId)) marked.set(mark.entityId, inline.text.slice(mark.start, mark.end));
  const entities = reconcileEntities(article.entities, marked);
  const same = entities.length === article.entities.length && entities.every((e, i) => e === article.entities[i]);
  return same ? article : { ...article, entities };
}

/** Every confirmed mention of the document, in document order. */
export function taggedMentions(doc: PmNode): TaggedMention[] {
  const out: TaggedMention[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    // Open runs by entity id: a run continues while adjacent text nodes carry the same mark.
    let open = new Map<string, { from: number; kind: MentionKind }>();
    const close = (id: string, run: { from: number; kind: MentionKind }, to: number) =>
      out.push({ entityId: id, kind: run.kind, from: run.from, to, text: doc.textBetween(run.from, to) });
    let offset = pos + 1;
    node.forEach((child) => {
      const next = new Map<string, { from: number; kind: MentionKind }>();
      for (const mark of child.marks) {
        if (mark.type.name !== 'entity') continue;
        const id = String(mark.attrs['entityId']);
        const kind: MentionKind = mark.attrs['kind'] === 'adjective' ? 'adjective' : 'name';
        const running = open.get(id);
        next.set(id, running && running.kind === kind ? running : { from: offset, kind });
      }
      for (const [id, run] of open) if (next.get(id) !== run) close(id, run, offset);
      open = next;
      offset += child.nodeSize;
    });
    for (const [id, run] of open) close(id, run, offset);
    return false;
  });
  return out.sort((a, b) => a.from - b.from || a.to - b.to);
}

/** An entity of the article with its confirmed mentions. */
export interface EntityWithMentions {
  readonly entity: Entity;
  readonly mentions: readonly TaggedMention[];
}

/** The document's people and countries with their mentions, each list in first-mention order. */
export function entitiesWithMentions(
  doc: PmNode,
  entities: readonly Entity[],
): { people: EntityWithMentions[]; countries: EntityWithMentions[] } {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const grouped = new Map<string, TaggedMention[]>();
  for (const mention of taggedMentions(doc)) {
    const list = grouped.get(mention.entityId) ?? [];
    list.push(mention);
    grouped.set(mention.entityId, list);
  }
  const people: EntityWithMentions[] = [];
  const countries: EntityWithMentions[] = [];
  for (const [id, mentions] of grouped) {
    const entity = byId.get(id) ?? entityForUnknownId(id, mentions[0]?.text ?? '');
    (entity.type === 'person' ? people : countries).push({ entity, mentions });
  }
  return { people, countries };
}

/** The article entity for a suggestion's entity. */
export function entityFromSuggested(entity: SuggestedEntity): Entity {
  return entity.type === 'person'
    ? ({ id: entity.id, type: 'person', name: entity.name } satisfies PersonEntity)
    : ({ id: entity.id, type: 'country', code: entity.code, name: entity.name } satisfies CountryEntity);
}

/** The article entity for a registry entry (aliases stay in the registry). */
export function entityFromRegistry(entry: RegistryEntry): Entity {
  if (entry.type === 'country') return { id: entry.id, type: 'country', code: entry.code, name: entry.name };
  const person: PersonEntity = { id: entry.id, type: 'person', name: entry.name };
  return entry.role ? { ...person, role: entry.role } : person;
}

/** `entities` with `entity` added, or replacing the entry of the same id. */
export function upsertEntity(entities: readonly Entity[], entity: Entity): Entity[] {
  const index = entities.findIndex((e) => e.id === entity.id);
  if (index === -1) return [...entities, entity];
  const copy = [...entities];
  copy[index] = entity;
  return copy;
}

/** The display name of an entity: the canonical name, with the code for countries. */
export function entityLabel(entity: Entity): string {
  return entity.type === 'country' && entity.name !== entity.code ? `${entity.name} (${entity.code})` : entity.name;
}
