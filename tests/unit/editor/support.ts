/** Helpers for editor unit tests: generated articles and positions in story documents. */
import { expect } from 'vitest';
import type { Command, EditorState } from 'prosemirror-state';
import type { Node as PmNode } from 'prosemirror-model';
import type { Article } from '../../../core/article/model.ts';
import { defaultMeta } from '../../../core/article/model.ts';
import { docToArticle } from '../../../renderer/src/features/editor/convert.ts';
import { nodes } from '../../../renderer/src/features/editor/schema.ts';

/** An article of `paragraphs` numbered paragraphs. */
export const article = (paragraphs: number): Article => ({
  headline: 'Заголовок',
  dateline: null,
  blocks: Array.from({ length: paragraphs }, (_, i) => ({ type: 'paragraph' as const, text: `Абзац ${i}.`, marks: [] })),
  entities: [],
  meta: defaultMeta('ru'),
});

function body(state: EditorState): { node: PmNode; pos: number } {
  let found: { node: PmNode; pos: number } | null = null;
  state.doc.forEach((node, pos) => node.type === nodes.body && (found = { node, pos }));
  if (!found) throw new Error('no body');
  return found;
}

/** The number of blocks in each body section. */
export const sectionSizes = (state: EditorState): number[] => {
  const sizes: number[] = [];
  body(state).node.forEach((section) => sizes.push(section.childCount));
  return sizes;
};

/** The position inside the `index`-th body paragraph (counting over all sections), at its start or end. */
export function paragraphPos(state: EditorState, index: number, at: 'start' | 'end'): number {
  let seen = 0;
  let result = -1;
  state.doc.descendants((node, pos) => {
    if (result !== -1) return false;
    if (node.type !== nodes.paragraph) return true;
    if (seen++ === index) result = at === 'start' ? pos + 1 : pos + 1 + node.content.size;
    return false;
  });
  if (result === -1) throw new Error(`no paragraph ${index}`);
  return result;
}

/** Runs `command`, which must apply, and returns the next state. */
export function run(state: EditorState, command: Command): EditorState {
  let next = state;
  expect(command(state, (tr) => (next = state.apply(tr)))).toBe(true);
  return next;
}

/** The text of each body block (list items joined by |). */
export const texts = (state: EditorState): string[] =>
  docToArticle(state.doc).blocks.map((b) => (b.type === 'list' ? b.items.map((i) => i.text).join('|') : b.text));
