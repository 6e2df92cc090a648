/** Article ⇄ editor document: lossless on the sample and on generated articles. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mentionTexts, type Article, type InlineMark, type InlineText } from '../../../core/article/model.ts';
import { parseWireStory } from '../../../core/parse/wire-story.ts';
import { articleToDoc, docToArticle } from '../../../renderer/src/features/editor/convert.ts';
import { markKey, normalizeArticle, normalizeMarks } from '../../../renderer/src/features/editor/normalize.ts';
import { arbitraryArticle } from '../../support/arbitrary-article.ts';
import { REPO_ROOT } from '../../support/web-app.ts';

const sample = (): Article => parseWireStory(readFileSync(join(REPO_ROOT, 'documents/kaztag-blinken-kazakhstan.txt'), 'utf8'));
const roundTrip = (article: Article): Article => docToArticle(articleToDoc(article));
/** fast-check builds null-prototype records; compare plain copies, keys and undefined values included. */
const plain = <T>(value: T): T => structuredClone(value);

/** For each character, the set of marks covering it: what a reader or exporter can see. */
function coverage(inline: InlineText): string[] {
  return [...inline.text].map((_, i) =>
    inline.marks
      .filter((m) => m.start <= i && i < m.end)
      .map(markKey)
      .sort()
      .filter((k, j, all) => all.indexOf(k) === j)
      .join('|'),
  );
}

/** Every text that carries marks: headline and standfirst, then the body. */
const inlineTexts = (article: Article): InlineText[] => mentionTexts(article);

describe('Article ⇄ editor document', () => {
  it('is the identity on the sample story', () => {
    const article = sample();
    expect(article.blocks.length).toBeGreaterThan(5);
    expect(roundTrip(article)).toStrictEqual(article);
  });

  it('is the identity on the sample with formatting, a link and overlapping mentions', () => {
    const base = sample();
    const first = base.blocks[0];
    if (first?.type !== 'paragraph') throw new Error('the sample starts with a paragraph');
    const marks: InlineMark[] = [
      { type: 'bold', start: 0, end: 15 },
      { type: 'italic', start: 10, end: 30 },
      { type: 'entity', start: 26, end: 41, entityId: 'p1', kind: 'name' },
      { type: 'entity', start: 35, end: 41, entityId: 'p2', kind: 'name' },
      { type: 'link', start: 40, end: 50, href: 'https://example.org/' },
    ];
    const article: Article = {
      ...base,
      standfirst: 'Лид',
      blocks: [
        { ...first, marks },
        { type: 'blockquote', text: 'Цитата', marks: [], attribution: '' },
        { type: 'list', ordered: true, items: [{ text: '', marks: [] }] },
        ...base.blocks.slice(1),
      ],
      entities: [
        { id: 'p1', type: 'person', name: 'Энтони Блинкен' },
        { id: 'p2', type: 'person', name: 'Блинкен' },
      ],
    };
    expect(roundTrip(article)).toStrictEqual(article);
  });

  it('is the identity on the sample with mentions in the headline and standfirst', () => {
    const base = sample();
    // "Госсекретарь США прокомментировал влияние антироссийских санкций на Казахстан"
    const at = (word: string) => base.headline.indexOf(word);
    expect(at('антироссийских')).toBeGreaterThan(0);
    const article: Article = {
      ...base,
      headlineMarks: [
        { type: 'entity', start: at('США'), end: at('США') + 3, entityId: 'country:US', kind: 'name' },
        { type: 'entity', start: at('антироссийских'), end: at('антироссийских') + 14, entityId: 'country:RU', kind: 'adjective' },
        { type: 'entity', start: at('Казахстан'), end: at('Казахстан') + 9, entityId: 'country:KZ', kind: 'name' },
      ],
      standfirst: 'Энтони Блинкен в Астане',
      standfirstMarks: [{ type: 'entity', start: 0, end: 14, entityId: 'person:энтони-блинкен', kind: 'name' }],
      entities: [
        { id: 'country:US', type: 'country', code: 'US', name: 'США' },
        { id: 'country:RU', type: 'country', code: 'RU', name: 'Россия' },
        { id: 'country:KZ', type: 'country', code: 'KZ', name: 'Казахстан' },
        { id: 'person:энтони-блинкен', type: 'person', name: 'Энтони Блинкен' },
      ],
    };
    const doc = articleToDoc(article);
    const headlineMarks: string[] = [];
    doc.child(0).forEach((text) => text.marks.length > 0 && headlineMarks.push(`${text.text}:${String(text.marks[0]?.attrs['kind'])}`));
    expect(headlineMarks).toEqual(['США:name', 'антироссийских:adjective', 'Казахстан:name']);
    expect(roundTrip(article)).toStrictEqual(article);
  });

  it('round-trips generated articles to their canonical form', () => {
    fc.assert(
      fc.property(arbitraryArticle(), (article) => {
        expect(plain(roundTrip(article))).toStrictEqual(plain(normalizeArticle(article)));
      }),
      { numRuns: 400 },
    );
  });

  it('is the identity on canonical generated articles', () => {
    fc.assert(
      fc.property(arbitraryArticle(), (article) => {
        const canonical = normalizeArticle(article);
        expect(plain(roundTrip(canonical))).toStrictEqual(plain(canonical));
      }),
      { numRuns: 300 },
    );
  });

  it('normalising never changes which marks cover which character', () => {
    fc.assert(
      fc.property(arbitraryArticle(), (article) => {
        const before = inlineTexts(article).map(coverage);
        const after = inlineTexts(normalizeArticle(article)).map(coverage);
        expect(after).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  it('merges overlapping and touching ranges of the same mark only', () => {
    expect(
      normalizeMarks(
        [
          { type: 'bold', start: 3, end: 8 },
          { type: 'bold', start: 0, end: 5 },
          { type: 'bold', start: 8, end: 9 },
          { type: 'link', start: 0, end: 4, href: 'https://a.example/' },
          { type: 'link', start: 2, end: 6, href: 'https://b.example/' },
        ],
        20,
      ),
    ).toEqual([
      { type: 'link', start: 0, end: 4, href: 'https://a.example/' },
      { type: 'bold', start: 0, end: 9 },
      { type: 'link', start: 2, end: 6, href: 'https://b.example/' },
    ]);
  });
});
