/**
 * API area "library": the articles of the documents folder, their search index, filters
 * and facets, and single articles for reading mode. Paths in this area are relative to the
 * library folder, with "/" separators, so they are stable across platforms.
 */
import { z } from 'zod';
import type { Article, ArticleStatus } from '../article/model.ts';

/** The most results one search returns (the list pages through the rest with `offset`). */
export const MAX_LIBRARY_PAGE = 500;

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'dates are YYYY-MM-DD');
const shortList = z.array(z.string().min(1).max(200)).max(50);

/** The filters of a library search; lists are combined as the field docs say. */
export const libraryFiltersSchema = z
  .object({
    /** Person names; an article must mention every one of them. */
    people: shortList.optional(),
    /** ISO 3166-1 alpha-2 codes; an article must mention every one of them. */
    countries: shortList.optional(),
    /** Any of these statuses. */
    statuses: z
      .array(z.enum(['draft', 'editing', 'ready']))
      .max(3)
      .optional(),
    /** Any of these languages (BCP 47 primary tags: "ru", "en"). */
    languages: shortList.optional(),
    /** Inclusive bounds on the article's day. */
    dateFrom: isoDay.optional(),
    dateTo: isoDay.optional(),
  })
  .strict();

/** The orders the list can be sorted in; `relevance` falls back to newest first without a query. */
export const LIBRARY_SORTS = ['relevance', 'date-desc', 'date-asc', 'modified-desc', 'headline'] as const;

/** Request schemas of the library calls. */
export const libraryRequests = {
  /** Indexing progress and library size; the UI polls it and re-searches when `revision` moves. */
  'library.status': z.object({}).strict(),
  /** Searches and filters the library; an empty query lists every article. */
  'library.search': z
    .object({
      query: z.string().max(1_000).optional(),
      filters: libraryFiltersSchema.optional(),
      sort: z.enum(LIBRARY_SORTS).optional(),
      offset: z.number().int().min(0).max(10_000_000).optional(),
      limit: z.number().int().min(1).max(MAX_LIBRARY_PAGE).optional(),
    })
    .strict(),
  /** One article of the library for reading mode. */
  'library.article': z.object({ path: z.string().min(1).max(4_096) }).strict(),
} satisfies Record<string, z.ZodType>;

/** The filters of a library search. */
export type LibraryFilters = z.infer<typeof libraryFiltersSchema>;
/** A sort order of the library list. */
export type LibrarySort = (typeof LIBRARY_SORTS)[number];

/** What the library is doing. */
export type LibraryPhase = 'starting' | 'loading' | 'indexing' | 'ready' | 'failed';

/** Indexing progress and library size. */
export interface LibraryStatus {
  readonly phase: LibraryPhase;
  /** Files looked at so far in this indexing pass, and how many the pass has. */
  readonly done: number;
  readonly total: number;
  /** Articles in the library (unreadable files included). */
  readonly count: number;
  /** Files listed with an error. */
  readonly errors: number;
  /** Moves whenever the library's content changes: a client re-searches when it differs. */
  readonly revision: number;
  /** The library folder (absolute). */
  readonly folder: string;
  /** One line when the folder cannot be read or the index cannot be saved. */
  readonly problem?: string;
}

/** A run of text, marked when it matched the search. */
export interface TextSegment {
  readonly text: string;
  readonly match: boolean;
}

/** A tagged person as the library lists it. */
export interface LibraryPerson {
  readonly name: string;
}

/** A tagged country as the library lists it. */
export interface LibraryCountry {
  readonly code: string;
  readonly name: string;
}

/**
 * What the library knows of an article besides its text: shared by the index's records and
 * the items the API returns, so the two cannot drift apart.
 */
export interface LibraryArticleFacts {
  readonly headline: string;
  readonly place?: string;
  readonly agency?: string;
  /** The dateline date as written ("28 февраля"). */
  readonly dateText?: string;
  /** The article's day (YYYY-MM-DD): from the dateline, else its metadata, else the file time. */
  readonly day: string;
  readonly status: ArticleStatus;
  readonly language: string;
  /** Confirmed tags (entity marks stored in the article). */
  readonly people: readonly LibraryPerson[];
  readonly countries: readonly LibraryCountry[];
  /** Why the file could not be read; such items have no tags and an empty headline. */
  readonly error?: string;
}

/** One article of the library list. */
export interface LibraryItem extends LibraryArticleFacts {
  /** Relative to the library folder, "/"-separated. */
  readonly path: string;
  /** The file name. */
  readonly name: string;
  /** The headline cut at matches; present when the search had words. */
  readonly headlineSegments?: readonly TextSegment[];
  /** A passage of the body around the first match, or the start of the body. */
  readonly snippet: readonly TextSegment[];
  /** File modification time, ISO 8601. */
  readonly modified: string;
}

/** A facet value with the number of results that have it. */
export interface FacetCount {
  readonly value: string;
  readonly label: string;
  readonly count: number;
}

/** Facets of a result set. */
export interface LibraryFacets {
  readonly people: readonly FacetCount[];
  readonly countries: readonly FacetCount[];
  readonly statuses: readonly FacetCount[];
  readonly languages: readonly FacetCount[];
}

/** The answer to a search. */
export interface LibrarySearchResult {
  /** Results of the whole search (the page holds `items`). */
  readonly total: number;
  readonly offset: number;
  readonly items: readonly LibraryItem[];
  readonly facets: LibraryFacets;
  readonly status: LibraryStatus;
}

/** Tags the tagger proposes for an article that has none; never stored by reading. */
export interface SuggestedTags {
  readonly people: readonly LibraryPerson[];
  readonly countries: readonly LibraryCountry[];
}

/** An article opened for reading. */
export interface LibraryArticle {
  readonly path: string;
  readonly name: string;
  readonly article: Article;
  readonly modified: string;
  /** Present for an article without confirmed tags, when the tagger found something. */
  readonly suggestions?: SuggestedTags;
}

/** Response types of the library calls. */
export interface LibraryResponses {
  'library.status': LibraryStatus;
  'library.search': LibrarySearchResult;
  'library.article': LibraryArticle;
}
