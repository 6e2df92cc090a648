/**
 * Finding people in Russian text: name-shaped token sequences (first name + surname,
 * initials + surname, surname + first name + patronymic), single surnames with a cue,
 * and repeats of surnames already seen. Each mention is read in every gender and case
 * its words allow; mentions of one person are then grouped and given the nominative
 * most of them agree on, so "Энтони Блинкена" joins "Энтони Блинкен".
 */

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
import { foldCase, isAllCaps, isCapitalized, isInitialLetter, type Token } from './text.ts';
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

/** A candidate full name of a mention with how well the mention's words support it. */
interface NamePair {
  readonly first: string | null;
  readonly last: string | null;
  readonly score: number;
}

/** A span believed to name a person, before it is grouped with the others. */
export interface PersonMentionCandidate {
  readonly start: number;
  readonly end: number;
  readonly from: number;
  readonly to: number;
  /** Candidate readings, best first. */
  readonly pairs: readonly NamePair[];
  /** "К.-Ж." when the first name was written as initials. */
  readonly initials?: string;
}

/** A person of the text: canonical name and mention spans. */
export interface PersonGroup {
  readonly first: string | null;
  readonly last: string | null;
  readonly mentions: readonly PersonMentionCandidate[];
}

/** Someone already known (a registry entry), matched in any case form. */
export interface KnownPerson {
  readonly first: string | null;
  readonly last: string;
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
    'врач доктор отец мать брат сестра сын дочь жена муж вдова коллега соперник сторонник оппонент мистер миссис'
  ).split(/\s+/u),
);

/** Lemmas of words after which a name names a place or an institution, not a person. */
const NAMED_AFTER_LEMMAS = new Set(
  'имя им улица ул проспект пр бульвар переулок площадь набережная шоссе аэропорт университет институт академия школа стадион станция метро библиотека музей театр пик премия орден фонд'.split(
    ' ',
  ),
);

const DEFINING_TAGS = ['Name', 'Surn', 'Patr', 'Geox', 'Orgn', 'Abbr', 'Init', 'Trad'];

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
    for (const r of readings) {
      lemmas.add(foldCase(r.lemma));
      if (r.known) known = true;
      if (r.tags.has('Name')) {
        if (r.known) knownName = true;
        else if (r.score > 0.1) guessedName = true;
      }
      if (!r.known) continue;
      if (r.tags.has('Surn')) knownSurname += r.score;
      if (r.tags.has('Patr')) knownPatronymic = true;
      if (r.tags.has('Geox')) geo += r.score;
      if (r.tags.has('Orgn')) organisation = true;
      if (!DEFINING_TAGS.some((t) => r.tags.has(t))) common += r.score;
    }
    cached = { knownName, knownPatronymic, latin: /\p{Script=Latin}/u.test(word), guessedName, knownSurname, geo, organisation, common, known, lemmas };
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
  const firstReadings = (w: string) => cachedReadings('f', w, (x) => firstNameReadings(x, morphology));
  const lastReadings = (w: string) => cachedReadings('l', w, (x) => surnameReadings(x, morphology));
  const patrReadings = (w: string) => cachedReadings('p', w, (x) => patronymicReadings(x, morphology));

  return {
    facts,
    lastReadings,
    /** Finds person mentions in tokens not yet claimed (`claimed[i]` true for country words). */
    find(tokens: readonly Token[], claimed: readonly boolean[], known: readonly KnownPerson[]): PersonGroup[] {
      const taken = [...claimed];
      const candidates: PersonMentionCandidate[] = [];
      const nameLike = (i: number): boolean => {
        const t = tokens[i];
        return t !== undefined && !taken[i] && isCapitalized(t.text) && !isAllCaps(t.text) && !/\p{Script=Latin}/u.test(t.text);
      };
      const adjacent = (i: number): boolean => /^[ \u00a0]+$/u.test(tokens[i]?.gapBefore ?? '');
      const claim = (from: number, to: number) => {
        for (let k = from; k < to; k++) taken[k] = true;
      };
      const namedAfter = (i: number): boolean => {
        const prev = tokens[i - 1];
        if (!prev || /[.!?;:«»"]\s*$/u.test(tokens[i]?.gapBefore.replace(/\.\s*$/u, '') ?? '')) return false;
        const f = facts(prev.text);
        return NAMED_AFTER_LEMMAS.has(foldCase(prev.text)) || [...f.lemmas].some((l) => NAMED_AFTER_LEMMAS.has(l));
      };
      const titleBefore = (i: number): boolean => {
        for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
          const t = tokens[k + 1];
          if (t && /[.!?;:()«»"]/u.test(t.gapBefore)) return false;
          const word = tokens[k];
          if (!word) return false;
          if (TITLE_LEMMAS.has(foldCase(word.text)) || [...facts(word.text).lemmas].some((l) => TITLE_LEMMAS.has(l))) return true;
          if (isCapitalized(word.text) && !claimed[k]) return false;
        }
        return false;
      };

      for (let i = 0; i < tokens.length; i++) {
        if (taken[i]) continue;
        const token = tokens[i]!;
        // Initials: "К. Токаев", "К.-Ж. Токаев".
        if (isInitialLetter(token.text)) {
          let j = i;
          let initials = '';
          while (tokens[j] && isInitialLetter(tokens[j]!.text) && /^\.-?\s*$/u.test(tokens[j + 1]?.gapBefore ?? '')) {
            initials += (initials ? (tokens[j]!.gapBefore.includes('-') ? '-' : ' ') : '') + tokens[j]!.text + '.';
            j++;
          }
          if (j > i && nameLike(j) && !namedAfter(i)) {
            const readings = lastReadings(tokens[j]!.text);
            if (readings.length > 0 && facts(tokens[j]!.text).geo < 0.5) {
              candidates.push({ start: token.start, end: tokens[j]!.end, from: i, to: j + 1, pairs: surnamePairs(readings), initials });
              claim(i, j + 1);
              i = j;
              continue;
            }
          }
        }
        if (!nameLike(i)) continue;
        const f1 = facts(token.text);
        const skip = namedAfter(i);
        // Surname + first name + patronymic (official order).
        if (nameLike(i + 1) && nameLike(i + 2) && adjacent(i + 1) && adjacent(i + 2) && facts(tokens[i + 1]!.text).knownName && looksLikePatronymic(tokens[i + 2]!.text) && !f1.knownName) {
          const pairs = jointPairs([
            ['last', lastReadings(token.text)],
            ['first', firstReadings(tokens[i + 1]!.text)],
            ['patronymic', patrReadings(tokens[i + 2]!.text)],
          ]);
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
          const patronymic = looksLikePatronymic(second.text) && !kazakhSurname && (followedBySurname || (f2Patr.knownPatronymic && f2Patr.knownSurname === 0));
          const third = patronymic && nameLike(i + 2) && adjacent(i + 2) ? tokens[i + 2] : undefined;
          const surnameToken = third ?? second;
          const fs = facts(surnameToken.text);
          // Two words the dictionary has never seen, mid-sentence, are most often a foreign name.
          const firstOk = f1.knownName || (!f1.known && (f1.guessedName || looksLikeSurname(surnameToken.text) || fs.knownSurname > 0 || titleBefore(i) || (!fs.known && !token.sentenceStart)));
          const surnameOk = (patronymic && !third) || (fs.geo < 0.6 && !fs.organisation && (fs.knownSurname > 0 || !fs.known || f1.knownName || looksLikeSurname(surnameToken.text)));
          const startOk = !token.sentenceStart || f1.knownName || (!f1.known && (looksLikeSurname(surnameToken.text) || fs.knownSurname > 0)) || (f1.common < 0.5 && fs.knownSurname > 0);
          if (firstOk && surnameOk && startOk && !(f2.geo > 0.6 && !patronymic)) {
            const parts: [Role, NameReading[]][] = [['first', firstReadings(token.text)]];
            // "Реджеп Тайип Эрдоган", "Ким Чен Ир": a second given name before the surname.
            const middle =
              !patronymic && nameLike(i + 2) && adjacent(i + 2) && (f2.knownName || !f2.known) &&
              facts(tokens[i + 2]!.text).geo < 0.5 && (!facts(tokens[i + 2]!.text).known || facts(tokens[i + 2]!.text).knownSurname > 0);
            if (patronymic) parts.push(['patronymic', patrReadings(second.text)]);
            if (third) parts.push(['last', lastReadings(third.text)]);
            else if (middle) parts.push(['first', firstReadings(second.text)], ['last', lastReadings(tokens[i + 2]!.text)]);
            else if (!patronymic) parts.push(['last', lastReadings(second.text)]);
            const pairs = jointPairs(parts);
            const to = third || middle ? i + 3 : i + 2;
            if (pairs.length > 0) {
              if (!skip) candidates.push({ start: token.start, end: tokens[to - 1]!.end, from: i, to, pairs });
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
          (titleBefore(i) && !f1.knownName && f1.geo < 0.5 && (surnameShare > 0 || !f1.known || looksLikeSurname(token.text))) ||
          (!token.sentenceStart && !f1.known && looksLikeSurname(token.text));
        // "Свердловской области", "Московский совет": a capitalised adjective before its noun.
        const next = tokens[i + 1];
        const adjectiveBeforeNoun =
          /(?:ск|цк|ов|ин)(?:ий|ый|ой|ая|ое|ого|ому|им|ым|ом|ую|ых|их|ой)$/u.test(token.text) &&
          next !== undefined && adjacent(i + 1) && !isCapitalized(next.text) && /^\p{Ll}/u.test(next.text) &&
          morphology.analyse(next.text).slice(0, 1).some((r) => r.tags.has('NOUN') || r.tags.has('ADJF'));
        const sentenceCommon = token.sentenceStart && f1.common > 0;
        if (strong && !adjectiveBeforeNoun && !sentenceCommon && readings.length > 0) {
          candidates.push({ start: token.start, end: token.end, from: i, to: i + 1, pairs: surnamePairs(readings) });
          claim(i, i + 1);
        }
      }

      // Surname-only repeats of people named in full (or known to the registry).
      const lastNames = new Set<string>();
      for (const c of candidates) for (const p of c.pairs) if (p.last && p.first) lastNames.add(foldCase(p.last));
      for (const k of known) lastNames.add(foldCase(k.last));
      for (let i = 0; i < tokens.length; i++) {
        if (!nameLike(i) || namedAfter(i)) continue;
        const token = tokens[i]!;
        const readings = lastReadings(token.text).filter((r) => lastNames.has(foldCase(r.nominative)));
        if (readings.length === 0) continue;
        candidates.push({ start: token.start, end: token.end, from: i, to: i + 1, pairs: surnamePairs(readings) });
        taken[i] = true;
      }
      candidates.sort((a, b) => a.start - b.start);
      return groupMentions(candidates, known);
    },
  };
}

type Role = 'first' | 'last' | 'patronymic';

function hyphenated(word: string, compute: (w: string) => NameReading[]): NameReading[] {
  const parts = word.split('-');
  const whole = compute(word);
  if (parts.length !== 2 || parts.some((p) => p.length < 2) || parts.some((p) => p.charAt(0) !== p.charAt(0).toUpperCase())) return whole;
  // "Немировича-Данченко": each part declines on its own in the same gender and case.
  const left = compute(parts[0]!);
  const right = compute(parts[1]!);
  const combined: NameReading[] = [];
  for (const a of left) for (const b of right) {
    if (a.gender === b.gender && a.grammaticalCase === b.grammaticalCase) {
      combined.push({ gender: a.gender, grammaticalCase: a.grammaticalCase, nominative: `${a.nominative}-${b.nominative}`, score: Math.min(a.score, b.score) });
    }
  }
  // "Касым-Жомарт": only the last part declines.
  for (const b of right) combined.push({ ...b, nominative: `${parts[0]}-${b.nominative}`, score: b.score * 0.9 });
  return [...combined, ...whole.map((r) => ({ ...r, score: r.score * 0.5 }))];
}

/** Reads a multi-word name in each gender and case, keeping the readings all words allow. */
function jointPairs(parts: readonly [Role, readonly NameReading[]][]): NamePair[] {
  const pairs = new Map<string, NamePair>();
  for (const gender of ['m', 'f'] as const) {
    for (const grammaticalCase of CASES) {
      let score = CASE_PRIOR[grammaticalCase] * GENDER_PRIOR[gender];
      let first: string | null = null;
      let last: string | null = null;
      for (const [role, readings] of parts) {
        let best: NameReading | undefined;
        for (const r of readings) if (r.gender === gender && r.grammaticalCase === grammaticalCase && (!best || r.score > best.score)) best = r;
        if (!best) {
          score = 0;
          break;
        }
        score *= best.score;
        if (role === 'first') first = first ? `${first} ${best.nominative}` : best.nominative;
        if (role === 'last') last = best.nominative;
      }
      if (score <= 0) continue;
      const key = `${foldCase(first ?? '')}|${foldCase(last ?? '')}`;
      const existing = pairs.get(key);
      if (!existing || existing.score < score) pairs.set(key, { first, last, score });
    }
  }
  return normalise([...pairs.values()]);
}

function surnamePairs(readings: readonly NameReading[]): NamePair[] {
  const pairs = new Map<string, NamePair>();
  for (const r of readings) {
    const score = r.score * CASE_PRIOR[r.grammaticalCase] * GENDER_PRIOR[r.gender];
    const key = foldCase(r.nominative);
    const existing = pairs.get(key);
    if (!existing || existing.score < score) pairs.set(key, { first: null, last: r.nominative, score });
  }
  return normalise([...pairs.values()]);
}

function normalise(pairs: NamePair[]): NamePair[] {
  const top = Math.max(0, ...pairs.map((p) => p.score));
  return top > 0 ? pairs.map((p) => ({ ...p, score: p.score / top })).sort((a, b) => b.score - a.score) : [];
}

const pairKey = (p: NamePair) => `${foldCase(p.first ?? '')}|${foldCase(p.last ?? '')}`;

/** Groups mentions of the same person and picks the name most of them support. */
export function groupMentions(candidates: readonly PersonMentionCandidate[], known: readonly KnownPerson[]): PersonGroup[] {
  const full = candidates.filter((c) => c.pairs.some((p) => p.first !== null));
  const partial = candidates.filter((c) => !c.pairs.some((p) => p.first !== null));
  // Union-find over full mentions that share a reading.
  const parent = full.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  const byKey = new Map<string, number>();
  full.forEach((c, i) => {
    for (const p of c.pairs) {
      const key = pairKey(p);
      const other = byKey.get(key);
      if (other === undefined) byKey.set(key, i);
      else parent[root(i)] = root(other);
    }
  });
  const clusters = new Map<number, PersonMentionCandidate[]>();
  full.forEach((c, i) => {
    const r = root(i);
    clusters.set(r, [...(clusters.get(r) ?? []), c]);
  });
  const groups: { first: string | null; last: string | null; mentions: PersonMentionCandidate[] }[] = [];
  for (const mentions of clusters.values()) {
    const best = bestPair(mentions);
    groups.push({ first: best.first, last: best.last, mentions: [...mentions] });
  }
  // Surname-only and initials mentions join a full name with that surname.
  const leftovers: PersonMentionCandidate[] = [];
  for (const c of partial) {
    const lasts = new Set(c.pairs.map((p) => foldCase(p.last ?? '')));
    const matching = groups.filter(
      (g) => g.last !== null && g.first !== null && lasts.has(foldCase(g.last)) && (!c.initials || foldCase(g.first).startsWith(foldCase(c.initials.charAt(0)))),
    );
    if (matching.length > 0) {
      const nearest = matching.reduce((a, b) => (distance(a.mentions, c) <= distance(b.mentions, c) ? a : b));
      nearest.mentions.push(c);
      continue;
    }
    const registry = known.filter((k) => lasts.has(foldCase(k.last)) && (!c.initials || (k.first !== null && foldCase(k.first).startsWith(foldCase(c.initials.charAt(0))))));
    if (registry.length === 1) {
      groups.push({ first: registry[0]!.first, last: registry[0]!.last, mentions: [c] });
      continue;
    }
    leftovers.push(c);
  }
  // Surname-only people: group by shared reading, like full names.
  const rest = new Map<string, { mentions: PersonMentionCandidate[] }>();
  for (const c of leftovers) {
    const existing = [...rest.entries()].find(([, g]) => g.mentions.some((m) => m.pairs.some((p) => c.pairs.some((q) => pairKey(p) === pairKey(q)) && sameInitials(m, c))));
    if (existing) existing[1].mentions.push(c);
    else rest.set(`${c.start}`, { mentions: [c] });
  }
  for (const { mentions } of rest.values()) {
    const best = bestPair(mentions);
    const initials = mentions.find((m) => m.initials)?.initials ?? null;
    groups.push({ first: initials, last: best.last, mentions });
  }
  for (const g of groups) g.mentions.sort((a, b) => a.start - b.start);
  // Merge groups that ended up naming the same person (registry match, same reading).
  const merged = new Map<string, { first: string | null; last: string | null; mentions: PersonMentionCandidate[] }>();
  for (const g of groups) {
    const key = `${foldCase(g.first ?? '')}|${foldCase(g.last ?? '')}`;
    const existing = merged.get(key);
    if (existing) existing.mentions.push(...g.mentions);
    else merged.set(key, g);
  }
  return [...merged.values()]
    .map((g) => ({ ...g, mentions: g.mentions.sort((a, b) => a.start - b.start) }))
    .sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}

function sameInitials(a: PersonMentionCandidate, b: PersonMentionCandidate): boolean {
  return !a.initials || !b.initials || a.initials.charAt(0) === b.initials.charAt(0);
}

function distance(mentions: readonly PersonMentionCandidate[], c: PersonMentionCandidate): number {
  const before = mentions.filter((m) => m.start <= c.start);
  return before.length > 0 ? c.start - before[before.length - 1]!.start : 1e9 + (mentions[0]?.start ?? 0) - c.start;
}

function bestPair(mentions: readonly PersonMentionCandidate[]): NamePair {
  const totals = new Map<string, { pair: NamePair; total: number }>();
  for (const m of mentions) {
    for (const p of m.pairs) {
      const key = pairKey(p);
      const entry = totals.get(key) ?? { pair: p, total: 0 };
      entry.total += p.score;
      totals.set(key, entry);
    }
  }
  let best: { pair: NamePair; total: number } | undefined;
  for (const entry of totals.values()) if (!best || entry.total > best.total) best = entry;
  return best?.pair ?? { first: null, last: null, score: 0 };
}
