/**
 * Suggestion decorations are updated per paragraph: an answer after an edit looks up only the
 * edited paragraphs and leaves every other decoration untouched, with no rebuild of the whole
 * set (which is quadratic in ProseMirror and stalled typing on long articles).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EditorState, Plugin } from 'prosemirror-state';
import { DecorationSet } from 'prosemirror-view';
import type { Article } from '../../../core/article/model.ts';
import type { SuggestedEntity, SuggestedMention } from '../../../core/api/tags.ts';
import { articleToDoc } from '../../../renderer/src/features/editor/convert.ts';
import {
  applyTagTransaction,
  emptyTagState,
  pendingBlocks,
  suggestionsOf,
  tagKey,
  tagState,
  type SuggestionSpec,
  type TagMeta,
} from '../../../renderer/src/features/tags/suggestions.ts';

const BLINKEN = 'person:энтони-блинкен';
const entities = new Map<string, SuggestedEntity>([[BLINKEN, { id: BLINKEN, type: 'person', name: 'Энтони Блинкен', inRegistry: false }]]);

/** A stand-in tagger: every whole "Блинкен" in a paragraph is a mention. Records what it was asked. */
function tagger() {
  const asked: string[] = [];
  const lookup = (text: string): SuggestedMention[] => {
    asked.push(text);
    const out: SuggestedMention[] = [];
    for (let at = text.indexOf('Блинкен'); at !== -1; at = text.indexOf('Блинкен', at + 1))
      out.push({ entityId: BLINKEN, start: at, end: at + 'Блинкен'.length, text: 'Блинкен', kind: 'name' });
    return out;
  };
  return { asked, lookup };
}

const PARAGRAPHS = 40;
function longArticle(): Article {
  return {
    headline: 'Визит',
    dateline: null,
    blocks: Array.from({ length: PARAGRAPHS }, (_, i) => ({
      type: 'paragraph' as const,
      text: `Абзац ${i}: Блинкен прибыл, и Блинкен уехал.`,
      marks: [],
    })),
    entities: [],
    meta: { language: 'ru', status: 'draft', keywords: [] },
  };
}

const statePlugin = new Plugin({
  key: tagKey,
  state: { init: () => emptyTagState(), apply: (tr, value) => applyTagTransaction(tr, value) },
});
const results = (lookup: (t: string) => SuggestedMention[] | undefined, full = false): TagMeta => ({
  type: 'results',
  lookup,
  entities,
  full,
});
/** Position just after "Абзац N:" in paragraph N. */
function paragraphPos(state: EditorState, n: number): number {
  let found = -1;
  state.doc.descendants((node, pos) => {
    if (found !== -1) return false;
    if (node.isTextblock && node.textContent.startsWith(`Абзац ${n}:`)) found = pos + 1 + `Абзац ${n}:`.length;
    return !node.isTextblock;
  });
  if (found === -1) throw new Error(`paragraph ${n}`);
  return found;
}
const specs = (state: EditorState) =>
  tagState(state)
    .suggestions.find()
    .map((d) => d.spec as SuggestionSpec);

afterEach(() => vi.restoreAllMocks());

describe('incremental suggestion decorations', () => {
  it('after an edit, looks up only the edited paragraph and keeps every other decoration object', () => {
    const { asked, lookup } = tagger();
    let state = EditorState.create({ doc: articleToDoc(longArticle()), plugins: [statePlugin] });
    state = state.apply(state.tr.setMeta(tagKey, results(lookup)));
    expect(suggestionsOf(state)).toHaveLength(PARAGRAPHS * 2);
    const before = new Set(specs(state));

    const create = vi.spyOn(DecorationSet, 'create');
    // A new mention typed into paragraph 7, then the answer for the edited text.
    state = state.apply(state.tr.insertText(' Блинкен', paragraphPos(state, 7)));
    expect(pendingBlocks(state.doc, tagState(state).pending).map(({ block }) => block.textContent)).toEqual([
      `Абзац 7: Блинкен Блинкен прибыл, и Блинкен уехал.`,
    ]);
    asked.length = 0;
    state = state.apply(state.tr.setMeta(tagKey, results(lookup)));

    expect(asked).toEqual([`Абзац 7: Блинкен Блинкен прибыл, и Блинкен уехал.`]);
    expect(create).not.toHaveBeenCalled();
    const after = specs(state);
    expect(after).toHaveLength(PARAGRAPHS * 2 + 1);
    // Every decoration outside paragraph 7 is the same object as before the edit.
    const edited = after.filter((s) => !before.has(s));
    expect(edited).toHaveLength(3);
    expect(new Set(edited.map((s) => s.rejectKey.split('\u0000')[2]))).toEqual(
      new Set([`Абзац 7: Блинкен Блинкен прибыл, и Блинкен уехал.`]),
    );
    for (const s of suggestionsOf(state)) expect(state.doc.textBetween(s.from, s.to)).toBe(s.text);
    // Nothing is left to look up: a second answer changes nothing and asks nothing.
    asked.length = 0;
    const settled = state.apply(state.tr.setMeta(tagKey, results(lookup)));
    expect(asked).toEqual([]);
    expect(tagState(settled).suggestions).toBe(tagState(state).suggestions);
  });

  it('removes the decorations of a mention the edit took out, and keeps unanswered paragraphs pending', () => {
    const { lookup } = tagger();
    let state = EditorState.create({ doc: articleToDoc(longArticle()), plugins: [statePlugin] });
    state = state.apply(state.tr.setMeta(tagKey, results(lookup)));
    // "и Блинкен уехал" -> "и уехал" in paragraph 3; paragraph 5 edited but its answer not in yet.
    const at3 = paragraphPos(state, 3) + ' Блинкен прибыл, и '.length;
    state = state.apply(state.tr.delete(at3, at3 + 'Блинкен '.length));
    state = state.apply(state.tr.insertText('!', paragraphPos(state, 5)));
    const edited5 = state.doc.textBetween(paragraphPos(state, 5) - 'Абзац 5:'.length, paragraphPos(state, 5) + 1);
    state = state.apply(
      state.tr.setMeta(
        tagKey,
        results((t) => (t.startsWith('Абзац 5:') ? undefined : lookup(t))),
      ),
    );

    expect(suggestionsOf(state)).toHaveLength(PARAGRAPHS * 2 - 1);
    for (const s of suggestionsOf(state)) expect(state.doc.textBetween(s.from, s.to)).toBe(s.text);
    const pending = pendingBlocks(state.doc, tagState(state).pending).map(({ block }) => block.textContent);
    expect(pending).toHaveLength(1);
    expect(pending[0]!.startsWith(edited5)).toBe(true);
  });

  it('a full answer (after an invalidation) looks every paragraph up again', () => {
    const { asked, lookup } = tagger();
    let state = EditorState.create({ doc: articleToDoc(longArticle()), plugins: [statePlugin] });
    state = state.apply(state.tr.setMeta(tagKey, results(lookup)));
    asked.length = 0;
    // The registry forgot the person: the full pass drops every suggestion.
    state = state.apply(
      state.tr.setMeta(
        tagKey,
        results(() => [], true),
      ),
    );
    expect(suggestionsOf(state)).toEqual([]);
    state = state.apply(state.tr.setMeta(tagKey, results(lookup, true)));
    // Every paragraph and the headline, which takes mentions too.
    expect(asked).toHaveLength(PARAGRAPHS + 1);
    expect(asked).toContain('Визит');
    expect(suggestionsOf(state)).toHaveLength(PARAGRAPHS * 2);
  });
});
