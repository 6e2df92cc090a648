/**
 * Suggestions as ProseMirror decorations: never part of the document (so never saved)
 * until accepted. The state maps them through every transaction, so they stay on their
 * words while the user types, and drops any whose words were edited or tagged meanwhile.
 * Results from the tagger are applied by paragraph TEXT, not position: a response for a
 * paragraph that changed since the request finds no matching text and is ignored, so a
 * stale answer is never misplaced.
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

/** The plugin state: suggestion and highlight decorations, rejected occurrences, known entities. */
export interface TagState {
  readonly suggestions: DecorationSet;
  readonly highlight: DecorationSet;
  /** The entity whose confirmed mentions are highlighted, if any. */
  readonly highlightId: string | null;
  readonly rejected: ReadonlySet<string>;
  readonly entities: ReadonlyMap<string, SuggestedEntity>;
}

/** Transaction metadata the tag state understands. */
export type TagMeta =
  | { readonly type: 'results'; readonly lookup: SuggestionLookup; readonly entities: ReadonlyMap<string, SuggestedEntity> }
  | { readonly type: 'reject'; readonly keys: readonly string[] }
  | { readonly type: 'highlight'; readonly entityId: string | null };

/** The key of the tag plugin's state. */
export const tagKey = new PluginKey<TagState>('copydesk-tags');

/** The empty state. */
export function emptyTagState(): TagState {
  return { suggestions: DecorationSet.empty, highlight: DecorationSet.empty, highlightId: null, rejected: new Set(), entities: new Map() };
}

/** The key that identifies one suggested occurrence across rebuilds. */
export function rejectKey(paragraphText: string, mention: SuggestedMention): string {
  return `${mention.entityId}\u0000${mention.start}\u0000${paragraphText}`;
}

/** Calls `visit` for every taggable textblock of the body (the ones that allow entity marks). */
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

/**
 * Suggestion decorations for `doc`: from `lookup` for every paragraph whose current text it
 * knows; paragraphs it does not know keep their `previous` decorations (already mapped).
 * Rejected occurrences and text already carrying an entity mark get no suggestion.
 */
export function buildSuggestions(
  doc: PmNode,
  lookup: SuggestionLookup,
  previous: DecorationSet,
  rejected: ReadonlySet<string>,
  entities: ReadonlyMap<string, SuggestedEntity>,
): DecorationSet {
  const decorations: Decoration[] = [];
  forEachTaggableBlock(doc, (block, pos) => {
    const text = block.textContent;
    const mentions = lookup(text);
    if (!mentions) {
      decorations.push(...previous.find(pos, pos + block.nodeSize));
      return;
    }
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
  });
  return DecorationSet.create(doc, decorations);
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
    highlight: tr.docChanged ? buildHighlightMapped(state, tr) : state.highlight,
  };
  if (!meta) return next;
  switch (meta.type) {
    case 'results': {
      const entities = new Map([...state.entities, ...meta.entities]);
      next = { ...next, entities, suggestions: buildSuggestions(tr.doc, meta.lookup, next.suggestions, state.rejected, entities) };
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
