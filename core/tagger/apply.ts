/**
 * Turning tag results into article entity marks and entities. The article is tagged as one
 * text (headline, standfirst, then every paragraph and list item, in reading order), so a
 * surname in one paragraph links to the full name in another as it does in the CLI; each
 * mention is then mapped back to an offset inside its own text, as the article model wants.
 */

import {
  mentionTexts,
  withTitleMarks,
  type Article,
  type Block,
  type Entity,
  type EntityMark,
  type InlineMark,
  type InlineText,
} from '../article/model.ts';
import { countryId, personId } from './registry.ts';
import type { Tagger, TagOptions } from './tagger.ts';
import type { TagResult } from './types.ts';

/** What separates two texts when the article is tagged as one: a paragraph break, which no name crosses. */
const TEXT_BREAK = '\n\n';

/** The article's inline texts in reading order (headline, standfirst, body): the texts `applyTagResults` expects results for. */
export function articleInlineTexts(article: Article): InlineText[] {
  return mentionTexts(article);
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
  // Titles hold entity marks only, and every mark added here is one.
  const entityMarks = (inline: InlineText): EntityMark[] => inline.marks.filter((m): m is EntityMark => m.type === 'entity');
  const headline = entityMarks(markInline({ text: article.headline, marks: article.headlineMarks ?? [] }));
  const standfirst =
    article.standfirst === undefined
      ? undefined
      : entityMarks(markInline({ text: article.standfirst, marks: article.standfirstMarks ?? [] }));
  const blocks: Block[] = article.blocks.map((block) =>
    block.type === 'list' ? { ...block, items: block.items.map(markInline) } : { ...block, ...markInline(block) },
  );
  return withTitleMarks({ ...article, blocks, entities: [...entities.values()] }, headline, standfirst);
}

/** `result` (of the texts joined by TEXT_BREAK) split into one result per text, offsets made relative. */
function splitResult(result: TagResult, texts: readonly string[]): TagResult[] {
  const starts: number[] = [];
  let at = 0;
  for (const text of texts) {
    starts.push(at);
    at += text.length + TEXT_BREAK.length;
  }
  return texts.map((text, i) => {
    const from = starts[i]!;
    const to = from + text.length;
    const inside = <M extends { start: number; end: number }>(mentions: readonly M[]): M[] =>
      mentions.filter((m) => m.start >= from && m.end <= to).map((m) => ({ ...m, start: m.start - from, end: m.end - from }));
    return {
      language: result.language,
      people: result.people.map((p) => ({ ...p, mentions: inside(p.mentions) })).filter((p) => p.mentions.length > 0),
      countries: result.countries.map((c) => ({ ...c, mentions: inside(c.mentions) })).filter((c) => c.mentions.length > 0),
    };
  });
}

/** Tags the article as one text and applies the results (see `applyTagResults`). */
export function tagArticle(article: Article, tagger: Tagger, options: TagOptions = {}): Article {
  const language = options.language ?? (article.meta.language === 'en' ? 'en' : article.meta.language === 'kk' ? 'kk' : 'ru');
  const texts = articleInlineTexts(article).map((inline) => inline.text);
  const whole = tagger.tag(texts.join(TEXT_BREAK), { ...options, language });
  return applyTagResults(article, splitResult(whole, texts));
}
