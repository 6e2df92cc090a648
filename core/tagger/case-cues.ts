/**
 * What the words around a Russian name say about its case and gender. A name's own ending
 * is often ambiguous ("Харада" nominative or "Харад" genitive, "Александра" a woman or
 * "Александр" in the genitive); a preposition before it, a title in apposition ("президента
 * Блинкена") or a past-tense verb agreeing with it ("Харада заявил", "— сказала Ахметова")
 * settles it. Cues only weigh readings; they never remove one.
 */

import type { Case } from './declension.ts';
import type { Gender } from './name-forms.ts';
import { foldCase, type Token } from './text.ts';
import type { Morphology, WordReading } from './types.ts';

/** A weight for reading a mention in a gender and case; 1 when the context says nothing. */
export type CaseWeight = (gender: Gender, grammaticalCase: Case) => number;

/** No context: every reading weighs the same. */
export const NO_CUE: CaseWeight = () => 1;

/** The cases each preposition governs (the ones a person's name can follow). */
const PREPOSITION_CASES: Readonly<Record<string, readonly Case[]>> = {
  без: ['gent'],
  для: ['gent'],
  до: ['gent'],
  из: ['gent'],
  от: ['gent'],
  у: ['gent'],
  после: ['gent'],
  против: ['gent'],
  около: ['gent'],
  среди: ['gent'],
  вместо: ['gent'],
  кроме: ['gent'],
  возле: ['gent'],
  вокруг: ['gent'],
  к: ['datv'],
  ко: ['datv'],
  по: ['datv'],
  благодаря: ['datv'],
  согласно: ['datv'],
  про: ['accs'],
  через: ['accs'],
  с: ['ablt', 'gent'],
  со: ['ablt', 'gent'],
  о: ['loct', 'accs'],
  об: ['loct', 'accs'],
  обо: ['loct'],
  при: ['loct'],
  в: ['accs', 'loct'],
  на: ['accs', 'loct'],
  за: ['ablt', 'accs'],
  под: ['ablt', 'accs'],
  над: ['ablt'],
  перед: ['ablt'],
  между: ['ablt'],
};

/** Short words that may stand between a subject and its verb ("Масса также был"). */
export const PREDICATE_PARTICLES: ReadonlySet<string> = new Set(
  'также тоже уже не ещё еще ранее лично сам сама впервые вновь снова'.split(' '),
);

const CUE_WEIGHT = 1.5;
/**
 * A past-tense verb's gender is agreement, not a guess ("Бут рассказала" is a woman), so it
 * outweighs the masculine-first priors of ambiguous endings.
 */
const GENDER_CUE_WEIGHT = 3;
const SPACES_ONLY = /^[ \u00a0]+$/u;

/**
 * The case/gender weighting for a mention spanning tokens `from`..`to` (exclusive).
 * `isTitle` says whether a word is a job title or form of address, whose case a name in
 * apposition shares.
 */
export function caseCues(
  tokens: readonly Token[],
  from: number,
  to: number,
  morphology: Morphology,
  isTitle: (word: string) => boolean,
  titleIndex = -1,
): CaseWeight {
  const cases = new Set<Case>();
  const genders = new Set<Gender>();
  const before = tokens[from - 1];
  const after = tokens[to];
  const adjacentBefore = before !== undefined && SPACES_ONLY.test(tokens[from]?.gapBefore ?? '');
  const title = tokens[titleIndex];
  if (title && titleIndex < from - 1) {
    // "министр иностранных дел Японии Сейдзи Маэхара": the title's case, words apart.
    const head = headTitle(tokens, titleIndex, morphology, isTitle);
    addTitleCases(morphology.analyse(tokens[head]!.text.toLowerCase()), cases, genders);
    verbBeforeTitle(tokens, head, morphology, cases, genders);
  } else if (before && adjacentBefore) {
    const governed = PREPOSITION_CASES[foldCase(before.text)];
    if (governed) for (const c of governed) cases.add(c);
    else {
      const readings = morphology.analyse(before.text.toLowerCase());
      if (isTitle(before.text)) {
        const head = headTitle(tokens, from - 1, morphology, isTitle);
        addTitleCases(head === from - 1 ? readings : morphology.analyse(tokens[head]!.text.toLowerCase()), cases, genders);
        verbBeforeTitle(tokens, head, morphology, cases, genders);
      } else if (/[—–]\s*$/u.test(before.gapBefore)) {
        // "«…», — заявил Иванов": the verb before the name after a quote has it as subject.
        const verb = readings.find((r) => r.tags.has('VERB') && r.tags.has('indc'));
        if (verb) addSubject(verb.tags, cases, genders);
      }
    }
  }
  // "главы области Бориса Громова стала …", "у Ивановой была": a name governed in an oblique
  // case by a title or a preposition is no subject, so the verb after it agrees with another
  // word and says nothing of the name's gender.
  const governedOblique = cases.size > 0 && !cases.has('nomn');
  if (after && SPACES_ONLY.test(after.gapBefore) && !governedOblique) {
    // "Масса также был": a particle may stand between the subject and its verb.
    const skip = PREDICATE_PARTICLES.has(foldCase(after.text)) && SPACES_ONLY.test(tokens[to + 1]?.gapBefore ?? '');
    const readings = morphology.analyse((skip ? tokens[to + 1]! : after).text.toLowerCase());
    // A finite verb ("Харада заявил") or a short adjective ("Маэхара должен") agrees with its subject.
    const predicate = readings.find(
      (r) => r.tags.has('sing') && ((r.tags.has('VERB') && r.tags.has('indc')) || (r.tags.has('ADJS') && readings[0]?.tags.has('ADJS'))),
    );
    if (predicate) addSubject(predicate.tags, cases, genders);
  }
  // "Ннека Угбома – руководитель проекта": a dash and a nominative role noun say the name
  // is the subject it is defined as.
  if (after && /^\s*[-–—]\s*$/u.test(after.gapBefore) && isTitle(after.text)) {
    const role = morphology.analyse(after.text.toLowerCase())[0];
    if (role?.tags.has('NOUN') && role.tags.has('nomn')) cases.add('nomn');
  }
  if (cases.size === 0 && genders.size === 0) return NO_CUE;
  return (gender, grammaticalCase) => (cases.has(grammaticalCase) ? CUE_WEIGHT : 1) * (genders.has(gender) ? GENDER_CUE_WEIGHT : 1);
}

const CASE_NAMES: readonly Case[] = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];

/**
 * The title a name is in apposition to when the nearest title is another's genitive
 * complement: in "Заместитель министра … Анна Лебедева" and "Руководитель администрации
 * президента … Анна Лебедева" the name agrees with "Заместитель", "Руководитель", not with
 * "министра", "президента". Walks back over titles and genitive nouns, three words at most.
 */
function headTitle(tokens: readonly Token[], t: number, morphology: Morphology, isTitle: (word: string) => boolean): number {
  if (!morphology.analyse(tokens[t]!.text.toLowerCase()).some((r) => r.tags.has('NOUN') && r.tags.has('gent'))) return t;
  let head = t;
  for (let k = t - 1; k >= 0 && t - k <= 3 && SPACES_ONLY.test(tokens[k + 1]!.gapBefore); k--) {
    const word = tokens[k]!.text;
    if (isTitle(word)) head = k;
    else if (!morphology.analyse(word.toLowerCase()).some((r) => r.tags.has('NOUN') && r.tags.has('gent'))) break;
  }
  return head;
}

/**
 * The cases a singular title noun is in: a name in apposition shares one of them. A title
 * that is only a woman's ("представительницу", "певица", "журналистка") also says the name
 * is a woman's; a masculine title says nothing ("министр" Анна Лебедева), nor does a noun of
 * common gender ("судья", "коллега").
 */
function addTitleCases(readings: readonly WordReading[], cases: Set<Case>, genders: Set<Gender>): void {
  const titles = readings.filter((r) => r.tags.has('NOUN') && r.tags.has('sing'));
  for (const r of titles) for (const c of CASE_NAMES) if (r.tags.has(c)) cases.add(c);
  if (titles.length > 0 && titles.every((r) => r.tags.has('femn') && !r.tags.has('Ms-f') && !RELATIVE_OF.has(r.lemma))) genders.add('f');
}

/**
 * "сообщила пресс-секретарь суда Асель Нурова": a past-tense verb right before the title of
 * an inverted subject agrees with the person, not with the title (many titles are masculine
 * nouns used of women), so its gender is the name's; only when the title can be nominative.
 */
function verbBeforeTitle(tokens: readonly Token[], head: number, morphology: Morphology, cases: Set<Case>, genders: Set<Gender>): void {
  const verbToken = tokens[head - 1];
  if (!verbToken || !SPACES_ONLY.test(tokens[head]!.gapBefore) || !cases.has('nomn')) return;
  const verb = morphology
    .analyse(verbToken.text.toLowerCase())
    .find((r) => r.tags.has('VERB') && r.tags.has('indc') && r.tags.has('past') && r.tags.has('sing'));
  if (verb) addSubject(verb.tags, cases, genders);
}

/** Feminine words of kinship: the name after them may be the relative's ("жена Ивана Петрова"). */
const RELATIVE_OF: ReadonlySet<string> = new Set(
  'жена супруга вдова мать дочь сестра внучка племянница невестка тёща теща свекровь'.split(' '),
);

/**
 * A predicate agreeing with the name makes it the nominative subject; a past-tense verb or
 * a short adjective also says its gender.
 */
function addSubject(tags: ReadonlySet<string>, cases: Set<Case>, genders: Set<Gender>): void {
  if (tags.has('past') || tags.has('ADJS')) {
    if (tags.has('masc')) genders.add('m');
    else if (tags.has('femn')) genders.add('f');
    else return;
  } else if (!tags.has('3per')) return;
  cases.add('nomn');
}
