/** fast-check generators of valid Articles (marks inside their text, mentions of defined entities, in the headline and standfirst too). */
import fc from 'fast-check';
import type { Article, Block, Entity, EntityMark, InlineMark, InlineText } from '../../core/article/model.ts';

const words = fc.constantFrom(
  'Астана',
  'Токаев',
  'санкции',
  'Blinken',
  'the',
  'и',
  '«цитата»',
  '—',
  'США',
  'Kazakhstan',
  '2024',
  '<b>',
  '&amp;',
  '</script>',
);
const textArb = fc.array(words, { minLength: 0, maxLength: 12 }).map((w) => w.join(' '));

function inlineText(entityIds: readonly string[]): fc.Arbitrary<InlineText> {
  return textArb.chain((text) => {
    if (text.length < 2) return fc.constant<InlineText>({ text, marks: [] });
    const range = fc.tuple(fc.nat(text.length - 1), fc.nat(text.length - 1)).map(([a, b]) => {
      const start = Math.min(a, b);
      return { start, end: Math.max(a, b) + 1 };
    });
    const mark: fc.Arbitrary<InlineMark> = fc.oneof(
      range.map((r) => ({ type: 'bold' as const, ...r })),
      range.map((r) => ({ type: 'italic' as const, ...r })),
      range.map((r) => ({ type: 'link' as const, ...r, href: 'https://example.org/a?b=1' })),
      ...(entityIds.length > 0
        ? [
            fc
              .tuple(range, fc.constantFrom(...entityIds), fc.constantFrom('name' as const, 'adjective' as const))
              .map(([r, entityId, kind]) => ({ type: 'entity' as const, ...r, entityId, kind })),
          ]
        : []),
    );
    return fc.array(mark, { maxLength: 4 }).map((marks) => ({ text, marks }));
  });
}

/**
 * A headline or standfirst text with entity marks only; the marks are left out (not an empty
 * list) when none were drawn, as the model requires.
 */
function titleText(entityIds: readonly string[]): fc.Arbitrary<{ text: string; marks?: EntityMark[] }> {
  return textArb.chain((text) => {
    if (text.length < 2 || entityIds.length === 0) return fc.constant({ text });
    const mark = fc
      .tuple(
        fc.nat(text.length - 1),
        fc.nat(text.length - 1),
        fc.constantFrom(...entityIds),
        fc.constantFrom('name' as const, 'adjective' as const),
      )
      .map(([a, b, entityId, kind]): EntityMark => ({ type: 'entity', start: Math.min(a, b), end: Math.max(a, b) + 1, entityId, kind }));
    return fc.array(mark, { maxLength: 3 }).map((marks) => (marks.length > 0 ? { text, marks } : { text }));
  });
}

function block(entityIds: readonly string[]): fc.Arbitrary<Block> {
  return fc.oneof(
    inlineText(entityIds).map((t) => ({ type: 'paragraph' as const, ...t })),
    inlineText(entityIds).map((t) => ({ type: 'subheading' as const, ...t })),
    fc
      .tuple(inlineText(entityIds), fc.option(textArb, { nil: undefined }))
      .map(([t, attribution]) => ({ type: 'blockquote' as const, ...t, ...(attribution !== undefined ? { attribution } : {}) })),
    fc
      .tuple(fc.boolean(), fc.array(inlineText(entityIds), { minLength: 1, maxLength: 3 }))
      .map(([ordered, items]) => ({ type: 'list' as const, ordered, items })),
  );
}

const entities: fc.Arbitrary<Entity[]> = fc.uniqueArray(
  fc.oneof(
    fc.record({
      id: fc.constantFrom('p1', 'p2', 'p3'),
      type: fc.constant('person' as const),
      name: fc.constantFrom('Касым-Жомарт Токаев', 'Энтони Блинкен'),
    }),
    fc.record({
      id: fc.constantFrom('c1', 'c2'),
      type: fc.constant('country' as const),
      code: fc.constantFrom('KZ', 'US', 'RU'),
      name: fc.constantFrom('Казахстан', 'США'),
    }),
  ),
  { selector: (e) => e.id, maxLength: 4 },
);

/** A generator of valid articles. */
export function arbitraryArticle(): fc.Arbitrary<Article> {
  return entities.chain((ents) => {
    const ids = ents.map((e) => e.id);
    const titles = fc.tuple(titleText(ids), fc.option(titleText(ids), { nil: undefined }));
    return fc
      .tuple(
        titles,
        fc.record({
          dateline: fc.option(
            fc.record({
              text: fc.constant('Астана. 28 февраля. КазТАГ'),
              place: fc.constant('Астана'),
              date: fc.constant('28 февраля'),
              agency: fc.constant('КазТАГ'),
            }),
            { nil: null },
          ),
          blocks: fc.array(block(ids), { maxLength: 6 }),
          entities: fc.constant(ents),
          meta: fc.record({
            language: fc.constantFrom('ru', 'en', 'kk'),
            status: fc.constantFrom('draft' as const, 'editing' as const, 'ready' as const),
            keywords: fc.array(fc.constantFrom('политика', 'economy'), { maxLength: 2 }),
            urgency: fc.integer({ min: 1, max: 9 }),
            byline: fc.constantFrom('Айгуль Сейтова', 'By John Smith'),
          }),
        }),
      )
      .map(([[headline, standfirst], rest]): Article => ({
        headline: headline.text,
        ...(headline.marks ? { headlineMarks: headline.marks } : {}),
        ...(standfirst ? { standfirst: standfirst.text, ...(standfirst.marks ? { standfirstMarks: standfirst.marks } : {}) } : {}),
        ...rest,
      }));
  });
}
