/**
 * Suggestions as ProseMirror decorations: never part of the document (so never saved)
 * until accepted. The state maps them through every transaction, so they stay on their
 * words while the user types, and drops any whose words were edited or tagged meanwhile.
 * Results from the tagger are applied by paragraph TEXT, not position: a response for a
 * paragraph that changed since the request finds no matching text and is ignored, so a
 * stale answer is never misplaced.
 *
 * Answers are applied only to the paragraphs edited since the last answer (`pending`), by
 * removing and adding their decorations in the mapped set: rebuilding the set for the whole
 * document is quadratic in ProseMirror and took seconds on 10,000-paragraph articles.
 */
import type { Node as PmNode } from 'prosemirror-model';
import { PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { AddMarkStep, RemoveMarkStep } from 'prosemirror-transform';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { SuggestedEntity, SuggestedMention } from '../../../../core/api/tags.ts';

/** What a suggestion decoration carries. */
export interface SuggestionSpec {
  readonly entityId: string;
  readonly kind: SuggestedMention['kind'];
  readonly text: string;
  readonly entityType: 'person' | 'country';
  /** Identifies this occurrence for rejection: the paragraph text and offset it was found at. */
  readonly rejectKey: string;
}

/** A suggestion in the current document. */
export interface Suggestion extends SuggestionSpec {
  readonly from: number;
  readonly to: number;
}

/** The tagger's mentions per paragraph text; undefined for paragraphs it has not seen. */
export type SuggestionLookup = (paragraphText: string) => readonly SuggestedMention[] | undefined;

/** A range of document positions. */
export interface PosRange {
  readonly from: number;
  readonly to: number;
}

/**
 * The parts of the document whose suggestions may be out of date: 'all' until the first
 * answer (and when an answer asks for a full pass), otherwise sorted, non-overlapping ranges
 * of the current document, mapped through every transaction.
 */
export type PendingRanges = 'all' | readonly PosRange[];

/** The plugin state: suggestion and highlight decorations, rejected occurrences, known entities. */
export interface TagState {
  readonly suggestions: DecorationSet;
  readonly highlight: DecorationSet;
  /** The entity whose confirmed mentions are highlighted, if any. */
  readonly highlightId: string | null;
  readonly rejected: ReadonlySet<string>;
  readonly entities: ReadonlyMap<string, SuggestedEntity>;
  /** Where suggestions must be looked up again at the next answer. */
  readonly pending: PendingRanges;
}

/** Transaction metadata the tag state understands. */
export type TagMeta =
  | {
      readonly type: 'results';
      readonly lookup: SuggestionLookup;
      readonly entities: ReadonlyMap<string, SuggestedEntity>;
      /** Look every paragraph up again (the cache was invalidated), not only the pending ones. */
      readonly full?: boolean;
      /** Paragraphs to look up again besides the pending ones (the article's people changed). */
      readonly also?: readonly PosRange[];
    }
  | { readonly type: 'reject'; readonly keys: readonly string[] }
  | { readonly type: 'highlight'; readonly entityId: string | null };

/** The key of the tag plugin's state. */
export const tagKey = new PluginKey<TagState>('copydesk-tags');

/** The empty state. */
export function emptyTagState(): TagState {
  return {
    suggestions: DecorationSet.empty,
    highlight: DecorationSet.empty,
    highlightId: null,
    rejected: new Set(),
    entities: new Map(),
    pending: 'all',
  };
}

/** The key that identifies one suggested occurrence across rebuilds. */
export function rejectKey(paragraphText: string, mention: SuggestedMention): string {
  return `${mention.entityId}\u0000${mention.start}\u0000${paragraphText}`;
}

/** Calls `visit` for every taggable textblock (the ones that allow entity marks): headline, standfirst and body. */
export function forEachTaggableBlock(doc: PmNode, visit: (block: PmNode, pos: number) => void): void {
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const entity = node.type.schema.marks['entity'];
    if (entity && node.type.allowsMarkType(entity)) visit(node, pos);
    return false;
  });
}

function hasEntityMark(doc: PmNode, from: number, to: number): boolean {
  const entity = doc.type.schema.marks['entity'];
  return entity !== undefined && doc.rangeHasMark(from, to, entity);
}

function suggestionDecoration(from: number, to: number, spec: SuggestionSpec): Decoration {
  return Decoration.inline(
    from,
    to,
    { class: `tag-suggestion tag-suggestion-${spec.entityType}`, 'data-suggestion': spec.entityId, 'data-kind': spec.kind },
    spec,
  );
}

/** The suggestion decorations `mentions` give the paragraph `block` at `pos`. */
function blockSuggestions(
  doc: PmNode,
  block: PmNode,
  pos: number,
  mentions: readonly SuggestedMention[],
  rejected: ReadonlySet<string>,
  entities: ReadonlyMap<string, SuggestedEntity>,
): Decoration[] {
  const text = block.textContent;
  const decorations: Decoration[] = [];
  for (const mention of mentions) {
    const key = rejectKey(text, mention);
    const from = pos + 1 + mention.start;
    const to = pos + 1 + mention.end;
    const entity = entities.get(mention.entityId);
    if (!entity || rejected.has(key) || mention.end > text.length || hasEntityMark(doc, from, to)) continue;
    decorations.push(
      suggestionDecoration(from, to, {
        entityId: mention.entityId,
        kind: mention.kind,
        text: mention.text,
        entityType: entity.type,
        rejectKey: key,
      }),
    );
  }
  return decorations;
}

/**
 * Suggestion decorations for the whole of `doc`: from `lookup` for every paragraph whose
 * current text it knows; paragraphs it does not know keep their `previous` decorations
 * (already mapped). Rejected occurrences and text already carrying an entity mark get no
 * suggestion. Costly on long documents: only for a full pass (first answer, invalidation).
 */
export function buildSuggestions(
  doc: PmNode,
  lookup: SuggestionLookup,
  previous: DecorationSet,
  rejected: ReadonlySet<string>,
  entities: ReadonlyMap<string, SuggestedEntity>,
): { suggestions: DecorationSet; pending: PosRange[] } {
  const decorations: Decoration[] = [];
  const pending: PosRange[] = [];
  forEachTaggableBlock(doc, (block, pos) => {
    const mentions = lookup(block.textContent);
    if (mentions) decorations.push(...blockSuggestions(doc, block, pos, mentions, rejected, entities));
    else {
      decorations.push(...previous.find(pos + 1, pos + block.nodeSize - 1));
      pending.push({ from: pos, to: pos + block.nodeSize });
    }
  });
  return { suggestions: DecorationSet.create(doc, decorations), pending: mergeRanges(pending) };
}

/**
 * The taggable textblocks (with positions) that `pending` covers, each once, in document
 * order. Only the nodes on the way to each range are visited, so the cost follows the ranges,
 * not the document.
 */
export function pendingBlocks(doc: PmNode, pending: PendingRanges): { block: PmNode; pos: number }[] {
  const out: { block: PmNode; pos: number }[] = [];
  if (pending === 'all') {
    forEachTaggableBlock(doc, (block, pos) => out.push({ block, pos }));
    return out;
  }
  const entity = doc.type.schema.marks['entity'];
  const seen = new Set<number>();
  const size = doc.content.size;
  for (const { from, to } of pending) {
    const start = Math.max(0, Math.min(size, from));
    const end = Math.max(start, Math.min(size, to));
    doc.nodesBetween(start, end, (node, pos) => {
      if (!node.isTextblock) return true;
      if (entity && node.type.allowsMarkType(entity) && !seen.has(pos)) {
        seen.add(pos);
        out.push({ block: node, pos });
      }
      return false;
    });
  }
  return out.sort((a, b) => a.pos - b.pos);
}

/** Sorted, merged copy of `ranges` (ranges that overlap or touch become one). */
function mergeRanges(ranges: PosRange[]): PosRange[] {
  ranges.sort((a, b) => a.from - b.from);
  const out: { from: number; to: number }[] = [];
  for (const r of ranges) {
    const last = out.at(-1);
    if (last && r.from <= last.to) last.to = Math.max(last.to, r.to);
    else out.push({ from: r.from, to: r.to });
  }
  return out;
}

/** `pending` mapped through `tr`, plus the ranges `tr` touched. */
export function mapPending(pending: PendingRanges, tr: Transaction): PendingRanges {
  if (pending === 'all' || !tr.docChanged) return pending;
  const mapped = pending.map((r) => {
    const from = tr.mapping.map(r.from, -1);
    return { from, to: Math.max(from, tr.mapping.map(r.to, 1)) };
  });
  return mergeRanges([...mapped, ...touchedRanges(tr)]);
}

const decorationKey = (d: Decoration) => {
  const spec = d.spec as SuggestionSpec;
  return `${d.from}\u0000${d.to}\u0000${spec.kind}\u0000${spec.entityType}\u0000${spec.rejectKey}`;
};

/**
 * `set` with the decorations of the paragraphs `pending` covers looked up again; every other
 * decoration stays as it is, and a paragraph whose answer did not change keeps its decoration
 * objects. Paragraphs `lookup` does not know (their text changed while the request was out)
 * keep their mapped decorations and stay pending.
 */
export function updateSuggestions(
  doc: PmNode,
  lookup: SuggestionLookup,
  set: DecorationSet,
  pending: readonly PosRange[],
  rejected: ReadonlySet<string>,
  entities: ReadonlyMap<string, SuggestedEntity>,
): { suggestions: DecorationSet; pending: PosRange[] } {
  const stillPending: PosRange[] = [];
  const remove: Decoration[] = [];
  const add: Decoration[] = [];
  for (const { block, pos } of pendingBlocks(doc, pending)) {
    const mentions = lookup(block.textContent);
    if (!mentions) {
      stillPending.push({ from: pos, to: pos + block.nodeSize });
      continue;
    }
    const old = new Map(set.find(pos + 1, pos + block.nodeSize - 1).map((d) => [decorationKey(d), d]));
    for (const fresh of blockSuggestions(doc, block, pos, mentions, rejected, entities)) {
      const key = decorationKey(fresh);
      if (old.has(key)) old.delete(key);
      else add.push(fresh);
    }
    remove.push(...old.values());
  }
  let suggestions = set;
  if (remove.length > 0) suggestions = suggestions.remove(remove);
  if (add.length > 0) suggestions = suggestions.add(doc, add);
  return { suggestions, pending: mergeRanges(stillPending) };
}

/** The ranges of `tr.doc` its steps touched: replaced text and added or removed marks. */
export function touchedRanges(tr: Transaction): { from: number; to: number }[] {
  const ranges: { from: number; to: number }[] = [];
  tr.steps.forEach((step, index) => {
    const later = tr.mapping.slice(index + 1);
    if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) {
      ranges.push({ from: later.map(step.from, -1), to: later.map(step.to, 1) });
      return;
    }
    step.getMap().forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      ranges.push({ from: later.map(newStart, -1), to: later.map(newEnd, 1) });
    });
  });
  return ranges;
}

/**
 * `set` mapped through `tr`, without the decorations whose text changed or that now sit on
 * tagged text. Only decorations touching the changed ranges are checked, so the cost per
 * keystroke does not grow with the document.
 */
export function mapSuggestions(set: DecorationSet, tr: Transaction): DecorationSet {
  if (!tr.docChanged || set === DecorationSet.empty) return set;
  let mapped = set.map(tr.mapping, tr.doc);
  const stale: Decoration[] = [];
  for (const { from, to } of touchedRanges(tr)) {
    for (const decoration of mapped.find(Math.max(0, from - 1), Math.min(tr.doc.content.size, to + 1))) {
      const spec = decoration.spec as SuggestionSpec;
      const ok = decoration.to > decoration.from && tr.doc.textBetween(decoration.from, decoration.to) === spec.text;
      if (!ok || hasEntityMark(tr.doc, decoration.from, decoration.to)) stale.push(decoration);
    }
  }
  if (stale.length > 0) mapped = mapped.remove(stale);
  return mapped;
}

/** Highlight decorations on every confirmed mention of `entityId`. */
export function buildHighlight(doc: PmNode, entityId: string | null): DecorationSet {
  if (entityId === null) return DecorationSet.empty;
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isText) return true;
    if (node.marks.some((m) => m.type.name === 'entity' && m.attrs['entityId'] === entityId))
      decorations.push(Decoration.inline(pos, pos + node.nodeSize, { class: 'tag-highlight' }));
    return false;
  });
  return DecorationSet.create(doc, decorations);
}

/** The next tag state after `tr`. */
export function applyTagTransaction(tr: Transaction, state: TagState): TagState {
  const meta = tr.getMeta(tagKey) as TagMeta | undefined;
  let next: TagState = {
    ...state,
    suggestions: mapSuggestions(state.suggestions, tr),
    pending: mapPending(state.pending, tr),
    highlight: tr.docChanged ? buildHighlightMapped(state, tr) : state.highlight,
  };
  if (!meta) return next;
  switch (meta.type) {
    case 'results': {
      const entities = new Map([...state.entities, ...meta.entities]);
      const pending = meta.full
        ? 'all'
        : meta.also?.length && next.pending !== 'all'
          ? mergeRanges([...next.pending, ...meta.also])
          : next.pending;
      const answer =
        pending === 'all'
          ? buildSuggestions(tr.doc, meta.lookup, next.suggestions, state.rejected, entities)
          : updateSuggestions(tr.doc, meta.lookup, next.suggestions, pending, state.rejected, entities);
      next = { ...next, entities, suggestions: answer.suggestions, pending: answer.pending };
      break;
    }
    case 'reject': {
      const rejected = new Set([...state.rejected, ...meta.keys]);
      const drop = next.suggestions.find(undefined, undefined, (spec) => rejected.has((spec as SuggestionSpec).rejectKey));
      next = { ...next, rejected, suggestions: next.suggestions.remove(drop) };
      break;
    }
    case 'highlight':
      next = { ...next, highlightId: meta.entityId, highlight: buildHighlight(tr.doc, meta.entityId) };
      break;
  }
  return next;
}

function buildHighlightMapped(state: TagState, tr: Transaction): DecorationSet {
  if (state.highlightId === null) return DecorationSet.empty;
  // Tagging or untagging changes which text is highlighted; plain typing only moves it.
  return tr.steps.some((s) => s instanceof AddMarkStep || s instanceof RemoveMarkStep)
    ? buildHighlight(tr.doc, state.highlightId)
    : state.highlight.map(tr.mapping, tr.doc);
}

/** The tag state of an editor state (empty when the plugin is not installed). */
export function tagState(state: EditorState): TagState {
  return tagKey.getState(state) ?? emptyTagState();
}

/** Every suggestion in the document, in order. */
export function suggestionsOf(state: EditorState): Suggestion[] {
  return tagState(state)
    .suggestions.find()
    .map((d) => ({ ...(d.spec as SuggestionSpec), from: d.from, to: d.to }))
    .sort((a, b) => a.from - b.from);
}

/** The suggestion covering `pos` (or touching it at either end), if any. */
export function suggestionAt(state: EditorState, pos: number): Suggestion | null {
  const found = tagState(state).suggestions.find(pos, pos);
  const decoration = found[0];
  return decoration ? { ...(decoration.spec as SuggestionSpec), from: decoration.from, to: decoration.to } : null;
}
