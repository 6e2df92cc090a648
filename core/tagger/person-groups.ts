/**
 * Grouping person mentions: mentions that share a reading of their name are one person, who
 * takes the name most of them support; surname-only and initials mentions then join the full
 * name with that surname (or a registry entry). Shared by the Russian and English finders.
 */

import type { Gender } from './name-forms.ts';
import { foldCase } from './text.ts';

/** A candidate full name of a mention with how well the mention's words support it. */
export interface NamePair {
  /** The gender the reading takes the name in, when the reading says. */
  readonly gender?: Gender;
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
  /** A lone first name that only names someone when a full name with it is in the text. */
  readonly needsAntecedent?: boolean;
  /** An East Asian name: the family name comes first, and a repeat of it alone is this person. */
  readonly familyFirst?: boolean;
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
  /** The person's gender when the name says it ("Бахтиёр Саидов" a man): a repeat must agree. */
  readonly gender?: Gender;
}

/** The key of a reading's name (case- and ё-insensitive). */
export const pairKey = (p: NamePair) => `${foldCase(p.first ?? '')}|${foldCase(p.last ?? '')}`;

/** Groups mentions of the same person and picks the name most of them support. */
export function groupMentions(candidates: readonly PersonMentionCandidate[], known: readonly KnownPerson[]): PersonGroup[] {
  // A first name without a surname (alone, or with a patronymic: "Бориса Николаевича") is
  // the person of the article with that first name, when there is one.
  const firstOnly = candidates.filter((c) => c.pairs.length > 0 && c.pairs.every((p) => p.first !== null && p.last === null));
  const full = candidates.filter((c) => c.pairs.some((p) => p.first !== null) && !firstOnly.includes(c));
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
  const groups: { first: string | null; last: string | null; gender?: Gender; mentions: PersonMentionCandidate[] }[] = [];
  // An unknown first name seen in two cases can read as two names ("Сулимы Ямадаева" →
  // "Сулима", "Сулима Ямадаева" → "Сулим"): same surname and gender, and first names that
  // differ only in a final vowel, are one person, named by all their mentions together.
  const stemKey = (p: NamePair): string | null =>
    p.first === null ? null : `${p.gender ?? ''}|${foldCase(p.last ?? '')}|${foldCase(p.first).replace(/[аяьйы]$/u, '')}`;
  const clustered: { best: NamePair; mentions: PersonMentionCandidate[] }[] = [];
  const byStem = new Map<string, (typeof clustered)[number]>();
  // Surname-only repeats say which nominative the surname has ("Ямалю" → Ямаль decides
  // "Ламина Ямаля" is Ламин Ямаль in the genitive, not a nominative "Ламина Ямаля").
  const repeatVotes = new Map<string, { support: number }>();
  for (const c of partial) {
    const own = new Map<string, number>();
    for (const p of c.pairs)
      if (p.last && p.score >= MIN_SUPPORT) own.set(foldCase(p.last), Math.max(own.get(foldCase(p.last)) ?? 0, p.score));
    for (const [last, score] of own) {
      const vote = repeatVotes.get(last) ?? { support: 0 };
      if (score >= MIN_SUPPORT) vote.support += 1;
      repeatVotes.set(last, vote);
    }
  }
  for (const mentions of clusters.values()) {
    const best = bestPair(mentions, repeatVotes);
    const key = stemKey(best);
    const twin = key === null ? undefined : byStem.get(key);
    if (twin) {
      twin.mentions.push(...mentions);
      twin.best = bestPair(twin.mentions);
    } else {
      const entry = { best, mentions: [...mentions] };
      clustered.push(entry);
      if (key !== null) byStem.set(key, entry);
    }
  }
  for (const { best, mentions } of clustered)
    groups.push({ first: best.first, last: best.last, ...(best.gender ? { gender: best.gender } : {}), mentions });
  for (const c of firstOnly) {
    const firsts = new Set(c.pairs.map((p) => foldCase(p.first ?? '')));
    // The first word of a longer given name counts ("Kim" of "Kim Jong" Un).
    const matching = groups.filter(
      (g) => g.first !== null && g.last !== null && (firsts.has(foldCase(g.first)) || firsts.has(foldCase(g.first.split(' ')[0]!))),
    );
    const named = new Set(matching.map((g) => `${foldCase(g.first ?? '')}|${foldCase(g.last ?? '')}`));
    // Two people with that first name ("Kim Jong Un", "Kim Yo Jong"): the nearest one named
    // before the mention is meant; with none before it, the mention is left out.
    const namedBefore = matching.filter((g) => g.mentions.some((m) => m.start < c.start));
    if (named.size === 1 || (matching.length > 0 && !c.needsAntecedent)) {
      matching.reduce((a, b) => (distance(a.mentions, c) <= distance(b.mentions, c) ? a : b)).mentions.push(c);
    } else if (namedBefore.length > 0) {
      namedBefore.reduce((a, b) => (distance(a.mentions, c) <= distance(b.mentions, c) ? a : b)).mentions.push(c);
    } else if (!c.needsAntecedent) {
      groups.push({ first: c.pairs[0]!.first, last: null, mentions: [c] });
    }
  }
  // Surname-only and initials mentions join a full name with that surname.
  const leftovers: PersonMentionCandidate[] = [];
  // Full names by surname, so a long text does not compare every repeat with every person.
  const byLast = new Map<string, (typeof groups)[number][]>();
  const indexGroup = (g: (typeof groups)[number]): void => {
    if (g.last === null || g.first === null) return;
    // "Хван выступил" after "Хван Чжан Еп": an East Asian family name is the first word.
    const family = g.mentions.some((m) => m.familyFirst) ? foldCase(g.first.split(' ')[0] ?? '') : null;
    for (const key of family ? [foldCase(g.last), family] : [foldCase(g.last)]) {
      const list = byLast.get(key);
      if (list) list.push(g);
      else byLast.set(key, [g]);
    }
  };
  groups.forEach(indexGroup);
  for (const c of partial) {
    const lasts = new Set(c.pairs.map((p) => foldCase(p.last ?? '')));
    const matching = [...lasts]
      .flatMap((l) => byLast.get(l) ?? [])
      .filter((g) => !c.initials || foldCase(g.first ?? '').startsWith(foldCase(c.initials.charAt(0))))
      .sort((a, b) => groups.indexOf(a) - groups.indexOf(b));
    if (matching.length > 0) {
      // "Бута" can only be a man's genitive: it joins Виктор Бут, not Алла Бут, however near.
      const fit = (g: (typeof groups)[number]): number =>
        Math.max(
          0,
          ...c.pairs
            .filter(
              (p) =>
                (foldCase(p.last ?? '') === foldCase(g.last ?? '') ||
                  (g.mentions.some((m) => m.familyFirst) && foldCase(p.last ?? '') === foldCase(g.first?.split(' ')[0] ?? ''))) &&
                (!g.gender || !p.gender || p.gender === g.gender),
            )
            .map((p) => p.score),
        );
      const nearest = matching.reduce((a, b) => {
        const fa = fit(a);
        const fb = fit(b);
        if (Math.abs(fa - fb) > 0.05) return fa > fb ? a : b;
        return distance(a.mentions, c) <= distance(b.mentions, c) ? a : b;
      });
      nearest.mentions.push(c);
      continue;
    }
    // A registry person is the one meant only by a reading of the person's gender that the
    // mention allows: "Роза сказал" (a man) is not "Инна Роза".
    const registry = known.filter(
      (k) =>
        c.pairs.some(
          (p) => foldCase(p.last ?? '') === foldCase(k.last) && p.score >= MIN_SUPPORT && (!k.gender || !p.gender || p.gender === k.gender),
        ) &&
        (!c.initials || (k.first !== null && foldCase(k.first).startsWith(foldCase(c.initials.charAt(0))))),
    );
    if (registry.length === 1) {
      const group = { first: registry[0]!.first, last: registry[0]!.last, mentions: [c] };
      groups.push(group);
      indexGroup(group);
      continue;
    }
    leftovers.push(c);
  }
  // Surname-only people: group by shared reading, like full names.
  const rest = new Map<string, { mentions: PersonMentionCandidate[] }>();
  for (const c of leftovers) {
    const existing = [...rest.entries()].find(([, g]) =>
      g.mentions.some((m) => m.pairs.some((p) => c.pairs.some((q) => pairKey(p) === pairKey(q)) && sameInitials(m, c))),
    );
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

/**
 * The name of a group: the reading the most mentions allow (a nominative "Евгений Минченко"
 * outvotes three genitives that could also be a woman's "Евгения Минченко"), then the one
 * with the highest total score.
 */
function bestPair(
  mentions: readonly PersonMentionCandidate[],
  repeatVotes: ReadonlyMap<string, { support: number }> = new Map(),
): NamePair {
  const totals = new Map<string, { pair: NamePair; total: number; support: number }>();
  for (const m of mentions) {
    // One vote per mention and name, however many genders the mention allows it in.
    const own = new Map<string, NamePair>();
    for (const p of m.pairs) {
      const key = pairKey(p);
      const seen = own.get(key);
      if (!seen || p.score > seen.score) own.set(key, p);
    }
    for (const [key, p] of own) {
      const entry = totals.get(key) ?? { pair: p, total: 0, support: 0 };
      entry.total += p.score;
      if (p.score > entry.pair.score) entry.pair = p;
      if (p.score >= MIN_SUPPORT) entry.support += 1;
      totals.set(key, entry);
    }
  }
  // Repeats only choose between the full readings the mentions themselves allow.
  if (mentions.length > 0)
    for (const entry of totals.values()) {
      const vote = entry.pair.first !== null && entry.pair.last !== null ? repeatVotes.get(foldCase(entry.pair.last)) : undefined;
      // Support only: where repeats allow two nominatives ("Кадырова": Кадыров or Кадырова)
      // both gain alike and the mentions' own scores still decide.
      if (vote && entry.support > 0) entry.support += vote.support;
    }
  let best: { pair: NamePair; total: number; support: number } | undefined;
  for (const entry of totals.values())
    if (!best || entry.support > best.support || (entry.support === best.support && entry.total > best.total)) best = entry;
  return best?.pair ?? { first: null, last: null, score: 0 };
}

/**
 * How close to a mention's best reading (scores are normalised: the best is 1) a surname
 * reading must be for the mention to repeat a person with that surname.
 */
export const REPEAT_SHARE = 0.5;

/** A reading this far below a mention's best one does not count as the mention allowing it. */
export const MIN_SUPPORT = 0.15;
