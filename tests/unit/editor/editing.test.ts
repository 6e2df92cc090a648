/** Editing logic without a browser: typography rules, find and replace, counts, commands. */
import { describe, expect, it } from 'vitest';
import { undo } from 'prosemirror-history';
import { TextSelection, type EditorState, type Transaction } from 'prosemirror-state';
import type { Article } from '../../../core/article/model.ts';
import { defaultMeta } from '../../../core/article/model.ts';
import { createStoryState } from '../../../renderer/src/features/editor/create-editor.ts';
import { docToArticle } from '../../../renderer/src/features/editor/convert.ts';
import {
  compileQuery,
  findKey,
  findMatches,
  replaceAll,
  replaceCurrent,
  setQuery,
  type FindQuery,
} from '../../../renderer/src/features/editor/find.ts';
import { smartQuote } from '../../../renderer/src/features/editor/typography.ts';
import { countText, countDoc, readingMinutes } from '../../../renderer/src/features/editor/counts.ts';
import { replaceArticle, setLink, setMeta } from '../../../renderer/src/features/editor/commands.ts';

const article = (language: string, ...paragraphs: string[]): Article => ({
  headline: 'Заголовок',
  dateline: null,
  blocks: paragraphs.map((text) => ({ type: 'paragraph' as const, text, marks: [] })),
  entities: [],
  meta: defaultMeta(language),
});

const apply = (state: EditorState, tr: Transaction | null): EditorState => {
  if (!tr) throw new Error('no transaction');
  return state.apply(tr);
};

/** Types `text` character by character at the end of the first body paragraph through the input-rule plugin, as a view would. */
function type(state: EditorState, text: string): EditorState {
  let pos = 0;
  state.doc.descendants((node, p) => {
    if (node.type.name === 'paragraph' && pos === 0) pos = p + 1 + node.content.size;
    return pos === 0;
  });
  let current = state.apply(state.tr.setSelection(TextSelection.create(state.doc, pos)));
  const rules = current.plugins[0]!;
  for (const char of text) {
    const from = current.selection.from;
    let next: EditorState | null = null;
    const fakeView = { state: current, composing: false, dispatch: (tr: Transaction) => (next = current.apply(tr)) };
    const handled = rules.props.handleTextInput?.call(rules, fakeView as never, from, from, char, () =>
      current.tr.insertText(char, from, from),
    );
    current = handled && next ? next : current.apply(current.tr.insertText(char, from, from));
  }
  return current;
}

/** The document position where `text` first starts in a text node. */
function textPosition(state: EditorState, text: string): number {
  let found = -1;
  state.doc.descendants((node, pos) => {
    if (found === -1 && node.isText && node.text!.includes(text)) found = pos + node.text!.indexOf(text);
    return found === -1;
  });
  if (found === -1) throw new Error(`no «${text}» in the document`);
  return found;
}

const firstText = (state: EditorState): string => {
  const block = docToArticle(state.doc).blocks[0];
  return block && block.type !== 'list' ? block.text : '';
};

describe('typography while typing', () => {
  it('turns Russian straight quotes into «ёлочки» and nested „лапки“', () => {
    const state = type(createStoryState(article('ru', '')), 'Он сказал: "это "важно" для нас"');
    expect(firstText(state)).toBe('Он сказал: «это „важно“ для нас»');
  });

  it('uses curly quotes and apostrophes for English', () => {
    const state = type(createStoryState(article('en', '')), `She said "it's 'fine'"`);
    expect(firstText(state)).toBe('She said “it’s ‘fine’”');
  });

  it('makes dashes and ellipses in every language', () => {
    expect(firstText(type(createStoryState(article('ru', '')), 'Астана -- столица...'))).toBe('Астана — столица…');
    expect(firstText(type(createStoryState(article('de', '')), 'a -- b "c"'))).toBe('a — b "c"');
  });

  it('decides opening and closing from the text before the cursor', () => {
    expect(smartQuote('', '"', 'russian')).toBe('«');
    expect(smartQuote('«цитата', '"', 'russian')).toBe('»');
    expect(smartQuote('«он сказал (', '"', 'russian')).toBe('„');
    expect(smartQuote('«он сказал „да', '"', 'russian')).toBe('“');
    expect(smartQuote('word', "'", 'english')).toBe('’');
  });
});

describe('find and replace', () => {
  const query = (text: string, extra: Partial<FindQuery> = {}): FindQuery => ({
    text,
    matchCase: false,
    wholeWord: false,
    regex: false,
    ...extra,
  });

  it('finds with match case, whole word and regular expressions across paragraphs', () => {
    const doc = createStoryState(article('ru', 'Токаев и токаевский курс', 'ТОКАЕВ прибыл. Токаеву сообщили')).doc;
    const count = (q: FindQuery) => {
      const compiled = compileQuery(q);
      if (!compiled.ok) throw new Error(compiled.message);
      return findMatches(doc, compiled.re).length;
    };
    expect(count(query('токаев'))).toBe(4);
    expect(count(query('Токаев', { matchCase: true }))).toBe(2);
    expect(count(query('токаев', { wholeWord: true }))).toBe(2);
    expect(count(query('Токаев[а-я]*', { regex: true, matchCase: true }))).toBe(2);
    expect(compileQuery(query('(', { regex: true })).ok).toBe(false);
  });

  it('maps matches to the exact document positions', () => {
    const state = createStoryState(article('ru', 'один два один'));
    const compiled = compileQuery(query('один'));
    if (!compiled.ok) throw new Error('query');
    for (const m of findMatches(state.doc, compiled.re)) expect(state.doc.textBetween(m.from, m.to)).toBe('один');
  });

  it('replaces all matches in one undo step, with regex groups', () => {
    let state = createStoryState(article('ru', '28 февраля 2024', '1 марта 2024'));
    state = apply(state, setQuery(state, query('(\\d+) (\\p{L}+)', { regex: true })));
    expect(findKey.getState(state)?.matches).toHaveLength(2);
    state = apply(state, replaceAll(state, '$2 $1'));
    expect(docToArticle(state.doc).blocks.map((b) => (b.type === 'list' ? '' : b.text))).toEqual(['февраля 28 2024', 'марта 1 2024']);
    expect(findKey.getState(state)?.matches).toHaveLength(0);
    undo(state, (tr) => (state = state.apply(tr)));
    expect(docToArticle(state.doc).blocks.map((b) => (b.type === 'list' ? '' : b.text))).toEqual(['28 февраля 2024', '1 марта 2024']);
  });

  it('replaces the current match only with replace-one', () => {
    let state = createStoryState(article('ru', 'а а а'));
    state = apply(state, setQuery(state, query('а', { wholeWord: true })));
    state = apply(state, replaceCurrent(state, 'б'));
    expect(firstText(state)).toBe('б а а');
  });
});

describe('counts', () => {
  it('counts Russian words as a reader does', () => {
    expect(countText('Касым-Жомарт Токаев прибыл в Астану 28 февраля.', 'ru').words).toBe(7);
    expect(countText('«США» — партнёр', 'ru')).toEqual({ words: 2, characters: 15 });
    expect(countText('из-за санкций - нет', 'ru').words).toBe(3);
  });

  it('reads at 184 words a minute in Russian and 228 in English', () => {
    expect(readingMinutes(184 * 3, 'ru')).toBe(3);
    expect(readingMinutes(228 * 3, 'en')).toBe(3);
    expect(readingMinutes(0, 'ru')).toBe(0);
    expect(readingMinutes(5, 'ru')).toBe(1);
  });

  it('counts the whole document: headline and body', () => {
    const state = createStoryState(article('ru', 'Один два три.', 'Четыре'));
    expect(countDoc(state.doc, 'ru').words).toBe(5);
  });
});

describe('commands', () => {
  it('refuses unsafe links and sets safe ones', () => {
    let state = createStoryState(article('ru', 'ссылка тут'));
    const from = textPosition(state, 'ссылка');
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, from, from + 'ссылка'.length)));
    expect(setLink('javascript:alert(1)')(state)).toBe(false);
    setLink('https://kaztag.kz/')(state, (tr) => (state = state.apply(tr)));
    const block = docToArticle(state.doc).blocks[0];
    expect(block?.type === 'paragraph' && block.marks).toEqual([{ type: 'link', start: 0, end: 6, href: 'https://kaztag.kz/' }]);
  });

  it('changes metadata and restores whole articles as single undo steps', () => {
    let state = createStoryState(article('ru', 'старый текст'));
    const before = docToArticle(state.doc);
    setMeta({ ...before.meta, slug: 'blinken', status: 'ready' })(state, (tr) => (state = state.apply(tr)));
    expect(docToArticle(state.doc).meta).toMatchObject({ slug: 'blinken', status: 'ready' });
    const restored = article('en', 'new text', 'second');
    replaceArticle(restored)(state, (tr) => (state = state.apply(tr)));
    expect(docToArticle(state.doc)).toEqual(restored);
    undo(state, (tr) => (state = state.apply(tr)));
    expect(docToArticle(state.doc).meta).toMatchObject({ slug: 'blinken' });
    undo(state, (tr) => (state = state.apply(tr)));
    expect(docToArticle(state.doc)).toEqual(before);
  });
});
