/**
 * Turning tag results into article entity marks and entities. Each inline text of the
 * article (a paragraph, a list item) is tagged on its own, so mark offsets are offsets
 * inside that block's text, as the article model wants.
 */

import { blockTexts, type Article, type Block, type Entity, type InlineMark, type InlineText } from '../article/model.ts';
import { countryId, personId } from './registry.ts';
import type { Tagger, TagOptions } from './tagger.ts';
import type { TagResult } from './types.ts';

/** The article's inline texts in reading order: the texts `applyTagResults` expects results for. */
export function articleInlineTexts(article: Article): InlineText[] {
  return article.blocks.flatMap((block) => [...blockTexts(block)]);
}

/**
 * Adds the mentions of `results` (one per inline text, in `articleInlineTexts` order) as
 * entity marks, and their entities to `article.entities`. Invariants kept: every new mark's
 * entityId names an entity of the result; a mention overlapping an existing entity mark
 * (a confirmed tag) is skipped, so confirmed tags always win over suggestions.
 */
export function applyTagResults(article: Article, results: readonly TagResult[]): Article {
  const entities = new Map<string, Entity>(article.entities.map((e) => [e.id, e]));
  let cursor = 0;
  const markInline = (inline: InlineText): InlineText => {
    const result = results[cursor++];
    if (!result) return inline;
    const marks: InlineMark[] = [...inline.marks];
    const free = (start: number, end: number) => !marks.some((m) => m.type === 'entity' && m.start < end && start < m.end);
    for (const person of result.people) {
      const id = person.id ?? personId(person.name);
      for (const m of person.mentions) {
        if (!free(m.start, m.end)) continue;
        marks.push({ type: 'entity', start: m.start, end: m.end, entityId: id, kind: 'name' });
        if (!entities.has(id)) entities.set(id, { id, type: 'person', name: person.name });
      }
    }
    for (const country of result.countries) {
      const id = countryId(country.code);
      for (const m of country.mentions) {
        if (!free(m.start, m.end)) continue;
        marks.push({ type: 'entity', start: m.start, end: m.end, entityId: id, kind: m.kind });
        if (!entities.has(id)) entities.set(id, { id, type: 'country', code: country.code, name: country.name });
      }
    }
    marks.sort((a, b) => a.start - b.start || a.end - b.end);
    return { text: inline.text, marks };
  };
  const blocks: Block[] = article.blocks.map((block) =>
    block.type === 'list' ? { ...block, items: block.items.map(markInline) } : { ...block, ...markInline(block) },
  );
  return { ...article, blocks, entities: [...entities.values()] };
}

/** Tags every inline text of the article and applies the results (see `applyTagResults`). */
export function tagArticle(article: Article, tagger: Tagger, options: TagOptions = {}): Article {
  const language = options.language ?? (article.meta.language === 'en' ? 'en' : article.meta.language === 'kk' ? 'kk' : 'ru');
  const results = articleInlineTexts(article).map((inline) => tagger.tag(inline.text, { ...options, language }));
  return applyTagResults(article, results);
}
