/**
 * The search box's little language: words, and phrases in double quotes ("антироссийских
 * санкций"). Typing is continuous, so the last word of an unfinished query also matches as
 * a prefix; a word followed by a space, or inside a phrase, matches whole.
 */
import { foldWord, indexTerm, splitWords, stemWord } from './stemming.ts';

/** Shorter fragments match whole words only: a one-letter prefix would match most of the index. */
export const MIN_PREFIX = 2;

/** A parsed query. Terms are stems (see `stemWord`). */
export interface ParsedQuery {
  /** Every stem that must occur in a matching article, phrases' words included (function words not). */
  readonly terms: readonly string[];
  /** Phrases as stem sequences; a match needs each in this order, adjacent, in the text. */
  readonly phrases: readonly (readonly string[])[];
  /**
   * The word being typed, folded but not stemmed, or null. It matches as a prefix of
   * indexed stems as well as through its own stem (`prefixStem`, the last of `terms`).
   */
  readonly prefix: string | null;
  readonly prefixStem: string | null;
}

/** True when the query asks for nothing (no words at all). */
export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.terms.length === 0;
}

/**
 * Parses the search box text. An unclosed quote runs to the end, as it does while the
 * editor is still typing the phrase; quote characters in any of the usual styles count.
 */
export function parseQuery(text: string): ParsedQuery {
  const normalized = text.replace(/[«»“”„]/gu, '"');
  const terms: string[] = [];
  const phrases: string[][] = [];
  let prefix: string | null = null;
  let prefixStem: string | null = null;
  const parts = normalized.split('"');
  parts.forEach((part, index) => {
    const inPhrase = index % 2 === 1;
    const words = splitWords(part);
    const stems = words.map(stemWord);
    if (inPhrase && stems.length > 1) phrases.push(stems);
    terms.push(...words.flatMap((word) => indexTerm(word) ?? []));
    const isLastPart = index === parts.length - 1;
    if (!inPhrase && isLastPart && stems.length > 0 && /[\p{L}\p{N}]$/u.test(part)) {
      // The stem of a half-typed word can be shorter than the stem of the finished word
      // ("казах" → "каз", "казахстан" → "казахста"), so the folded fragment itself is the
      // prefix, and its stem still matches exactly ("санкци" → "санкц").
      // A function word being typed ("на" on the way to "налог") still counts as a prefix.
      const last = words[words.length - 1] ?? '';
      const long = last.length >= MIN_PREFIX;
      prefixStem = indexTerm(last) ?? (long ? stemWord(last) : null);
      prefix = long ? foldWord(last) : null;
      if (prefixStem !== null) terms.push(prefixStem);
    }
  });
  return { terms: [...new Set(terms)], phrases, prefix, prefixStem };
}

/** True when the stem sequence `phrase` occurs contiguously in `stems`. */
export function containsPhrase(stems: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return true;
  outer: for (let i = 0; i + phrase.length <= stems.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (stems[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}
