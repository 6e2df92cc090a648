/**
 * The editor side of tagging: the plugin that holds suggestion decorations (asked for by
 * `suggestion-view.ts`, off the keystroke path), the tagging keys and the mouse handling.
 */
import { keymap } from 'prosemirror-keymap';
import { Plugin, TextSelection, type Command, type EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { Entity } from '../../../../core/article/model.ts';
import { entityFromSuggested } from './entities.ts';
import type { Suggester } from './suggester.svelte.ts';
import {
  applyTagTransaction,
  emptyTagState,
  suggestionAt,
  suggestionsOf,
  tagKey,
  tagState,
  type Suggestion,
  type TagState,
} from './suggestions.ts';
import { acceptSuggestions, entityIdsAt, rejectSuggestions, selectRange, untagMentionsAt } from './tag-commands.ts';

import { suggestionView } from './suggestion-view.ts';

export { SUGGEST_DELAY_MS } from './suggestion-view.ts';

/** An accepted or tagged entity with the text of one of its mentions, for `tags.confirm`. */
export interface Confirmation {
  readonly entity: Entity;
  readonly mention: string;
}

/** What the tagging plugin needs from the app. */
export interface TaggingHooks {
  readonly suggester: Suggester;
  /** Ctrl/Cmd+Shift+P or C: open the entity picker for the selection. */
  readonly onPick: (view: EditorView, kind: 'person' | 'country') => void;
  /** Right click, or a click on a suggestion: open the tag menu at a screen point. */
  readonly onMenu: (view: EditorView, x: number, y: number) => void;
  /** Entities were confirmed in the document; the registry should learn them. */
  readonly onConfirm: (items: readonly Confirmation[]) => void;
}

/** The entity a suggestion would become. */
export function suggestedEntity(state: EditorState, id: string): Entity | undefined {
  const entity = tagState(state).entities.get(id);
  return entity ? entityFromSuggested(entity) : undefined;
}

/** Accepts `list` and reports the confirmed entities. */
export function acceptAndConfirm(list: readonly Suggestion[], hooks: Pick<TaggingHooks, 'onConfirm'>): Command {
  return (state, dispatch, view) => {
    const entityOf = (id: string) => suggestedEntity(state, id);
    if (!acceptSuggestions(list, entityOf)(state, dispatch, view)) return false;
    if (dispatch) {
      const seen = new Map<string, Confirmation>();
      for (const s of list) {
        const entity = entityOf(s.entityId);
        if (entity && !seen.has(entity.id)) seen.set(entity.id, { entity, mention: s.text });
      }
      hooks.onConfirm([...seen.values()]);
    }
    return true;
  };
}

function step(direction: 1 | -1): Command {
  return (state, dispatch) => {
    const all = suggestionsOf(state);
    const { from, to } = state.selection;
    const target =
      direction === 1
        ? (all.find((s) => s.from >= to && s.from !== from) ?? all[0])
        : ([...all].reverse().find((s) => s.to <= from) ?? all.at(-1));
    if (!target) return false;
    return selectRange(target.from, target.to)(state, dispatch);
  };
}

function tagKeymap(hooks: TaggingHooks): Plugin {
  const atCaret = (state: EditorState) => suggestionAt(state, state.selection.from);
  return keymap({
    'Mod-Shift-p': (state, _dispatch, view) => {
      if (state.selection.empty || !view) return false;
      hooks.onPick(view, 'person');
      return true;
    },
    'Mod-Shift-c': (state, _dispatch, view) => {
      if (state.selection.empty || !view) return false;
      hooks.onPick(view, 'country');
      return true;
    },
    'Alt-Enter': (state, dispatch, view) => {
      const s = atCaret(state);
      return s ? acceptAndConfirm([s], hooks)(state, dispatch, view) : false;
    },
    'Alt-Shift-Enter': (state, dispatch, view) => acceptAndConfirm(suggestionsOf(state), hooks)(state, dispatch, view),
    'Alt-Backspace': (state, dispatch) => {
      const s = atCaret(state);
      return s ? rejectSuggestions([s])(state, dispatch) : false;
    },
    'Alt-Shift-Backspace': (state, dispatch) => untagMentionsAt(state.selection.from, state.selection.to)(state, dispatch),
    F8: step(1),
    'Shift-F8': step(-1),
  });
}

/** The tagging plugins: keys first (they win over the base keymap), then the state and its view. */
export function tagPlugins(hooks: TaggingHooks): Plugin[] {
  let caretSuggestionAtMousedown: Suggestion | null = null;
  const plugin = new Plugin<TagState>({
    key: tagKey,
    state: { init: () => emptyTagState(), apply: (tr, value) => applyTagTransaction(tr, value) },
    view: (view) => suggestionView(view, hooks.suggester),
    props: {
      decorations: (state) => tagState(state).suggestions,
      handleDOMEvents: {
        // Where the caret was before this click: the browser moves the selection during the click.
        mousedown: (view) => {
          caretSuggestionAtMousedown = view.hasFocus() ? suggestionAt(view.state, view.state.selection.from) : null;
          return false;
        },
        contextmenu: (view, event) => {
          // Only where there is something to tag; elsewhere the browser's own menu (spelling, copy) stays.
          const at = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos;
          const { from, to } = view.state.selection;
          // A click outside the selection acts where it was made, as a caret there.
          const inSelection = at !== undefined && from < to && from <= at && at <= to;
          const onTag = at !== undefined && (suggestionAt(view.state, at) !== null || entityIdsAt(view.state.doc, at, at).length > 0);
          if (!inSelection && !onTag) return false;
          if (!inSelection && at !== undefined) view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, at)));
          hooks.onMenu(view, event.clientX, event.clientY);
          event.preventDefault();
          return true;
        },
      },
      handleClick: (view, pos, event) => {
        const clicked = suggestionAt(view.state, pos);
        if (event.button !== 0 || event.shiftKey || !clicked || !view.hasFocus()) return false;
        // The first click only places the caret (editors click into names to fix them); a click on
        // the suggestion the caret is already in offers accept / reject.
        const before = caretSuggestionAtMousedown;
        if (before?.from !== clicked.from || before.to !== clicked.to) return false;
        setTimeout(() => hooks.onMenu(view, event.clientX, event.clientY), 0);
        return false;
      },
    },
  });
  // The highlight is a second decoration source; ProseMirror layers the two.
  const highlight = new Plugin({ props: { decorations: (state) => tagState(state).highlight } });
  return [tagKeymap(hooks), plugin, highlight];
}
