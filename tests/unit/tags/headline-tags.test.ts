/**
 * Tagging the headline and standfirst in the editor: suggestions there, accepting and
 * rejecting them, tagging by selection, untagging, the panel's counts, and the entity list
 * derived from marks when a person is named only in a title.
 */
import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from 'prosemirror-state';
import type { Article } from '../../../core/article/model.ts';
import type { SuggestedMention } from '../../../core/api/tags.ts';
import { toggleBold } from '../../../renderer/src/features/editor/commands.ts';
import { docToArticle } from '../../../renderer/src/features/editor/convert.ts';
import { marks, nodes } from '../../../renderer/src/features/editor/schema.ts';
import { entitiesWithMentions, withDerivedEntities } from '../../../renderer/src/features/tags/entities.ts';
import { suggestionsOf, tagKey, type TagMeta } from '../../../renderer/src/features/tags/suggestions.ts';
import {
  acceptSuggestions,
  exactRepeats,
  rejectSuggestions,
  tagRange,
  untagMentionsAt,
} from '../../../renderer/src/features/tags/tag-commands.ts';
import { blinken, kz, stateOf, suggested } from './fixtures.ts';

const HEADLINE = 'Блинкен прибыл в Казахстан';
const STANDFIRST = 'Визит Блинкена продлится два дня';
const BODY = 'Переговоры прошли в столице.';

function story(extra: Partial<Article> = {}): Article {
  return {
    headline: HEADLINE,
    standfirst: STANDFIRST,
    dateline: null,
    blocks: [{ type: 'paragraph', text: BODY, marks: [] }],
    entities: [],
    meta: { language: 'ru', status: 'draft', keywords: [] },
    ...extra,
  };
}

/** The document range of `needle` inside the first textblock of type `node` that holds it. */
function rangeIn(state: EditorState, node: typeof nodes.headline, needle: string): { from: number; to: number } {
  let found: { from: number; to: number } | null = null;
  state.doc.descendants((child, pos) => {
    if (found) return false;
    if (child.type !== node) return true;
    const at = child.textContent.indexOf(needle);
    if (at !== -1) found = { from: pos + 1 + at, to: pos + 1 + at + needle.length };
    return false;
  });
  if (!found) throw new Error(`"${needle}" is not in a ${node.name}`);
  return found;
}

const mentionAt = (text: string, needle: string, entityId: string): SuggestedMention => {
  const start = text.indexOf(needle);
  return { entityId, start, end: start + needle.length, text: needle, kind: 'name' };
};
/** The stand-in tagger's answers, by textblock text: only the titles name anyone. */
const answers = new Map<string, SuggestedMention[]>([
  [HEADLINE, [mentionAt(HEADLINE, 'Блинкен', blinken.id), mentionAt(HEADLINE, 'Казахстан', kz.id)]],
  [STANDFIRST, [mentionAt(STANDFIRST, 'Блинкена', blinken.id)]],
]);
const results: TagMeta = { type: 'results', lookup: (t) => answers.get(t) ?? [], entities: suggested };
const entityOf = (id: string) => [blinken, kz].find((e) => e.id === id);

function apply(state: EditorState, command: (s: EditorState, d?: (tr: EditorState['tr']) => void) => boolean): EditorState {
  let next = state;
  expect(command(state, (tr) => (next = state.apply(tr)))).toBe(true);
  return next;
}

describe('headline and standfirst mentions in the editor', () => {
  it('suggestions appear in the headline and standfirst', () => {
    let state = stateOf(story());
    state = state.apply(state.tr.setMeta(tagKey, results));
    const found = suggestionsOf(state).map((s) => [state.doc.resolve(s.from).parent.type.name, state.doc.textBetween(s.from, s.to)]);
    expect(found).toEqual([
      ['headline', 'Блинкен'],
      ['headline', 'Казахстан'],
      ['standfirst', 'Блинкена'],
    ]);
  });

  it('accepting headline suggestions marks them and derives the entities; a rejected one does not come back', () => {
    let state = stateOf(story());
    state = state.apply(state.tr.setMeta(tagKey, results));
    const [person, country, inStandfirst] = suggestionsOf(state);
    state = apply(state, acceptSuggestions([person!, inStandfirst!], entityOf));
    state = apply(state, rejectSuggestions([country!]));
    state = state.apply(state.tr.setMeta(tagKey, results));
    expect(suggestionsOf(state)).toEqual([]);

    const article = docToArticle(state.doc);
    expect(article.headlineMarks).toEqual([{ type: 'entity', start: 0, end: 7, entityId: blinken.id, kind: 'name' }]);
    expect(article.standfirstMarks).toEqual([{ type: 'entity', start: 6, end: 14, entityId: blinken.id, kind: 'name' }]);
    expect(article.entities).toEqual([blinken]);
    // The panel counts both title mentions.
    const lists = entitiesWithMentions(state.doc, article.entities);
    expect(lists.people.map((p) => [p.entity.name, p.mentions.map((m) => m.text)])).toEqual([['Энтони Блинкен', ['Блинкен', 'Блинкена']]]);
    expect(lists.countries).toEqual([]);
  });

  it('tags a headline selection, and untags it again', () => {
    let state = stateOf(story());
    const { from, to } = rangeIn(state, nodes.headline, 'Казахстан');
    state = apply(state, tagRange(from, to, kz));
    expect(docToArticle(state.doc).headlineMarks).toEqual([{ type: 'entity', start: 17, end: 26, entityId: kz.id, kind: 'name' }]);
    expect(docToArticle(state.doc).entities).toEqual([kz]);
    state = apply(state, untagMentionsAt(from + 2, from + 2));
    const after = docToArticle(state.doc);
    expect('headlineMarks' in after).toBe(false);
    expect(after.entities).toEqual([]);
  });

  it('finds exact repeats of a body mention in the headline', () => {
    const state = stateOf(
      story({
        blocks: [
          {
            type: 'paragraph',
            text: 'Казахстан ждёт гостя.',
            marks: [{ type: 'entity', start: 0, end: 9, entityId: kz.id, kind: 'name' }],
          },
        ],
        entities: [kz],
      }),
    );
    const repeats = exactRepeats(state.doc, kz.id).map((r) => [
      state.doc.resolve(r.from).parent.type.name,
      state.doc.textBetween(r.from, r.to),
    ]);
    expect(repeats).toEqual([['headline', 'Казахстан']]);
  });

  it('titles take entity marks only: bold is refused in the headline', () => {
    expect(nodes.headline.allowsMarkType(marks.entity)).toBe(true);
    expect(nodes.standfirst.allowsMarkType(marks.entity)).toBe(true);
    for (const mark of [marks.bold, marks.italic, marks.link]) {
      expect(nodes.headline.allowsMarkType(mark)).toBe(false);
      expect(nodes.standfirst.allowsMarkType(mark)).toBe(false);
    }
    let state = stateOf(story());
    const { from, to } = rangeIn(state, nodes.headline, 'прибыл');
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, from, to)));
    toggleBold(state, (tr) => (state = state.apply(tr)));
    expect('headlineMarks' in docToArticle(state.doc)).toBe(false);
  });
});

describe('entity derivation from title marks', () => {
  it('keeps a person named only in the headline, and builds an entity for an unknown headline id', () => {
    const known = story({
      headlineMarks: [{ type: 'entity', start: 0, end: 7, entityId: blinken.id, kind: 'name' }],
      entities: [kz, blinken],
    });
    expect(withDerivedEntities(known).entities).toEqual([blinken]);
    const unknown = story({ headlineMarks: [{ type: 'entity', start: 0, end: 7, entityId: 'person:x', kind: 'name' }], entities: [] });
    expect(withDerivedEntities(unknown).entities).toEqual([{ id: 'person:x', type: 'person', name: 'Блинкен' }]);
    const inStandfirst = story({
      standfirstMarks: [{ type: 'entity', start: 6, end: 14, entityId: blinken.id, kind: 'name' }],
      entities: [blinken],
    });
    expect(withDerivedEntities(inStandfirst).entities).toEqual([blinken]);
  });
});
