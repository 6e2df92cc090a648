/**
 * The country gazetteer: every written form of every country name (declined for Russian),
 * abbreviations and adjectives, looked up by surface form so tagging costs a hash lookup
 * per word.
 */

import ruCountries from 'i18n-iso-countries/langs/ru.json';
import enCountries from 'i18n-iso-countries/langs/en.json';
import kkCountries from 'i18n-iso-countries/langs/kk.json';
import enNationalities from 'i18n-nationality/langs/en.json';
import {
  ENGLISH_COUNTRY_ADJECTIVES,
  ENGLISH_COUNTRY_VARIANTS,
  ENGLISH_NOT_COUNTRIES,
  RUSSIAN_ADJECTIVE_PREFIXES,
  RUSSIAN_COUNTRY_ABBREVIATIONS,
  RUSSIAN_COUNTRY_ADJECTIVE_STEMS,
  RUSSIAN_COUNTRY_VARIANTS,
  RUSSIAN_DISPLAY_NAMES,
  RUSSIAN_NOT_COUNTRIES,
} from './country-lexicon-data.ts';
import { declinePhrase } from './declension.ts';
import { foldCase, isCapitalized, isUpper, type Token } from './text.ts';
import type { Morphology, TagLanguage } from './types.ts';

type LocaleFile = { readonly countries: Readonly<Record<string, string | readonly string[]>> };

/** A phrase of the gazetteer: folded words; `code` null for a blocker ("Латинская Америка"). */
interface Phrase {
  readonly words: readonly string[];
  readonly code: string | null;
  /** True for abbreviations, which must be written in capitals. */
  readonly caseSensitive: boolean;
}

/** A country found at a token position. */
export interface CountryMatch {
  /** Index of the first and one past the last token. */
  readonly from: number;
  readonly to: number;
  readonly code: string | null;
  readonly kind: 'name' | 'adjective';
  /** Character range, narrower than the tokens for a part of a compound adjective. */
  readonly start: number;
  readonly end: number;
}

/**
 * Country names, adjectives and blockers for one language. Invariant: lookups never
 * consult morphology at run time; everything is declined when the lexicon is built.
 */
export interface CountryLexicon {
  readonly language: TagLanguage;
  /** The longest name or blocker starting at `tokens[index]`, if any. */
  matchName(tokens: readonly Token[], index: number): CountryMatch | null;
  /** Country adjectives inside a token ("российско-американских" gives two). */
  /** `previous` is the word before, for two-word adjectives ("North Korean"). */
  matchAdjectives(token: Token, previous?: Token): readonly CountryMatch[];
  /** The display name of a code in this language. */
  displayName(code: string): string;
}

function localeNames(file: LocaleFile, code: string): string[] {
  const value = file.countries[code];
  if (value === undefined) return [];
  const list = typeof value === 'string' ? [value] : [...value];
  // "КНДР (Корейская Народно-Демократическая Республика)" holds two names.
  return list
    .flatMap((name) => {
      const inner = /^(.*?)\s*\((.*)\)\s*$/u.exec(name);
      if (!inner) return [name];
      // "Виргинские Острова (США)": the bracket qualifies the name and is no name itself.
      return /^\p{Lu}{2,}$/u.test(inner[1] ?? '') ? [inner[1] ?? '', inner[2] ?? ''] : [];
    })
    .filter((name) => name.length > 0 && !name.includes(','));
}

function allCodes(): string[] {
  return Object.keys((ruCountries as LocaleFile).countries);
}

class PhraseIndex {
  private readonly byFirst = new Map<string, Phrase[]>();
  private readonly seen = new Set<string>();

  add(phrase: Phrase): void {
    const first = phrase.words[0];
    const key = phrase.words.join(' ');
    if (first === undefined || this.seen.has(key)) return;
    this.seen.add(key);
    const list = this.byFirst.get(first) ?? [];
    list.push(phrase);
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(first, list);
  }

  match(tokens: readonly Token[], index: number, keyOf: (t: Token) => string): { phrase: Phrase; to: number } | null {
    const first = tokens[index];
    if (first === undefined) return null;
    const candidates = this.byFirst.get(keyOf(first));
    if (!candidates) return null;
    for (const phrase of candidates) {
      if (phraseFits(phrase, tokens, index, keyOf)) return { phrase, to: index + phrase.words.length };
    }
    return null;
  }
}

function phraseFits(phrase: Phrase, tokens: readonly Token[], index: number, keyOf: (t: Token) => string): boolean {
  for (let k = 0; k < phrase.words.length; k++) {
    const token = tokens[index + k];
    if (token === undefined || keyOf(token) !== phrase.words[k]) return false;
    // Words of one name sit next to each other: a comma or full stop breaks the name.
    if (k > 0 && !/^[\s.]*$/u.test(token.gapBefore)) return false;
    if (k > 0 && token.gapBefore.includes('.') && !phrase.words.every((w) => w.length === 1)) return false;
  }
  const head = tokens[index];
  if (head === undefined) return false;
  if (phrase.caseSensitive) return tokens.slice(index, index + phrase.words.length).every((t) => t.text === t.text.toUpperCase());
  return isUpper(head.text);
}

function splitWords(name: string): string[] {
  return foldCase(name)
    .split(/\s+/u)
    .filter((w) => w.length > 0);
}

/** Builds the Russian lexicon, declining every name with `morphology`. */
export function russianCountryLexicon(morphology: Morphology): CountryLexicon {
  const index = new PhraseIndex();
  const ru = ruCountries as LocaleFile;
  const addName = (name: string, code: string | null): void => {
    if (/^\p{Lu}{2,}$/u.test(name)) {
      index.add({ words: [foldCase(name)], code, caseSensitive: true });
      return;
    }
    for (const form of declinePhrase(name, morphology)) {
      index.add({ words: splitWords(form), code, caseSensitive: false });
      // "Коста Рика", "Эль Сальвадор": the hyphen of a two-capital name is often left out.
      if (/^\p{Lu}\p{Ll}+-\p{Lu}/u.test(form)) index.add({ words: splitWords(form.replace('-', ' ')), code, caseSensitive: false });
    }
  };
  for (const code of allCodes()) {
    const names = [...localeNames(ru, code), ...(RUSSIAN_COUNTRY_VARIANTS[code] ?? [])];
    for (const name of names) {
      addName(name, code);
      if (!/\s/u.test(name) && !/^\p{Lu}{2,}$/u.test(name)) addName(`Республика ${name}`, code);
    }
  }
  for (const [stem, code] of Object.entries(RUSSIAN_COUNTRY_ADJECTIVE_STEMS)) addName(`${stem}ая Республика`, code);
  for (const [abbreviation, code] of Object.entries(RUSSIAN_COUNTRY_ABBREVIATIONS)) addName(abbreviation, code);
  for (const name of RUSSIAN_NOT_COUNTRIES) addName(name, null);

  const adjectiveStems = Object.entries(RUSSIAN_COUNTRY_ADJECTIVE_STEMS).sort((a, b) => b[0].length - a[0].length);
  const adjectiveCache = new Map<string, string | null>();
  const adjectiveCode = (part: string): string | null => {
    const cached = adjectiveCache.get(part);
    if (cached !== undefined) return cached;
    let found: string | null = null;
    for (const prefix of RUSSIAN_ADJECTIVE_PREFIXES) {
      if (!part.startsWith(prefix)) continue;
      const rest = part.slice(prefix.length);
      for (const [stem, code] of adjectiveStems) {
        // The compound's first half ends in -о ("российско-"); a full adjective takes an ending.
        if (
          rest.startsWith(stem) &&
          /^(?:ий|ый|ой|ая|ое|ие|ые|ого|его|ому|ему|им|ым|ом|ем|ую|ей|их|ых|ими|ыми|ою|о)$/u.test(rest.slice(stem.length))
        ) {
          found = code;
          break;
        }
      }
      if (found) break;
    }
    adjectiveCache.set(part, found);
    return found;
  };

  return {
    language: 'ru',
    matchName(tokens, at) {
      const found = index.match(tokens, at, (t) => foldCase(t.text));
      if (!found) return null;
      const last = tokens[found.to - 1];
      const first = tokens[at];
      if (!last || !first) return null;
      return { from: at, to: found.to, code: found.phrase.code, kind: 'name', start: first.start, end: last.end };
    },
    matchAdjectives(token) {
      const folded = foldCase(token.text);
      if (folded.length < 5) return [];
      const parts = folded.split('-');
      // "Северо-Казахстанской области": a compass prefix makes the adjective a region's.
      if (parts.length > 1 && COMPASS_PREFIX.test(parts[0] ?? '')) return [];
      const matches: CountryMatch[] = [];
      let offset = token.start;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i] ?? '';
        // Only the last part of "российско-американских" carries an adjective ending.
        const code = part.length >= 4 ? adjectiveCode(i < parts.length - 1 && part.endsWith('о') ? part : part) : null;
        if (code && (i === parts.length - 1 || part.endsWith('о'))) {
          matches.push({ from: token.index, to: token.index + 1, code, kind: 'adjective', start: offset, end: offset + part.length });
        }
        offset += part.length + 1;
      }
      // "про-российский": the prefix is not part of the country's adjective span.
      return parts.length === 2 && (parts[0] === 'анти' || parts[0] === 'про') && matches.length === 1
        ? [{ ...matches[0]!, start: token.start }]
        : matches;
    },
    displayName(code) {
      return RUSSIAN_DISPLAY_NAMES[code] ?? localeNames(ru, code).at(-1) ?? code;
    },
  };
}

/** First parts of compound region adjectives ("Северо-Казахстанская", "Восточно-Европейская"). */
const COMPASS_PREFIX = /^(?:северо|южно|восточно|западно|центрально|юго|северо|ближне|дальне)$/u;

/**
 * True when a full stop follows the last token of a match, seen from the next token's gap;
 * at the very end of a text the gap is unknown and the full stop is left out.
 */
function fullStopAfter(next: Token | undefined): boolean {
  return next !== undefined && next.gapBefore.startsWith('.');
}

/** Builds the English lexicon (no declension; possessive 's is stripped by the caller). */
export function englishCountryLexicon(): CountryLexicon {
  const index = new PhraseIndex();
  const en = enCountries as LocaleFile;
  const addName = (name: string, code: string | null): void => {
    if (name.includes('.')) {
      index.add({
        words: name
          .split('.')
          .filter((w) => w.length > 0)
          .map(foldCase),
        code,
        caseSensitive: true,
      });
      return;
    }
    const caseSensitive = /^\p{Lu}{2,}$/u.test(name);
    index.add({ words: splitWords(name), code, caseSensitive });
  };
  for (const code of allCodes()) {
    // "the Netherlands", "The Gambia": the article is no part of the name's span.
    for (const name of [...localeNames(en, code), ...(ENGLISH_COUNTRY_VARIANTS[code] ?? [])]) addName(name.replace(/^the\s+/iu, ''), code);
  }
  for (const name of ENGLISH_NOT_COUNTRIES) addName(name, null);
  const adjectives = new Map([...datasetDemonyms(en), ...Object.entries(ENGLISH_COUNTRY_ADJECTIVES)].map(([a, c]) => [foldCase(a), c]));
  const key = (t: Token): string => foldCase(t.text.replace(/['’]s$/u, ''));
  return {
    language: 'en',
    matchName(tokens, at) {
      const found = index.match(tokens, at, key);
      if (!found) return null;
      const first = tokens[at];
      const last = tokens[found.to - 1];
      if (!first || !last) return null;
      let end = last.start + last.text.replace(/['’]s$/u, '').length;
      // "U.S.": an abbreviation written with full stops keeps its last one.
      if (found.to - at > 1 && found.phrase.caseSensitive && tokens[at + 1]?.gapBefore === '.' && fullStopAfter(tokens[found.to])) end += 1;
      return { from: at, to: found.to, code: found.phrase.code, kind: 'name', start: first.start, end };
    },
    matchAdjectives(token, previous) {
      // "North Korean" is not "Korean": a two-word adjective takes the word before it.
      const pair =
        previous && /^ $/u.test(token.gapBefore) && isCapitalized(previous.text)
          ? adjectives.get(`${foldCase(previous.text)} ${key(token)}`)
          : undefined;
      if (pair && previous)
        return [
          {
            from: previous.index,
            to: token.index + 1,
            code: pair,
            kind: 'adjective',
            start: previous.start,
            end: token.start + token.text.replace(/['’]s$/u, '').length,
          },
        ];
      const code = isCapitalized(token.text) ? adjectives.get(key(token)) : undefined;
      return code
        ? [
            {
              from: token.index,
              to: token.index + 1,
              code,
              kind: 'adjective',
              start: token.start,
              end: token.start + token.text.replace(/['’]s$/u, '').length,
            },
          ]
        : [];
    },
    displayName(code) {
      const names = localeNames(en, code);
      return ENGLISH_COUNTRY_VARIANTS[code]?.[0] ?? names[0] ?? code;
    },
  };
}

/**
 * English demonyms from the i18n-nationality dataset ("Indonesian", "Colombian"), as
 * [adjective, code] pairs. The dataset has territory names and a few wrong codes in it
 * ("Welsh" on Wallis and Futuna), so a demonym is kept only when it is one or two plain
 * words that begin like a word of one of that code's English names ("Colomb-" / "Colombia")
 * and is not itself a name; irregular ones ("Dutch", "Emirati") are in the curated list,
 * which wins over the dataset.
 */
function datasetDemonyms(en: LocaleFile): [string, string][] {
  const pairs: [string, string][] = [];
  const nationalities = (enNationalities as { nationalities: Record<string, string> }).nationalities;
  for (const [code, demonym] of Object.entries(nationalities)) {
    if (!/^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/u.test(demonym) || demonym.endsWith('s')) continue;
    const names = localeNames(en, code);
    if (names.some((name) => foldCase(name) === foldCase(demonym))) continue;
    const stem = foldCase(demonym).slice(0, 4);
    if (!names.some((name) => splitWords(name).some((word) => word.startsWith(stem)))) continue;
    pairs.push([demonym, code]);
  }
  return pairs;
}

/** Kazakh display names (Kazakh texts are tagged with the Russian rules for now). */
export function kazakhCountryName(code: string): string | undefined {
  return localeNames(kkCountries as LocaleFile, code)[0];
}

/**
 * The Russian display name of an ISO 3166-1 alpha-2 code (the name the Russian tagger
 * reports), or undefined when the code is not a country.
 */
export function russianCountryName(code: string): string | undefined {
  const upper = code.toUpperCase();
  return RUSSIAN_DISPLAY_NAMES[upper] ?? localeNames(ruCountries as LocaleFile, upper).at(-1);
}
