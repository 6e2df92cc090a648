/**
 * The shapes the tagger reads and returns. Offsets are JavaScript string indices (UTF-16
 * code units, end exclusive) into the text that was tagged.
 */

import type { MentionKind } from '../article/model.ts';

/** Languages the tagger has rules for. */
export type TagLanguage = 'ru' | 'en' | 'kk';

/** One span of the tagged text. Invariant: `text === source.slice(start, end)`. */
export interface TextMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A span referring to a country, by its name or by an adjective. */
export interface CountryMention extends TextMention {
  readonly kind: MentionKind;
}

/** A person found in a text. `name` is canonical (nominative, "Имя Фамилия"). */
export interface TaggedPerson {
  readonly name: string;
  /** The registry id when the person is a known registry entry. */
  readonly id?: string;
  readonly mentions: readonly TextMention[];
}

/** A country found in a text; `code` is ISO 3166-1 alpha-2, `name` its display name. */
export interface TaggedCountry {
  readonly code: string;
  readonly name: string;
  readonly mentions: readonly CountryMention[];
}

/**
 * What the tagger found. Invariants: mentions are sorted by `start`; no two mentions of
 * the whole result overlap; people and countries are listed in order of first mention.
 */
export interface TagResult {
  readonly language: TagLanguage;
  readonly people: readonly TaggedPerson[];
  readonly countries: readonly TaggedCountry[];
}

/**
 * One reading of a word from a morphological dictionary. Grammemes use OpenCorpora
 * names (NOUN, Name, Surn, Patr, Geox, masc, femn, nomn, gent, ...).
 */
export interface WordReading {
  /** The dictionary form (lower case). */
  readonly lemma: string;
  /** The nominative singular of the same gender (lower case), when the word has one. */
  readonly nominative: string;
  readonly tags: ReadonlySet<string>;
  /** True when the word is in the dictionary, false when the reading is a guess. */
  readonly known: boolean;
  /** Relative likelihood among the word's readings, 0..1. */
  readonly score: number;
}

/** A word form of a paradigm, with its grammemes. */
export interface WordForm {
  readonly form: string;
  readonly tags: ReadonlySet<string>;
}

/**
 * Russian morphology as the tagger needs it. Core stays free of file access: the node
 * layer (or a worker) loads a dictionary and passes an implementation in.
 */
export interface Morphology {
  /**
   * Readings of a word as written (capitals matter: only a capitalised word can be read as
   * a name), most likely first; empty when nothing fits.
   */
  analyse(word: string): readonly WordReading[];
  /**
   * Every form of the lexeme whose nominative singular (or plural, for pluralia tantum)
   * is the lower-case `nominative`, or an empty list when the dictionary lacks it.
   */
  paradigm(nominative: string): readonly WordForm[];
}
