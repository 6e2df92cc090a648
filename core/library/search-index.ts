/**
 * The library index: every record of the folder, the inverted index over their headlines
 * and texts (term-index.ts), and the search that combines it with filters, facets, sorting
 * and highlighting. Pure: the node layer feeds it records and persists its snapshot.
 *
 * A search does the least work its answer needs: matching runs on integer ids and typed
 * arrays, sort orders are computed once per change of the library and reused, facets are
 * counted over interned ids, and result items (snippets, highlights) are built only for the
 * page returned.
 *
 * Invariant: every record without an error is indexed in `terms` under its id in
 * `entries`; a replaced or removed record's id is dropped from `terms` at once.
 */
import type { FacetCount, LibraryFacets, LibraryFilters, LibraryItem, LibrarySort } from '../api/library.ts';
import { isEmptyQuery, parseQuery } from './query.ts';
import type { LibraryRecord } from './record.ts';
import { STEMMING_VERSION } from './stemming.ts';
import { SNIPPET_LENGTH, phraseMatches, snippetSegments, textSegments } from './highlight.ts';
import { TermIndex, type DocTerms } from './term-index.ts';
import { SnapshotError, decodeSnapshot, encodeSnapshot, type LibraryRecordInfo } from './snapshot.ts';

export { INDEX_SNAPSHOT_VERSION, SnapshotError, type LibraryRecordInfo } from './snapshot.ts';

/** A search over the library. */
export interface LibraryQuery {
  readonly query?: string;
  readonly filters?: LibraryFilters;
  readonly sort?: LibrarySort;
  readonly offset?: number;
  readonly limit?: number;
}

/** The result of `LibraryIndex.search`, before the service adds its status. */
export interface IndexSearchResult {
  readonly total: number;
  readonly offset: number;
  readonly items: LibraryItem[];
  readonly facets: LibraryFacets;
}

/** A text held as UTF-16 bytes of a loaded snapshot, decoded when needed. */
interface TextRange {
  readonly bytes: Uint8Array;
  readonly start: number;
  readonly end: number;
}

interface Entry {
  readonly id: number;
  readonly record: LibraryRecordInfo;
  readonly text: string | TextRange;
  /** Interned facet ids (see `FacetValues`). */
  readonly people: readonly number[];
  readonly countries: readonly number[];
  readonly status: number;
  readonly language: number;
}

interface Ordering {
  readonly version: number;
  /** Every entry in this order. */
  readonly order: readonly Entry[];
  /** Position in `order` by entry id. */
  readonly rank: Int32Array;
}

const DEFAULT_LIMIT = 50;
const FACET_LIMIT = 60;
const NO_TERMS: DocTerms = { termIds: new Uint32Array(0), weights: new Uint16Array(0), length: 0 };
const textDecoder = new TextDecoder('utf-16le');

/** Facet values interned as small integers, with the label shown for each. */
class FacetValues {
  readonly ids = new Map<string, number>();
  readonly values: string[] = [];
  readonly labels: string[] = [];

  intern(value: string, label: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
      this.labels.push(label);
    }
    return id;
  }
}

/** The library's records and search index. */
export class LibraryIndex {
  private readonly entries = new Map<string, Entry>();
  private readonly byId = new Map<number, Entry>();
  private terms = new TermIndex();
  private readonly people = new FacetValues();
  private readonly countries = new FacetValues();
  private readonly statuses = new FacetValues();
  private readonly languages = new FacetValues();
  private readonly orderings = new Map<LibrarySort, Ordering>();
  private nextId = 1;
  private version = 0;
  private errors = 0;
  private lastScores: ArrayLike<number> = [];
  private readonly collator = new Intl.Collator(['ru', 'en'], { sensitivity: 'base', numeric: true });

  constructor(private readonly signature = '') {}

  /** Number of records (articles and unreadable files). */
  get size(): number {
    return this.entries.size;
  }

  /** Number of records of files that could not be read. */
  get errorCount(): number {
    return this.errors;
  }

  /** The record of `path` (without its text), if listed. */
  get(path: string): LibraryRecordInfo | undefined {
    return this.entries.get(path)?.record;
  }

  /** Every record (without texts), in no particular order. */
  *records(): IterableIterator<LibraryRecordInfo> {
    for (const entry of this.byId.values()) yield entry.record;
  }

  /** Adds `record`, replacing the record of the same path. */
  upsert(record: LibraryRecord): void {
    this.remove(record.path);
    const id = this.nextId++;
    const { text, ...info } = record;
    this.add(id, info, text);
    if (!record.error) this.terms.add(id, record.headline, text);
  }

  /** Removes the record of `path`; false when there was none. */
  remove(path: string): boolean {
    const entry = this.entries.get(path);
    if (!entry) return false;
    this.entries.delete(path);
    this.byId.delete(entry.id);
    this.terms.remove(entry.id);
    if (entry.record.error) this.errors--;
    this.version++;
    return true;
  }

  /** Removes every record inside folder `prefix` ("a/b"); returns how many. */
  removeFolder(prefix: string): number {
    const start = prefix.endsWith('/') ? prefix : `${prefix}/`;
    let removed = 0;
    for (const path of [...this.entries.keys()]) if (path.startsWith(start) && this.remove(path)) removed++;
    return removed;
  }

  /**
   * Builds what searches share (postings, the sorted term list, the default order) ahead of
   * the first search; the service calls it when a batch of changes is in.
   */
  prepare(): void {
    this.terms.prepare();
    this.ordering('date-desc');
  }

  /** Searches, filters, sorts and pages the records; highlights the page. */
  search(request: LibraryQuery): IndexSearchResult {
    const parsed = parseQuery(request.query ?? '');
    const filters = request.filters ?? {};
    const hasQuery = !isEmptyQuery(parsed);
    const sort = request.sort ?? (hasQuery ? 'relevance' : 'date-desc');
    let results: readonly Entry[];
    let matched: ReadonlySet<string> | null = null;
    if (!hasQuery) {
      const { order } = this.ordering(sort === 'relevance' ? 'date-desc' : sort);
      results = hasFilters(filters) ? order.filter((entry) => matchesFilters(entry.record, filters)) : order;
    } else {
      const match = this.terms.match(
        parsed.terms.map((term) => ({ exact: term, prefix: term === parsed.prefixStem ? parsed.prefix : null })),
      );
      matched = match.terms;
      this.lastScores = match.scores;
      const found: Entry[] = [];
      results = found;
      for (const id of match.ids) {
        const entry = this.byId.get(id);
        if (!entry || !matchesFilters(entry.record, filters)) continue;
        if (parsed.phrases.length > 0) {
          const text = this.textOf(entry);
          if (!parsed.phrases.every((phrase) => phraseMatches(entry.record.headline, text, phrase))) continue;
        }
        found.push(entry);
      }
    }
    const offset = request.offset ?? 0;
    const end = offset + (request.limit ?? DEFAULT_LIMIT);
    let page: Entry[];
    if (!matched) page = results.slice(offset, end);
    else if (sort === 'relevance') {
      const scores = this.lastScores;
      const { rank } = this.ordering('date-desc');
      // Higher score first; the negated score makes "smaller key first" hold for both keys.
      page = topEntries(
        results,
        end,
        (e) => -(scores[e.id] as number),
        (e) => rank[e.id] as number,
      ).slice(offset);
    } else {
      const { rank } = this.ordering(sort);
      page = topEntries(
        results,
        end,
        (e) => rank[e.id] as number,
        () => 0,
      ).slice(offset);
    }
    return {
      total: results.length,
      offset,
      items: page.map((entry) => this.toItem(entry, matched)),
      facets: this.countFacets(results, filters),
    };
  }

  /**
   * The index as a sequence of byte chunks (see snapshot.ts). The caller writes them as
   * they come and must not change the index until the sequence ends.
   */
  snapshotChunks(): Generator<Uint8Array> {
    const documents = [...this.byId.values()].map((entry) => ({
      id: entry.id,
      record: entry.record,
      doc: this.terms.document(entry.id) ?? NO_TERMS,
      text: typeof entry.text === 'string' ? entry.text : entry.text.bytes.subarray(entry.text.start, entry.text.end),
    }));
    return encodeSnapshot({
      stemming: STEMMING_VERSION,
      signature: this.signature,
      nextId: this.nextId,
      documents,
      terms: this.terms.termList(),
      sortedTermIds: this.terms.sortedTermIds(),
    });
  }

  /**
   * Restores an index from the bytes of `snapshotChunks`; throws SnapshotError for data of
   * another format, version, stemming or signature, or data that does not hold together.
   * The bytes are kept: texts are decoded from them when a search needs them.
   */
  static fromSnapshot(bytes: Uint8Array, signature = ''): LibraryIndex {
    const snapshot = decodeSnapshot(bytes, signature, STEMMING_VERSION);
    const index = new LibraryIndex(signature);
    index.nextId = snapshot.header.nextId;
    index.terms.loadTerms(snapshot.terms, true);
    for (const { id, record, doc, textStart, textEnd } of snapshot.documents) {
      if (index.entries.has(record.path)) throw new SnapshotError('index lists a file twice');
      index.add(id, record, { bytes: snapshot.bytes, start: textStart, end: textEnd });
      if (!record.error) index.terms.addStored(id, doc);
    }
    index.terms.seal();
    return index;
  }

  private add(id: number, record: LibraryRecordInfo, text: string | TextRange): void {
    const entry: Entry = {
      id,
      record,
      text,
      people: record.people.map((p) => this.people.intern(p.name, p.name)),
      countries: record.countries.map((c) => this.countries.intern(c.code, c.name)),
      status: this.statuses.intern(record.status, record.status),
      language: this.languages.intern(record.language, record.language),
    };
    this.entries.set(record.path, entry);
    this.byId.set(id, entry);
    if (record.error) this.errors++;
    this.version++;
  }

  private textOf(entry: Entry): string {
    const text = entry.text;
    return typeof text === 'string' ? text : textDecoder.decode(text.bytes.subarray(text.start, text.end));
  }

  /**
   * The start of the text, enough for a snippet without a match: decoding only the first
   * code units keeps a page of a 10,000-article list cheap. A cut surrogate pair lies past
   * the snippet, and the cut text is still longer than the snippet, so it gets its "…".
   */
  private textStart(entry: Entry): string {
    const text = entry.text;
    if (typeof text === 'string') return text;
    const end = Math.min(text.end, text.start + SNIPPET_LENGTH * 4);
    return textDecoder.decode(text.bytes.subarray(text.start, end));
  }

  /** The entries in `sort` order, computed once per version of the library. */
  private ordering(sort: LibrarySort): Ordering {
    const cached = this.orderings.get(sort);
    if (cached?.version === this.version) return cached;
    const order = [...this.byId.values()].sort(this.comparator(sort));
    const rank = new Int32Array(this.nextId);
    order.forEach((entry, position) => (rank[entry.id] = position));
    const ordering = { version: this.version, order, rank };
    this.orderings.set(sort, ordering);
    return ordering;
  }

  private comparator(sort: LibrarySort): (a: Entry, b: Entry) => number {
    const newest = (a: Entry, b: Entry) =>
      cmp(b.record.day, a.record.day) || b.record.mtimeMs - a.record.mtimeMs || cmp(a.record.path, b.record.path);
    switch (sort) {
      case 'date-asc':
        return (a, b) => cmp(a.record.day, b.record.day) || a.record.mtimeMs - b.record.mtimeMs || cmp(a.record.path, b.record.path);
      case 'modified-desc':
        return (a, b) => b.record.mtimeMs - a.record.mtimeMs || cmp(a.record.path, b.record.path);
      case 'headline':
        return (a, b) =>
          this.collator.compare(a.record.headline || a.record.path, b.record.headline || b.record.path) ||
          cmp(a.record.path, b.record.path);
      default:
        return newest;
    }
  }

  /** Facet counts over `results`; selected values are always listed, even past the limit. */
  private countFacets(results: readonly Entry[], filters: LibraryFilters): LibraryFacets {
    const people = new Uint32Array(this.people.values.length);
    const countries = new Uint32Array(this.countries.values.length);
    const statuses = new Uint32Array(this.statuses.values.length);
    const languages = new Uint32Array(this.languages.values.length);
    for (const entry of results) {
      for (const person of entry.people) people[person] = (people[person] as number) + 1;
      for (const country of entry.countries) countries[country] = (countries[country] as number) + 1;
      statuses[entry.status] = (statuses[entry.status] as number) + 1;
      languages[entry.language] = (languages[entry.language] as number) + 1;
    }
    const listed = (values: FacetValues, counts: Uint32Array) => {
      const list: FacetCount[] = [];
      counts.forEach((count, id) => {
        if (count > 0) list.push({ value: values.values[id] as string, label: values.labels[id] as string, count });
      });
      return list;
    };
    return {
      people: this.topFacets(listed(this.people, people), filters.people ?? []),
      countries: this.topFacets(
        listed(this.countries, countries),
        (filters.countries ?? []).map((c) => c.toUpperCase()),
      ),
      statuses: this.topFacets(listed(this.statuses, statuses), filters.statuses ?? []),
      languages: this.topFacets(listed(this.languages, languages), filters.languages ?? []),
    };
  }

  private topFacets(list: FacetCount[], selected: readonly string[]): FacetCount[] {
    const top = list.sort((a, b) => b.count - a.count || this.collator.compare(a.label, b.label)).slice(0, FACET_LIMIT);
    for (const value of selected) {
      if (!top.some((f) => f.value === value)) top.push(list.find((f) => f.value === value) ?? { value, label: value, count: 0 });
    }
    return top;
  }

  private toItem(entry: Entry, matched: ReadonlySet<string> | null): LibraryItem {
    const record = entry.record;
    const slash = record.path.lastIndexOf('/');
    return {
      path: record.path,
      name: record.path.slice(slash + 1),
      headline: record.headline,
      ...(matched ? { headlineSegments: textSegments(record.headline, matched) } : {}),
      snippet: snippetSegments(matched ? this.textOf(entry) : this.textStart(entry), matched),
      ...(record.place ? { place: record.place } : {}),
      ...(record.agency ? { agency: record.agency } : {}),
      ...(record.dateText ? { dateText: record.dateText } : {}),
      day: record.day,
      status: record.status,
      language: record.language,
      people: record.people,
      countries: record.countries,
      modified: new Date(record.mtimeMs).toISOString(),
      ...(record.error ? { error: record.error } : {}),
    };
  }
}

/**
 * The first `count` of `entries` ordered by `key`, then `tie` (both ascending), without
 * sorting all of them: a threshold from a native numeric sort of the keys picks the few
 * that can be on the page, and only those are sorted.
 */
function topEntries(entries: readonly Entry[], count: number, key: (e: Entry) => number, tie: (e: Entry) => number): Entry[] {
  const byKey = (a: Entry, b: Entry) => key(a) - key(b) || tie(a) - tie(b);
  if (entries.length <= count * 4) return [...entries].sort(byKey).slice(0, count);
  const keys = new Float64Array(entries.length);
  entries.forEach((entry, i) => (keys[i] = key(entry)));
  const threshold = keys.sort()[count - 1] as number;
  return entries
    .filter((entry) => key(entry) <= threshold)
    .sort(byKey)
    .slice(0, count);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function hasFilters(filters: LibraryFilters): boolean {
  return Boolean(
    filters.people?.length ||
    filters.countries?.length ||
    filters.statuses?.length ||
    filters.languages?.length ||
    filters.dateFrom ||
    filters.dateTo,
  );
}

/** True when `record` passes every filter (people and countries: all of them; the rest: any). */
export function matchesFilters(record: LibraryRecordInfo, filters: LibraryFilters): boolean {
  if (filters.people?.length && !filters.people.every((name) => record.people.some((p) => p.name === name))) return false;
  if (filters.countries?.length && !filters.countries.every((code) => record.countries.some((c) => c.code === code.toUpperCase())))
    return false;
  if (filters.statuses?.length && !filters.statuses.includes(record.status)) return false;
  if (filters.languages?.length && !filters.languages.includes(record.language)) return false;
  if (filters.dateFrom && record.day < filters.dateFrom) return false;
  if (filters.dateTo && record.day > filters.dateTo) return false;
  return true;
}
