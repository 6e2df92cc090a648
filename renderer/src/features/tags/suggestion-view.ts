/**
 * Asking for suggestions off the keystroke path: once typing has paused for
 * SUGGEST_DELAY_MS, for the paragraphs edited since the last answer only, with the people the
 * article names in full elsewhere as context (see `article-context.ts`), and applying the
 * answers as one transaction that is not part of the undo history.
 */
import type { EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { SuggestedMention } from '../../../../core/api/tags.ts';
import { docEntities, docMeta } from '../editor/convert.ts';
import { blocksNaming, fullNames, isFullName, namesIn } from './article-context.ts';
import type { Suggester } from './suggester.svelte.ts';
import { pendingBlocks, tagKey, tagState, type Suggestion, type TagMeta } from './suggestions.ts';

/** How long typing must pause before suggestions are asked for. */
export const SUGGEST_DELAY_MS = 400;

/**
 * The people the article names in full: confirmed ones, and those suggested with a full-name
 * mention in the document or in the fresh answers for `texts`. A surname-only suggestion does
 * not count, so a person whose full name was deleted drops out instead of keeping itself alive.
 */
function articlePeople(
  state: EditorState,
  texts: readonly string[],
  answerOf: (text: string) => readonly SuggestedMention[] | undefined,
  suggester: Suggester,
): string[] {
  const ids = new Set<string>();
  // The paragraphs being asked about count by their fresh answers too.
  const asked = new Set(texts);
  for (const decoration of tagState(state).suggestions.find()) {
    const spec = decoration.spec as Suggestion;
    if (spec.entityType === 'person' && isFullName(spec.text)) ids.add(spec.entityId);
  }
  for (const text of asked) for (const m of answerOf(text) ?? []) if (isFullName(m.text)) ids.add(m.entityId);
  return fullNames(docEntities(state.doc), ids, suggester.entities);
}

/** Names in one list and not the other. */
function changedNames(before: readonly string[], after: readonly string[]): string[] {
  const a = new Set(before);
  const b = new Set(after);
  return [...before.filter((n) => !b.has(n)), ...after.filter((n) => !a.has(n))];
}

/** The plugin view that keeps one editor's suggestions up to date. */
export function suggestionView(view: EditorView, suggester: Suggester) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let again = false;
  let destroyed = false;
  // Set by a cache invalidation: the next request covers every paragraph, not only edited ones.
  let full = false;
  // The article's people named in full, as of the last answer.
  let known: readonly string[] = [];

  const refresh = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      const wholeDoc = full;
      full = false;
      const language = docMeta(view.state.doc).language;
      // Only the paragraphs edited since the last answer: no walk over the whole document.
      const texts = pendingBlocks(view.state.doc, wholeDoc ? 'all' : tagState(view.state).pending).map(({ block }) => block.textContent);
      // Each paragraph with the people the article already names that it may repeat: one request.
      const before = articlePeople(view.state, [], () => undefined, suggester);
      const first = suggester.missing(texts.map((text) => ({ text, names: namesIn(text, before) })));
      if (first.length > 0) await suggester.fetch(first, language);
      if (destroyed) return;
      // The answers may name new people (or the edit removed some): then the paragraphs that
      // may repeat them, edited or not, are asked again with the new names. Rare while typing.
      let people = articlePeople(view.state, texts, (text) => suggester.lookup(text, namesIn(text, before)), suggester);
      if (wholeDoc) people = [...new Set([...before, ...people])].sort();
      const changed = changedNames(known, people);
      known = people;
      const elsewhere = wholeDoc
        ? []
        : pendingBlocks(view.state.doc, blocksNaming(view.state.doc, changed)).map(({ block }) => block.textContent);
      const second = suggester.missing([...texts, ...elsewhere].map((text) => ({ text, names: namesIn(text, people) })));
      if (second.length > 0) await suggester.fetch(second, language);
      if (destroyed) return;
      const meta: TagMeta = {
        type: 'results',
        lookup: (text) => suggester.lookup(text, namesIn(text, people)),
        entities: new Map(suggester.entities),
        full: wholeDoc,
        also: wholeDoc ? [] : blocksNaming(view.state.doc, changed),
      };
      view.dispatch(view.state.tr.setMeta(tagKey, meta).setMeta('addToHistory', false));
    } finally {
      running = false;
      if (again && !destroyed) {
        again = false;
        schedule(0);
      }
    }
  };
  const schedule = (delay: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void refresh(), delay);
  };
  const unsubscribe = suggester.subscribe(() => {
    full = true;
    schedule(0);
  });
  schedule(0);
  return {
    update(updated: EditorView, previous: EditorState) {
      if (updated.state.doc !== previous.doc) schedule(SUGGEST_DELAY_MS);
    },
    destroy() {
      destroyed = true;
      clearTimeout(timer);
      unsubscribe();
    },
  };
}
