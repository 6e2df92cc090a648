/**
 * Building the story editor: its state (document + plugins) and its view. Kept apart from
 * the Svelte component so the benchmark and the tests build exactly the editor the app uses.
 */
import { baseKeymap, chainCommands } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { splitListItem } from 'prosemirror-schema-list';
import { EditorState, type Plugin } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import type { Article } from '../../../../core/article/model.ts';
import { enterMovesOn } from './commands.ts';
import { formatKeyBindings } from './format-commands.ts';
import { articleToDoc, docMeta } from './convert.ts';
import { findPlugin } from './find.ts';
import { cleanPastedHtml } from './paste.ts';
import { nodes } from './schema.ts';
import { joinBackwardAcrossSections, joinForwardAcrossSections, sectionPlugin } from './sections.ts';
import { typographyRules } from './typography.ts';
import { tagPlugins, type TaggingHooks } from '../tags/tag-plugin.ts';

/** Hooks from the app the editor's keymap calls. */
export interface EditorHooks {
  /** Ctrl/Cmd+K: ask for a link URL for the selection. */
  readonly onLinkPrompt?: () => void;
  /** Tagging: suggestions, the tag keys and the tag menu (absent in editors built without it). */
  readonly tagging?: TaggingHooks;
}

/** The plugins of the story editor, in precedence order. */
export function storyPlugins(hooks: EditorHooks = {}): Plugin[] {
  return [
    ...(hooks.tagging ? tagPlugins(hooks.tagging) : []),
    typographyRules(),
    keymap({
      'Mod-z': undo,
      'Mod-Shift-z': redo,
      'Mod-y': redo,
      ...formatKeyBindings(),
      'Mod-k': () => {
        hooks.onLinkPrompt?.();
        return Boolean(hooks.onLinkPrompt);
      },
      Enter: chainCommands(enterMovesOn, splitListItem(nodes.list_item)),
      Backspace: joinBackwardAcrossSections,
      'Mod-Backspace': joinBackwardAcrossSections,
      'Shift-Backspace': joinBackwardAcrossSections,
      Delete: joinForwardAcrossSections,
      'Mod-Delete': joinForwardAcrossSections,
    }),
    keymap(baseKeymap),
    history({ newGroupDelay: 700 }),
    sectionPlugin(),
    findPlugin(),
  ];
}

/** An editor state holding `article`, with fresh undo history. */
export function createStoryState(article: Article, hooks: EditorHooks = {}): EditorState {
  return EditorState.create({ doc: articleToDoc(article), plugins: storyPlugins(hooks) });
}

/** Options for `createStoryView`. */
export interface StoryViewOptions {
  readonly state: EditorState;
  /** Receives every state the view produces; the owner keeps it and may push states back with `updateState`. */
  readonly onState: (state: EditorState, docChanged: boolean) => void;
  readonly label: string;
  readonly editable?: () => boolean;
}

/** Mounts the story editor into `place`. The caller destroys the view when done. */
export function createStoryView(place: HTMLElement, options: StoryViewOptions): EditorView {
  const view: EditorView = new EditorView(place, {
    state: options.state,
    attributes: (state) => ({
      class: 'story-editor article',
      'aria-label': options.label,
      'aria-multiline': 'true',
      role: 'textbox',
      spellcheck: 'true',
      lang: docMeta(state.doc).language,
    }),
    transformPastedHTML: cleanPastedHtml,
    editable: options.editable ?? (() => true),
    dispatchTransaction(tr) {
      const next = view.state.apply(tr);
      view.updateState(next);
      options.onState(next, tr.docChanged);
    },
  });
  return view;
}
