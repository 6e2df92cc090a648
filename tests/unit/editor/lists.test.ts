/** List commands: one item per paragraph, switching kinds, and lifting items back out. */
import { describe, expect, it } from 'vitest';
import { TextSelection, type EditorState } from 'prosemirror-state';
import { createStoryState } from '../../../renderer/src/features/editor/create-editor.ts';
import { docToArticle } from '../../../renderer/src/features/editor/convert.ts';
import { liftBlock, makeBlockquote, makeBulletList, makeOrderedList } from '../../../renderer/src/features/editor/commands.ts';
import { article, paragraphPos, run, texts } from './support.ts';

function select(state: EditorState, first: number, last: number): EditorState {
  const from = paragraphPos(state, first, 'start') + 2;
  const to = paragraphPos(state, last, 'start') + 3;
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, from, to)));
}

const selectedText = (state: EditorState) => state.doc.textBetween(state.selection.from, state.selection.to, '|');

describe('lists', () => {
  it('make each selected paragraph an item and keep the selection on the same text', () => {
    let state = select(createStoryState(article(6)), 1, 3);
    const selected = selectedText(state);
    state = run(state, makeBulletList);
    expect(texts(state)).toEqual(['Абзац 0.', 'Абзац 1.|Абзац 2.|Абзац 3.', 'Абзац 4.', 'Абзац 5.']);
    expect(selectedText(state)).toBe(selected);
  });

  it('switch a bulleted list to a numbered one, and refuse to make it bulleted again', () => {
    let state = run(select(createStoryState(article(4)), 0, 2), makeBulletList);
    expect(makeBulletList(state)).toBe(false);
    state = run(state, makeOrderedList);
    const list = docToArticle(state.doc).blocks[0];
    expect(list?.type === 'list' && list.ordered && list.items.length).toBe(3);
  });

  it('lift the middle items out, leaving the items around them as lists', () => {
    let state = run(select(createStoryState(article(5)), 0, 4), makeBulletList);
    state = select(state, 2, 2);
    state = run(state, liftBlock);
    expect(texts(state)).toEqual(['Абзац 0.|Абзац 1.', 'Абзац 2.', 'Абзац 3.|Абзац 4.']);
    expect(docToArticle(state.doc).blocks.map((b) => b.type)).toEqual(['list', 'paragraph', 'list']);
  });

  it('refuse a selection that includes a blockquote', () => {
    let state = run(select(createStoryState(article(3)), 1, 1), makeBlockquote);
    state = select(state, 0, 2);
    expect(makeBulletList(state)).toBe(false);
  });
});
