/**
 * Case agreement for foreign names in Russian text. A foreign name's own ending rarely says
 * its case ("Жоржу" is the dative of Жорж or an indeclinable Portuguese name; "Кэна" is the
 * genitive of Кэн or a woman's nominative), so the case is decided by everything that must
 * agree with it. The rules, from Russian grammar:
 *
 * 1. **Declension of foreign names.** A man's name ending in a consonant declines (Кэн →
 *    Кэна, Кэну, Кэном); a name in -а/-я declines, a man's or a woman's (Ямасима → Ямасиму);
 *    a name in -о/-у/-ю/-и/-е/-э never declines (Сато, Жоржу, Бонсу); a woman's name ending
 *    in a consonant never declines (Мерил Стрип → с Мерил Стрип). So a word written as its
 *    own nominative in an oblique case must be one that never declines, and a word whose
 *    reading changes it must be one that does (`followsDeclensionRules`).
 * 2. **One name, one case.** All words of a name are in the same case and gender; a word that
 *    shows the case (a declining word) decides it for the words that do not. The reading
 *    weighs each word by rule 1 (`jointPairs` in people-ru.ts applies it per word).
 * 3. **One list, one case.** Names joined by commas and a final «и», or by «и» alone, after
 *    one governing word share that word's case ("обыграв Кэна Ямасиму, Жоржу Перейру и Паулу
 *    Тавареша": Тавареша can only be genitive/accusative, so Жоржу Перейру is accusative,
 *    Перейра, not the dative of "Жорж Перейр"). Each member's case profile multiplies the
 *    others' (`agreeLists`).
 * 4. **The governing word.** A preposition's or a title's case is read in case-cues.ts; here a
 *    verb's: a gerund, an infinitive or a finite transitive verb directly before a name takes
 *    it as its direct object (accusative), unless the verb is one that names a recipient in the
 *    dative (вручить, сказать, передать…); a finite past verb before the name may also be its
 *    inverted subject ("победила Алина Коваленко"), in the nominative and in the verb's gender
 *    (`verbGovernment`).
 * 5. **Gender decides whether a consonant-final name declines.** Rule 1 is applied per gender:
 *    a feminine title or verb (case-cues.ts) makes the feminine reading — consonant-final words
 *    as written — agree, and a dictionary given name supplies the gender where nothing else
 *    does.
 */

import type { Case } from './declension.ts';
import type { Gender } from './name-forms.ts';
import type { PersonMentionCandidate, NamePair } from './person-groups.ts';
import { foldCase, type Token } from './text.ts';
import type { Morphology } from './types.ts';

/** A weight for reading a mention in a gender and case (the same shape as case-cues.ts). */
type Weight = (gender: Gender, grammaticalCase: Case) => number;

const VOWEL_FINAL_INDECLINABLE = /[оуюиеэы]$/u;
/** -а after a vowel ("Джошуа", "Нобоа") fits no paradigm and stays as written; -я after one declines ("Баньяя"). */
const VOWEL_A = /[аеёиоуыэю]а$/u;
const A_STEM = /[ая]$/u;
/** Russian-pattern endings whose own paradigms (Иванов, Долгорукий, Шевчук…) are not rule 1's. */
const RUSSIAN_PATTERN = /(?:ов|ев|ёв|ин|ын|ий|ый|ой|ь|й)$/u;

/**
 * Rule 1: whether reading `written` as the `grammaticalCase` form of `nominative` in `gender`
 * is possible for a foreign name. True when the rules say nothing (Russian-pattern names,
 * which keep their own paradigms).
 */
export function followsDeclensionRules(written: string, nominative: string, gender: Gender, grammaticalCase: Case): boolean {
  const nom = foldCase(nominative);
  if (nom.includes(' ') || nom.includes('-')) return true;
  const unchanged = foldCase(written) === nom;
  if (VOWEL_FINAL_INDECLINABLE.test(nom) || VOWEL_A.test(nom)) return unchanged;
  if (A_STEM.test(nom)) return grammaticalCase === 'nomn' ? unchanged : !unchanged;
  if (RUSSIAN_PATTERN.test(nom)) return true;
  // A consonant: a man's name declines (the accusative of a person is the genitive form),
  // a woman's never does.
  if (gender === 'f') return unchanged;
  return grammaticalCase === 'nomn' ? unchanged : !unchanged;
}

/** How much a reading that breaks rule 1 keeps of its score: possible (a typo, a tradition), unlikely. */
export const RULE_BREAK_WEIGHT = 0.35;

/**
 * Verbs that name a recipient in the dative right after them ("вручили Иванову премию",
 * "сказал Петрову"): the stems of the common ones in news copy. A transitive verb outside
 * this list takes a person after it in the accusative.
 */
const DATIVE_VERB =
  /^(?:вруч|переда|передал|сказа|говори|сообщ|предлож|предлага|направ|отправ|присво|присва|присуд|обеща|пообеща|написа|пиш|объясн|показа|показыва|представ|выраз|выража|поруч|довер|подар|дари|продал|прода|верну|возвра|пожела|жела|посвят|адресова|рассказ|напомн|напомина|заяви|ответи|отвеча|помог|помога|позвони|звони|угрож|пригрози|уступ|проигра|дал|дала|дали|дает|даёт|дава|разреш|запрет|доложи|сообщи|выдал|выда|вынес|объяви|поставил|пожаловал|высказа|дозвони|навяза|подтверди)/u;

const SPACES_ONLY = /^[ \u00a0]+$/u;
const ACCUSATIVE_WEIGHT = 1.6;
const INVERTED_SUBJECT_WEIGHT = 1.6;
/** A transitive verb's person object is almost never in the dative unless the verb names a recipient. */
const UNGOVERNED_DATIVE_WEIGHT = 0.4;

/**
 * Rule 4: the case a verb directly before the name (tokens[from]) governs it in. Returns null
 * when the word before is no verb form (the caller then keeps its other cues unchanged).
 */
export function verbGovernment(tokens: readonly Token[], from: number, to: number, morphology: Morphology): Weight | null {
  const before = tokens[from - 1];
  if (!before || !SPACES_ONLY.test(tokens[from]?.gapBefore ?? '')) return null;
  const word = before.text.toLowerCase();
  const readings = morphology.analyse(word);
  const verb = readings[0];
  if (!verb || !(verb.tags.has('VERB') || verb.tags.has('INFN') || verb.tags.has('GRND'))) return null;
  const dative = DATIVE_VERB.test(word.replace(/^(?:не|по|при|от|вы)(?=вруч|переда|сказа|дал)/u, ''));
  const transitive = verb.tags.has('tran');
  // A finite past verb agrees with an inverted subject in gender ("победила Алина …",
  // "выиграл Кэн Сато"): that reading weighs as much as the object reading.
  const subjectGender: Gender | null =
    verb.tags.has('VERB') && verb.tags.has('sing') ? (verb.tags.has('femn') ? 'f' : verb.tags.has('masc') ? 'm' : null) : null;
  // A singular verb does not agree with a list of names after it ("похвалил A, B и C" has
  // them as objects), so a name that opens a list is no inverted subject.
  const next = tokens[to];
  const opensList =
    next !== undefined && (/^\s*,/u.test(next.gapBefore) || next.text === 'и') && /^\p{Lu}/u.test(tokens[to + 1]?.text ?? next.text);
  const subjectWeight = opensList ? 1 : INVERTED_SUBJECT_WEIGHT;
  if (!transitive && !dative && subjectGender === null) return null;
  return (gender, grammaticalCase) => {
    if (grammaticalCase === 'accs') return transitive ? ACCUSATIVE_WEIGHT : 1;
    if (grammaticalCase === 'datv') return dative ? ACCUSATIVE_WEIGHT : transitive ? UNGOVERNED_DATIVE_WEIGHT : 1;
    if (grammaticalCase === 'nomn' && subjectGender !== null) return gender === subjectGender ? subjectWeight : 1;
    return 1;
  };
}

/** A candidate that can be read again under an extra weight, with its best raw score per case. */
export interface Rescorable {
  /** The best unnormalised reading score per case, any gender. */
  readonly caseProfile: ReadonlyMap<Case, number>;
  /** The candidate's readings again, with `extra` multiplied into every gender/case weight. */
  readonly rescore: (extra: Weight) => NamePair[];
}

/** A list separator between two adjacent mentions: ", " (comma) or " и " (and), or none. */
function separator(tokens: readonly Token[], left: PersonMentionCandidate, right: PersonMentionCandidate): ',' | 'и' | null {
  if (right.from === left.to && /^\s*,[ \u00a0]*$/u.test(tokens[right.from]?.gapBefore ?? '')) return ',';
  const and = tokens[left.to];
  if (
    right.from === left.to + 1 &&
    and !== undefined &&
    and.text === 'и' &&
    SPACES_ONLY.test(and.gapBefore) &&
    SPACES_ONLY.test(tokens[right.from]?.gapBefore ?? '')
  )
    return 'и';
  return null;
}

/** Below this share of a member's best case, a case counts as all but excluded for the list. */
const CASE_FLOOR = 0.03;

/**
 * Rule 3: members of one list share a case. A chain of mentions joined by commas counts as a
 * list only when it closes with «и» ("A, B и C"; "по словам A, B заявил" is two clauses).
 * Returns the candidates with the list members re-read; others unchanged.
 */
export function agreeLists(
  candidates: readonly PersonMentionCandidate[],
  tokens: readonly Token[],
  rescorable: ReadonlyMap<PersonMentionCandidate, Rescorable>,
): PersonMentionCandidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  const replaced = new Map<PersonMentionCandidate, PersonMentionCandidate>();
  let chain: PersonMentionCandidate[] = [];
  let links: (',' | 'и')[] = [];
  const flush = () => {
    if (chain.length >= 2 && links[links.length - 1] === 'и') agreeChain(chain, rescorable, replaced);
    chain = [];
    links = [];
  };
  for (const c of sorted) {
    const previous = chain[chain.length - 1];
    const link = previous ? separator(tokens, previous, c) : null;
    if (previous && link) {
      chain.push(c);
      links.push(link);
      if (link === 'и') flush();
    } else {
      flush();
      chain = [c];
    }
  }
  flush();
  return candidates.map((c) => replaced.get(c) ?? c);
}

function agreeChain(
  chain: readonly PersonMentionCandidate[],
  rescorable: ReadonlyMap<PersonMentionCandidate, Rescorable>,
  replaced: Map<PersonMentionCandidate, PersonMentionCandidate>,
): void {
  const members = chain.filter((c) => rescorable.has(c));
  if (members.length < 2) return;
  const shares = members.map((c) => {
    const profile = rescorable.get(c)!.caseProfile;
    const top = Math.max(0, ...profile.values());
    return (grammaticalCase: Case): number => (top > 0 ? Math.max(CASE_FLOOR, (profile.get(grammaticalCase) ?? 0) / top) : 1);
  });
  // The list must allow one shared case, or the chain is no list of one governing word.
  const cases: Case[] = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];
  if (!cases.some((c) => shares.every((share) => share(c) > CASE_FLOOR))) return;
  members.forEach((member, k) => {
    const others = shares.filter((_, j) => j !== k);
    const pairs = rescorable.get(member)!.rescore((_, c) => others.reduce((product, share) => product * share(c), 1));
    if (pairs.length > 0) replaced.set(member, { ...member, pairs });
  });
}
