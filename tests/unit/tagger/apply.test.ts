/** Tagging a whole article into marks: the article is one text for the tagger, marks land in their own texts. */
import { describe, expect, it } from 'vitest';
import { emptyArticle, type Article, type InlineMark } from '../../../core/article/model.ts';
import { articleSchema } from '../../../core/article/schema.ts';
import { tagArticle } from '../../../core/tagger/apply.ts';
import { loadTagger } from '../../../node/tagger/load-tagger.ts';

const marked = (text: string, marks: readonly InlineMark[] | undefined) =>
  (marks ?? []).filter((m) => m.type === 'entity').map((m) => `${m.entityId}=${text.slice(m.start, m.end)}`);

describe('tagArticle', () => {
  it('links a surname in a later paragraph to the full name, and tags the headline and standfirst', async () => {
    const article: Article = {
      ...emptyArticle('ru'),
      headline: 'Нурланов прибыл в Киргизию',
      standfirst: 'Визит министра Ержана Нурланова',
      blocks: [
        { type: 'paragraph', text: 'Министр иностранных дел Ержан Нурланов прибыл в Бишкек.', marks: [] },
        { type: 'paragraph', text: 'Переговоры заняли три часа.', marks: [] },
        { type: 'list', ordered: false, items: [{ text: 'Нурланова встретили в аэропорту.', marks: [] }] },
      ],
    };
    const tagged = tagArticle(article, await loadTagger());
    expect(articleSchema.safeParse(tagged).success).toBe(true);
    const person = 'person:ержан-нурланов';
    expect(marked(tagged.headline, tagged.headlineMarks)).toEqual([`${person}=Нурланов`, 'country:KG=Киргизию']);
    expect(marked(tagged.standfirst!, tagged.standfirstMarks)).toEqual([`${person}=Ержана Нурланова`]);
    const [first, , list] = tagged.blocks;
    expect(first?.type === 'paragraph' && marked(first.text, first.marks)).toEqual([`${person}=Ержан Нурланов`]);
    expect(list?.type === 'list' && marked(list.items[0]!.text, list.items[0]!.marks)).toEqual([`${person}=Нурланова`]);
    expect(tagged.entities.map((e) => e.id).sort()).toEqual(['country:KG', person]);
  });

  it('keeps confirmed tags and adds no title marks to an article without mentions there', async () => {
    const article: Article = {
      ...emptyArticle('ru'),
      headline: 'Погода',
      blocks: [{ type: 'paragraph', text: 'Дожди пройдут в Казахстане.', marks: [] }],
    };
    const tagged = tagArticle(article, await loadTagger());
    expect(tagged).not.toHaveProperty('headlineMarks');
    expect(tagged.entities.map((e) => e.id)).toEqual(['country:KZ']);
  });
});
