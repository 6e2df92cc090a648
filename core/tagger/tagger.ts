/**
 * The tagger: finds people and countries in a text, Russian (with Kazakh-style names) or
 * English. Built once from its resources; tagging is then a pass over the words with
 * per-word-form caches, fast enough to run while an editor types.
 */

import { englishCountryLexicon, russianCountryLexicon, type CountryLexicon } from './countries.ts';
import { contextMentions, contextPreamble, type ContextMention } from './article-context.ts';
import { findEnglishPeople } from './people-en.ts';
import { createRussianPeopleFinder, type KnownPerson, type PersonGroup } from './people-ru.ts';
import type { Registry, RegistryPerson } from './registry.ts';
import { detectLanguage, foldCase, tokenize, type Token } from './text.ts';
import type { CountryMention, Morphology, TagLanguage, TagResult, TaggedCountry, TaggedPerson } from './types.ts';

/** What a tagger is built from. */
export interface TaggerResources {
  readonly morphology: Morphology;
}

/** Options of one tagging call. */
export interface TagOptions {
  /** Forces the language instead of detecting it. */
  readonly language?: TagLanguage;
  /** People and countries confirmed elsewhere, suggested here in any case form. */
  readonly registry?: Registry;
  /**
   * Full names ("Виктор Орбан") the same article gives elsewhere: they link exactly as if
   * the text that named them were part of this one (first-name, surname and family-name
   * repeats, initials, case forms) and are reported under that name; registry entries keep
   * their stricter rules. A person found only through context is never reported alone.
   */
  readonly context?: readonly string[];
}

/** A ready tagger. `tag` is pure: the same text and options give the same result. */
export interface Tagger {
  tag(text: string, options?: TagOptions): TagResult;
}

/** Builds a tagger; building declines the country gazetteer, so do it once and reuse it. */
export function createTagger(resources: TaggerResources): Tagger {
  const lexicons: Record<'ru' | 'en', CountryLexicon> = {
    ru: russianCountryLexicon(resources.morphology),
    en: englishCountryLexicon(),
  };
  const russianPeople = createRussianPeopleFinder(resources.morphology);

  return {
    tag(body, options = {}) {
      const language = options.language ?? detectLanguage(body);
      const lexicon = language === 'en' ? lexicons.en : lexicons.ru;
      const preamble = contextPreamble(options.context ?? []);
      const text = preamble.text + body;
      const tokens = tokenize(text);
      const context = contextMentions(preamble, tokens, language);
      const bodyFrom = tokens.findIndex((t) => t.start >= preamble.text.length);
      const claimed = new Array<boolean>(tokens.length).fill(false);
      const countryMentions = new Map<string, CountryMention[]>();
      const addCountry = (code: string, mention: CountryMention) => {
        const list = countryMentions.get(code);
        if (list) list.push(mention);
        else countryMentions.set(code, [mention]);
      };
      for (let i = bodyFrom < 0 ? tokens.length : bodyFrom; i < tokens.length; i++) {
        const match = lexicon.matchName(tokens, i);
        if (match && language !== 'en' && countryWordIsGivenName(tokens, match, resources.morphology)) {
          i = match.to - 1;
          continue;
        }
        if (match) {
          for (let k = match.from; k < match.to; k++) claimed[k] = true;
          if (match.code && !notTheCountry(text, tokens, match))
            addCountry(match.code, { start: match.start, end: match.end, text: text.slice(match.start, match.end), kind: 'name' });
          i = match.to - 1;
          continue;
        }
        for (const adjective of lexicon.matchAdjectives(tokens[i]!, tokens[i - 1])) {
          for (let k = adjective.from; k < adjective.to; k++) claimed[k] = true;
          if (adjective.code)
            addCountry(adjective.code, {
              start: adjective.start,
              end: adjective.end,
              text: text.slice(adjective.start, adjective.end),
              kind: 'adjective',
            });
        }
      }
      const registryPeople = (options.registry?.entries ?? []).filter((e): e is RegistryPerson => e.type === 'person');
      const known = registryPeople.flatMap(knownNames);
      let groups =
        language === 'en' ? findEnglishPeople(tokens, claimed, known, context) : russianPeople.find(tokens, claimed, known, context);
      if (language !== 'en') {
        // Latin-script names quoted in a Russian story ("(Joel Simon)") follow the English rules.
        const nonLatin = tokens.map(
          (t, i) =>
            claimed[i] === true || !/\p{Script=Latin}/u.test(t.text) || groups.some((g) => g.mentions.some((m) => m.from <= i && i < m.to)),
        );
        groups = attachTransliterations(groups, findEnglishPeople(tokens, nonLatin, []), text);
      }
      if (context.length > 0) groups = withoutPreamble(groups, context, preamble.text.length);
      const people = groups.map((g) => personOf(g, body, registryPeople)).filter((p): p is TaggedPerson => p !== null);
      const countries: TaggedCountry[] = [...countryMentions.entries()]
        .map(([code, mentions]) => ({ code, name: lexicon.displayName(code), mentions: shift(mentions, preamble.text.length) }))
        .sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
      return { language, people: mergeSameName(people), countries };
    },
  };
}

/**
 * Groups over preamble + text, back to the text alone: a group holding a context name takes
 * that name as written (so it gets the id the full name gets where the article gives it),
 * its preamble mentions are dropped, and a group left with no mention is no person here.
 */
function withoutPreamble(groups: readonly PersonGroup[], context: readonly ContextMention[], length: number): PersonGroup[] {
  const out: PersonGroup[] = [];
  for (const group of groups) {
    const named = context.find((c) => group.mentions.some((m) => m.start === c.start && m.end === c.end));
    const mentions = group.mentions.filter((m) => m.start >= length).map((m) => ({ ...m, start: m.start - length, end: m.end - length }));
    if (mentions.length === 0) continue;
    out.push(named ? { first: named.first, last: named.last, mentions } : { ...group, mentions });
  }
  return out;
}

/** Mentions moved back by the preamble's length, in text order. */
function shift(mentions: readonly CountryMention[], length: number): CountryMention[] {
  return mentions.map((m) => (length === 0 ? m : { ...m, start: m.start - length, end: m.end - length })).sort((a, b) => a.start - b.start);
}

/**
 * A country name that is the whole of a quoted title is a ship, a channel or a paper
 * ("после гибели «Колумбии»", телеканал «Россия»); one glued to a word by a full stop is a
 * web domain ("Президент.РФ"). Titles that only contain the name ("«Голос Америки»") keep it.
 */
function notTheCountry(text: string, tokens: readonly Token[], match: { from: number; to: number; start: number; end: number }): boolean {
  const first = tokens[match.from];
  if (first && match.from > 0 && first.gapBefore === '.') return true;
  // "Port Sudan", "PORT SUDAN" in a dateline: a port city named after the country.
  if (match.from > 0 && /^port$/iu.test(tokens[match.from - 1]!.text) && /^ $/u.test(first?.gapBefore ?? '')) return true;
  if (organisationNamedAfter(text, tokens, match)) return true;
  return /[«“„"]$/u.test(text.slice(Math.max(0, match.start - 1), match.start)) && /^[»”“"]/u.test(text.slice(match.end, match.end + 1));
}

/**
 * Country names in "-ия" that are also women's given names ("Дания"): the country word
 * directly before a woman's surname of the same case ("Дания Серикбаева",
 * "Данией Серикбаевой") is her given name, so the word is left to the people finder.
 * Only the case-agreeing feminine surname shapes count, and never after a preposition
 * ("в Дании Ивановой вручили" stays the country).
 */
function countryWordIsGivenName(tokens: readonly Token[], match: { from: number; to: number }, morphology: Morphology): boolean {
  if (match.to !== match.from + 1) return false;
  const word = tokens[match.from]!;
  const next = tokens[match.to];
  if (!next || !/^[ \u00a0]+$/u.test(next.gapBefore) || !/^\p{Lu}\p{Ll}/u.test(word.text)) return false;
  const before = tokens[match.from - 1];
  if (before && PREPOSITIONS_BEFORE_PLACE.has(foldCase(before.text))) return false;
  const ending = /и(?:я|и|ю|ей)$/u.exec(word.text)?.[0];
  const surname = ending ? FEMININE_SURNAME_BY_CASE[ending] : undefined;
  if (surname === undefined || !surname.test(next.text) || !/^\p{Lu}/u.test(next.text)) return false;
  // "министром экономики Германии Катериной Райхе": a given name in "-ина" after the country
  // opens another person's name, and a surname is not followed by a further capitalised word.
  const after = tokens[match.to + 1];
  if (after && /^[ \u00a0]+$/u.test(after.gapBefore) && /^\p{Lu}/u.test(after.text)) return false;
  return !morphology.analyse(next.text).some((r) => r.known && r.tags.has('Name'));
}

/** A woman's Russian-style surname in the case the country word's ending shows. */
const FEMININE_SURNAME_BY_CASE: Record<string, RegExp> = {
  ия: /\p{Ll}(?:ова|ева|ёва|ина|ына|кызы)$/u,
  ии: /\p{Ll}(?:овой|евой|ёвой|иной|ыной|кызы)$/u,
  ию: /\p{Ll}(?:ову|еву|ёву|ину|ыну|кызы)$/u,
  ией: /\p{Ll}(?:овой|евой|ёвой|иной|ыной|кызы)$/u,
};

/** Prepositions (and "и" in a list of places) after which a country word is the place, whatever follows. */
const PREPOSITIONS_BEFORE_PLACE = new Set(['в', 'во', 'из', 'с', 'со', 'по', 'для', 'до', 'от', 'на', 'о', 'об', 'к', 'ко', 'между', 'и']);

/** Legal forms written before a company's quoted name (АО «…», ТОО «…»). */
const LEGAL_FORM_BEFORE_QUOTE = /(?:^|[\s(])(?:АО|ТОО|ОАО|ЗАО|ПАО|ООО|НАО|АОЗТ|ГУП|ФГУП|НК|АК|ГК|ОсОО|ОсДО|ЧП|ИП|СП|ЗАО|ОАО)\s*[«"„“]$/u;

/** English words that make "<Country> <word>" or "<word> of <Country>" a company or an institution. */
const ENGLISH_ORGANISATION_WORDS = new Set(
  (
    'airways airlines air railways railway rail bank university college institute academy telecom post holding holdings ' +
    'group corporation corp company inc ltd plc petroleum oil gas mining steel energy investment insurance museum church'
  ).split(' '),
);

/** Words after "<Country> <field>" that make it the state's office ("Energy Minister"), not a company. */
const STATE_ROLE_WORDS = new Set(['Minister', 'Ministry', 'Secretary', 'Commissioner', 'Department', 'Regulator']);

/**
 * A country name that opens the name of a company (АО «Казахстан темир жолы», "Uzbekistan
 * Airways") or closes that of an institution ("Bank of England") names the organisation,
 * not the country. Ministries and embassies ("МИД РК", "Kazakhstan's Foreign Ministry") are
 * the state itself and keep the country.
 */
function organisationNamedAfter(text: string, tokens: readonly Token[], match: { from: number; to: number; start: number }): boolean {
  if (LEGAL_FORM_BEFORE_QUOTE.test(text.slice(Math.max(0, match.start - 8), match.start))) return true;
  const next = tokens[match.to];
  const last = tokens[match.to - 1];
  if (next && last && !/['’]s$/u.test(last.text) && /^ $/u.test(next.gapBefore) && /^\p{Lu}\p{Ll}/u.test(next.text)) {
    // "Kazakhstan Energy Minister": the state's minister of that field, not a company.
    const role = tokens[match.to + 1];
    if (ENGLISH_ORGANISATION_WORDS.has(next.text.toLowerCase()) && !(role && STATE_ROLE_WORDS.has(role.text))) return true;
  }
  const of = tokens[match.from - 1];
  const head = tokens[match.from - 2];
  return of?.text === 'of' && head !== undefined && /^\p{Lu}/u.test(head.text) && ENGLISH_ORGANISATION_WORDS.has(head.text.toLowerCase());
}

/**
 * In a Russian story a Latin-script name is the original spelling of a person just named
 * ("Бернд Пишетсридер (Bernd Pischetsrieder)") and joins that person; anywhere else a
 * capitalised Latin run is far more often a company, a title or a brand ("World Fashion
 * Channel", "Angry Birds") and is left alone.
 */
function attachTransliterations(russian: PersonGroup[], latin: readonly PersonGroup[], text: string): PersonGroup[] {
  const groups = russian.map((g) => ({ ...g, mentions: [...g.mentions] }));
  for (const mention of latin.flatMap((g) => g.mentions)) {
    const owner = groups.find((g) => g.mentions.some((m) => /^\s*\(\s*$/u.test(text.slice(m.end, mention.start))));
    if (owner) owner.mentions = [...owner.mentions, mention].sort((a, b) => a.start - b.start);
  }
  return groups;
}

function splitName(name: string): KnownPerson | null {
  const words = name.trim().split(/\s+/u);
  const last = words.pop();
  return last ? { first: words.length > 0 ? words.join(' ') : null, last } : null;
}

function knownNames(person: RegistryPerson): KnownPerson[] {
  return [person.name, ...person.aliases].map(splitName).filter((k): k is KnownPerson => k !== null);
}

function personOf(group: PersonGroup, text: string, registry: readonly RegistryPerson[]): TaggedPerson | null {
  if (!group.last && !group.first) return null;
  const written = [group.first, group.last].filter((p): p is string => p !== null).join(' ');
  const key = foldCase(written);
  const lastKey = foldCase(group.last ?? '');
  const entry =
    registry.find((p) => [p.name, ...p.aliases].some((n) => foldCase(n) === key)) ??
    (group.first === null || group.first.endsWith('.') ? uniqueByLast(registry, lastKey, group.first) : undefined);
  const mentions = group.mentions.map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end) }));
  return entry ? { name: entry.name, id: entry.id, mentions } : { name: written, mentions };
}

/**
 * The one registry person with this surname whose first name fits the initials written
 * ("А. Саидов" is not Бахтиёр Саидов); undefined when none or several fit.
 */
function uniqueByLast(registry: readonly RegistryPerson[], lastKey: string, initials: string | null): RegistryPerson | undefined {
  const initial = initials === null ? '' : foldCase(initials.charAt(0));
  const fits = (name: string): boolean => {
    const split = splitName(name);
    return foldCase(split?.last ?? '') === lastKey && (initial === '' || foldCase(split?.first ?? '').startsWith(initial));
  };
  const matches = registry.filter((p) => [p.name, ...p.aliases].some(fits));
  return matches.length === 1 ? matches[0] : undefined;
}

function mergeSameName(people: TaggedPerson[]): TaggedPerson[] {
  const byName = new Map<string, TaggedPerson>();
  for (const p of people) {
    const key = p.id ?? foldCase(p.name);
    const existing = byName.get(key);
    byName.set(key, existing ? { ...existing, mentions: [...existing.mentions, ...p.mentions].sort((a, b) => a.start - b.start) } : p);
  }
  return [...byName.values()];
}
