/** Sections: invisible runs of body blocks that must never change the article or what a command does. */
import { describe, expect, it } from 'vitest';
import { undo } from 'prosemirror-history';
import { TextSelection } from 'prosemirror-state';
import { Slice, Fragment } from 'prosemirror-model';
import { createStoryState } from '../../../renderer/src/features/editor/create-editor.ts';
import { docToArticle } from '../../../renderer/src/features/editor/convert.ts';
import { liftBlock, makeBulletList, replaceArticle } from '../../../renderer/src/features/editor/commands.ts';
import { compileQuery, findMatches, replaceAll, setQuery } from '../../../renderer/src/features/editor/find.ts';
import { countDoc } from '../../../renderer/src/features/editor/counts.ts';
import {
  MAX_SECTION_SIZE,
  SECTION_SIZE,
  joinBackwardAcrossSections,
  joinForwardAcrossSections,
} from '../../../renderer/src/features/editor/sections.ts';
import { nodes } from '../../../renderer/src/features/editor/schema.ts';
import { article, paragraphPos, run, sectionSizes, texts } from './support.ts';

describe('sections', () => {
  it('group a long body into runs of SECTION_SIZE blocks that the article never sees', () => {
    const source = article(2 * SECTION_SIZE + 17);
    const state = createStoryState(source);
    expect(sectionSizes(state)).toEqual([SECTION_SIZE, SECTION_SIZE, 17]);
    expect(docToArticle(state.doc)).toEqual(source);
    expect(sectionSizes(createStoryState(article(0)))).toEqual([]);
  });

  it('Backspace at the start of a section joins the paragraphs in one undoable step', () => {
    let state = createStoryState(article(SECTION_SIZE + 5));
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, paragraphPos(state, SECTION_SIZE, 'start'))));
    const before = texts(state);
    state = run(state, joinBackwardAcrossSections);
    const after = texts(state);
    expect(after).toHaveLength(before.length - 1);
    expect(after[SECTION_SIZE - 1]).toBe(before[SECTION_SIZE - 1]! + before[SECTION_SIZE]!);
    expect(state.selection.from).toBe(paragraphPos(state, SECTION_SIZE - 1, 'start') + before[SECTION_SIZE - 1]!.length);
    expect(sectionSizes(state)).toEqual([SECTION_SIZE + 4]);
    undo(state, (tr) => (state = state.apply(tr)));
    expect(texts(state)).toEqual(before);
  });

  it('Delete at the end of a section joins the next paragraph into it', () => {
    let state = createStoryState(article(SECTION_SIZE + 5));
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, paragraphPos(state, SECTION_SIZE - 1, 'end'))));
    const before = texts(state);
    state = run(state, joinForwardAcrossSections);
    expect(texts(state)[SECTION_SIZE - 1]).toBe(before[SECTION_SIZE - 1]! + before[SECTION_SIZE]!);
  });

  it('leave Backspace and Delete inside a section to the usual commands', () => {
    let state = createStoryState(article(SECTION_SIZE + 5));
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, paragraphPos(state, 3, 'start'))));
    expect(joinBackwardAcrossSections(state)).toBe(false);
    expect(joinForwardAcrossSections(state)).toBe(false);
  });

  it('let a list wrap and lift a selection that spans two sections', () => {
    let state = createStoryState(article(SECTION_SIZE + 5));
    const from = paragraphPos(state, SECTION_SIZE - 2, 'start');
    const to = paragraphPos(state, SECTION_SIZE + 1, 'end');
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, from, to)));
    const before = docToArticle(state.doc);
    state = run(state, makeBulletList);
    const list = docToArticle(state.doc).blocks[SECTION_SIZE - 2];
    expect(list?.type === 'list' && list.items.map((i) => i.text)).toEqual(
      before.blocks.slice(SECTION_SIZE - 2, SECTION_SIZE + 2).map((b) => (b.type === 'list' ? '' : b.text)),
    );
    state = run(state, liftBlock);
    expect(docToArticle(state.doc).blocks).toEqual(before.blocks);
  });

  it('split a section that grows past MAX_SECTION_SIZE, in the same undo step as the edit', () => {
    let state = createStoryState(article(10));
    const pasted = Array.from({ length: MAX_SECTION_SIZE + 50 }, (_, i) => nodes.paragraph.create(null, state.schema.text(`Вставка ${i}`)));
    const at = paragraphPos(state, 5, 'end') + 1;
    state = state.apply(state.tr.replace(at, at, new Slice(Fragment.from(pasted), 0, 0)));
    expect(Math.max(...sectionSizes(state))).toBeLessThanOrEqual(MAX_SECTION_SIZE);
    expect(sectionSizes(state).reduce((a, b) => a + b, 0)).toBe(10 + MAX_SECTION_SIZE + 50);
    expect(texts(state)[6]).toBe('Вставка 0');
    undo(state, (tr) => (state = state.apply(tr)));
    expect(docToArticle(state.doc)).toEqual(article(10));
  });

  it('are invisible to find and replace, counts and whole-article restore', () => {
    let state = createStoryState(article(2 * SECTION_SIZE + 5));
    const compiled = compileQuery({ text: 'Абзац (\\d+)\\.', matchCase: true, wholeWord: false, regex: true });
    if (!compiled.ok) throw new Error(compiled.message);
    expect(findMatches(state.doc, compiled.re)).toHaveLength(2 * SECTION_SIZE + 5);
    state = state.apply(setQuery(state, { text: 'Абзац (\\d+)\\.', matchCase: true, wholeWord: false, regex: true }));
    state = state.apply(replaceAll(state, '№$1')!);
    expect(texts(state)[SECTION_SIZE + 1]).toBe(`№${SECTION_SIZE + 1}`);
    expect(countDoc(state.doc, 'ru').words).toBe(1 + 2 * SECTION_SIZE + 5);
    state = run(state, replaceArticle(article(3)));
    expect(sectionSizes(state)).toEqual([3]);
    undo(state, (tr) => (state = state.apply(tr)));
    expect(texts(state)[SECTION_SIZE + 1]).toBe(`№${SECTION_SIZE + 1}`);
  });
});
