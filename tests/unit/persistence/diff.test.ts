/** The article diff: block pairing, word-level changes in Russian, formatting and metadata, folding. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article, Block } from '../../../core/article/model.ts';
import { emptyArticle } from '../../../core/article/model.ts';
import { diffArticles, foldUnchanged, type BlockDiff } from '../../../core/history/diff.ts';
import { arbitraryArticle } from '../../support/arbitrary-article.ts';

const p = (text: string): Block => ({ type: 'paragraph', text, marks: [] });
const story = (...blocks: Block[]): Article => ({ ...emptyArticle('ru'), headline: 'Блинкен прибыл в Астану', blocks });

const BASE = [
  p('Государственный секретарь США Энтони Блинкен прибыл в Астану с официальным визитом.'),
  p('Он встретится с президентом Казахстана Касым-Жомартом Токаевым.'),
  p('Визит продлится два дня.'),
];

const sideText = (block: BlockDiff, side: 'before' | 'after') =>
  block.segments
    .filter((s) => s.kind === 'equal' || s.kind === (side === 'before' ? 'delete' : 'insert'))
    .map((s) => s.text)
    .join('');

describe('diffArticles', () => {
  it('finds nothing in identical articles', () => {
    const diff = diffArticles(story(...BASE), story(...BASE));
    expect(diff.identical).toBe(true);
    expect(diff.blocks.every((b) => b.kind === 'equal')).toBe(true);
    expect([diff.inserted, diff.deleted]).toEqual([0, 0]);
    expect(foldUnchanged(diff)).toEqual([{ kind: 'skip', count: 4 }]);
  });

  it('shows an edited Russian sentence word by word, whole words only', () => {
    const after = story(BASE[0] as Block, p('Он встретится с президентом Республики Казахстан Касым-Жомартом Токаевым.'), BASE[2] as Block);
    const diff = diffArticles(story(...BASE), after);
    const changed = diff.blocks.filter((b) => b.kind !== 'equal');
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({ kind: 'modify', role: 'paragraph', formatOnly: false });
    expect(changed[0]?.segments).toEqual([
      { kind: 'equal', text: 'Он встретится с президентом ' },
      { kind: 'delete', text: 'Казахстана ' },
      { kind: 'insert', text: 'Республики Казахстан ' },
      { kind: 'equal', text: 'Касым-Жомартом Токаевым.' },
    ]);
    expect(diff.deleted).toBe('Казахстана '.length);
    expect(diff.inserted).toBe('Республики Казахстан '.length);
  });

  it('tells inserted and deleted paragraphs from edited ones', () => {
    const after = story(p('Новый первый абзац о совсем другом.'), BASE[0] as Block, BASE[2] as Block);
    const diff = diffArticles(story(...BASE), after);
    expect(diff.blocks.map((b) => b.kind)).toEqual(['equal', 'insert', 'equal', 'delete', 'equal']);
    expect(diff.blocks[1]?.segments).toEqual([{ kind: 'insert', text: 'Новый первый абзац о совсем другом.' }]);
    expect(diff.blocks[3]?.segments).toEqual([{ kind: 'delete', text: BASE[1]?.type === 'paragraph' ? BASE[1].text : '' }]);
  });

  it('pairs an edited paragraph across an inserted one', () => {
    const after = story(
      BASE[0] as Block,
      p('Вставка.'),
      p('Он встретится с президентом Казахстана Касым-Жомартом Токаевым в Акорде.'),
      BASE[2] as Block,
    );
    const kinds = diffArticles(story(...BASE), after).blocks.map((b) => b.kind);
    expect(kinds).toEqual(['equal', 'equal', 'insert', 'modify', 'equal']);
  });

  it('marks a change of formatting only, and reports metadata changes', () => {
    const bold: Block = { type: 'paragraph', text: 'Визит продлится два дня.', marks: [{ type: 'bold', start: 0, end: 5 }] };
    const before = story(...BASE);
    const after: Article = {
      ...story(BASE[0] as Block, BASE[1] as Block, bold),
      meta: { ...before.meta, status: 'ready', keywords: ['США', 'Казахстан'] },
    };
    const diff = diffArticles(before, after);
    const changed = diff.blocks.filter((b) => b.kind !== 'equal');
    expect(changed).toEqual([
      { kind: 'modify', role: 'paragraph', formatOnly: true, segments: [{ kind: 'equal', text: 'Визит продлится два дня.' }] },
    ]);
    expect(diff.meta).toEqual([
      { field: 'status', before: 'draft', after: 'ready' },
      { field: 'keywords', before: '', after: 'США, Казахстан' },
    ]);
    expect(diff.identical).toBe(false);
  });

  it('diffs the headline, standfirst, dateline and list items as their own blocks', () => {
    const before: Article = {
      ...story(),
      standfirst: 'Лид',
      dateline: { text: 'Астана. 28 февраля. КазТАГ', place: 'Астана', date: '28 февраля', agency: 'КазТАГ' },
      blocks: [{ type: 'list', ordered: false, items: [{ text: 'один', marks: [] }] }],
    };
    const after: Article = {
      ...before,
      headline: 'Блинкен покинул Астану',
      blocks: [
        {
          type: 'list',
          ordered: false,
          items: [
            { text: 'один', marks: [] },
            { text: 'два', marks: [] },
          ],
        },
      ],
    };
    const diff = diffArticles(before, after);
    expect(diff.blocks.map((b) => [b.role, b.kind])).toEqual([
      ['headline', 'modify'],
      ['standfirst', 'equal'],
      ['dateline', 'equal'],
      ['list-item', 'equal'],
      ['list-item', 'insert'],
    ]);
  });

  it('folds unchanged runs, keeping one block of context', () => {
    const many = Array.from({ length: 10 }, (_, i) => p(`Абзац номер ${i}.`));
    const edited = many.map((b, i) => (i === 5 ? p('Абзац номер пять, исправленный.') : b));
    const rows = foldUnchanged(diffArticles(story(...many), story(...edited)));
    expect(rows.map((r) => r.kind)).toEqual(['skip', 'equal', 'modify', 'equal', 'skip']);
    expect(rows[0]).toEqual({ kind: 'skip', count: 5 });
    // The headline and paragraphs 0–3 before the change; paragraphs 7–9 after it.
    expect(rows[4]).toEqual({ kind: 'skip', count: 3 });
  });

  it('always reproduces both texts from its segments (property)', () => {
    fc.assert(
      fc.property(arbitraryArticle(), arbitraryArticle(), (a, b) => {
        const diff = diffArticles(a, b);
        const before = diff.blocks.filter((x) => x.kind !== 'insert').map((x) => sideText(x, 'before'));
        const after = diff.blocks.filter((x) => x.kind !== 'delete').map((x) => sideText(x, 'after'));
        const texts = (article: Article) => diffArticles(article, article).blocks.map((x) => sideText(x, 'after'));
        expect(before).toEqual(texts(a));
        expect(after).toEqual(texts(b));
      }),
      { numRuns: 150 },
    );
  });
});
