/** Tagging in the editor, pure parts: entity derivation from marks, suggestion decorations through edits, tag commands. */
import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from 'prosemirror-state';
import type { Article, Entity, InlineMark } from '../../../core/article/model.ts';
import type { SuggestedMention } from '../../../core/api/tags.ts';
import { articleToDoc, docToArticle } from '../../../renderer/src/features/editor/convert.ts';
import { entitiesWithMentions, withDerivedEntities } from '../../../renderer/src/features/tags/entities.ts';
import { suggestionsOf, tagKey, type TagMeta } from '../../../renderer/src/features/tags/suggestions.ts';
import {
  acceptSuggestions,
  exactRepeats,
  relinkEntity,
  tagRange,
  untagMentionsAt,
} from '../../../renderer/src/features/tags/tag-commands.ts';
import { blinken, kz, stateOf, suggested } from './fixtures.ts';

const orphan: Entity = { id: 'person:никто', type: 'person', name: 'Никто' };

const P1 = 'Энтони Блинкен прибыл в Казахстан.';
const P2 = 'Блинкен встретился с коллегами.';

function article(marks: InlineMark[] = [], entities: Entity[] = []): Article {
  return {
    headline: 'Визит',
    dateline: null,
    blocks: [
      { type: 'paragraph', text: P1, marks },
      { type: 'paragraph', text: P2, marks: [] },
    ],
    entities,
    meta: { language: 'ru', status: 'draft', keywords: [] },
  };
}

/** The tag state as a plugin, without the network view. */
/** Position of the first `needle` in the document. */
function posOf(state: EditorState, needle: string): number {
  let found = -1;
  state.doc.descendants((node, pos) => {
    if (found !== -1) return false;
    if (node.isText && node.text!.includes(needle)) found = pos + node.text!.indexOf(needle);
    return true;
  });
  if (found === -1) throw new Error(needle);
  return found;
}

const mention = (text: string, paragraph: string, entityId: string): SuggestedMention => {
  const start = paragraph.indexOf(text);
  return { entityId, start, end: start + text.length, text, kind: 'name' };
};
const answers = new Map<string, SuggestedMention[]>([
  [P1, [mention('Энтони Блинкен', P1, blinken.id), mention('Казахстан', P1, kz.id)]],
  [P2, [mention('Блинкен', P2, blinken.id)]],
]);
const results = (lookup = (t: string) => answers.get(t)): TagMeta => ({ type: 'results', lookup, entities: suggested });

describe('entity derivation', () => {
  it('drops entities no mark refers to and keeps the order of the rest', () => {
    const a = article([{ type: 'entity', start: 0, end: 14, entityId: blinken.id, kind: 'name' }], [orphan, kz, blinken]);
    expect(withDerivedEntities(a).entities).toEqual([blinken]);
    expect(docToArticle(articleToDoc(a)).entities).toEqual([blinken]);
  });

  it('gives every marked id an entity, built from its id and mention', () => {
    const a = article(
      [
        { type: 'entity', start: 0, end: 14, entityId: 'person:x', kind: 'name' },
        { type: 'entity', start: 24, end: 33, entityId: 'country:KZ', kind: 'name' },
      ],
      [],
    );
    expect(withDerivedEntities(a).entities).toEqual([
      { id: 'person:x', type: 'person', name: 'Энтони Блинкен' },
      { id: 'country:KZ', type: 'country', code: 'KZ', name: 'KZ' },
    ]);
  });

  it('counts mentions per entity from the marks', () => {
    let state = stateOf(article());
    for (const [needle, entity] of [
      ['Энтони Блинкен', blinken],
      ['Казахстан', kz],
      ['Блинкен встретился', blinken],
    ] as const) {
      const from = posOf(state, needle);
      const to = from + (needle === 'Блинкен встретился' ? 'Блинкен'.length : needle.length);
      tagRange(from, to, entity)(state, (tr) => (state = state.apply(tr)));
    }
    const lists = entitiesWithMentions(state.doc, docToArticle(state.doc).entities);
    expect(lists.people.map((p) => [p.entity.name, p.mentions.length])).toEqual([['Энтони Блинкен', 2]]);
    expect(lists.countries.map((c) => [c.entity.id, c.mentions.length])).toEqual([['country:KZ', 1]]);
    expect(
      docToArticle(state.doc)
        .entities.map((e) => e.id)
        .sort(),
    ).toEqual([blinken.id, kz.id].sort());
  });
});

describe('suggestion decorations', () => {
  it('are built per paragraph text and skip text already tagged', () => {
    let state = stateOf(article([{ type: 'entity', start: 24, end: 33, entityId: kz.id, kind: 'name' }], [kz]));
    state = state.apply(state.tr.setMeta(tagKey, results()));
    expect(suggestionsOf(state).map((s) => s.text)).toEqual(['Энтони Блинкен', 'Блинкен']);
  });

  it('stay on their words while typing elsewhere, and vanish when their words are edited', () => {
    let state = stateOf(article());
    state = state.apply(state.tr.setMeta(tagKey, results()));
    state = state.apply(state.tr.insertText('Вчера ', posOf(state, 'Энтони')));
    const texts = () => suggestionsOf(state).map((s) => state.doc.textBetween(s.from, s.to));
    expect(texts()).toEqual(['Энтони Блинкен', 'Казахстан', 'Блинкен']);
    state = state.apply(state.tr.insertText('X', posOf(state, 'Казахстан') + 3));
    expect(texts()).toEqual(['Энтони Блинкен', 'Блинкен']);
  });

  it('a stale answer (paragraph changed since the request) is not applied to the new text', () => {
    let state = stateOf(article());
    // The user typed into paragraph 1 while the request for its old text was out.
    state = state.apply(state.tr.insertText('Сегодня ', posOf(state, 'Энтони')));
    state = state.apply(state.tr.setMeta(tagKey, results()));
    expect(suggestionsOf(state).map((s) => state.doc.textBetween(s.from, s.to))).toEqual(['Блинкен']);
    for (const s of suggestionsOf(state)) expect(state.doc.textBetween(s.from, s.to)).toBe(s.text);
  });

  it('accepting turns suggestions into marks in one step, and rejected ones do not come back', () => {
    let state = stateOf(article());
    state = state.apply(state.tr.setMeta(tagKey, results()));
    const [first] = suggestionsOf(state);
    const entityOf = (id: string) => [blinken, kz].find((e) => e.id === id);
    acceptSuggestions([first!], entityOf)(state, (tr) => (state = state.apply(tr)));
    expect(docToArticle(state.doc).entities).toEqual([blinken]);
    expect(suggestionsOf(state).map((s) => s.text)).toEqual(['Казахстан', 'Блинкен']);
    state = state.apply(state.tr.setMeta(tagKey, { type: 'reject', keys: [suggestionsOf(state)[0]!.rejectKey] } satisfies TagMeta));
    state = state.apply(state.tr.setMeta(tagKey, results()));
    expect(suggestionsOf(state).map((s) => s.text)).toEqual(['Блинкен']);
  });
});

describe('tag commands', () => {
  it('untags whole mentions at the caret and drops the entity with its last mention', () => {
    let state = stateOf(article([{ type: 'entity', start: 0, end: 14, entityId: blinken.id, kind: 'name' }], [blinken]));
    const inside = posOf(state, 'Блинкен') + 2;
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, inside)));
    untagMentionsAt(inside, inside)(state, (tr) => (state = state.apply(tr)));
    expect(docToArticle(state.doc).entities).toEqual([]);
    expect(docToArticle(state.doc).blocks[0]).toMatchObject({ marks: [] });
  });

  it('finds exact whole-word repeats and relinks mentions on merge', () => {
    let state = stateOf(
      article(
        [{ type: 'entity', start: 7, end: 14, entityId: 'person:блинкен', kind: 'name' }],
        [{ id: 'person:блинкен', type: 'person', name: 'Блинкен' }],
      ),
    );
    expect(exactRepeats(state.doc, 'person:блинкен').map((r) => state.doc.textBetween(r.from, r.to))).toEqual(['Блинкен']);
    relinkEntity('person:блинкен', blinken)(state, (tr) => (state = state.apply(tr)));
    expect(docToArticle(state.doc).entities).toEqual([blinken]);
    expect(docToArticle(state.doc).blocks[0]).toMatchObject({ marks: [{ entityId: blinken.id, start: 7, end: 14 }] });
  });
});
