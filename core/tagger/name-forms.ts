/**
 * Readings of a single Russian name word: which gender and case it can be in, and what
 * its nominative is. The dictionary's Name/Surn/Patr readings are trusted first; ending
 * rules for surnames, first names and patronymics cover the names it has never seen
 * (Central Asian, foreign), so "Кулубаева" can be read as "Кулубаев" in the genitive.
 */

import type { Case } from './declension.ts';
import { foldCase, titleCase } from './text.ts';
import type { Morphology } from './types.ts';

/** Grammatical gender of a person name. */
export type Gender = 'm' | 'f';
/** The role a word plays in a full name. */
export type NameRole = 'first' | 'last' | 'patronymic';

/** One reading: this word can be `nominative` in `gender` and `grammaticalCase`. */
export interface NameReading {
  readonly gender: Gender;
  readonly grammaticalCase: Case;
  /** The nominative with the word's own capitalisation ("Блинкена" → "Блинкен"). */
  readonly nominative: string;
  readonly score: number;
}

const ALL_CASES: readonly Case[] = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];

type Push = (gender: Gender, cases: readonly Case[], nominative: string, score: number) => void;

function collector(): { push: Push; list: NameReading[] } {
  const list: NameReading[] = [];
  const push: Push = (gender, cases, nominative, score) => {
    for (const grammaticalCase of cases) list.push({ gender, grammaticalCase, nominative, score });
  };
  return { push, list };
}

/** `word` without its last `cut` letters plus `ending`. */
function swap(word: string, cut: number, ending: string): string {
  return word.slice(0, word.length - cut) + ending;
}

/** Readings from the dictionary for the grammeme (Name, Surn or Patr). */
function dictionaryReadings(
  word: string,
  grammeme: string,
  morphology: Morphology,
  push: Push,
  knownScore: number,
  guessScore: number,
): void {
  const readings = morphology.analyse(word);
  // Az scores its parses: "Алла" is far likelier the name Алла than a form of "Ала", and
  // that likelihood has to survive into the name readings or the canonical form flips.
  // Only readings in the same case compete ("Алла" vs "Ала", both nominative); across cases
  // the scores reflect corpus frequency, not what this text means ("Александра").
  const topIn = (c: Case): number =>
    Math.max(0, ...readings.filter((r) => r.known && r.tags.has(grammeme) && r.tags.has(c) && !r.tags.has('plur')).map((r) => r.score));
  for (const reading of readings) {
    if (!reading.tags.has(grammeme) || reading.tags.has('plur')) continue;
    const genders: Gender[] = reading.tags.has('femn') ? ['f'] : reading.tags.has('masc') ? ['m'] : ['m', 'f'];
    const grammaticalCase = ALL_CASES.find((c) => reading.tags.has(c));
    if (!grammaticalCase) continue;
    const nominative = matchCase(word, reading.nominative);
    const top = topIn(grammaticalCase);
    const relative = top > 0 ? Math.max(0.2, Math.min(1, reading.score / top)) : 1;
    for (const g of genders)
      push(g, [grammaticalCase], nominative, reading.known ? knownScore * relative : guessScore * Math.max(0.3, reading.score));
  }
}

/** Gives `lower` the capitalisation pattern of `model` (title case per part). */
function matchCase(model: string, lower: string): string {
  return model === model.toLowerCase() ? lower : titleCase(lower);
}

/** Surname readings: dictionary first, then the regular surname paradigms. */
export function surnameReadings(word: string, morphology: Morphology): NameReading[] {
  const { push, list } = collector();
  dictionaryReadings(word, 'Surn', morphology, push, 1.2, 0.5);
  const w = word.toLowerCase().replace(/ё/g, 'е');
  if (/(?:улы|ұлы|кызы|қызы)$/u.test(w)) {
    push(/(?:улы|ұлы)$/u.test(w) ? 'm' : 'f', ALL_CASES, word, 1);
    return list;
  }
  // Tajik and Azerbaijani "-зода"/"-заде"/"-зада" ("son of") surnames are one form for men and
  // women in every case: the "-а" is no a-stem ending and the "-е" no locative.
  if (TAJIK_SURNAME.test(w)) {
    push('m', ALL_CASES, word, 1);
    push('f', ALL_CASES, word, 1);
    return list;
  }
  if (/(?:ов|ев|ин|ын)$/u.test(w)) push('m', ['nomn'], word, 1);
  else if (/(?:ова|ева|ина|ына)$/u.test(w)) {
    push('f', ['nomn'], word, 0.9);
    push('m', ['gent', 'accs'], swap(word, 1, ''), 1);
  } else if (/(?:ову|еву|ину|ыну)$/u.test(w)) {
    push('m', ['datv'], swap(word, 1, ''), 1);
    push('f', ['accs'], swap(word, 1, 'а'), 1);
  } else if (/(?:овым|евым|иным|ыным)$/u.test(w)) push('m', ['ablt'], swap(word, 2, ''), 1);
  else if (/(?:ове|еве|ине|ыне)$/u.test(w)) push('m', ['loct'], swap(word, 1, ''), 1);
  else if (/(?:овой|евой|иной|ыной)$/u.test(w)) push('f', ['gent', 'datv', 'ablt', 'loct'], swap(word, 2, 'а'), 1);
  else if (/(?:ск|цк)ий$/u.test(w)) push('m', ['nomn'], word, 1);
  else if (/(?:ск|цк)ого$/u.test(w)) push('m', ['gent', 'accs'], swap(word, 3, 'ий'), 1);
  else if (/(?:ск|цк)ому$/u.test(w)) push('m', ['datv'], swap(word, 3, 'ий'), 1);
  else if (/(?:ск|цк)им$/u.test(w)) push('m', ['ablt'], swap(word, 2, 'ий'), 1);
  else if (/(?:ск|цк)ом$/u.test(w)) push('m', ['loct'], swap(word, 2, 'ий'), 1);
  else if (/[^аеёиоуыэюя](?:ого|ому)$/u.test(w) && !/[нц]ого$/u.test(w)) {
    // Other adjectival surnames ("Долгорукому" → "Долгорукий", "Белого" → "Белый"):
    // -ий after к, г, х and hushers, -ый elsewhere.
    const stem = swap(word, 3, '');
    push('m', /ого$/u.test(w) ? ['gent', 'accs'] : ['datv'], stem + (/[кгхжшчщ]$/u.test(stem) ? 'ий' : 'ый'), 0.8);
  } else if (/(?:ск|цк)ая$/u.test(w)) push('f', ['nomn'], word, 1);
  else if (/(?:ск|цк)ую$/u.test(w)) push('f', ['accs'], swap(word, 2, 'ая'), 1);
  else if (/(?:ск|цк)ой$/u.test(w)) push('f', ['gent', 'datv', 'ablt', 'loct'], swap(word, 2, 'ая'), 1);
  else if (/(?:ых|их|[оиуэе])$/u.test(w)) {
    // Indeclinable ("Шевчуко", "Черных"); after a consonant "-у"/"-е" is far more often a
    // case ending ("Мильнеру", "Буте", "Ямаду" of Ямада), so that reading must win alone.
    // The same holds for "-е"/"-и" after "й" or "я" ("Монтойе", "Баньяи" of an a-stem in -я).
    const score = /[бвгдзклмнпрстфхжшчщц][уе]$/u.test(w) || /[йя][еи]$/u.test(w) ? 0.25 : 0.8;
    push('m', ALL_CASES, word, score);
    push('f', ALL_CASES, word, score);
  } else if (/[^аеёиоуыэюя]ы$/u.test(w) && w.length >= 6) {
    // Turkic names in -ы ("Сатыбалды", "Тлеуберды") never decline, but a Russian a-stem's
    // genitive looks the same ("Обамы"): a weak reading that wins only when the context
    // (a verb, a nominative first name) asks for the nominative.
    push('m', ALL_CASES, word, 0.2);
  }
  if (/[аеёиоуыэюя]$/u.test(w) === false) {
    // Consonant stems: masculine declines, feminine stays ("Кондолиза Райс"). A final
    // "-ом"/"-ем" after a consonant is far more often the instrumental ("Блинкеном"); an
    // "-овым"/"-иным" is the instrumental of a Russian-pattern surname, and a woman's such
    // surname ends in -ова/-ина, so "Бердымухамедов" is never a woman's as written.
    // "-овой/-евой/-иной" is likewise a woman's oblique case ("Кайыпбековой"), not a man's
    // adjectival nominative (the dictionary lists the few real ones: "Луговой").
    const instrumental = /(?:ов|ев|ин|ын)(?:ым|ой)$/u.test(w);
    push('m', ['nomn'], word, instrumental ? 0.1 : /[^аеёиоуыэюя][оеё]м$/u.test(w) ? 0.3 : 0.7);
    push('f', ALL_CASES, word, instrumental || /(?:ов|ев)$/u.test(w) ? 0.05 : 0.45);
  }
  // A vowel before a final "-а" ("Нобоа", "Бен Ханиа", "Ноа", "Бальбоа") fits no Russian
  // paradigm: such foreign surnames stay as written in every case, for either gender.
  if (/[аеёиоуыэю]а$/u.test(w)) {
    push('m', ALL_CASES, word, 0.6);
    push('f', ALL_CASES, word, 0.6);
  }
  // Georgian and Abkhaz "-ия" surnames ("Чантурия", "Гулия") are nominative in both genders.
  if (/ия$/u.test(w)) {
    push('m', ['nomn'], word, 0.5);
    push('f', ['nomn'], word, 0.5);
  }
  consonantStemObliques(word, w, push, 0.6);
  aStem(word, w, push, 0.5);
  // A foreign surname no paradigm fits ("Лью", "Хью"): as written, weakly, in any case.
  if (list.length === 0 && /[аеёиоуыэюя]$/u.test(w)) {
    push('m', ALL_CASES, word, 0.3);
    push('f', ALL_CASES, word, 0.3);
  }
  return list;
}

/** Tajik/Azerbaijani patronymic surnames ("Назрикулзода", "Гасанзаде"); indeclinable. */
const TAJIK_SURNAME = /^[^\s-]{3,}(?:зода|заде|зада)$/u;

/** Masculine consonant-stem obliques: "Блинкена" → "Блинкен", "Гайдая" → "Гайдай". */
function consonantStemObliques(word: string, w: string, push: Push, baseScore: number): void {
  // A man's name ending in a vowel + "-в" other than -ов/-ев ("Сиракав", "Китагав") is
  // almost never a nominative, while Japanese a-stems in -ава are common ("Сиракава",
  // "Китагава"): their case forms are read as the a-stem first. Slavic -слав is a name.
  const score = /[аиуыя]в(?:а|у|ом|е)$/u.test(w) && !/слав(?:а|у|ом|е)$/u.test(w) ? baseScore * 0.4 : baseScore;
  if (/[бвгдзклмнпрстфхжшчщц]а$/u.test(w)) push('m', ['gent', 'accs'], swap(word, 1, ''), score);
  if (/[бвгдзклмнпрстфхжшчщц]у$/u.test(w)) push('m', ['datv'], swap(word, 1, ''), score);
  if (/[бвгдзклмнпрстфх]ом$/u.test(w) || /[жшчщц]ем$/u.test(w)) push('m', ['ablt'], swap(word, 2, ''), score);
  if (/[бвгдзклмнпрстфхжшчщц]е$/u.test(w)) push('m', ['loct'], swap(word, 1, ''), score * 0.9);
  if (/[аеоуиэ]я$/u.test(w)) push('m', ['gent', 'accs'], swap(word, 1, 'й'), score * 0.8);
  if (/[аеоуиэ]ю$/u.test(w)) push('m', ['datv'], swap(word, 1, 'й'), score * 0.8);
  if (/[аеоуиэ]ем$/u.test(w)) push('m', ['ablt'], swap(word, 2, 'й'), score * 0.8);
  // Soft stems ("Бессель", "Игорь"): "Бесселя", "Бесселю", "Бесселем".
  if (/[бвдзлмнпрстф]я$/u.test(w)) push('m', ['gent', 'accs'], swap(word, 1, 'ь'), score * 0.6);
  if (/[бвдзлмнпрстф]ю$/u.test(w)) push('m', ['datv'], swap(word, 1, 'ь'), score * 0.8);
  if (/[бвдзлмнпрстф]ем$/u.test(w)) push('m', ['ablt'], swap(word, 2, 'ь'), score * 0.6);
}

/** a-stems of either gender: "Обама", "Обамы", "Обаме", "Обаму", "Обамой". */
function aStem(word: string, w: string, push: Push, score: number): void {
  if (/[^аеёиоуыэюя]а$/u.test(w) || /[^аеёиоуыэюя]я$/u.test(w)) {
    push('m', ['nomn'], word, score);
    push('f', ['nomn'], word, score);
  }
  if (/[^аеёиоуыэюя][ыи]$/u.test(w))
    for (const g of ['m', 'f'] as const)
      push(g, ['gent'], swap(word, 1, /[гкхжшчщ]и$/u.test(w) ? 'а' : w.endsWith('ы') ? 'а' : 'я'), score * 0.8);
  if (/[^аеёиоуыэюя]у$/u.test(w)) for (const g of ['m', 'f'] as const) push(g, ['accs'], swap(word, 1, 'а'), score * 0.8);
  if (/[^аеёиоуыэюя]ой$/u.test(w)) for (const g of ['m', 'f'] as const) push(g, ['ablt'], swap(word, 2, 'а'), score * 0.8);
  if (/[^аеёиоуыэюя]е$/u.test(w)) for (const g of ['m', 'f'] as const) push(g, ['datv', 'loct'], swap(word, 1, 'а'), score * 0.6);
  // "-я" after a vowel or "й" ("Баньяя", "Монтойя"): the same a-stem paradigm written with
  // я/и/е/ю/ей, so "Франческо Баньяю" is Баньяя and "Хуану Пабло Монтойе" is Монтойя.
  if (/[аеёиоуэюяй]я$/u.test(w)) for (const g of ['m', 'f'] as const) push(g, ['nomn'], word, score * (/[аеоуи]я$/u.test(w) ? 0.8 : 1));
  const soft: [RegExp, Case[]][] = [
    [/[аеёиоуэюяй]и$/u, ['gent']],
    [/[аеёиоуэюяй]е$/u, ['datv', 'loct']],
    [/[аеёиоуэюяй]ю$/u, ['accs']],
    [/[аеёиоуэюяй]ей$/u, ['ablt']],
  ];
  for (const [pattern, cases] of soft)
    if (pattern.test(w))
      for (const g of ['m', 'f'] as const) push(g, cases, word.slice(0, word.search(/(?:и|е|ю|ей)$/u)) + 'я', score * 0.8);
}

/** First-name readings: the dictionary's Name lexemes, then the regular paradigms. */
export function firstNameReadings(word: string, morphology: Morphology): NameReading[] {
  const { push, list } = collector();
  dictionaryReadings(word, 'Name', morphology, push, 1.5, 0.6);
  const w = word.toLowerCase();
  if (list.some((r) => r.score >= 1.5)) {
    // The dictionary may know a rare name in "-у" only as another name's dative ("Айару" as
    // "Айар"): Turkic and Japanese names in "-у" do not decline, so the name as written
    // stays possible, weakly, where the dictionary has no nominative of it.
    const nominativeAsWritten = list.some((r) => r.grammaticalCase === 'nomn' && foldCase(r.nominative) === foldCase(word));
    if (/[^аеёиоуыэюя][ую]$/u.test(w) && !nominativeAsWritten) {
      push('m', ALL_CASES, word, 0.3);
      push('f', ALL_CASES, word, 0.3);
    }
    // Likewise Turkic and Arabic men's names in consonant + "-и" ("Гани" is to the dictionary
    // only the genitive of a woman's "Ганя"), and women's names in "-ия" that it knows only
    // as the genitive of a rare man's "-ий" ("Асия" of "Асий"): as written, weakly, so a
    // nominative surname beside it or a verb's gender can choose that reading.
    if (/[^аеёиоуыэюяй]и$/u.test(w) && !nominativeAsWritten) push('m', ALL_CASES, word, 0.3);
    if (/ия$/u.test(w) && !nominativeAsWritten) push('f', ['nomn'], word, 0.6);
    return list;
  }
  if (/[аеёиоуыэюя]$/u.test(w) === false) {
    // "-ом"/"-ем" after a consonant ("Адылбеком") and a long "-ой" ("Нарендрой") are far
    // more often case endings than a foreign name's nominative.
    const oblique = /[^аеёиоуыэюя][оеё]м$/u.test(w) || (/[^аеёиоуыэюя]ой$/u.test(w) && w.length > 5);
    push('m', ['nomn'], word, oblique ? 0.25 : 0.6);
    push('f', ALL_CASES, word, oblique ? 0.1 : 0.3);
  }
  if (/[оиуэе]$/u.test(w)) {
    // Given names in -у are common and indeclinable ("Масахару", "Ху"): no penalty here.
    // A woman's, though, is far more often an a-stem's accusative ("Лоренилу" of Лоренила),
    // so for her that reading must win where both fit.
    // A final "-ии" is the genitive or dative of an "-ия" name ("Зарии" of Зария) far more
    // often than a name of its own, so as written it stays a weak reading.
    const iiEnding = /ии$/u.test(w);
    push('m', ALL_CASES, word, iiEnding ? 0.15 : 0.4);
    push('f', ALL_CASES, word, iiEnding ? 0.15 : /[^аеёиоуыэюя]у$/u.test(w) ? 0.3 : 0.4);
  }
  // Turkic first names in -ы ("Гурбангулы", "Нуралы") do not decline; weak, as for surnames.
  if (/[^аеёиоуыэюя]ы$/u.test(w) && w.length >= 6) push('m', ALL_CASES, word, 0.2);
  consonantStemObliques(word, w, push, 0.5);
  aStem(word, w, push, 0.45);
  // Anything else ("Теа", "Тхеа"): a foreign name as written, in any case.
  if (list.length === 0) {
    push('m', ALL_CASES, word, 0.3);
    push('f', ALL_CASES, word, 0.3);
  }
  return list;
}

/** Patronymic readings ("Кемелевича" → "Кемелевич"); Kazakh -улы/-кызы stay as written. */
export function patronymicReadings(word: string, morphology: Morphology): NameReading[] {
  const { push, list } = collector();
  dictionaryReadings(word, 'Patr', morphology, push, 1.2, 0.4);
  const w = word.toLowerCase();
  const m = /^(.*(?:ович|евич|ьич|ич))(|а|у|ем|е)$/u.exec(w);
  if (m) {
    const ending = m[2] ?? '';
    const cases: Record<string, Case[]> = { '': ['nomn'], а: ['gent', 'accs'], у: ['datv'], ем: ['ablt'], е: ['loct'] };
    push('m', cases[ending] ?? [], swap(word, ending.length, ''), 1);
  }
  const f = /^(.*(?:овн|евн|ичн|иничн))(а|ы|е|у|ой)$/u.exec(w);
  if (f) {
    const ending = f[2] ?? '';
    const cases: Record<string, Case[]> = { а: ['nomn'], ы: ['gent'], е: ['datv', 'loct'], у: ['accs'], ой: ['ablt'] };
    push('f', cases[ending] ?? [], swap(word, ending.length, 'а'), 1);
  }
  if (/(?:улы|ұлы)$/u.test(w)) push('m', ALL_CASES, word, 1);
  if (/(?:кызы|қызы)$/u.test(w)) push('f', ALL_CASES, word, 1);
  return list;
}

/** True when the word has the shape of a patronymic. */
export function looksLikePatronymic(word: string): boolean {
  const w = word.toLowerCase();
  // Turkmen given names in -гулы ("Гурбангулы", "Мяликгулы") are not Kazakh -улы patronymics.
  return /(?:ович|евич|ьич|овн|евн|ичн)(?:|а|у|ем|е|ы|ой)$/u.test(w) || (/(?:улы|ұлы|кызы|қызы)$/u.test(w) && !/гулы$/u.test(w));
}

/** True when the word has a typical surname ending, in any case. */
export function looksLikeSurname(word: string): boolean {
  const w = word.toLowerCase().replace(/ё/g, 'е');
  return (
    /(?:ов|ев|ин|ын)(?:|а|у|ым|е|ой)$/u.test(w) ||
    /(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую)$/u.test(w) ||
    /(?:енко|дзе|швили|ян|янц|янца|яну|яном|ук|юк|ич|уров|баев|баева|улы|кызы)$/u.test(w) ||
    TAJIK_SURNAME.test(w) ||
    // Kazakh surnames in "-бай" ("Сейтбай", "Жумагелдибай"): the "-бай" ("rich") of a name, 6+ letters.
    (/бай$/u.test(w) && w.length >= 6)
  );
}
