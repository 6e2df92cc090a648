/**
 * Tokenising and normalising text for the tagger: words with their offsets, and the
 * facts about each word's surroundings that the rules need (sentence start, what sits
 * between it and its neighbours).
 */

import type { TagLanguage } from './types.ts';

/** A word of the text. Invariant: `text === source.slice(start, end)`. */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Index in the token list. */
  readonly index: number;
  /** The characters between the previous token (or the text start) and this one. */
  readonly gapBefore: string;
  /** True when the token opens a sentence, a line or a quotation, where capitals mean nothing. */
  readonly sentenceStart: boolean;
}

// Letters joined by hyphens or apostrophes stay one word ("Касым-Жомарт", "Кот-д’Ивуар").
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-‐’'][\p{L}\p{M}\p{N}]+)*/gu;
const SENTENCE_END = /[.!?…]["»”)]*\s*["«“(]?\s*$|\n\s*["«“(]?\s*$|[:]\s*["«“]\s*$|[«“]\s*$|^\s*[-–—]\s*$/u;

/** Splits text into word tokens, keeping offsets and sentence-start flags. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const gapBefore = text.slice(previousEnd, start);
    const previous = tokens[tokens.length - 1];
    // An initial ("К.") does not end a sentence: "К. Токаев" is one name.
    const afterInitial = previous !== undefined && isInitialLetter(previous.text) && /^\.\s*$/u.test(gapBefore);
    // A dash after a lower-case word mid-line is an apposition or a predicate ("обоих его
    // преследователей - Кими Райкконена"), not dialogue opening a sentence.
    const midLineDash = previous !== undefined && /^\p{Ll}/u.test(previous.text) && /^[ \t\u00a0]*[-–—][ \t\u00a0]*$/u.test(gapBefore);
    const sentenceStart = tokens.length === 0 || (!afterInitial && !midLineDash && SENTENCE_END.test(gapBefore));
    tokens.push({ text: match[0], start, end: start + match[0].length, index: tokens.length, gapBefore, sentenceStart });
    previousEnd = start + match[0].length;
  }
  return tokens;
}

/** A single capital letter, the shape of an initial. */
export function isInitialLetter(word: string): boolean {
  return word.length === 1 && isUpper(word);
}

/** True when the character (or first character) is an upper-case letter. */
export function isUpper(word: string): boolean {
  const code = word.charCodeAt(0);
  // Cyrillic and Latin letters by code point (the hot path); case mapping for the rest.
  if ((code >= 0x410 && code <= 0x42f) || code === 0x401 || (code >= 0x41 && code <= 0x5a)) return true;
  if ((code >= 0x430 && code <= 0x44f) || code === 0x451 || (code >= 0x61 && code <= 0x7a) || code < 0x80) return false;
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** "Capitalised": an upper-case first letter followed by at least one lower-case letter. */
export function isCapitalized(word: string): boolean {
  return word.length > 1 && isUpper(word) && /\p{Ll}/u.test(word.slice(1));
}

/** All letters upper case and at least two of them: an abbreviation such as ООН or РК. */
export function isAllCaps(word: string): boolean {
  return word.length >= 2 && !/\p{Ll}/u.test(word) && /\p{Lu}/u.test(word);
}

const folded = new Map<string, string>();
/** Past this many distinct words the memo starts over, so a long session cannot grow it without bound. */
const FOLD_MEMO_LIMIT = 200_000;

/**
 * Lower case with ё folded into е, the key every lookup uses. Memoised per word form: the
 * tagger folds the same few thousand words again and again.
 */
export function foldCase(word: string): string {
  let result = folded.get(word);
  if (result !== undefined) return result;
  result = word.toLowerCase();
  if (/[ё‐’]/u.test(result)) result = result.replace(/ё/g, 'е').replace(/[‐’]/g, (c) => (c === '‐' ? '-' : "'"));
  if (folded.size >= FOLD_MEMO_LIMIT) folded.clear();
  folded.set(word, result);
  return result;
}

/** Upper-cases the first letter of each hyphen- or space-separated part ("касым-жомарт" → "Касым-Жомарт"). */
export function titleCase(word: string): string {
  return word.replace(/(^|[-\s'’])(\p{L})/gu, (_all, sep: string, letter: string) => sep + letter.toUpperCase());
}

const KAZAKH_LETTERS = /[әғқңөұүһі]/giu;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;

/** Guesses the language of a text from its script and Kazakh-specific letters. */
export function detectLanguage(text: string): TagLanguage {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const cyrillic = sample.match(CYRILLIC)?.length ?? 0;
  const latin = sample.match(LATIN)?.length ?? 0;
  if (latin > cyrillic) return 'en';
  const kazakh = sample.match(KAZAKH_LETTERS)?.length ?? 0;
  return cyrillic > 0 && kazakh / cyrillic > 0.02 ? 'kk' : 'ru';
}
