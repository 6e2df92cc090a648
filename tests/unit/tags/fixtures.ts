/** Shared fixtures of the editor tagging tests: two entities, their suggested forms, and an editor state with the tag plugin's state. */
import { EditorState, Plugin } from 'prosemirror-state';
import type { Article, Entity } from '../../../core/article/model.ts';
import type { SuggestedEntity } from '../../../core/api/tags.ts';
import { articleToDoc } from '../../../renderer/src/features/editor/convert.ts';
import { applyTagTransaction, emptyTagState, tagKey } from '../../../renderer/src/features/tags/suggestions.ts';

/** A person entity. */
export const blinken: Entity = { id: 'person:энтони-блинкен', type: 'person', name: 'Энтони Блинкен' };
/** A country entity. */
export const kz: Entity = { id: 'country:KZ', type: 'country', code: 'KZ', name: 'Казахстан' };

/** The two entities as the suggestion API names them. */
export const suggested = new Map<string, SuggestedEntity>([
  [blinken.id, { id: blinken.id, type: 'person', name: blinken.name, inRegistry: false }],
  [kz.id, { id: kz.id, type: 'country', code: 'KZ', name: 'Казахстан' }],
]);

// Only the tag state: the tests drive it with metadata instead of a view.
const statePlugin = new Plugin({
  key: tagKey,
  state: { init: () => emptyTagState(), apply: (tr, value) => applyTagTransaction(tr, value) },
});

/** An editor state holding `article`, with the tag plugin's state. */
export const stateOf = (article: Article) => EditorState.create({ doc: articleToDoc(article), plugins: [statePlugin] });
