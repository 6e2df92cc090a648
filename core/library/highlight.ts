/**
 * Marking matches in text for the result list: the text is cut into segments, and a
 * segment is marked when its word reduces to a stem the search matched. The UI renders
 * segments as text nodes and <mark> elements; no markup ever travels as a string.
 *
 * Finding the first match and checking phrases only stems the words that could match: a
 * Snowball stem always starts with its word's first letter, so only words starting with a
 * matched stem's first letter are stemmed, not the whole article.
 */
import type { TextSegment } from '../api/library.ts';
import { WORD_SOURCE, iterateWords, stemWord, tokenizeWords } from './stemming.ts';

/** How many characters of body a snippet shows. */
export const SNIPPET_LENGTH = 220;
const SNIPPET_LEAD_IN = 60;

const WORD_CHAR = /[\p{L}\p{N}]/u;
const APOSTROPHE = /['’]/u;

/** `text` cut into segments, words whose stem is in `matched` marked. */
export function textSegments(text: string, matched: ReadonlySet<string>): TextSegment[] {
  const segments: TextSegment[] = [];
  let cursor = 0;
  const letters = initialsOf(matched);
  for (const token of tokenizeWords(text)) {
    // A stem starts with its word's first letter: other words need no stemming.
    if (!letters.includes(initialOf(token.word)) || !matched.has(stemWord(token.word))) continue;
    if (token.start > cursor) segments.push({ text: text.slice(cursor, token.start), match: false });
    segments.push({ text: token.word, match: true });
    cursor = token.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), match: false });
  return segments;
}

/**
 * A passage of `text` around its first match (or its start, when nothing matched or there
 * was no query), cut at word boundaries, with an ellipsis where the passage is cut.
 */
export function snippetSegments(text: string, matched: ReadonlySet<string> | null): TextSegment[] {
  let start = 0;
  if (matched && matched.size > 0) {
    const first = firstMatch(text, matched);
    if (first > SNIPPET_LEAD_IN) {
      const space = text.slice(first - SNIPPET_LEAD_IN, first).search(/\s/u);
      start = space >= 0 ? first - SNIPPET_LEAD_IN + space + 1 : first;
    }
  }
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  // Paragraph breaks read as spaces in a one-line snippet.
  const passage = text.slice(start, end).replace(/\s+/gu, ' ').trim();
  const segments = matched ? textSegments(passage, matched) : passage ? [{ text: passage, match: false }] : [];
  if (start > 0) segments.unshift({ text: '… ', match: false });
  if (end < text.length) segments.push({ text: ' …', match: false });
  return segments;
}

/** True when the stem sequence `phrase` occurs, in order and adjacent, in the headline or text. */
export function phraseMatches(headline: string, text: string, phrase: readonly string[]): boolean {
  return phraseIn(headline, phrase) || phraseIn(text, phrase);
}

/** The offset of the first word of `text` whose stem is in `matched` (0 when none). */
function firstMatch(text: string, matched: ReadonlySet<string>): number {
  let best = -1;
  for (const letter of initialsOf(matched)) {
    for (const start of wordStarts(text, letter, best < 0 ? text.length : best)) {
      if (matched.has(stemWord(wordAt(text, start)))) {
        best = start;
        break;
      }
    }
  }
  return Math.max(best, 0);
}

// A prefix search can match thousands of stems; their initials are computed once per search.
const initials = new WeakMap<ReadonlySet<string>, string[]>();

function initialsOf(matched: ReadonlySet<string>): string[] {
  let letters = initials.get(matched);
  if (!letters) {
    letters = [...new Set(Array.from(matched, (term) => term.charAt(0)))];
    initials.set(matched, letters);
  }
  return letters;
}

function initialOf(word: string): string {
  const initial = word.charAt(0).toLowerCase().charAt(0);
  return initial === 'ё' ? 'е' : initial;
}

function phraseIn(text: string, phrase: readonly string[]): boolean {
  const first = phrase[0];
  if (first === undefined) return true;
  for (const start of wordStarts(text, first.charAt(0), text.length)) {
    let i = 0;
    for (const token of iterateWords(text, start)) {
      if (stemWord(token.word) !== phrase[i]) break;
      if (++i === phrase.length) return true;
    }
  }
  return false;
}

/**
 * Offsets below `limit`, in order, where a word of `text` starts with a letter that folds
 * to `letter` (its lower and upper case; "ё" for "е"). The text is searched as written:
 * folding a whole article per result would cost more than the search.
 */
function* wordStarts(text: string, letter: string, limit: number): Generator<number> {
  const variants = spellingsOf(letter);
  const next = variants.map((v) => text.indexOf(v));
  for (;;) {
    let at = -1;
    let which = -1;
    next.forEach((position, i) => {
      if (position >= 0 && (at < 0 || position < at)) {
        at = position;
        which = i;
      }
    });
    if (at < 0 || at >= limit) return;
    next[which] = text.indexOf(variants[which] as string, at + 1);
    const before = at > 0 ? text.charAt(at - 1) : '';
    if (WORD_CHAR.test(before)) continue;
    // "don't": the "t" after an apostrophe inside a word does not start one.
    if (APOSTROPHE.test(before) && at > 1 && WORD_CHAR.test(text.charAt(at - 2))) continue;
    yield at;
  }
}

const spellings = new Map<string, string[]>();

/** The ways a folded initial can be written: itself, its capital, "ё"/"Ё" for "е", "İ" for "i". */
function spellingsOf(letter: string): string[] {
  let found = spellings.get(letter);
  if (!found) {
    const all = [letter, letter.toUpperCase()];
    if (letter === 'е') all.push('ё', 'Ё');
    if (letter === 'i') all.push('İ');
    found = [...new Set(all.filter((v) => v.length === letter.length))];
    spellings.set(letter, found);
  }
  return found;
}

function wordAt(text: string, start: number): string {
  const pattern = new RegExp(WORD_SOURCE, 'uy');
  pattern.lastIndex = start;
  return pattern.exec(text)?.[0] ?? '';
}
