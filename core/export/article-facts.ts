/**
 * Facts every exporter derives from an article the same way: the tagged people and
 * countries in first-mention order, the reading text, word and character counts, and the
 * few words an export writes itself (tag list headings) in the article's language.
 */
import { bodyPlainText, mentionTexts, type Article, type CountryEntity, type PersonEntity } from '../article/model.ts';
import { countWords } from './word-count.ts';

/** The tagged entities of an article, split by type, each listed once. */
export interface ArticleTags {
  readonly people: readonly PersonEntity[];
  readonly countries: readonly CountryEntity[];
}

/**
 * The entities the article's text mentions (headline and standfirst included), in order of
 * first mention; entities without a
 * mark (which the model forbids, but an imported file may carry) come after, in list order.
 */
export function articleTags(article: Article): ArticleTags {
  const order = new Map<string, number>();
  // Headline and standfirst come first in reading order, and a mention there counts as one.
  for (const inline of mentionTexts(article)) {
    const marks = [...inline.marks].sort((a, b) => a.start - b.start);
    for (const mark of marks) if (mark.type === 'entity' && !order.has(mark.entityId)) order.set(mark.entityId, order.size);
  }
  const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  const sorted = [...article.entities].sort((a, b) => rank(a.id) - rank(b.id));
  return {
    people: sorted.filter((e): e is PersonEntity => e.type === 'person'),
    countries: sorted.filter((e): e is CountryEntity => e.type === 'country'),
  };
}

/** The body text a reader reads: standfirst and body blocks (not the headline or dateline). */
export function readingText(article: Article): string {
  return [article.standfirst ?? '', bodyPlainText(article)].filter((t) => t !== '').join('\n\n');
}

/** Word count of the reading text, by `Intl.Segmenter` word rules of the article language. */
export function articleWordCount(article: Article): number {
  return countWords(readingText(article), article.meta.language);
}

/** Words an export writes itself, per article language; English for any other language. */
export interface ExportLabels {
  readonly people: string;
  readonly countries: string;
  readonly tags: string;
}

const LABELS: Readonly<Record<string, ExportLabels>> = {
  ru: { people: 'Люди', countries: 'Страны', tags: 'Теги' },
  kk: { people: 'Адамдар', countries: 'Елдер', tags: 'Тегтер' },
  en: { people: 'People', countries: 'Countries', tags: 'Tags' },
};

/** The labels for `language` (a BCP 47 tag; only its primary subtag matters). */
export function exportLabels(language: string): ExportLabels {
  return LABELS[language.toLowerCase().split('-')[0] ?? ''] ?? (LABELS.en as ExportLabels);
}
