/**
 * Tagging commands: each is one ProseMirror transaction (one undo step) that changes the
 * entity marks and keeps the document's entity list in agreement with them (every marked
 * id has its entity; entities no mark refers to are dropped).
 */
import type { Node as PmNode } from 'prosemirror-model';
import { TextSelection, type Command, type Transaction } from 'prosemirror-state';
import type { Entity, MentionKind } from '../../../../core/article/model.ts';
import { docEntities } from '../editor/convert.ts';
import { marks } from '../editor/schema.ts';
import { reconcileEntities, taggedMentions, upsertEntity } from './entities.ts';
import { forEachTaggableBlock, suggestionsOf, tagKey, type Suggestion, type TagMeta } from './suggestions.ts';

/** Sets the doc's entity list to `extra` upserted, then reconciled with the marks of `tr.doc`. */
function syncEntities(tr: Transaction, extra: readonly Entity[] = []): Transaction {
  let entities = [...docEntities(tr.doc)];
  for (const entity of extra) entities = upsertEntity(entities, entity);
  const marked = new Map<string, string>();
  for (const m of taggedMentions(tr.doc)) if (!marked.has(m.entityId)) marked.set(m.entityId, m.text);
  return tr.setDocAttribute('entities', reconcileEntities(entities, marked));
}

function canTag(doc: PmNode, from: number, to: number): boolean {
  if (to <= from) return false;
  const $from = doc.resolve(from);
  return $from.sameParent(doc.resolve(to)) && $from.parent.type.allowsMarkType(marks.entity);
}

/** The selection trimmed of surrounding spaces and punctuation: what a person means by "this name". */
export function trimmedSelection(doc: PmNode, from: number, to: number): { from: number; to: number } {
  const text = doc.textBetween(from, to);
  const lead = text.length - text.replace(/^[\s"'«»„“”(),.:;!?—–-]+/u, '').length;
  const trail = text.length - text.replace(/[\s"'«»„“”(),.:;!?—–-]+$/u, '').length;
  return lead + trail >= text.length ? { from, to: from } : { from: from + lead, to: to - trail };
}

/** Tags `from..to` as a mention of `entity`. Refuses ranges across paragraphs and untaggable text. */
export function tagRange(from: number, to: number, entity: Entity, kind: MentionKind = 'name'): Command {
  return (state, dispatch) => {
    if (!canTag(state.doc, from, to)) return false;
    if (dispatch) {
      const tr = state.tr.addMark(from, to, marks.entity.create({ entityId: entity.id, kind }));
      dispatch(syncEntities(tr, [entity]).scrollIntoView());
    }
    return true;
  };
}

/** Accepts suggestions: each becomes a mark of its entity, all in one undo step. */
export function acceptSuggestions(list: readonly Suggestion[], entityOf: (id: string) => Entity | undefined): Command {
  return (state, dispatch) => {
    const usable = list.filter((s) => entityOf(s.entityId) && canTag(state.doc, s.from, s.to));
    if (usable.length === 0) return false;
    if (dispatch) {
      const tr = state.tr;
      const added = new Map<string, Entity>();
      for (const s of usable) {
        tr.addMark(s.from, s.to, marks.entity.create({ entityId: s.entityId, kind: s.kind }));
        added.set(s.entityId, entityOf(s.entityId) as Entity);
      }
      dispatch(syncEntities(tr, [...added.values()]));
    }
    return true;
  };
}

/** Rejects suggestions: they disappear and do not come back while their paragraph is unchanged. */
export function rejectSuggestions(list: readonly Suggestion[]): Command {
  return (state, dispatch) => {
    if (list.length === 0) return false;
    const meta: TagMeta = { type: 'reject', keys: list.map((s) => s.rejectKey) };
    dispatch?.(state.tr.setMeta(tagKey, meta));
    return true;
  };
}

/** Removes the entity marks (of `entityId`, or all) from `from..to`. */
export function untagRange(from: number, to: number, entityId?: string): Command {
  return (state, dispatch) => {
    const ids = new Set<string>();
    state.doc.nodesBetween(from, to, (node) => {
      for (const m of node.marks)
        if (m.type === marks.entity && (entityId === undefined || m.attrs['entityId'] === entityId)) ids.add(String(m.attrs['entityId']));
    });
    if (ids.size === 0) return false;
    if (dispatch) {
      const tr = state.tr;
      state.doc.nodesBetween(from, to, (node, pos) => {
        for (const m of node.marks)
          if (m.type === marks.entity && ids.has(String(m.attrs['entityId'])))
            tr.removeMark(Math.max(from, pos), Math.min(to, pos + node.nodeSize), m);
      });
      dispatch(syncEntities(tr));
    }
    return true;
  };
}

/** Untags the whole mentions the selection `from..to` touches (or the caret sits in). */
export function untagMentionsAt(from: number, to: number): Command {
  return (state, dispatch) => {
    const hit = taggedMentions(state.doc).filter((m) => (from === to ? m.from <= from && from <= m.to : m.from < to && from < m.to));
    if (hit.length === 0) return false;
    if (dispatch) {
      const tr = state.tr;
      for (const m of hit) tr.removeMark(m.from, m.to, marks.entity.create({ entityId: m.entityId, kind: m.kind }));
      dispatch(syncEntities(tr));
    }
    return true;
  };
}

/** Removes every mention of `entityId` from the document. */
export function untagEntity(entityId: string): Command {
  return (state, dispatch) => untagRange(0, state.doc.content.size, entityId)(state, dispatch);
}

/**
 * Points every mention of `fromId` at `entity` (a merge, or the registry giving the entity
 * another id), and stores `entity` as given (a rename keeps the id and changes the name).
 */
export function relinkEntity(fromId: string, entity: Entity): Command {
  return (state, dispatch) => {
    if (dispatch) {
      const tr = state.tr;
      if (fromId !== entity.id)
        for (const m of taggedMentions(state.doc).filter((x) => x.entityId === fromId)) {
          tr.removeMark(m.from, m.to, marks.entity.create({ entityId: fromId, kind: m.kind }));
          tr.addMark(m.from, m.to, marks.entity.create({ entityId: entity.id, kind: m.kind }));
        }
      dispatch(syncEntities(tr, [entity]));
    }
    return true;
  };
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/**
 * Ranges of untagged text that repeat a confirmed mention of `entityId` exactly (whole
 * words only), in document order.
 */
export function exactRepeats(doc: PmNode, entityId: string): { from: number; to: number; kind: MentionKind }[] {
  const forms = new Map<string, MentionKind>();
  for (const m of taggedMentions(doc)) if (m.entityId === entityId) forms.set(m.text, m.kind);
  const out: { from: number; to: number; kind: MentionKind }[] = [];
  if (forms.size === 0) return out;
  forEachTaggableBlock(doc, (block, pos) => {
    const text = block.textContent;
    for (const [form, kind] of forms) {
      for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
        const end = at + form.length;
        if (isWordChar(text[at - 1]) || isWordChar(text[end])) continue;
        const from = pos + 1 + at;
        if (!doc.rangeHasMark(from, from + form.length, marks.entity)) out.push({ from, to: from + form.length, kind });
      }
    }
  });
  return out.sort((a, b) => a.from - b.from);
}

/** Tags every suggestion of `entity` and every exact repeat of its confirmed mentions. */
export function tagEveryMention(entity: Entity): Command {
  return (state, dispatch) => {
    const suggested = suggestionsOf(state).filter((s) => s.entityId === entity.id);
    const repeats = exactRepeats(state.doc, entity.id);
    const ranges = [...suggested.map((s) => ({ from: s.from, to: s.to, kind: s.kind })), ...repeats].filter((r) =>
      canTag(state.doc, r.from, r.to),
    );
    if (ranges.length === 0) return false;
    if (dispatch) {
      const tr = state.tr;
      for (const r of ranges) tr.addMark(r.from, r.to, marks.entity.create({ entityId: entity.id, kind: r.kind }));
      dispatch(syncEntities(tr, [entity]));
    }
    return true;
  };
}

/** Selects `from..to` and scrolls it into view. */
export function selectRange(from: number, to: number): Command {
  return (state, dispatch) => {
    dispatch?.(state.tr.setSelection(TextSelection.create(state.doc, from, to)).scrollIntoView());
    return true;
  };
}

/** Highlights the confirmed mentions of `entityId` (null clears). */
export function highlightEntity(entityId: string | null): Command {
  return (state, dispatch) => {
    const meta: TagMeta = { type: 'highlight', entityId };
    dispatch?.(state.tr.setMeta(tagKey, meta));
    return true;
  };
}

/** The entity marks at a position (the caret's marks, or those of the selection's start). */
export function entityIdsAt(doc: PmNode, from: number, to: number): string[] {
  const ids = new Set<string>();
  const collect = (node: PmNode) => node.marks.forEach((m) => m.type === marks.entity && ids.add(String(m.attrs['entityId'])));
  if (to > from) doc.nodesBetween(from, to, (node) => void collect(node));
  else {
    const $pos = doc.resolve(from);
    const after = $pos.nodeAfter;
    const before = $pos.nodeBefore;
    if (after) collect(after);
    if (before) collect(before);
  }
  return [...ids];
}
