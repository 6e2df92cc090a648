/**
 * What the library keeps of one file: the facts the list shows and filters on, and the
 * plain text the search reads. A record is rebuilt whenever its file's size or time changes.
 */
import { bodyPlainText, mentionTexts, type Article, type ArticleStatus } from '../article/model.ts';
import type { LibraryArticleFacts, LibraryCountry, LibraryPerson } from '../api/library.ts';
import { datelineDay } from './dates.ts';

/** A file of the library as the scan saw it. */
export interface LibraryFile {
  /** Relative to the library folder, "/"-separated. */
  readonly path: string;
  readonly mtimeMs: number;
  readonly size: number;
}

/**
 * One file of the library. Invariants: `day` is YYYY-MM-DD; an error record has an
 * `error` line, an empty headline and text, and no tags.
 */
export interface LibraryRecord extends LibraryFile, LibraryArticleFacts {
  readonly standfirst?: string;
  /** Standfirst and body as plain text, paragraphs separated by blank lines. */
  readonly text: string;
}

/** The primary language subtag, lower case ("ru-RU" → "ru"). */
export function primaryLanguage(tag: string): string {
  return (tag.split('-')[0] ?? tag).toLowerCase() || 'und';
}

/** The record of a file that imported into `article`. */
export function recordFromArticle(file: LibraryFile, article: Article): LibraryRecord {
  const modified = new Date(file.mtimeMs).toISOString();
  const reference = article.meta.created ?? article.meta.modified ?? modified;
  const dateline = article.dateline;
  const fromDateline = dateline?.date ? datelineDay(dateline.date, reference) : null;
  const day = fromDateline ?? (isIsoTime(article.meta.created) ? article.meta.created.slice(0, 10) : modified.slice(0, 10));
  const mentioned = new Set<string>();
  // The headline and standfirst count: a person named only in the headline is a facet too.
  for (const inline of mentionTexts(article)) for (const mark of inline.marks) if (mark.type === 'entity') mentioned.add(mark.entityId);
  const people: LibraryPerson[] = [];
  const countries: LibraryCountry[] = [];
  for (const entity of article.entities) {
    if (!mentioned.has(entity.id)) continue;
    if (entity.type === 'person') people.push({ name: entity.name });
    else countries.push({ code: entity.code.toUpperCase(), name: entity.name });
  }
  const body = bodyPlainText(article);
  return {
    ...file,
    headline: article.headline,
    ...(article.standfirst ? { standfirst: article.standfirst } : {}),
    ...(dateline?.place ? { place: dateline.place } : {}),
    ...(dateline?.agency ? { agency: dateline.agency } : {}),
    ...(dateline?.date ? { dateText: dateline.date } : {}),
    day,
    status: article.meta.status,
    language: primaryLanguage(article.meta.language),
    people: uniqueBy(people, (p) => p.name),
    countries: uniqueBy(countries, (c) => c.code),
    text: article.standfirst ? `${article.standfirst}\n\n${body}` : body,
  };
}

/** The record of a file that could not be read or imported; `error` is one line. */
export function errorRecord(file: LibraryFile, error: string): LibraryRecord {
  return {
    ...file,
    headline: '',
    day: new Date(file.mtimeMs).toISOString().slice(0, 10),
    status: 'draft',
    language: 'und',
    people: [],
    countries: [],
    text: '',
    error: error.split('\n')[0] ?? error,
  };
}

function isIsoTime(value: string | undefined): value is string {
  return value !== undefined && /^\d{4}-\d{2}-\d{2}/u.test(value);
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
