/**
 * Words and stems for the library's full-text search. One tokenizer and one term
 * normaliser serve both the index and the queries, so a query word and the article word it
 * should find always reduce to the same stem ("санкциями" and "санкций" → "санкц").
 *
 * The Snowball stemmer is chosen per word by its script: Cyrillic words get the Russian
 * stemmer, Latin words the English one. A query has no language of its own, and articles
 * mix scripts (a Latin acronym in Russian copy), so choosing by script is what keeps the
 * query and the article in agreement whatever the article's `meta.language` says.
 */
/// <reference path="./snowball-stemmers.d.ts" />
import snowball from 'snowball-stemmers';
import { isStopword } from './stopwords.ts';

/** A word of a text with its position (UTF-16 offsets, end exclusive). */
export interface WordToken {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Bumped whenever tokenizing or stemming changes, so that persisted indexes built with the
 * old rules are rebuilt rather than silently missing matches.
 */
export const STEMMING_VERSION = 2;

/** The word pattern of tokenizing; a fresh `RegExp` per scan keeps `lastIndex` local. */
export const WORD_SOURCE = "[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*";

const WORD = new RegExp(WORD_SOURCE, 'gu');
const CYRILLIC = /[\u0400-\u04ff]/u;
const LATIN = /[a-z]/u;

const russian = snowball.newStemmer('russian');
const english = snowball.newStemmer('english');

// Queries and highlighting stem the same few thousand words over and over; a bounded cache
// turns those into one map lookup. Indexing keeps its own per-form table (see TermIndex),
// so this cache stays small.
const STEM_CACHE_LIMIT = 100_000;
const stemCache = new Map<string, string>();

/** The words of `text` with their offsets, in order. */
export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index ?? 0;
    tokens.push({ word: match[0], start, end: start + match[0].length });
  }
  return tokens;
}

/** The words of `text` (no offsets), as the query parser reads them. */
export function splitWords(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Case-folds a word and spells "ё" as "е", as Russian copy uses both for the same word. */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('ё') || lower.includes('’') ? lower.replaceAll('ё', 'е').replaceAll('’', "'") : lower;
}

/** The search term of one word: folded, then stemmed by the stemmer of its script. */
export function stemWord(word: string): string {
  // Keyed by the word as written: most lookups then skip folding as well as stemming.
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  const stem = stemFolded(foldWord(word));
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  stemCache.set(word, stem);
  return stem;
}

/** The stem of a word already folded by `foldWord`, computed afresh (no cache). */
export function stemFolded(folded: string): string {
  let stem = folded;
  if (CYRILLIC.test(folded)) stem = russian.stem(folded);
  else if (LATIN.test(folded)) stem = english.stem(folded.replaceAll("'", ''));
  return stem.length === 0 ? folded : stem;
}

/** The index term of a word: its stem, or null for a function word (see stopwords.ts). */
export function indexTerm(word: string): string | null {
  const stem = stemWord(word);
  // Function words are at most six letters; their stems are never longer than the word.
  return stem.length <= 6 && isStopword(foldWord(word)) ? null : stem;
}

/** `indexTerm` of a word already folded by `foldWord`, without the cache. */
export function indexTermOfFolded(folded: string): string | null {
  const stem = stemFolded(folded);
  return stem.length <= 6 && isStopword(folded) ? null : stem;
}

/** The words of `text` one at a time, lazily, for scans that stop at the first hit. */
export function* iterateWords(text: string, from = 0): Generator<WordToken> {
  const pattern = new RegExp(WORD.source, 'gu');
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    yield { word: match[0], start: match.index, end: match.index + match[0].length };
  }
}
