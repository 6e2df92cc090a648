/**
 * What incremental journal writes rely on: after an edit, `docToArticle` returns the very
 * same block objects for every block the edit did not touch, so comparing blocks by identity
 * finds exactly the changed run.
 */
import { describe, expect, it } from 'vitest';
import { TextSelection, type EditorState } from 'prosemirror-state';
import { splitBlock } from 'prosemirror-commands';
import type { Article, Block } from '../../../core/article/model.ts';
import { defaultMeta } from '../../../core/article/model.ts';
import { createStoryState } from '../../../renderer/src/features/editor/create-editor.ts';
import { docToArticle } from '../../../renderer/src/features/editor/convert.ts';
import { diffBlocks } from '../../../renderer/src/lib/state/journal-patch.ts';

const PARAGRAPHS = 60;

const article = (): Article => ({
  headline: 'Заголовок',
  dateline: null,
  blocks: Array.from({ length: PARAGRAPHS }, (_, i) => ({ type: 'paragraph' as const, text: `Абзац номер ${i}.`, marks: [] })),
  entities: [],
  meta: defaultMeta('ru'),
});

/** The position just inside the end of the body paragraph whose text is `text`. */
function endOf(state: EditorState, text: string): number {
  let found = -1;
  state.doc.descendants((node, pos) => {
    if (found >= 0) return false;
    if (node.isTextblock && node.textContent === text) found = pos + 1 + node.content.size;
    return !node.isTextblock;
  });
  if (found < 0) throw new Error(`no paragraph "${text}"`);
  return found;
}

function at(state: EditorState, pos: number): EditorState {
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, pos)));
}

/** True when every block of `next` outside `except` is the very object of `previous` at its place (`shift` places on, past the edit). */
function sameObjects(previous: readonly Block[], next: readonly Block[], except: readonly number[], shift = 0): boolean {
  const from = Math.min(...except);
  return next.every((block, i) => {
    if (except.includes(i)) return true;
    const j = i > from ? i - shift : i;
    return previous[j] === block;
  });
}

describe('docToArticle keeps unchanged blocks as the same objects', () => {
  it('typing into one paragraph changes exactly that block', () => {
    const state = createStoryState(article());
    const before = docToArticle(state.doc).blocks;
    const pos = endOf(state, 'Абзац номер 37.');
    const after = state.apply(state.tr.insertText(' Дописано.', pos, pos));
    const blocks = docToArticle(after.doc).blocks;
    expect(blocks).toHaveLength(PARAGRAPHS);
    expect(blocks[37]).toMatchObject({ text: 'Абзац номер 37. Дописано.' });
    expect(blocks[37]).not.toBe(before[37]);
    expect(sameObjects(before, blocks, [37])).toBe(true);
    expect(diffBlocks(before, blocks)).toEqual({ start: 37, deleteCount: 1, blocks: [blocks[37]] });
  });

  it('converting the same document twice yields the same objects', () => {
    const state = createStoryState(article());
    const once = docToArticle(state.doc).blocks;
    const twice = docToArticle(state.doc).blocks;
    expect(twice.every((b, i) => b === once[i])).toBe(true);
  });

  it('splitting a paragraph (Enter) changes one block and inserts one; the rest are the same objects', () => {
    const state = createStoryState(article());
    const before = docToArticle(state.doc).blocks;
    let next = at(state, endOf(state, 'Абзац номер 10.') - 1);
    splitBlock(next, (tr) => (next = next.apply(tr)));
    const blocks = docToArticle(next.doc).blocks;
    expect(blocks).toHaveLength(PARAGRAPHS + 1);
    expect(sameObjects(before, blocks, [10, 11], 1)).toBe(true);
    const splice = diffBlocks(before, blocks);
    expect(splice.start).toBe(10);
    expect(splice.deleteCount).toBe(1);
    expect(splice.blocks.map((b) => (b.type === 'list' ? '' : b.text))).toEqual(['Абзац номер 10', '.']);
  });

  it('joining two paragraphs changes one block and removes one', () => {
    const state = createStoryState(article());
    const before = docToArticle(state.doc).blocks;
    // Deleting the boundary between the two paragraphs joins them, whatever containers hold them.
    const start = endOf(state, 'Абзац номер 21.') - 'Абзац номер 21.'.length;
    const next = state.apply(state.tr.delete(endOf(state, 'Абзац номер 20.'), start));
    const blocks = docToArticle(next.doc).blocks;
    expect(blocks).toHaveLength(PARAGRAPHS - 1);
    expect(blocks[20]).toMatchObject({ text: 'Абзац номер 20.Абзац номер 21.' });
    expect(sameObjects(before, blocks, [20], -1)).toBe(true);
    expect(diffBlocks(before, blocks)).toEqual({ start: 20, deleteCount: 2, blocks: [blocks[20]] });
  });
});
