/**
 * Finding people in Russian text: name-shaped token sequences (first name + surname,
 * initials + surname, surname + first name + patronymic), single surnames with a cue,
 * and repeats of surnames already seen. Each mention is read in every gender and case
 * its words allow; mentions of one person are then grouped and given the nominative
 * most of them agree on, so "Энтони Блинкена" joins "Энтони Блинкен".
 */

import type { ContextMention } from './article-context.ts';
import { caseCues, NO_CUE, PREDICATE_PARTICLES, type CaseWeight } from './case-cues.ts';
import {
  groupMentions,
  MIN_SUPPORT,
  pairKey,
  REPEAT_SHARE,
  type KnownPerson,
  type NamePair,
  type PersonGroup,
  type PersonMentionCandidate,
} from './person-groups.ts';
import type { Case } from './declension.ts';
import {
  firstNameReadings,
  looksLikePatronymic,
  looksLikeSurname,
  patronymicReadings,
  surnameReadings,
  type Gender,
  type NameReading,
} from './name-forms.ts';
import { isEastAsianName } from './east-asian.ts';
import { attachRegnalNumbers } from './regnal.ts';
import { agreeLists, followsDeclensionRules, RULE_BREAK_WEIGHT, verbGovernment, type Rescorable } from './foreign-case.ts';
import { foldCase, isAllCaps, isCapitalized, isInitialLetter, isUpper, type Token } from './text.ts';
import type { Morphology } from './types.ts';

/** What the dictionary says about a capitalised word, cached per surface form. */
interface WordFacts {
  readonly knownName: boolean;
  readonly knownPatronymic: boolean;
  readonly latin: boolean;
  readonly guessedName: boolean;
  readonly knownSurname: number;
  readonly geo: number;
  readonly organisation: boolean;
  readonly common: number;
  readonly known: boolean;
  readonly lemmas: ReadonlySet<string>;
}

const CASE_PRIOR: Record<Case, number> = { nomn: 1, gent: 0.9, accs: 0.7, datv: 0.7, ablt: 0.75, loct: 0.6 };
const GENDER_PRIOR: Record<Gender, number> = { m: 1, f: 0.85 };
const CASES: readonly Case[] = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];

/** Lemmas of words that introduce a person: a job title or form of address. */
const TITLE_LEMMAS = new Set(
  (
    'президент премьер премьер-министр министр вице-премьер вице-президент госсекретарь секретарь посол депутат ' +
    'сенатор губернатор мэр аким спикер председатель директор лидер генсек канцлер король королева принц принцесса ' +
    'господин госпожа г-н г-жа глава замминистра заместитель советник помощник представитель пресс-секретарь ' +
    'тренер наставник игрок форвард нападающий защитник полузащитник вратарь гроссмейстер чемпион чемпионка актёр актер актриса ' +
    'певец певица писатель писательница поэт режиссёр режиссер журналист журналистка эксперт политолог экономист аналитик адвокат судья ' +
    'прокурор генерал полковник майор капитан астронавт космонавт экс-президент экс-премьер президентка премьерка ' +
    'министерка сопредседатель руководитель основатель гендиректор глава-министр атаман патриарх митрополит имам муфтий ' +
    'блогер пилот гонщик теннисист теннисистка боксёр боксер шахматист шахматистка легкоатлет футболист хоккеист ' +
    'бизнесмен предприниматель миллиардер олигарх артист художник композитор музыкант учёный ученый профессор академик ' +
    'врач доктор отец мать брат сестра сын дочь жена муж вдова коллега соперник сторонник оппонент мистер миссис ' +
    'владелец владелица совладелец хозяин хозяйка продюсер дирижёр дирижер пианист пианистка скрипач скрипачка солист солистка ' +
    'лауреат победитель победительница финалист финалистка участник участница ведущий ведущая эмир шейх посланник спецпосланник ' +
    // Women's forms and sportspeople; Uzbek, Turkmen and Kyrgyz titles of a governor and a speaker.
    'представительница спортсмен спортсменка фигурист фигуристка борец хоким хяким торага'
  ).split(/\s+/u),
);

/** Words of kinship, after which a genitive names the relative ("вдова Ельцина"). */
const KINSHIP_LEMMAS = new Set(
  'вдова вдовец жена муж супруга супруг дочь сын мать отец брат сестра внук внучка племянник племянница зять невестка тёща теща свекровь'.split(
    ' ',
  ),
);

/** Lemmas of words after which a name names a place or an institution, not a person. */
const NAMED_AFTER_LEMMAS = new Set(
  'имя им улица ул проспект пр бульвар переулок площадь набережная шоссе мавзолей мечеть медресе'.split(/\s+/u),
);

/** Prefixes that make a title of a title ("Вице-министр", "экс-спикер"). */
const TITLE_PREFIX = /^(?:вице|экс|и\.о|врио|зам)-/u;

/**
 * Lemmas of generic nouns followed by their own one-word name ("город Дацин", "агентство
 * Рейтер"); a full name after them ("глава партии Сергей Митрохин") is still a person.
 */
const NAMED_ONE_WORD_LEMMAS = new Set(
  (
    'аэропорт университет институт академия школа стадион станция метро библиотека музей театр пик премия орден фонд ' +
    'город г село посёлок поселок деревня станица аул кишлак река озеро гора остров район область штат провинция округ столица ' +
    'велаят вилоят этрап ' +
    'агентство газета журнал телеканал радиостанция издание компания корпорация концерн холдинг банк партия движение клуб команда ' +
    'корабль судно шаттл крейсер ледокол телескоп спутник марка бренд праздник фестиваль операция акция конкурс турнир ' +
    'выставка программа проект'
  ).split(/\s+/u),
);

/**
 * Of those, the nouns of settlements and territories: a lone word after one that the
 * dictionary does not know as a surname is the place's name even after a job title ("аким
 * города Тараза"; but "мэр города Лужков" is the mayor).
 */
const PLACE_NOUN_LEMMAS = new Set(
  'город г село посёлок поселок деревня станица аул кишлак махалля район область штат провинция округ столица велаят вилоят этрап'.split(
    ' ',
  ),
);

/** Bits of `wordClass`: the word lists above a word belongs to. */
const TITLE = 1;
const PLACE_NOUN = 16;
const NAMED_AFTER = 2;
const NAMED_ONE_WORD = 4;
const KINSHIP = 8;

const DEFINING_TAGS = ['Name', 'Surn', 'Patr', 'Geox', 'Orgn', 'Abbr', 'Init', 'Trad'];

export { groupMentions, type KnownPerson, type PersonGroup, type PersonMentionCandidate } from './person-groups.ts';

/** Builds a finder of Russian people bound to a morphology (with its caches). */
export function createRussianPeopleFinder(morphology: Morphology) {
  const factsCache = new Map<string, WordFacts>();
  const readingCache = new Map<string, NameReading[]>();

  const facts = (word: string): WordFacts => {
    let cached = factsCache.get(word);
    if (cached) return cached;
    const readings = morphology.analyse(word);
    let knownName = false;
    let knownPatronymic = false;
    let guessedName = false;
    let knownSurname = 0;
    let geo = 0;
    let organisation = false;
    let common = 0;
    let known = false;
    const lemmas = new Set<string>();
    // Az's scores are not normalised ("Гагарина" has four parses of score 1): shares of the
    // known readings' total say how much of the word is a surname, a place or a common word.
    const total = readings.reduce((sum, r) => sum + (r.known ? r.score : 0), 0) || 1;
    for (const r of readings) {
      lemmas.add(foldCase(r.lemma));
      if (r.known) known = true;
      // "Фёдоров" is also the genitive plural of "Фёдор": a plural is never one person's name.
      if (r.tags.has('Name') && !r.tags.has('plur')) {
        if (r.known) knownName = true;
        else if (r.score > 0.1) guessedName = true;
      }
      if (!r.known) continue;
      // "братьев Ямадаевых", "Воробьёвых гор": a plural surname names a family or a place.
      if (r.tags.has('Surn') && !r.tags.has('plur')) knownSurname += r.score / total;
      if (r.tags.has('Patr')) knownPatronymic = true;
      if (r.tags.has('Geox')) geo += r.score / total;
      if (r.tags.has('Orgn')) organisation = true;
      if (!DEFINING_TAGS.some((t) => r.tags.has(t))) common += r.score / total;
    }
    // "Каракалпакстана", "Татарстане": a word the dictionary lacks in "-стан" (Persian "land")
    // with a case ending is a country or a region, never a family name.
    if (!known && /\p{L}{5}стан(?:|а|у|е|ом)$/u.test(word)) geo = 1;
    cached = {
      knownName,
      knownPatronymic,
      latin: /\p{Script=Latin}/u.test(word),
      guessedName,
      knownSurname,
      geo,
      organisation,
      common,
      known,
      lemmas,
    };
    factsCache.set(word, cached);
    return cached;
  };

  const cachedReadings = (kind: string, word: string, compute: (w: string) => NameReading[]): NameReading[] => {
    const key = `${kind}:${word}`;
    let cached = readingCache.get(key);
    if (!cached) {
      cached = word.includes('-') ? hyphenated(word, compute) : compute(word);
      readingCache.set(key, cached);
    }
    return cached;
  };
  // Which word lists a word form belongs to (by itself or by a lemma), one bit per list.
  const classCache = new Map<string, number>();
  const wordClass = (word: string): number => {
    let cached = classCache.get(word);
    if (cached === undefined) {
      cached = 0;
      const folded = foldCase(word);
      // "Вице-министр", "экс-спикера": the title after the prefix says what the word is.
      const titlePart = TITLE_PREFIX.test(folded) ? folded.slice(folded.indexOf('-') + 1) : null;
      const lemmas = titlePart ? [titlePart, ...morphology.analyse(titlePart).map((r) => foldCase(r.lemma))] : [];
      for (const l of [folded, ...facts(word).lemmas, ...lemmas]) {
        if (TITLE_LEMMAS.has(l)) cached |= TITLE;
        if (NAMED_AFTER_LEMMAS.has(l)) cached |= NAMED_AFTER;
        if (NAMED_ONE_WORD_LEMMAS.has(l)) cached |= NAMED_ONE_WORD;
        if (KINSHIP_LEMMAS.has(l)) cached |= KINSHIP;
        if (PLACE_NOUN_LEMMAS.has(l)) cached |= PLACE_NOUN;
      }
      classCache.set(word, cached);
    }
    return cached;
  };
  const singularCache = new Map<string, boolean>();
  const singular = (word: string): boolean => {
    let cached = singularCache.get(word);
    if (cached === undefined) {
      cached = morphology.analyse(word.toLowerCase()).some((r) => r.tags.has('sing'));
      singularCache.set(word, cached);
    }
    return cached;
  };
  // A lower-case animate noun in the singular ("итальянца", "бразилец", "политик"): a person
  // word a name can stand in apposition to.
  const personNounCache = new Map<string, boolean>();
  const personNoun = (word: string): boolean => {
    let cached = personNounCache.get(word);
    if (cached === undefined) {
      const top = /^\p{Ll}/u.test(word) ? morphology.analyse(word)[0] : undefined;
      cached =
        top !== undefined &&
        top.known &&
        top.tags.has('NOUN') &&
        top.tags.has('anim') &&
        top.tags.has('sing') &&
        !DEFINING_TAGS.some((t) => top.tags.has(t));
      personNounCache.set(word, cached);
    }
    return cached;
  };
  const firstReadings = (w: string) => cachedReadings('f', w, (x) => firstNameReadings(x, morphology));
  const lastReadings = (w: string) => cachedReadings('l', w, (x) => surnameReadings(x, morphology));
  const patrReadings = (w: string) => cachedReadings('p', w, (x) => patronymicReadings(x, morphology));

  // The gender a registry name gives its person: that of its surname written in the
  // nominative ("Саидов" a man's, "Саидова" a woman's; weak guessed readings aside), and
  // where the surname does not say ("Роза", "Карки"), that of a dictionary first name.
  const genderOf = (k: KnownPerson): { gender?: Gender } => {
    const nominativeGenders = (readings: readonly NameReading[], word: string): Gender[] => {
      const own = readings.filter((r) => r.grammaticalCase === 'nomn' && foldCase(r.nominative) === foldCase(word));
      const top = Math.max(0, ...own.map((r) => r.score));
      return [...new Set(own.filter((r) => r.score >= REPEAT_SHARE * top).map((r) => r.gender))];
    };
    const fromLast = nominativeGenders(lastReadings(k.last), k.last);
    if (fromLast.length === 1) return { gender: fromLast[0]! };
    const firstWord = k.first?.split(/\s+/u)[0];
    const fromFirst = firstWord && facts(firstWord).knownName ? nominativeGenders(firstReadings(firstWord), firstWord) : [];
    return fromFirst.length === 1 ? { gender: fromFirst[0]! } : {};
  };

  return {
    facts,
    lastReadings,
    /** Finds person mentions in tokens not yet claimed (`claimed[i]` true for country words). */
    find(
      tokens: readonly Token[],
      claimed: readonly boolean[],
      registry: readonly KnownPerson[],
      context: readonly ContextMention[] = [],
    ): PersonGroup[] {
      const known = registry.map((k) => ({ ...k, ...genderOf(k) }));
      const taken = [...claimed];
      // The article's names given elsewhere are full-name mentions of this text (in its
      // preamble), in the nominative: every rule below links to them as to the text's own.
      const candidates: PersonMentionCandidate[] = context.map((c) => {
        const { gender } = genderOf({ first: c.first, last: c.last });
        for (let k = c.from; k < c.to; k++) taken[k] = true;
        const pair = { first: c.first, last: c.last, score: 1, ...(gender ? { gender } : {}) };
        return { start: c.start, end: c.end, from: c.from, to: c.to, pairs: [pair], ...(c.familyFirst ? { familyFirst: true } : {}) };
      });
      const nameLike = (i: number): boolean => {
        const t = tokens[i];
        return t !== undefined && !taken[i] && isCapitalized(t.text) && !isAllCaps(t.text) && !/[\p{Script=Latin}\p{N}]/u.test(t.text);
      };
      // "аль-Барадеи": a surname whose particle keeps its small letter mid-sentence.
      const particleSurname = (i: number): boolean => {
        const t = tokens[i];
        return t !== undefined && !taken[i] && /^(?:аль|эль|ибн|бин|бен|абу|ад|ас|ат|ан|ал)-\p{Lu}\p{Ll}/u.test(t.text);
      };
      // The name goes on at `i` ("Аль-Кайды Усамы бин Ладена"): a particle or another name word.
      const continuesName = (i: number): boolean =>
        adjacent(i) && (nameLike(i) || NAME_PARTICLES.has(foldCase(tokens[i]?.text ?? '')) || particleSurname(i));
      const adjacent = (i: number): boolean => /^[ \u00a0]+$/u.test(tokens[i]?.gapBefore ?? '');
      // A syllable of an East Asian name: a short capitalised word, or a lone capital that is
      // no initial ("Ё" in "Ким Ё Чжон": no full stop after it).
      const syllableAt = (i: number): boolean => {
        const t = tokens[i];
        if (t === undefined || taken[i] || !isSyllable(t.text)) return false;
        return nameLike(i) || (t.text.length === 1 && isUpper(t.text) && !/^\./u.test(tokens[i + 1]?.gapBefore ?? '.'));
      };
      // Words set aside as a title's organisation ("депутат Мажилиса …"): the title still
      // governs the name after them.
      const titleOrganisation = new Set<number>();
      const claim = (from: number, to: number) => {
        for (let k = from; k < to; k++) taken[k] = true;
      };
      const namedAfter = (i: number): boolean => {
        const prev = tokens[i - 1];
        if (!prev || /[.!?;:«»"]\s*$/u.test(tokens[i]?.gapBefore.replace(/\.\s*$/u, '') ?? '')) return false;
        return (wordClass(prev.text) & NAMED_AFTER) !== 0;
      };
      const namedOneWord = (i: number): boolean => {
        const prev = tokens[i - 1];
        return prev !== undefined && adjacent(i) && /^\p{Ll}/u.test(prev.text) && (wordClass(prev.text) & NAMED_ONE_WORD) !== 0;
      };
      // Words that introduce a name rather than being one ("Президент", "Фонд", "Улица").
      const generic = (word: string): boolean => (wordClass(word) & (TITLE | NAMED_ONE_WORD | NAMED_AFTER)) !== 0;
      const kinshipBefore = (i: number): boolean => {
        const prev = tokens[i - 1];
        return prev !== undefined && adjacent(i) && (wordClass(prev.text) & KINSHIP) !== 0;
      };
      // "Саидова поддержала", "Депутат Саидова выступила": the mention is the subject of a
      // feminine verb right after it, so a man's genitive reading ("of Саидов") is out —
      // unless a noun before it may govern that genitive ("фигура Свиридова стала",
      // "Пресс-служба Кадырова заявила"), where the verb agrees with the noun instead.
      const womanBySubjectVerb = (i: number, pairs: readonly NamePair[]): boolean => {
        if (pairs[0]?.gender !== 'f' || !pairs.some((p) => p.gender === 'm' && p.score < REPEAT_SHARE)) return false;
        const next = tokens[i + 1];
        if (!next || !adjacent(i + 1) || !/^\p{Ll}/u.test(next.text)) return false;
        const verb = morphology
          .analyse(next.text.toLowerCase())
          .some((r) => r.tags.has('femn') && (r.tags.has('VERB') || r.tags.has('ADJS') || r.tags.has('PRTS')));
        if (!verb) return false;
        const prev = tokens[i - 1];
        if (!prev || tokens[i]!.sentenceStart || !adjacent(i)) return true;
        if ((wordClass(prev.text) & TITLE) !== 0) return true;
        // A compound noun's head is its last part ("Пресс-служба").
        return !morphology.analyse(foldCase(prev.text).split('-').pop() ?? '').some((r) => r.tags.has('NOUN'));
      };
      // A verb of speech in the indicative at `i` ("Мороз заявил").
      const speechVerbAt = (i: number): boolean => {
        const t = tokens[i];
        if (t === undefined || !adjacent(i) || !/^\p{Ll}/u.test(t.text)) return false;
        const word = t.text.toLowerCase();
        return SPEECH_VERB.test(word) && morphology.analyse(word).some((r) => r.tags.has('VERB') && r.tags.has('indc'));
      };
      // "«…», — говорит Гернстермайер": the speaker named after a quote and a verb of speech.
      const quotedSpeaker = (i: number): boolean => {
        const verb = tokens[i - 1];
        if (!verb || !adjacent(i) || !/[»"”]\s*[,.]?\s*[—–]?\s*$/u.test(verb.gapBefore) || !/[,—–]/u.test(verb.gapBefore)) return false;
        if ((nameLike(i + 1) && adjacent(i + 1)) || ORGANISATION_SHAPED.test(foldCase(tokens[i]!.text))) return false;
        const word = verb.text.toLowerCase();
        return SPEECH_VERB.test(word) && morphology.analyse(word).some((r) => r.tags.has('VERB') && r.tags.has('indc'));
      };
      // Whether the word at `i` is an item of a list with the person mention `c`.
      const listedBeside = (i: number, c: PersonMentionCandidate): boolean => {
        const gap = i === c.to ? tokens[i]?.gapBefore : tokens[c.from]?.gapBefore;
        // "агентства Синьхуа, Си Цзиньпин": a word named by the noun before it is no list item.
        if (gap === undefined || !LIST_GAP.test(gap) || !nameLike(i) || namedAfter(i) || namedOneWord(i)) return false;
        // "Сулимы Ямадаева, Героя Российской Федерации": a capitalised phrase is no surname.
        if (/^ +$/u.test(tokens[i + 1]?.gapBefore ?? '') && isUpper(tokens[i + 1]!.text)) return false;
        if (nameLike(i - 1) && adjacent(i)) return false;
        const token = tokens[i]!;
        const f = facts(token.text);
        if (f.geo >= 0.5 || f.organisation || generic(token.text) || lastReadings(token.text).length === 0 || labelBeforeDash(i))
          return false;
        // A common word only counts inside brackets or after a dash, not after a mere comma
        // that may close a clause ("зданий Сената и Синода, Зорькин сказал").
        return f.common < 0.5 || !/^ *, *$/u.test(gap) || inBrackets(Math.max(i, c.from));
      };
      // Whether the word at `i` is inside brackets opened a few words before.
      const inBrackets = (i: number): boolean => {
        for (let k = i; k >= Math.max(0, i - 6); k--) {
          const gap = tokens[k]?.gapBefore ?? '';
          if (gap.includes('(')) return true;
          if (/[).!?;:]/u.test(gap)) return false;
        }
        return false;
      };
      const isTitle = (word: string): boolean => (wordClass(word) & TITLE) !== 0;
      // The job title a name at `i` stands in apposition to ("посол Японии в Чехии Синдзи
      // Харада"): within five words, no punctuation or other name between; -1 when none.
      const titleIndexBefore = (i: number): number => {
        let k = i - 1;
        for (let steps = 0; k >= 0 && steps < 5; steps++) {
          let gap = tokens[k + 1]!.gapBefore;
          if (/»\s*$/u.test(gap) && !/[.!?;:()"«]/u.test(gap)) {
            // "Наставник «Барселоны» Ханс-Дитер Флик": a quoted name between title and person.
            let open = k;
            while (open > 0 && k - open < 3 && !/«/u.test(tokens[open]!.gapBefore)) open--;
            gap = tokens[open]!.gapBefore;
            if (!/«\s*$/u.test(gap) || open === 0) return -1;
            gap = gap.replace(/«\s*$/u, '');
            k = open - 1;
          }
          if (/[.!?;:()«»"]/u.test(gap)) return -1;
          const word = tokens[k]!;
          // A plural title ("представители Гринпис") is not in apposition to one person.
          if (isTitle(word.text)) return singular(word.text) ? k : -1;
          // "главы Московской области Бориса Громова": a capitalised adjective before its
          // noun belongs to the title's place, like a country's name does.
          // "заместителя акима района Жанаарка Ерболата …": the name of a settlement or a
          // territory after its noun belongs to the title's place too.
          if (isCapitalized(word.text) && !claimed[k] && !titleOrganisation.has(k) && !adjectiveBeforeNoun(k) && !placeNamedBefore(k))
            return -1;
          k--;
        }
        return -1;
      };
      const titleBefore = (i: number): boolean => titleIndexBefore(i) >= 0;
      // "Хякимы этрапов: Бахарлыйского – Имя Фамилия, Тедженского – …": an adjective in an oblique
      // case whose noun is left out, labelling the full name after a dash, is no surname.
      const labelBeforeDash = (i: number): boolean =>
        /(?:ск|цк)(?:ого|ому|им|ом|ой|их|ых)$/u.test(tokens[i]?.text ?? '') &&
        /^\s*[-–—]\s*$/u.test(tokens[i + 1]?.gapBefore ?? '') &&
        // Capitals, not `nameLike`: the name after the dash may already be claimed.
        isCapitalized(tokens[i + 1]!.text) &&
        isCapitalized(tokens[i + 2]?.text ?? '') &&
        adjacent(i + 2);
      // The word at `k` is the name a lower-case settlement or territory noun gives ("района
      // Жанаарка", "этрапа Бахарлы").
      // A noun an adjective already names ("Карагандинской области Алтай …") has no name after it.
      const placeNamedBefore = (k: number): boolean => {
        const noun = tokens[k - 1];
        return (
          noun !== undefined &&
          adjacent(k) &&
          /^\p{Ll}/u.test(noun.text) &&
          (wordClass(noun.text) & PLACE_NOUN) !== 0 &&
          // "во главе с Ли …": the preposition "с" is no "с." (село).
          !morphology.analyse(noun.text)[0]?.tags.has('PREP') &&
          !(adjacent(k - 1) && isCapitalized(tokens[k - 2]?.text ?? '') && adjectiveBeforeNoun(k - 2))
        );
      };
      // "… Анну Белл и Томаса Грина": the words at `i` follow "и" or a comma right after a
      // full name found before them, as the next item of a list of people.
      const coordinatedWithPerson = (i: number): boolean => {
        const conj = tokens[i - 1];
        const afterAnd = conj !== undefined && conj.text === 'и' && adjacent(i) && adjacent(i - 1);
        const end = afterAnd ? i - 1 : /^ *, *$/u.test(tokens[i]?.gapBefore ?? '') ? i : -1;
        return (
          end > 0 && candidates.some((c) => c.to === end && c.to - c.from >= 2 && c.pairs.some((p) => p.first !== null && p.last !== null))
        );
      };
      // "Жокаргы Кенес Каракалпакстана": two words no dictionary knows as names, then a place
      // in the genitive, name an institution of that place; a person's name is never followed
      // by a place's genitive ("аким Нукуса Бердах …" puts the place before the name).
      const institutionOfPlace = (i: number): boolean => {
        const place = tokens[i + 2];
        if (!place || !adjacent(i + 2) || !isCapitalized(place.text) || !/[аяы]$/u.test(place.text)) return false;
        if (facts(place.text).geo < 0.9 || facts(tokens[i]!.text).knownName || facts(tokens[i + 1]!.text).knownName) return false;
        return !looksLikeSurname(tokens[i + 1]!.text) && facts(tokens[i + 1]!.text).knownSurname === 0;
      };
      // The first of three capitalised words at `i` stands outside the name of the other two
      // (see the rule that uses it); a patronymic or a particle in the middle keeps it in.
      const leadingWordOutsideName = (i: number): boolean => {
        const [head, given, last] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
        if (looksLikePatronymic(last.text) || looksLikePatronymic(given.text) || NAME_PARTICLES.has(foldCase(given.text))) return false;
        const fg = facts(given.text);
        // "главу инспекции Истаравшана Фирдавса Сафарзоду": a family with a Russian-style or
        // "-зода" surname writes a given name and a patronymic before it, never two given
        // names, so an unknown genitive word before an unknown given name and such a surname,
        // both oblique, mid-sentence after a lower-case noun, is a place.
        const placeBeforeFamilyName =
          !head.sentenceStart &&
          /^\p{Ll}/u.test(tokens[i - 1]?.text ?? '') &&
          !facts(head.text).known &&
          !fg.known &&
          /[бвгджзклмнпрстфхцчшщ][ая]$/u.test(head.text) &&
          /[бвгджзклмнпрстфхцчшщ]а$/u.test(given.text) &&
          /\p{Ll}{3}(?:ова|ева|ина|ына|ову|еву|ину|ыну|зоду|зоды|зодой|заду|зады)$/u.test(last.text);
        if (placeBeforeFamilyName) return true;
        if (!fg.knownName && !fg.guessedName) return false;
        // A woman's given name in "-а"/"-я" is as clear a nominative when the dictionary knows
        // it as one and the head is no name of its own ("депутат Мажилиса Алина Петренко").
        const nominativeGiven =
          /[бвгджзклмнпрстфхцчшщ]$/u.test(given.text) ||
          (/[ая]$/u.test(given.text) &&
            morphology.analyse(given.text).some((r) => r.known && r.tags.has('Name') && r.tags.has('nomn') && !r.tags.has('plur')));
        const genitiveOrganisation = titleBefore(i) && !head.sentenceStart && /[аяы]$/u.test(head.text) && nominativeGiven;
        const openingNoun = head.sentenceStart && !facts(head.text).guessedName && fg.knownName && !facts(last.text).knownName;
        return genitiveOrganisation || openingNoun;
      };
      // "руководитель управления Алтай Нурмагамбетов", "принесла Алтай …": many Kazakh
      // and Kyrgyz given names are also towns to the dictionary. Such a word, mid-sentence,
      // after a title (not as the title's own place: "аким Алтай Жолдыбаев"), a verb or a
      // person named before it, is a given name when a clear surname follows in a case its
      // place reading shares ("Алтая Жолдыбаев" disagree).
      const placeAsGivenName = (i: number): boolean => {
        const token = tokens[i]!;
        const next = tokens[i + 1];
        const prev = tokens[i - 1];
        if (!next || !prev || token.sentenceStart || !adjacent(i + 1) || continuesName(i + 2)) return false;
        const f = facts(token.text);
        const fs = facts(next.text);
        if (f.geo < 0.5 || f.organisation || generic(token.text) || isTitle(prev.text) || placeNamedBefore(i)) return false;
        // After a title a word the dictionary has never seen is surname enough ("Сагындыкулы").
        const clear = fs.knownSurname >= 0.5 || (!fs.known && looksLikeSurname(next.text));
        const unknownAfterTitle = !fs.known && next.text.length >= 5 && titleBefore(i);
        if (!clear && !unknownAfterTitle) return false;
        if (!(titleBefore(i) || verbBefore(i) || coordinatedWithPerson(i))) return false;
        const placeCases = new Set<Case>();
        for (const r of morphology.analyse(token.text))
          if (r.tags.has('Geox') && !r.tags.has('Fixd') && r.tags.has('sing')) for (const c of CASES) if (r.tags.has(c)) placeCases.add(c);
        return lastReadings(next.text).some((r) => (r.score >= 0.5 || !clear) && placeCases.has(r.grammaticalCase));
      };
      // Words around a name that say it names a person: a title or a person noun before it
      // ("итальянца Франческо Баньяю"), a dash and a role after it ("Гергей Ковач – политик"),
      // or a verb it is the subject of ("Фелипе Масса также был").
      const personContext = (from: number, to: number): boolean => {
        const before = tokens[from - 1];
        if (titleBefore(from) || (before !== undefined && adjacent(from) && personNoun(before.text))) return true;
        const after = tokens[to];
        if (!after) return false;
        if (/^\s*[-–—]\s*$/u.test(after.gapBefore)) return personNoun(after.text) || isTitle(after.text);
        if (!adjacent(to)) return false;
        const verb = PREDICATE_PARTICLES.has(foldCase(after.text)) && adjacent(to + 1) ? tokens[to + 1]! : after;
        return morphology
          .analyse(verb.text.toLowerCase())
          .slice(0, 1)
          .some((r) => r.tags.has('VERB') && r.tags.has('indc') && r.tags.has('sing') && (r.tags.has('past') || r.tags.has('3per')));
      };
      // "признана Ханде Эрчел", "принесла Назым Кызайбай", "победила Фемке Бол": a past verb
      // or a short participle right before the name, mid-sentence, has it as its inverted
      // subject (or its object): the two capitalised words after it are someone; so does a
      // gerund's object ("опередив Ханну Лейк").
      const verbBefore = (from: number): boolean => {
        const prev = tokens[from - 1];
        if (!prev || !adjacent(from) || !/^\p{Ll}/u.test(prev.text) || tokens[from]!.sentenceStart) return false;
        return morphology
          .analyse(prev.text.toLowerCase())
          .slice(0, 1)
          .some((r) => (r.tags.has('VERB') && r.tags.has('indc') && r.tags.has('past')) || r.tags.has('PRTS') || r.tags.has('GRND'));
      };
      // "Свердловской области", "Туркестанской области": a capitalised adjective before its noun.
      const adjectiveBeforeNoun = (i: number): boolean => {
        const token = tokens[i];
        // "Кегейлийского и Чимбайского районов": the first of two coordinated adjectives
        // shares the noun after the second.
        const ending = (w: string | undefined) => /(?:ск|цк)(?:ий|ый|ой|ая|ое|ого|ому|им|ым|ом|ую|ых|их)$/u.exec(w ?? '')?.[0].slice(2);
        if (
          ending(token?.text) !== undefined &&
          /^(?:и|или)$/u.test(tokens[i + 1]?.text ?? '') &&
          adjacent(i + 1) &&
          ending(tokens[i + 2]?.text) === ending(token?.text) &&
          adjacent(i + 2)
        )
          return adjectiveBeforeNoun(i + 2);
        const next = tokens[i + 1];
        return (
          token !== undefined &&
          /(?:ск|цк|ов|ин)(?:ий|ый|ой|ая|ое|ого|ому|им|ым|ом|ую|ых|их|ой)$/u.test(token.text) &&
          next !== undefined &&
          adjacent(i + 1) &&
          // "Нурекской ГЭС", "Павлодарской ТЭЦ": an abbreviation is the noun as well.
          ((isAllCaps(next.text) && next.text.length >= 2) ||
            (/^\p{Ll}/u.test(next.text) &&
              morphology
                .analyse(next.text)
                .slice(0, 1)
                .some((r) => r.tags.has('NOUN') || r.tags.has('ADJF'))))
        );
      };
      // "Назарбаев Университет", "Гумилев Центр": a name followed by a capitalised
      // institution word names the institution.
      // "• Карлос Симон (Бразилия)": a name in a list with its country in brackets after it.
      const countryInBrackets = (k: number): boolean => {
        const t = tokens[k];
        return t !== undefined && claimed[k] === true && /^\s*\(\s*$/u.test(t.gapBefore);
      };
      const institutionAfter = (k: number): boolean => {
        const next = tokens[k];
        return next !== undefined && adjacent(k) && isCapitalized(next.text) && (wordClass(next.text) & NAMED_ONE_WORD) !== 0;
      };
      // A person noun before a name shares its case like a title does ("итальянца Франческо Баньяю").
      const titleOrPerson = (word: string): boolean => isTitle(word) || personNoun(word);
      const cue = (from: number, to: number): CaseWeight => {
        const context = caseCues(tokens, from, to, morphology, titleOrPerson, titleIndexBefore(from));
        // A verb right before the name governs its case (foreign-case.ts, rule 4).
        const government = verbGovernment(tokens, from, to, morphology);
        return government ? (g, c) => context(g, c) * government(g, c) : context;
      };
      // Full names that a list of names may read again in the list's shared case.
      const rescorable = new Map<PersonMentionCandidate, Rescorable>();

      // Surnames of the full names found so far, for repeats inside the first pass.
      const earlierLasts = new Set<string>();
      let namedSoFar = 0;
      for (let i = 0; i < tokens.length; i++) {
        if (taken[i]) continue;
        const token = tokens[i]!;
        // Initials: "К. Токаев", "К.-Ж. Токаев".
        if (isInitialLetter(token.text)) {
          let j = i;
          let initials = '';
          // An initial and its surname share a line: "Ван И.\nАнвар Ибрагим" ends a paragraph
          // with a one-letter name, and the next paragraph starts a new person.
          while (tokens[j] && isInitialLetter(tokens[j]!.text) && /^\.-?[ \u00a0]*$/u.test(tokens[j + 1]?.gapBefore ?? '')) {
            initials += (initials ? (tokens[j]!.gapBefore.includes('-') ? '-' : ' ') : '') + tokens[j]!.text + '.';
            j++;
          }
          // "имени Л.Н. Гумилева": the university, not the person.
          if (j > i && nameLike(j) && namedAfter(i)) {
            claim(i, j + 1);
            i = j;
            continue;
          }
          // "Н. Асылбек кызы": a Kyrgyz surname after initials is the father's name and
          // "уулу"/"кызы", undeclined; "кызы" alone makes her a woman.
          const kyrgyzEnd = KYRGYZ_SURNAME_END.exec(tokens[j + 1]?.text ?? '')?.[0];
          if (j > i && nameLike(j) && !namedAfter(i) && kyrgyzEnd && adjacent(j + 1) && !taken[j + 1]) {
            const gender: Gender = kyrgyzEnd === 'уулу' ? 'm' : 'f';
            const pairs = indeclinable(`${tokens[j]!.text} ${kyrgyzEnd}`)
              .filter((r) => r.gender === gender)
              .map((r) => ({ first: null, last: r.nominative, gender, score: 1 }));
            if (pairs.length > 0) {
              candidates.push({ start: token.start, end: tokens[j + 1]!.end, from: i, to: j + 2, pairs: pairs.slice(0, 1), initials });
              claim(i, j + 2);
              i = j + 1;
              continue;
            }
          }
          if (j > i && nameLike(j) && !namedAfter(i)) {
            const readings = lastReadings(tokens[j]!.text);
            const surnameFacts = facts(tokens[j]!.text);
            // "10 G. Из-за…": a Latin letter before a Cyrillic word is a unit ending a sentence.
            // "Н. Новгород" is a place; after a title ("премьер-министр Японии Н. Кан") a person.
            const placeOk = surnameFacts.geo < 0.5 || titleBefore(i);
            if (readings.length > 0 && placeOk && surnameFacts.latin === /\p{Script=Latin}/u.test(token.text)) {
              candidates.push({
                start: token.start,
                end: tokens[j]!.end,
                from: i,
                to: j + 1,
                pairs: surnamePairs(readings, cue(i, j + 1)),
                initials,
              });
              claim(i, j + 1);
              i = j;
              continue;
            }
          }
        }
        if (!nameLike(i)) continue;
        const f1 = facts(token.text);
        const skip = namedAfter(i);
        // Repeats of a surname named in full earlier, where the rules below would misread them:
        // with its particle ("Абдель Ати заявил" after "Бадр Абдель Ати") or directly before
        // another person's name ("тренер Рыбакиной Стефано Вуков").
        if (!skip) {
          for (; namedSoFar < candidates.length; namedSoFar++)
            for (const p of candidates[namedSoFar]!.pairs)
              if (p.first && p.last && p.score >= MIN_SUPPORT) earlierLasts.add(foldCase(p.last));
          const next = tokens[i + 1];
          if (NAME_PARTICLES.has(foldCase(token.text)) && next && nameLike(i + 1) && adjacent(i + 1)) {
            const readings = lastReadings(next.text)
              .map((r) => ({ ...r, nominative: `${token.text} ${r.nominative}` }))
              .filter((r) => earlierLasts.has(foldCase(r.nominative)));
            if (readings.length > 0) {
              candidates.push({ start: token.start, end: next.end, from: i, to: i + 2, pairs: surnamePairs(readings, cue(i, i + 2)) });
              claim(i, i + 2);
              i++;
              continue;
            }
          }
          if (nameLike(i + 1) && adjacent(i + 1) && nameLike(i + 2) && adjacent(i + 2) && !f1.knownName) {
            const readings = lastReadings(token.text).filter((r) => earlierLasts.has(foldCase(r.nominative)));
            if (readings.length > 0) {
              candidates.push({ start: token.start, end: token.end, from: i, to: i + 1, pairs: surnamePairs(readings, cue(i, i + 1)) });
              claim(i, i + 1);
              continue;
            }
          }
        }
        // "акима района Жанаарка Ерболата Сагындыкулы": a word after a settlement or territory
        // noun, before two more name words, is the place's name ("аким района Ерболат
        // Сагындыкулы" names no place: two words are the person).
        if (
          !skip &&
          placeNamedBefore(i) &&
          nameLike(i + 1) &&
          adjacent(i + 1) &&
          nameLike(i + 2) &&
          adjacent(i + 2) &&
          // "района Ерболата Сагындыковича Жумаева": a patronymic second makes the three one name.
          !looksLikePatronymic(tokens[i + 1]!.text)
        ) {
          claim(i, i + 1);
          continue;
        }
        // A title opening a sentence ("Аким области…", "Вице-министр Айдос…") is no given name,
        // even when the dictionary knows it as one.
        if (token.sentenceStart && isTitle(token.text) && nameLike(i + 1) && adjacent(i + 1)) continue;
        // Four or more capitalised words in a row: an organisation or a title's place comes
        // first ("Халк Маслахаты Гурбангулы Бердымухамедов", "Жогорку Кенеша Азамат Жолдош"),
        // the person is the last two words, or three with a patronymic, a particle or two
        // given names the dictionary knows. Short syllables are an East Asian name instead.
        let runEnd = i;
        while (runEnd - i < 8 && nameLike(runEnd + 1) && adjacent(runEnd + 1)) runEnd++;
        if (runEnd - i >= 3 && !skip && !tokens.slice(i, runEnd + 1).every((t) => t.text.length <= 5 && !t.text.includes('-'))) {
          // A common word opening the sentence ("Накануне Ли Чжэ Мён …") is not part of the run.
          if (token.sentenceStart && f1.common > 0.3 && !f1.knownName) {
            claim(i, i + 1);
            continue;
          }
          const beforeLast = tokens[runEnd - 1]!;
          // The run ends in three or more short syllables: an East Asian name ("Председатель
          // КНДР … Верховного Собрания Ким Чен Ын"), found by the syllable rule below.
          let syllables = 0;
          while (syllables < 4 && isSyllable(tokens[runEnd - syllables]!.text)) syllables++;
          const keep =
            syllables >= 3
              ? syllables
              : looksLikePatronymic(beforeLast.text) ||
                  NAME_PARTICLES.has(foldCase(beforeLast.text)) ||
                  (facts(tokens[runEnd - 2]!.text).knownName && facts(beforeLast.text).knownName)
                ? 3
                : 2;
          claim(i, runEnd + 1 - keep);
          i = runEnd - keep;
          continue;
        }
        // Three capitalised words, a given name in the middle: the first is no part of the
        // name when it is a title's organisation in the genitive before a name that is not
        // ("председатель Сената Бауыржан Ермеков": the cases disagree), or a word opening the
        // sentence the dictionary does not know as a name ("Пловчиха Ольга Сметанина").
        if (runEnd - i === 2 && !skip && !f1.knownName && leadingWordOutsideName(i)) {
          titleOrganisation.add(i);
          claim(i, i + 1);
          continue;
        }
        const plausibleFirst = (f1.knownName || !f1.known || f1.guessedName) && !(token.sentenceStart && f1.common > 0.3);
        // East Asian names: three or more short syllables ("Ким Чен Ир", "Аун Сан Су Чжи",
        // "Ким Ё Чжон"); the first and the last decline ("Кима Чен Ира"), the middle ones never
        // do, so a syllable with a case ending closes the name: "Ким Чен Ына Ким Ё Чжон" is two.
        let run = i;
        while (run - i < 4 && syllableAt(run + 1) && adjacent(run + 1)) {
          run++;
          if (run - i >= 2 && tokens[run]!.text.length >= 3 && declinedSyllable(tokens[run]!.text)) break;
        }
        // "Позже Ким Сон Хи …": a common word opening the sentence before three syllables is
        // not the name's first syllable.
        if (token.sentenceStart && f1.common > 0.3 && !f1.knownName && run - i >= 3) {
          claim(i, i + 1);
          continue;
        }
        const syllableFacts = tokens.slice(i + 1, run + 1).map((t) => facts(t.text));
        const lastSyllable = tokens[run];
        // At a sentence start a common word can open the name only when the last syllable is
        // no Russian word or a verb agrees with the name ("Ли Сан Хун отметил"), and nothing
        // capitalised follows.
        const startOk =
          !(token.sentenceStart && f1.common > 0.3) ||
          (lastSyllable !== undefined &&
            !(nameLike(run + 1) && adjacent(run + 1)) &&
            (!facts(lastSyllable.text).known || personContext(i, run + 1)));
        if (
          run - i >= 2 &&
          isSyllable(token.text) &&
          f1.geo < 0.5 &&
          // A place among the syllables is a coincidence ("Чен"); a run of places is a list.
          syllableFacts.filter((f) => f.geo >= 0.5).length <= 1 &&
          startOk
        ) {
          const parts: [Role, NameReading[]][] = [['first', syllableReadings(token.text)]];
          for (let k = i + 1; k < run; k++) parts.push(['first', indeclinable(tokens[k]!.text)]);
          parts.push(['last', syllableReadings(tokens[run]!.text)]);
          const pairs = jointPairs(parts, cue(i, run + 1));
          if (pairs.length > 0) {
            if (!skip) candidates.push({ start: token.start, end: tokens[run]!.end, from: i, to: run + 1, pairs, familyFirst: true });
            claim(i, run + 1);
            i = run;
            continue;
          }
        }
        // A surname with a particle: "Марин Ле Пен", "Франк Де Блекере", "Усама бин Ладен",
        // "Халед эль-Масри"; only the last word declines.
        const particle = tokens[i + 1];
        if (plausibleFirst && particle && adjacent(i + 1) && !taken[i + 1]) {
          const hyphened =
            /^(?:аль|эль|ал|ад|ас|ан|ат|аш|ибн|бин|бен|абу)-\p{Lu}/iu.test(particle.text) && particle.text.split('-').length === 2;
          // Several particles ("фон дер Ляйен") and a chain of them ("бин Абдуррахманом Аль Тани",
          // where only the first name after "бин" declines) belong to the surname.
          let surnameAt = i + 1;
          while (NAME_PARTICLES.has(foldCase(tokens[surnameAt]?.text ?? '')) && adjacent(surnameAt) && surnameAt - i <= 3) surnameAt++;
          const separate = surnameAt > i + 1 && nameLike(surnameAt) && adjacent(surnameAt);
          if (hyphened || separate) {
            const surnameWord = hyphened ? particle.text.slice(particle.text.indexOf('-') + 1) : tokens[surnameAt]!.text;
            const prefix = hyphened
              ? particle.text.slice(0, particle.text.indexOf('-') + 1)
              : `${tokens
                  .slice(i + 1, surnameAt)
                  .map((t) => t.text)
                  .join(' ')} `;
            let to = hyphened ? i + 2 : surnameAt + 1;
            let rest = '';
            while (NAME_PARTICLES.has(foldCase(tokens[to]?.text ?? '')) && adjacent(to) && nameLike(to + 1) && adjacent(to + 1)) {
              rest += ` ${tokens[to]!.text} ${tokens[to + 1]!.text}`;
              to += 2;
            }
            const lastParts = lastReadings(surnameWord).map((r) => ({ ...r, nominative: prefix + r.nominative + rest }));
            const pairs = jointPairs(
              [
                ['first', firstReadings(token.text)],
                ['last', lastParts],
              ],
              cue(i, to),
            );
            if (pairs.length > 0) {
              if (!skip) candidates.push({ start: token.start, end: tokens[to - 1]!.end, from: i, to, pairs });
              claim(i, to);
              i = to - 1;
              continue;
            }
          }
        }
        // "вдова Ельцина Наина Иосифовна", "дочь Назарбаева Дарига": after a word of kinship a
        // genitive surname names the relative, and the name that follows is a second person.
        if (
          kinshipBefore(i) &&
          continuesName(i + 1) &&
          (facts(tokens[i + 1]!.text).knownName || (!facts(tokens[i + 1]!.text).known && !looksLikeSurname(tokens[i + 1]!.text))) &&
          (f1.knownSurname > 0 || looksLikeSurname(token.text))
        ) {
          const genitive = lastReadings(token.text).filter((r) => r.grammaticalCase === 'gent');
          if (genitive.length > 0 && f1.geo < 0.5 && !f1.knownName) {
            candidates.push({ start: token.start, end: token.end, from: i, to: i + 1, pairs: surnamePairs(genitive) });
            claim(i, i + 1);
            continue;
          }
        }
        // Surname + first name + patronymic (official order).
        if (
          nameLike(i + 1) &&
          nameLike(i + 2) &&
          adjacent(i + 1) &&
          adjacent(i + 2) &&
          facts(tokens[i + 1]!.text).knownName &&
          looksLikePatronymic(tokens[i + 2]!.text) &&
          !f1.knownName &&
          f1.common < 0.5
        ) {
          const pairs = jointPairs(
            [
              ['last', lastReadings(token.text)],
              ['first', firstReadings(tokens[i + 1]!.text)],
              ['patronymic', patrReadings(tokens[i + 2]!.text)],
            ],
            cue(i, i + 3),
          );
          if (pairs.length > 0) {
            if (!skip) candidates.push({ start: token.start, end: tokens[i + 2]!.end, from: i, to: i + 3, pairs });
            claim(i, i + 3);
            i += 2;
            continue;
          }
        }
        // First name + [patronymic] + surname.
        if (nameLike(i + 1) && adjacent(i + 1)) {
          const second = tokens[i + 1]!;
          const f2 = facts(second.text);
          // A Kazakh "-улы/-кызы" with nothing after it is written in the surname's place.
          const kazakhSurname = /(?:улы|ұлы|кызы|қызы)$/iu.test(second.text) && !(nameLike(i + 2) && adjacent(i + 2));
          const f2Patr = facts(second.text);
          // "Виктор Янукович" ends the name with an -ович surname; only a dictionary patronymic
          // ("Борис Николаевич") or a following surname makes it a patronymic.
          const followedBySurname = nameLike(i + 2) && adjacent(i + 2);
          const patronymic =
            looksLikePatronymic(second.text) &&
            !kazakhSurname &&
            (followedBySurname || (f2Patr.knownPatronymic && f2Patr.knownSurname === 0));
          const third = patronymic && nameLike(i + 2) && adjacent(i + 2) ? tokens[i + 2] : undefined;
          const surnameToken = third ?? second;
          const fs = facts(surnameToken.text);
          // Two words the dictionary has never seen, mid-sentence, are most often a foreign name.
          // A word the dictionary knows only as a proper name ("Карлос" is listed as a surname)
          // can open a foreign full name as well as a listed first name can.
          // A short word the dictionary lists only as an organisation is, after a title, a
          // family name that is also a dynasty's or a people's ("посол Хань …").
          const organisationOnly =
            f1.organisation &&
            !(
              token.text.length <= 4 &&
              f1.common === 0 &&
              titleBefore(i) &&
              morphology.analyse(token.text).every((r) => !r.known || r.tags.has('Fixd'))
            );
          const properOnly = f1.known && f1.common < 0.2 && f1.geo < 0.3 && !organisationOnly && (fs.knownSurname > 0 || !fs.known);
          // Two or three capitalised words and the country in brackets: an item of a list of
          // people ("• Тору Камикава (Япония)"), where capitals at the line start say nothing.
          const listItem =
            (token.sentenceStart || /[•·▪]\s*$/u.test(token.gapBefore)) &&
            !NAME_PARTICLES.has(foldCase(second.text)) &&
            !generic(token.text) &&
            f1.geo < 0.5 &&
            !f1.organisation &&
            (countryInBrackets(i + 2) || (countryInBrackets(i + 3) && nameLike(i + 2) && adjacent(i + 2)));
          // "Эрмека Талант уулу": "уулу"/"кызы" after the second word make it the father's
          // name, whatever else the dictionary knows it as ("талант").
          const kyrgyzAhead =
            /^(?:уулу|кызы)$/u.test(tokens[i + 2]?.text ?? '') &&
            adjacent(i + 2) &&
            !generic(token.text) &&
            !generic(second.text) &&
            f1.geo < 0.5 &&
            !f1.organisation &&
            (!token.sentenceStart || !f1.known || f1.knownName);
          const firstOk =
            kyrgyzAhead ||
            f1.knownName ||
            properOnly ||
            listItem ||
            (!f1.known &&
              (f1.guessedName ||
                looksLikeSurname(surnameToken.text) ||
                fs.knownSurname > 0 ||
                titleBefore(i) ||
                verbBefore(i) ||
                (!fs.known && !token.sentenceStart))) ||
            // A foreign given name the dictionary has as a rare common word ("Сушила", "Синь",
            // "Ландо"), before a word it does not know at all, after a title or a verb.
            (!token.sentenceStart &&
              !generic(token.text) &&
              f1.geo < 0.5 &&
              !f1.organisation &&
              surnameToken === second &&
              !fs.known &&
              !continuesName(i + 2) &&
              (titleBefore(i) || verbBefore(i))) ||
            // A word the dictionary does not know before a dictionary given name, in a person's
            // context, is a foreign or Turkic given name ("а Гюльсум Абдурашид стала"); and two
            // proper words coordinated with a full name before them are another person
            // ("Анну Белл и Томаса Грина").
            (!token.sentenceStart &&
              surnameToken === second &&
              !continuesName(i + 2) &&
              [f1, fs].every((f) => f.geo < 0.5 && !f.organisation) &&
              f1.common < 0.2 &&
              ((!f1.known && fs.knownName && fs.common < 0.2 && personContext(i, i + 2)) || coordinatedWithPerson(i))) ||
            // After a verb or a title, two proper words (neither a common noun, a place nor an
            // organisation to the dictionary) are the person ("опередив Ханну Лейк").
            (!token.sentenceStart &&
              (verbBefore(i) || titleBefore(i)) &&
              surnameToken === second &&
              !continuesName(i + 2) &&
              [f1, fs].every((f) => f.common < 0.2 && f.geo < 0.5 && !f.organisation)) ||
            // A Turkic given name the dictionary has only as a place ("Алтай"), after a
            // title, a verb or a person named before, before a clear surname in the same case.
            placeAsGivenName(i) ||
            // A word capitalised mid-sentence before a clear surname is a given name, whatever
            // else the dictionary knows it as ("Сулима Ямадаева": "сулима" is a participle).
            (!token.sentenceStart &&
              !generic(token.text) &&
              f1.geo < 0.5 &&
              !f1.organisation &&
              surnameToken === second &&
              !continuesName(i + 2) &&
              (fs.knownSurname >= 0.5 || (!fs.known && looksLikeSurname(second.text))));
          // After a dictionary first name a place word is a surname ("Оливер Кан", "Джордж Вашингтон").
          const geoSurnameOk = fs.geo < 0.6 || (f1.knownName && f1.geo < 0.3 && !patronymic);
          const surnameOk =
            kyrgyzAhead ||
            (patronymic && !third) ||
            (geoSurnameOk &&
              !fs.organisation &&
              (fs.knownSurname > 0 || !fs.known || f1.knownName || looksLikeSurname(surnameToken.text))) ||
            // A word the dictionary knows only as a name can be a surname ("Виторио Сандали"), and
            // after a job title two capitalised words are the person's name ("предприниматель Бессель Кок").
            (!fs.organisation &&
              fs.geo < 0.5 &&
              !generic(surnameToken.text) &&
              !continuesName(surnameToken.index + 1) &&
              ((fs.knownName && fs.common < 0.2) || (titleBefore(i) && !f1.known && !surnameToken.sentenceStart))) ||
            // A foreign given name the dictionary does not know, then a capitalised common noun,
            // in a person's context: the noun is the surname ("владелец кафе Йохен Шарф").
            (!fs.organisation &&
              fs.geo < 0.5 &&
              (!f1.known || f1.guessedName) &&
              !ORGANISATION_SHAPED.test(foldCase(token.text)) &&
              !generic(surnameToken.text) &&
              !surnameToken.sentenceStart &&
              !continuesName(surnameToken.index + 1) &&
              (personContext(i, surnameToken.index + 1) || verbBefore(i) || coordinatedWithPerson(i)));
          const startOk =
            !token.sentenceStart ||
            listItem ||
            f1.knownName ||
            (!f1.known && (looksLikeSurname(surnameToken.text) || fs.knownSurname > 0)) ||
            (f1.common < 0.5 && fs.knownSurname > 0);
          if (
            firstOk &&
            surnameOk &&
            startOk &&
            !(f2.geo > 0.6 && !patronymic && !geoSurnameOk) &&
            !adjectiveBeforeNoun(surnameToken.index) &&
            !institutionOfPlace(i)
          ) {
            const parts: [Role, NameReading[]][] = [['first', firstReadings(token.text)]];
            // "Реджеп Тайип Эрдоган", "Ким Чен Ир": a second given name before the surname.
            const middle =
              !patronymic &&
              (nameLike(i + 2) || particleSurname(i + 2)) &&
              adjacent(i + 2) &&
              (f2.knownName || !f2.known) &&
              facts(tokens[i + 2]!.text).geo < 0.5 &&
              (!facts(tokens[i + 2]!.text).known ||
                facts(tokens[i + 2]!.text).knownSurname > 0 ||
                // Two dictionary given names before a word closing the run: "Хуан Карлос Ферреро".
                (f1.knownName &&
                  f2.knownName &&
                  f2.common < 0.2 &&
                  !generic(tokens[i + 2]!.text) &&
                  !continuesName(i + 3) &&
                  !adjectiveBeforeNoun(i + 2)) ||
                // After a title, a third capitalised word ending the run is the surname even
                // when the dictionary has it as a common word ("Президент Сенегала Бассиру Диомай Фай").
                (titleBefore(i) && !generic(tokens[i + 2]!.text) && !continuesName(i + 3) && !adjectiveBeforeNoun(i + 2)));
            // Kyrgyz "Азамат Жолдош уулу": the father's name and "уулу"/"кызы" are the surname,
            // and neither declines.
            const kyrgyz = !patronymic && !middle && /^(?:уулу|кызы)$/u.test(tokens[i + 2]?.text ?? '') && adjacent(i + 2);
            if (patronymic) parts.push(['patronymic', patrReadings(second.text)]);
            if (third) parts.push(['last', lastReadings(third.text)]);
            else if (kyrgyz) {
              const gender = tokens[i + 2]!.text === 'уулу' ? 'm' : 'f';
              parts.push(['last', indeclinable(`${second.text} ${tokens[i + 2]!.text}`).filter((r) => r.gender === gender)]);
            } else if (middle) {
              // A foreign surname no Russian paradigm fits ("Филью") is read as written.
              const lastWord = tokens[i + 2]!.text;
              const lastParts = lastReadings(lastWord);
              // A middle given name may stay undeclined ("Актана Арым Кубата").
              const own = firstReadings(second.text);
              const asWritten = Math.max(
                0,
                ...own.filter((r) => r.grammaticalCase === 'nomn' && r.nominative === second.text).map((r) => r.score),
              );
              const middleParts = [...own, ...indeclinable(second.text).map((r) => ({ ...r, score: asWritten }))];
              // Of two foreign given names only the last may decline ("с Абдель Фаттахом
              // ас-Сиси"): the first can stay as written in any case, a little less likely than
              // its own paradigm so that "Реджепа Тайипа" still agree.
              const firstOwn = parts[0]![1];
              const firstAsWritten = Math.max(
                0,
                ...firstOwn.filter((r) => r.grammaticalCase === 'nomn' && r.nominative === token.text).map((r) => r.score),
              );
              if (firstAsWritten > 0)
                parts[0] = ['first', [...firstOwn, ...indeclinable(token.text).map((r) => ({ ...r, score: firstAsWritten * 0.8 }))]];
              parts.push(
                ['first', middleParts],
                ['last', lastParts.length > 0 ? lastParts : indeclinable(lastWord).map((r) => ({ ...r, score: 0.3 }))],
              );
            } else if (!patronymic) parts.push(['last', lastReadings(second.text)]);
            const to = third || middle || kyrgyz ? i + 3 : i + 2;
            if (institutionAfter(to)) {
              claim(i, to);
              i = to - 1;
              continue;
            }
            // A list item names its person in the nominative ("• Тору Камикава (Япония)").
            const weight = cue(i, to);
            // A woman's foreign name can look like a known man's name in the genitive
            // ("Джорджа" is also Джордж): when a feminine verb agrees with the name
            // ("Джорджа Мелони провела"), the first name is read as written.
            const firstPart = parts[0]![1];
            if (
              weight('f', 'nomn') > weight('m', 'nomn') &&
              /[^аеёиоуыэюя][ая]$/u.test(token.text) &&
              !firstPart.some((r) => r.gender === 'f' && r.grammaticalCase === 'nomn')
            )
              parts[0] = ['first', [...firstPart, { gender: 'f', grammaticalCase: 'nomn', nominative: token.text, score: 1 }]];
            const writtenWords = tokens.slice(i, to).map((t) => t.text);
            const baseWeight: CaseWeight = listItem ? (g, c) => weight(g, c) * (c === 'nomn' ? 2 : 1) : weight;
            // Foreign-name declension rules (foreign-case.ts, rules 1 and 2) weigh each word;
            // a list of names may read this one again in the list's shared case (rule 3).
            const caseProfile = new Map<Case, number>();
            const read = (extra: CaseWeight, profile?: Map<Case, number>) =>
              eastAsianShape(
                jointPairs(parts, (g, c) => baseWeight(g, c) * extra(g, c), { written: writtenWords, ...(profile ? { profile } : {}) }),
                writtenWords.join(' '),
              );
            const pairs = read(NO_CUE, caseProfile);
            if (pairs.length > 0) {
              if (!skip) {
                const candidate: PersonMentionCandidate = { start: token.start, end: tokens[to - 1]!.end, from: i, to, pairs };
                candidates.push(candidate);
                rescorable.set(candidate, { caseProfile, rescore: (extra) => read(extra) });
              }
              claim(i, to);
              i = to - 1;
              continue;
            }
          }
        }
        if (skip) continue;
        // A single surname with a reason to believe it is one.
        const readings = lastReadings(token.text);
        const surnameShare = f1.knownSurname;
        const strong =
          (surnameShare >= 0.5 && f1.geo < 0.5 && !f1.knownName) ||
          // A title's lone word followed by a name is the title's organisation ("лидера Аль-Кайды Усамы бин Ладена").
          (titleBefore(i) &&
            !f1.knownName &&
            f1.geo < 0.5 &&
            !(nameLike(i + 1) && adjacent(i + 1)) &&
            (surnameShare > 0 || !f1.known || looksLikeSurname(token.text))) ||
          (!token.sentenceStart && !f1.known && looksLikeSurname(token.text)) ||
          (!f1.known && !f1.guessedName && quotedSpeaker(i));
        const sentenceCommon = (token.sentenceStart && f1.common > 0.3) || labelBeforeDash(i);
        // "в Тусоне", "во Владимире": a lone capitalised word after "в" is a place.
        // So is the next member of a list of places in the prepositional ("в Экибастузе и
        // Сарсенове", "в Таразе, Сарсенове"): one preposition governs them all.
        const inWord = (k: number): boolean => /^(?:в|во)$/iu.test(tokens[k]?.text ?? '') && adjacent(k + 1);
        const listHead =
          tokens[i - 1]?.text === 'и' && adjacent(i) && adjacent(i - 1) ? i - 2 : /^,\s+$/u.test(token.gapBefore) ? i - 1 : -1;
        const afterIn =
          (inWord(i - 1) && adjacent(i)) || (/е$/u.test(token.text) && listHead > 0 && nameLike(listHead) && inWord(listHead - 1));
        if (
          strong &&
          !adjectiveBeforeNoun(i) &&
          !institutionAfter(i + 1) &&
          !sentenceCommon &&
          !afterIn &&
          (!namedOneWord(i) ||
            (titleIndexBefore(i) >= i - 2 && (surnameShare > 0 || (wordClass(tokens[i - 1]!.text) & PLACE_NOUN) === 0))) &&
          readings.length > 0
        ) {
          candidates.push({ start: token.start, end: token.end, from: i, to: i + 1, pairs: surnamePairs(readings, cue(i, i + 1)) });
          claim(i, i + 1);
        }
      }

      // Full-name repeats in another case ("Бесселю Коку" after "Бессель Кок"), which the
      // first-sight rules may not trust on their own.
      const fullNames = new Set<string>();
      for (const c of candidates) for (const p of c.pairs) if (p.first && p.last && p.score >= MIN_SUPPORT) fullNames.add(pairKey(p));
      // A registry person repeats the same way: the editor sends the article's other
      // paragraphs' names as registry entries, so "Бесселю Коку" here is "Бессель Кок" there.
      for (const k of known) if (k.first && !k.first.includes(' ')) fullNames.add(pairKey({ first: k.first, last: k.last, score: 1 }));
      for (let i = 0; fullNames.size > 0 && i + 1 < tokens.length; i++) {
        if (!nameLike(i) || !nameLike(i + 1) || !adjacent(i + 1) || namedAfter(i)) continue;
        const parts: [Role, NameReading[]][] = [
          ['first', firstReadings(tokens[i]!.text)],
          ['last', lastReadings(tokens[i + 1]!.text)],
        ];
        const pairs = jointPairs(parts, cue(i, i + 2)).filter((p) => fullNames.has(pairKey(p)));
        if (pairs.length === 0) continue;
        candidates.push({ start: tokens[i]!.start, end: tokens[i + 1]!.end, from: i, to: i + 2, pairs: normalise(pairs) });
        claim(i, i + 2);
        i++;
      }
      // Surname-only repeats of people named in full (or known to the registry), and lists
      // of surnames ("Сёмин (Овечкин, Фёдоров)", "Вратари: Уорд — Набоков"): a lone
      // capitalised word listed beside a person is a person too, unless it names a place.
      // Each finds new surnames for the other, so they run until nothing more is found.
      const lastNames = new Set<string>(known.map((k) => foldCase(k.last)));
      // A reading repeats a surname known only from the registry when it is near the
      // mention's best, in its person's gender ("Роза сказал" is no Анна Роза), and — for a
      // word the dictionary knows as a given name — written as that surname: "Карину",
      // "Карина" are a woman's name, not forms of a registry "Ерлан Карин".
      const registryRepeat = (word: string, p: NamePair): boolean =>
        p.score >= REPEAT_SHARE &&
        !registryGender(p.last ?? '', p.gender) &&
        (!facts(word).knownName || foldCase(word) === foldCase(p.last ?? ''));
      // Whether a reading in `gender` of the registry surname `last` is of another gender than every registry person with it.
      const registryGender = (last: string, gender: Gender | undefined): boolean => {
        const people = known.filter((k) => foldCase(k.last) === foldCase(last));
        return gender !== undefined && people.length > 0 && people.every((k) => k.gender !== undefined && k.gender !== gender);
      };
      // Surnames the text itself gives in a full name; the others are known only from the registry.
      const textLastNames = new Set<string>();
      for (let grown = true; grown;) {
        grown = false;
        for (const c of candidates) {
          for (const p of c.pairs)
            if (p.last && p.first) {
              lastNames.add(foldCase(p.last));
              textLastNames.add(foldCase(p.last));
            }
          if (c.familyFirst)
            for (const p of c.pairs) if (p.first && p.score >= MIN_SUPPORT) lastNames.add(foldCase(p.first.split(' ')[0]!));
          // A lone surname trusted mid-sentence also vouches for its repeats where capitals
          // say nothing ("Путин также подпишет…" opening a sentence).
          if (c.to === c.from + 1 && !tokens[c.from]!.sentenceStart && c.pairs[0]?.last) lastNames.add(foldCase(c.pairs[0].last));
        }
        for (let i = 0; i < tokens.length; i++) {
          if (!(nameLike(i) || particleSurname(i)) || namedAfter(i)) continue;
          const token = tokens[i]!;
          // "Асылбек уулу поддержал" after "Нурбек Асылбек уулу": a Kyrgyz surname is the
          // father's name and "уулу"/"кызы", and repeats as both words, undeclined.
          const kyrgyz = KYRGYZ_SURNAME_END.exec(tokens[i + 1]?.text ?? '')?.[0];
          if (kyrgyz && adjacent(i + 1) && !taken[i + 1] && lastNames.has(foldCase(`${token.text} ${kyrgyz}`))) {
            const gender: Gender = kyrgyz === 'уулу' ? 'm' : 'f';
            const pairs = indeclinable(`${token.text} ${kyrgyz}`)
              .filter((r) => r.gender === gender)
              .map((r) => ({ first: null, last: r.nominative, gender, score: 1 }));
            candidates.push({ start: token.start, end: tokens[i + 1]!.end, from: i, to: i + 2, pairs: pairs.slice(0, 1) });
            taken[i] = taken[i + 1] = true;
            i++;
            continue;
          }
          const readings = lastReadings(token.text);
          if (!readings.some((r) => lastNames.has(foldCase(r.nominative)))) continue;
          const pairs = surnamePairs(readings, cue(i, i + 1));
          const woman = womanBySubjectVerb(i, pairs);
          const repeats = pairs.filter(
            (p) =>
              lastNames.has(foldCase(p.last ?? '')) &&
              (!woman || p.gender === 'f') &&
              (textLastNames.has(foldCase(p.last ?? '')) || registryRepeat(token.text, p)),
          );
          // "Саидова поддержала" after "Бахтиёр Саидов": the feminine verb makes her a woman
          // of that family, not his genitive; she is a person of her own.
          // Not a repeat: a woman of that family is a person of her own, a given name alone
          // ("Карина выступила", the registry knowing a Карин) is left to the first-name rules.
          const own = repeats.length > 0 ? repeats : woman && !facts(token.text).knownName ? pairs.filter((p) => p.gender === 'f') : [];
          if (own.length === 0) continue;
          candidates.push({ start: token.start, end: token.end, from: i, to: i + 1, pairs: normalise(own) });
          taken[i] = true;
        }
        for (const c of [...candidates]) {
          for (const i of [c.to, c.from - 1]) {
            if (listedBeside(i, c)) {
              const token = tokens[i]!;
              candidates.push({
                start: token.start,
                end: token.end,
                from: i,
                to: i + 1,
                pairs: surnamePairs(lastReadings(token.text), cue(i, i + 1)),
              });
              taken[i] = true;
              grown = true;
            }
          }
        }
      }
      // First names alone ("Марк рассказал", "встреча с Виктором") after the full name, or
      // after a title or kinship word ("дочь Лиза").
      const firstNames = new Set<string>();
      for (const c of candidates)
        for (const p of c.pairs) if (p.first && p.last && p.score >= MIN_SUPPORT) firstNames.add(foldCase(p.first));
      for (let i = 0; i < tokens.length; i++) {
        if (!nameLike(i) || namedAfter(i) || (nameLike(i + 1) && adjacent(i + 1))) continue;
        const token = tokens[i]!;
        const f = facts(token.text);
        // A common word ("Сулима", "Роза") is a first name only capitalised mid-sentence and
        // matching a full name of the text.
        const commonWord = !f.knownName && f.known;
        if (commonWord && (token.sentenceStart || generic(token.text) || f.geo >= 0.5)) continue;
        // "турнира в Риме": a word that can be a place, after a preposition of place, is the
        // place, even when the dictionary also has it as a given name's form.
        if (f.geo >= 0.5 && adjacent(i) && PLACE_PREPOSITIONS.has(foldCase(tokens[i - 1]?.text ?? ''))) continue;
        // Any reading may match a first name already in the text ("Ерлана" after "Ерлан
        // Сагадиев"); standing alone after a title needs a dictionary first name.
        const all = firstReadings(token.text);
        const matching = all.filter((r) => firstNames.has(foldCase(r.nominative)));
        if (commonWord && matching.length === 0) continue;
        const readings = all.filter((r) => r.score >= 1);
        const afterTitle = f.knownName && titleBefore(i);
        const weight = cue(i, i + 1);
        if (matching.length === 0 && !afterTitle) continue;
        const pairs = normalise(
          (matching.length > 0 ? matching : readings).map((r) => ({
            first: r.nominative,
            last: null,
            gender: r.gender,
            score: r.score * CASE_PRIOR[r.grammaticalCase] * GENDER_PRIOR[r.gender] * weight(r.gender, r.grammaticalCase),
          })),
        );
        candidates.push({
          start: token.start,
          end: token.end,
          from: i,
          to: i + 1,
          pairs,
          needsAntecedent: matching.length > 0 && !afterTitle,
        });
        taken[i] = true;
      }
      // "Калыбаев Н.Т.", "Токаев К.-Ж.": initials after a surname, as official lists and
      // court reports write names, belong to the mention; a surname written so is a person
      // even where no other rule vouched for it.
      const surnameAt = new Map(candidates.map((c, k) => [c.from, k] as const));
      for (let i = 0; i < tokens.length; i++) {
        const after = initialsAfter(tokens, i);
        if (!after || after.to <= i + 1) continue;
        const k = surnameAt.get(i);
        const existing = k === undefined ? undefined : candidates[k];
        if (!existing && !nameLike(i)) continue;
        // "Защита А. Муканова": initials followed by a surname open that name; the word before
        // them, a common word opening the sentence, is no surname of its own.
        const sentenceNoun = tokens[i]!.sentenceStart && facts(tokens[i]!.text).common > 0.3;
        const nextWord = tokens[after.to];
        if (!existing && sentenceNoun && nextWord && isCapitalized(nextWord.text) && /^\.?[ \u00a0]+$/u.test(nextWord.gapBefore)) continue;
        if (existing && existing.to === i + 1 && existing.pairs.every((p) => p.first === null)) {
          candidates[k!] = { ...existing, end: after.end, to: after.to, initials: after.initials };
        } else if (!existing && !taken[i] && !namedAfter(i) && facts(tokens[i]!.text).geo < 0.5 && !adjectiveBeforeNoun(i)) {
          const readings = lastReadings(tokens[i]!.text);
          if (readings.length === 0) continue;
          candidates.push({
            start: tokens[i]!.start,
            end: after.end,
            from: i,
            to: after.to,
            pairs: surnamePairs(readings, cue(i, i + 1)),
            initials: after.initials,
          });
        } else continue;
        for (let t = i; t < after.to; t++) taken[t] = true;
        i = after.to - 1;
      }
      // A lone surname that is the subject of a feminine verb names a woman: it joins no
      // man's full name or registry entry through a weak genitive reading.
      candidates.forEach((c, k) => {
        if (c.to !== c.from + 1 || c.pairs.some((p) => p.first !== null) || !womanBySubjectVerb(c.from, c.pairs)) return;
        candidates[k] = { ...c, pairs: normalise(c.pairs.filter((p) => p.gender === 'f')) };
      });
      candidates.sort((a, b) => a.start - b.start);
      return groupMentions(attachRegnalNumbers(agreeLists(candidates, tokens, rescorable), tokens), known);
    },
  };
}

type Role = 'first' | 'last' | 'patronymic';

/** Stems of the verbs that report speech; their subject after a quote is its speaker. */
const SPEECH_VERB = new RegExp(
  '^(?:' +
    'сказа|говор|заяв|отмет|отмеч|добав|подчеркн|подчёркива|подчеркива|поясн|уточн|рассказ|сообщ|счита|призна|' +
    'замет|замеча|написа|пиш|ответ|отвеча|указа|указыва|продолжи|резюмирова|констатирова|напомни|напомина|цитиру' +
    ')',
  'u',
);

/**
 * Parts of the compound names companies and agencies take ("Казатомпром", "Казмунайгаз",
 * "Укртрансгаз", "Росэнергоатом"), which a person's surname does not contain.
 */
const ORGANISATION_SHAPED =
  /(?:пром|газ|банк|нефт|транс|строй|телеком|агро|авиа|инвест|энерго|трейд|сервис|союз|холдинг|атом|мунай|комплекс|информ|медиа|фонд)/u;

/** What separates the items of a list of names: a comma, brackets, a dash. */
/** Prepositions before a place ("в Риме", "из Вены"), where a place-like word is the place. */
const PLACE_PREPOSITIONS = new Set('в во на из под над у до от через близ возле около'.split(' '));

/** The word closing a Kyrgyz surname written apart ("Асылбек уулу", "Токтомуш кызы"). */
const KYRGYZ_SURNAME_END = /^(?:уулу|кызы)$/u;
const LIST_GAP = /^ *(?:, *|\( *|\) *,? *|[—–] *)$/u;

/** Particles that open a surname in many languages ("Ле Пен", "ван Гог", "бин Ладен", "де Сантис"). */
const NAME_PARTICLES = new Set(
  'ле ла де ди да дель делла дю ван фон дер ден бин ибн бен эль аль ас абдель абдуль абдул абд абуль'.split(' '),
);

/**
 * Initials written after the word at `i` ("Н.Т.", "Ш.", "К.-Ж."): the token index past them,
 * the character offset past their last full stop, and the initials as written; null when
 * none follow, or when a letter lacks its full stop (a one-letter word, not an initial).
 */
export function initialsAfter(tokens: readonly Token[], i: number): { to: number; end: number; initials: string } | null {
  let k = i + 1;
  if (tokens[k]?.gapBefore !== ' ') return null;
  let initials = '';
  for (;;) {
    const t = tokens[k];
    const gapAfter = tokens[k + 1]?.gapBefore ?? '';
    if (!t || !isInitialLetter(t.text) || !/\p{Script=Cyrillic}/u.test(t.text) || !gapAfter.startsWith('.')) break;
    initials += (initials ? (t.gapBefore.includes('-') ? '-' : ' ') : '') + t.text + '.';
    k++;
    if (!/^\.-?$/u.test(gapAfter)) break;
  }
  const last = tokens[k - 1];
  return initials && last ? { to: k, end: last.end + 1, initials } : null;
}

/** A word that never declines: every case, either gender, as written. */
function indeclinable(word: string): NameReading[] {
  return (['m', 'f'] as const).flatMap((gender) =>
    CASES.map((grammaticalCase) => ({ gender, grammaticalCase, nominative: word, score: 1 })),
  );
}

/** Short enough to be one syllable of an East Asian name ("Ким", "Чжэ", "Мёна"). */
function isSyllable(word: string): boolean {
  return word.length <= 5 && !word.includes('-') && !/\p{Script=Latin}/u.test(word);
}

/** A syllable carrying a case ending ("Ына", "Мёну", "Хуном"), which only the last one takes. */
function declinedSyllable(word: string): boolean {
  return syllableReadings(word).some((r) => r.nominative !== word);
}

/** An East Asian syllable: as written in any case, or a masculine consonant stem's oblique form. */
function syllableReadings(word: string): NameReading[] {
  const readings = indeclinable(word).map((r) => ({ ...r, score: 0.6 }));
  const w = foldCase(word);
  const stem = (cut: number) => word.slice(0, word.length - cut);
  const oblique: [RegExp, number, Case[]][] = [
    [/[^аеёиоуыэюя]а$/u, 1, ['gent', 'accs']],
    [/[^аеёиоуыэюя]у$/u, 1, ['datv']],
    [/[^аеёиоуыэюя][оеё]м$/u, 2, ['ablt']],
    [/[^аеёиоуыэюя]е$/u, 1, ['loct']],
  ];
  // A syllable keeps a vowel: "Гю" is a syllable as written, not the dative of a "Гь".
  const voiced = (cut: number) => /[аеёиоуыэюя]/u.test(foldCase(stem(cut)));
  for (const [pattern, cut, cases] of oblique)
    if (pattern.test(w) && voiced(cut))
      for (const c of cases) readings.push({ gender: 'm', grammaticalCase: c, nominative: stem(cut), score: 1 });
  // A soft stem ("Тьинь", Vietnamese): "Тьиня", "Тьиню" are its genitive and dative.
  const soft: [RegExp, Case[]][] = [
    [/[^аеёиоуыэюяь]я$/u, ['gent', 'accs']],
    [/[^аеёиоуыэюяь]ю$/u, ['datv']],
  ];
  for (const [pattern, cases] of soft)
    if (pattern.test(w) && voiced(1))
      for (const c of cases) readings.push({ gender: 'm', grammaticalCase: c, nominative: `${stem(1)}ь`, score: 0.9 });
  return readings;
}

function hyphenated(word: string, compute: (w: string) => NameReading[]): NameReading[] {
  const parts = word.split('-');
  const whole = compute(word);
  if (parts.length !== 2 || parts.some((p) => p.length < 2) || parts.some((p) => p.charAt(0) !== p.charAt(0).toUpperCase())) return whole;
  // "Немировича-Данченко": each part declines on its own in the same gender and case.
  const left = compute(parts[0]!);
  const right = compute(parts[1]!);
  const combined: NameReading[] = [];
  for (const a of left)
    for (const b of right) {
      if (a.gender === b.gender && a.grammaticalCase === b.grammaticalCase) {
        combined.push({
          gender: a.gender,
          grammaticalCase: a.grammaticalCase,
          nominative: `${a.nominative}-${b.nominative}`,
          score: Math.min(a.score, b.score),
        });
      }
    }
  // "Касым-Жомарт": only the last part declines.
  for (const b of right) combined.push({ ...b, nominative: `${parts[0]}-${b.nominative}`, score: b.score * 0.9 });
  return [...combined, ...whole.map((r) => ({ ...r, score: r.score * 0.5 }))];
}

/** Reads a multi-word name in each gender and case, keeping the readings all words allow. */
function jointPairs(
  parts: readonly [Role, readonly NameReading[]][],
  weight: CaseWeight = NO_CUE,
  options: { readonly written?: readonly string[]; readonly profile?: Map<Case, number> } = {},
): NamePair[] {
  const pairs = new Map<string, NamePair>();
  const { written, profile } = options;
  for (const gender of ['m', 'f'] as const) {
    for (const grammaticalCase of CASES) {
      let score = CASE_PRIOR[grammaticalCase] * GENDER_PRIOR[gender] * weight(gender, grammaticalCase);
      let first: string | null = null;
      let last: string | null = null;
      for (let k = 0; k < parts.length; k++) {
        const [role, readings] = parts[k]!;
        const word = written?.length === parts.length ? written[k] : undefined;
        // Of several given names one may keep a consonant-final form undeclined ("Актана Арым
        // Кубата", "с Абдель Фаттахом ас-Сиси", "Фам Нят Выонгом").
        const middle = role === 'first' && parts.length >= 3;
        const ruleWeight = (r: NameReading): number =>
          word === undefined ||
          followsDeclensionRules(word, r.nominative, r.gender, r.grammaticalCase) ||
          (middle && r.nominative === word && !/[ая]$/u.test(foldCase(word)))
            ? 1
            : RULE_BREAK_WEIGHT;
        let best: NameReading | undefined;
        let bestScore = 0;
        for (const r of readings)
          if (r.gender === gender && r.grammaticalCase === grammaticalCase) {
            const s = r.score * ruleWeight(r);
            if (!best || s > bestScore) {
              best = r;
              bestScore = s;
            }
          }
        if (!best) {
          score = 0;
          break;
        }
        score *= bestScore;
        if (role === 'first') first = first ? `${first} ${best.nominative}` : best.nominative;
        if (role === 'last') last = best.nominative;
      }
      if (score <= 0) continue;
      if (profile) profile.set(grammaticalCase, Math.max(profile.get(grammaticalCase) ?? 0, score));
      const key = `${foldCase(first ?? '')}|${foldCase(last ?? '')}|${gender}`;
      const existing = pairs.get(key);
      if (!existing || existing.score < score) pairs.set(key, { first, last, score, gender });
    }
  }
  return normalise([...pairs.values()]);
}

function surnamePairs(readings: readonly NameReading[], weight: CaseWeight = NO_CUE): NamePair[] {
  const pairs = new Map<string, NamePair>();
  for (const r of readings) {
    const score = r.score * CASE_PRIOR[r.grammaticalCase] * GENDER_PRIOR[r.gender] * weight(r.gender, r.grammaticalCase);
    const key = `${foldCase(r.nominative)}|${r.gender}`;
    const existing = pairs.get(key);
    if (!existing || existing.score < score) pairs.set(key, { first: null, last: r.nominative, score, gender: r.gender });
  }
  return normalise([...pairs.values()]);
}

/**
 * A name written in no East Asian syllables whose reading is made of them ("Пань Цзяньвэя",
 * "Фам Нят Выонгом" → "Пань Цзяньвэй", "Фам Нят Выонг"): the written form carries a Russian
 * case ending, so the reading that removes it is preferred. Names already East Asian as
 * written, and names no reading makes East Asian, keep their scores.
 */
function eastAsianShape(pairs: NamePair[], written: string): NamePair[] {
  if (pairs.length < 2 || isEastAsianName(written)) return pairs;
  const shaped = (p: NamePair) => p.first !== null && p.last !== null && isEastAsianName(`${p.first} ${p.last}`);
  if (!pairs.some(shaped)) return pairs;
  return normalise(pairs.map((p) => (shaped(p) ? { ...p, score: p.score * EAST_ASIAN_SHAPE_WEIGHT } : p)));
}

/** How much a reading that makes a name East Asian outweighs one that keeps a case ending. */
const EAST_ASIAN_SHAPE_WEIGHT = 2;

function normalise(pairs: NamePair[]): NamePair[] {
  const top = Math.max(0, ...pairs.map((p) => p.score));
  return top > 0 ? pairs.map((p) => ({ ...p, score: p.score / top })).sort((a, b) => b.score - a.score) : [];
}
