/**
 * The library's full-text index: a compact inverted index built for the one job of the
 * library search. Terms are stems (see stemming.ts), documents are small integer ids.
 *
 * - Each distinct word form is stemmed once: `forms` maps a lower-cased form to its term id,
 *   so indexing a text costs one table scan of its characters and one hash lookup per word.
 * - Every document keeps its distinct term ids and weights as typed arrays; they are the
 *   source of truth, and what a snapshot stores.
 * - Postings (term → document ids) live in one CSR block (offsets, ids, weights) built from
 *   the documents in a single pass ("sealing"). Documents added since the last seal are kept
 *   in a short pending list and scanned directly; removed documents are only marked dead and
 *   skipped until the next seal. A search seals first when either grows past a bound, so no
 *   search pays more than one linear rebuild and most pay nothing.
 * - A sorted term list answers prefix lookups by binary search.
 *
 * Invariant: a live document id has `docTerms[id]`; every live document is either in the
 * sealed postings or in `pending`, never both.
 */
import { WORD_SOURCE, foldWord, indexTermOfFolded } from './stemming.ts';

/** How much more a headline word counts than a body word. */
export const HEADLINE_WEIGHT = 3;
/** Prefix expansions (other words starting with what is typed) count less than the word itself. */
const PREFIX_FACTOR = 0.5;
const PENDING_LIMIT = 32;
const FORM_LIMIT = 1_000_000;
const BM25_K1 = 1.2;
const BM25_B = 0.7;
const MAX_WEIGHT = 0xffff;

/** One required word of a query: matches when any of its terms occurs. */
export interface TermGroup {
  /** The word's own stem: full weight. */
  readonly exact: string;
  /** A typed prefix: every term starting with it also matches, at reduced weight. */
  readonly prefix?: string | null;
}

/** The documents matching every group, with their scores and the terms that matched. */
export interface TermMatch {
  readonly ids: number[];
  /** Score by document id (only the entries of `ids` are meaningful). */
  readonly scores: Float64Array;
  /** Every indexed term any group matched. */
  readonly terms: Set<string>;
}

/** A document's index data, as stored in a snapshot. */
export interface DocTerms {
  readonly termIds: Uint32Array;
  readonly weights: Uint16Array;
  /** Indexed words (function words not counted), for length normalisation. */
  readonly length: number;
}

/** The inverted index of the library's texts. */
export class TermIndex {
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  private forms = new FormTable();
  private readonly docTerms: (DocTerms | undefined)[] = [];
  private live = new Uint8Array(64);
  private liveCount = 0;
  private totalLength = 0;
  private offsets = new Uint32Array(1);
  private postingIds = new Uint32Array(0);
  private postingWeights = new Uint16Array(0);
  private pending: number[] = [];
  private deadPostings = 0;
  private sorted: number[] = [];
  private unsorted: number[] = [];
  // Scratch space reused by every indexing and search call, grown as ids and terms grow.
  private termScratch = new Uint32Array(1024);
  private groupFactor = new Float32Array(1024);
  private stamp = new Uint32Array(64);
  private hits = new Uint16Array(64);
  private scores = new Float64Array(64);
  private generation = 0;

  /** Number of live documents. */
  get documentCount(): number {
    return this.liveCount;
  }

  /** Indexes a document under `id` (not yet used) from its headline and text. */
  add(id: number, headline: string, text: string): void {
    const touched: number[] = [];
    const length = this.collect(headline, HEADLINE_WEIGHT, touched) + this.collect(text, 1, touched);
    touched.sort((a, b) => a - b);
    const termIds = Uint32Array.from(touched);
    const weights = new Uint16Array(touched.length);
    touched.forEach((term, i) => {
      weights[i] = Math.min(MAX_WEIGHT, this.termScratch[term] as number);
      this.termScratch[term] = 0;
    });
    this.insert(id, { termIds, weights, length });
  }

  /** Indexes a document from stored data (a snapshot); term ids refer to `terms` order. */
  addStored(id: number, doc: DocTerms): void {
    this.insert(id, doc);
  }

  /** Removes document `id`; false when it was not indexed. */
  remove(id: number): boolean {
    const doc = this.docTerms[id];
    if (!doc || this.live[id] !== 1) return false;
    this.live[id] = 0;
    this.docTerms[id] = undefined;
    this.liveCount--;
    this.totalLength -= doc.length;
    const at = this.pending.indexOf(id);
    if (at >= 0) this.pending.splice(at, 1);
    else this.deadPostings += doc.termIds.length;
    return true;
  }

  /** The index data of live document `id`. */
  document(id: number): DocTerms | undefined {
    return this.live[id] === 1 ? this.docTerms[id] : undefined;
  }

  /** Every term, by id. */
  termList(): readonly string[] {
    return this.terms;
  }

  /** Term ids in code-unit order of their text (for prefix ranges and compact snapshots). */
  sortedTermIds(): readonly number[] {
    this.ensureSorted();
    return this.sorted;
  }

  /** Adds terms in id order (a snapshot's term list); only valid on an empty index. */
  loadTerms(terms: readonly string[], alreadySorted: boolean): void {
    if (this.terms.length > 0) throw new Error('terms can only be loaded into an empty index');
    for (const term of terms) this.internTerm(term);
    if (alreadySorted) {
      this.sorted = this.unsorted;
      this.unsorted = [];
    }
  }

  /** Documents containing every group; the scores are BM25 over headline-boosted frequencies. */
  match(groups: readonly TermGroup[]): TermMatch {
    this.prepareSearch();
    const generation = this.nextGeneration();
    const matchedTerms = new Set<string>();
    const expanded = groups.map((group) => this.expand(group, matchedTerms));
    // Cheapest group first, so the candidate list is as short as it will be from the start.
    const order = expanded.map((terms) => ({ terms, cost: this.cost(terms) })).sort((a, b) => a.cost - b.cost);
    let candidates: number[] = [];
    order.forEach(({ terms }, round) => {
      const next: number[] = [];
      this.scoreGroup(terms, (id, score) => {
        if (round === 0) {
          if (this.stamp[id] !== generation) {
            this.stamp[id] = generation;
            this.hits[id] = 1;
            this.scores[id] = 0;
            next.push(id);
          }
          this.scores[id] = (this.scores[id] as number) + score;
          return;
        }
        if (this.stamp[id] !== generation) return;
        const hits = this.hits[id] as number;
        if (hits === round) {
          this.hits[id] = round + 1;
          next.push(id);
        }
        if (hits === round || hits === round + 1) this.scores[id] = (this.scores[id] as number) + score;
      });
      candidates = next;
    });
    return { ids: order.length === 0 ? [] : candidates, scores: this.scores, terms: matchedTerms };
  }

  /** Does now what the next search would otherwise do first: seal, sort new terms. */
  prepare(): void {
    if (this.pending.length > 0 || this.deadPostings > 0) this.seal();
    this.ensureSorted();
  }

  /** Rebuilds the postings from the documents (one pass); searches call it when needed. */
  seal(): void {
    const termCount = this.terms.length;
    const offsets = new Uint32Array(termCount + 1);
    for (let id = 0; id < this.docTerms.length; id++) {
      const doc = this.live[id] === 1 ? this.docTerms[id] : undefined;
      if (doc) for (const term of doc.termIds) offsets[term + 1] = (offsets[term + 1] as number) + 1;
    }
    for (let t = 0; t < termCount; t++) offsets[t + 1] = (offsets[t + 1] as number) + (offsets[t] as number);
    const total = offsets[termCount] as number;
    const ids = new Uint32Array(total);
    const weights = new Uint16Array(total);
    const fill = offsets.slice(0, termCount);
    for (let id = 0; id < this.docTerms.length; id++) {
      const doc = this.live[id] === 1 ? this.docTerms[id] : undefined;
      if (!doc) continue;
      for (let i = 0; i < doc.termIds.length; i++) {
        const term = doc.termIds[i] as number;
        const at = fill[term] as number;
        fill[term] = at + 1;
        ids[at] = id;
        weights[at] = doc.weights[i] as number;
      }
    }
    this.offsets = offsets;
    this.postingIds = ids;
    this.postingWeights = weights;
    this.pending = [];
    this.deadPostings = 0;
  }

  private insert(id: number, doc: DocTerms): void {
    if (this.live[id] === 1) throw new Error(`document ${id} is already indexed`);
    this.ensureCapacity(id + 1);
    this.docTerms[id] = doc;
    this.live[id] = 1;
    this.liveCount++;
    this.totalLength += doc.length;
    this.pending.push(id);
  }

  /** Adds the words of `text` to the scratch counts; returns how many were indexed. */
  private collect(text: string, weight: number, touched: number[]): number {
    // Lower-casing the whole text at once is far cheaper than per word; the form table
    // then needs only lower-case keys.
    const lower = text.toLowerCase();
    let length = 0;
    const count = (start: number, end: number) => {
      let term = this.forms.find(lower, start, end);
      if (term === undefined) term = this.learnForm(lower.slice(start, end));
      if (term < 0) return;
      length++;
      if (this.termScratch[term] === 0) touched.push(term);
      this.termScratch[term] = (this.termScratch[term] as number) + weight;
    };
    if (!scanWords(lower, count)) {
      // A character outside the Basic Multilingual Plane: the regex knows its class.
      length = 0;
      const pattern = new RegExp(WORD_SOURCE, 'gu');
      for (let match = pattern.exec(lower); match; match = pattern.exec(lower)) count(match.index, match.index + match[0].length);
    }
    return length;
  }

  private learnForm(form: string): number {
    const stem = indexTermOfFolded(foldWord(form));
    const term = stem === null ? -1 : this.internTerm(stem);
    // A library of unusual size (or generated text) must not grow the table without bound.
    if (this.forms.size >= FORM_LIMIT) this.forms = new FormTable();
    this.forms.insert(form, term);
    return term;
  }

  private internTerm(stem: string): number {
    let term = this.termIds.get(stem);
    if (term !== undefined) return term;
    term = this.terms.length;
    this.terms.push(stem);
    this.termIds.set(stem, term);
    this.unsorted.push(term);
    if (term >= this.termScratch.length) {
      const grown = new Uint32Array(this.termScratch.length * 2);
      grown.set(this.termScratch);
      this.termScratch = grown;
      this.groupFactor = new Float32Array(grown.length);
    }
    return term;
  }

  private ensureCapacity(size: number): void {
    if (size <= this.live.length) return;
    let capacity = this.live.length;
    while (capacity < size) capacity *= 2;
    const live = new Uint8Array(capacity);
    live.set(this.live);
    this.live = live;
    this.stamp = new Uint32Array(capacity);
    this.hits = new Uint16Array(capacity);
    this.scores = new Float64Array(capacity);
    this.generation = 0;
  }

  private nextGeneration(): number {
    if (this.generation >= 0xfffffffe) {
      this.stamp.fill(0);
      this.generation = 0;
    }
    return ++this.generation;
  }

  private prepareSearch(): void {
    const sealedPostings = this.postingIds.length;
    if (this.pending.length > PENDING_LIMIT || this.deadPostings > Math.max(10_000, sealedPostings / 4)) this.seal();
  }

  /** The terms of a group with their weight factors: the exact stem, then prefix expansions. */
  private expand(group: TermGroup, matched: Set<string>): [number, number][] {
    const out: [number, number][] = [];
    const exact = this.termIds.get(group.exact);
    if (exact !== undefined) out.push([exact, 1]);
    if (group.prefix) {
      this.ensureSorted();
      const prefix = group.prefix;
      for (let i = this.lowerBound(prefix); i < this.sorted.length; i++) {
        const term = this.sorted[i] as number;
        if (!(this.terms[term] as string).startsWith(prefix)) break;
        if (term !== exact) out.push([term, PREFIX_FACTOR]);
      }
    }
    for (const [term] of out) matched.add(this.terms[term] as string);
    return out;
  }

  private cost(terms: readonly [number, number][]): number {
    let cost = 0;
    for (const [term] of terms) cost += this.sealedCount(term);
    return cost;
  }

  private sealedCount(term: number): number {
    return term + 1 < this.offsets.length ? (this.offsets[term + 1] as number) - (this.offsets[term] as number) : 0;
  }

  /** Calls `visit` with the BM25 score of every (live document, term) posting of the group. */
  private scoreGroup(terms: readonly [number, number][], visit: (id: number, score: number) => void): void {
    const documents = Math.max(1, this.liveCount);
    const averageLength = Math.max(1, this.totalLength / documents);
    const factors = this.groupFactor;
    const pendingDf = this.termScratch;
    // Pending documents count towards document frequencies: one pass marks the group's
    // terms, one counts them in the pending documents.
    for (const [term] of terms) factors[term] = 1;
    for (const id of this.pending)
      for (const term of (this.docTerms[id] as DocTerms).termIds)
        if (factors[term] !== 0) pendingDf[term] = (pendingDf[term] as number) + 1;
    for (const [term, factor] of terms) {
      factors[term] = factor * idf(this.sealedCount(term) + (pendingDf[term] as number), documents);
      pendingDf[term] = 0;
    }
    const weigh = (id: number, tf: number, factor: number) => {
      const length = (this.docTerms[id] as DocTerms).length;
      const norm = BM25_K1 * (1 - BM25_B + (BM25_B * length) / averageLength);
      visit(id, (factor * tf * (BM25_K1 + 1)) / (tf + norm));
    };
    for (const [term] of terms) {
      const factor = factors[term] as number;
      const end = this.sealedCount(term) > 0 ? (this.offsets[term + 1] as number) : 0;
      for (let at = end > 0 ? (this.offsets[term] as number) : 0; at < end; at++) {
        const id = this.postingIds[at] as number;
        if (this.live[id] === 1) weigh(id, this.postingWeights[at] as number, factor);
      }
    }
    for (const id of this.pending) {
      const doc = this.docTerms[id] as DocTerms;
      for (let i = 0; i < doc.termIds.length; i++) {
        const factor = factors[doc.termIds[i] as number] as number;
        if (factor > 0) weigh(id, doc.weights[i] as number, factor);
      }
    }
    for (const [term] of terms) factors[term] = 0;
  }

  private ensureSorted(): void {
    if (this.unsorted.length === 0) return;
    const byText = (a: number, b: number) => {
      const x = this.terms[a] as string;
      const y = this.terms[b] as string;
      return x < y ? -1 : x > y ? 1 : 0;
    };
    if (this.unsorted.length > 2_000 || this.unsorted.length > this.sorted.length / 8) {
      this.sorted = this.sorted.concat(this.unsorted).sort(byText);
    } else {
      for (const term of this.unsorted) this.sorted.splice(this.lowerBound(this.terms[term] as string), 0, term);
    }
    this.unsorted = [];
  }

  /** The first position in `sorted` whose term is not below `text`. */
  private lowerBound(text: string): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.terms[this.sorted[mid] as number] as string) < text) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

// Character classes of the Basic Multilingual Plane for the word pattern of stemming.ts
// (WORD_SOURCE): letters, digits (other \p{N}), apostrophes; built on first use.
const LETTER = 1;
const DIGIT = 2;
const APOSTROPHE = 3;
let classes: Uint8Array | undefined;

function characterClasses(): Uint8Array {
  if (!classes) {
    classes = new Uint8Array(0x10000);
    const letter = /\p{L}/u;
    const digit = /\p{N}/u;
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCharCode(code);
      if (letter.test(char)) classes[code] = LETTER;
      else if (digit.test(char)) classes[code] = DIGIT;
    }
    classes[0x27] = APOSTROPHE;
    classes[0x2019] = APOSTROPHE;
  }
  return classes;
}

/**
 * Calls `visit` with the range of every word of `text` as WORD_SOURCE would match it,
 * several times faster than the regex. Returns false, having visited nothing, when `text`
 * has characters outside the Basic Multilingual Plane, which the table does not classify.
 */
export function scanWords(text: string, visit: (start: number, end: number) => void): boolean {
  const table = characterClasses();
  const end = text.length;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return false;
  }
  let i = 0;
  while (i < end) {
    let kind = table[text.charCodeAt(i)] as number;
    if (kind !== LETTER && kind !== DIGIT) {
      i++;
      continue;
    }
    const start = i;
    while (i < end && ((kind = table[text.charCodeAt(i)] as number) === LETTER || kind === DIGIT)) i++;
    // Apostrophe-joined letter runs ("don't", "д’Артаньян") belong to the word.
    while (i + 1 < end && kind === APOSTROPHE && table[text.charCodeAt(i + 1)] === LETTER) {
      i++;
      while (i < end && (kind = table[text.charCodeAt(i)] as number) === LETTER) i++;
    }
    visit(start, i);
  }
  return true;
}

/**
 * Word form → term id (-1 for a function word), looked up by a range of a text without
 * cutting the word out of it: indexing looks up every word of every article, and a Map
 * would need a new string, and its hash, for each. Open addressing over typed arrays.
 */
class FormTable {
  private slots = new Int32Array(1 << 12).fill(-1);
  private readonly forms: string[] = [];
  private hashes: Int32Array = new Int32Array(1 << 11);
  private terms: Int32Array = new Int32Array(1 << 11);

  get size(): number {
    return this.forms.length;
  }

  /** The term of `text.slice(start, end)`, or undefined when the form is new. */
  find(text: string, start: number, end: number): number | undefined {
    const hash = hashRange(text, start, end);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot] as number;
      if (entry < 0) return undefined;
      if (this.hashes[entry] !== hash) continue;
      const form = this.forms[entry] as string;
      if (form.length !== end - start) continue;
      let same = true;
      for (let i = 0; same && i < form.length; i++) same = form.charCodeAt(i) === text.charCodeAt(start + i);
      if (same) return this.terms[entry];
    }
  }

  insert(form: string, term: number): void {
    const entry = this.forms.length;
    if (entry >= this.terms.length) {
      this.terms = grow(this.terms);
      this.hashes = grow(this.hashes);
    }
    if ((entry + 1) * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    this.forms.push(form);
    this.terms[entry] = term;
    this.hashes[entry] = hashRange(form, 0, form.length);
    this.place(entry);
  }

  private place(entry: number): void {
    const mask = this.slots.length - 1;
    let slot = (this.hashes[entry] as number) & mask;
    while ((this.slots[slot] as number) >= 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size).fill(-1);
    for (let entry = 0; entry < this.forms.length; entry++) this.place(entry);
  }
}

function grow(array: Int32Array): Int32Array {
  const grown = new Int32Array(array.length * 2);
  grown.set(array);
  return grown;
}

/** FNV-1a over the UTF-16 code units of a range. */
function hashRange(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash | 0;
}

/** BM25's inverse document frequency; never zero, so a word in every article still counts. */
function idf(df: number, documents: number): number {
  const n = Math.min(df, documents);
  return Math.log(1 + (documents - n + 0.5) / (n + 0.5)) + 0.01;
}
