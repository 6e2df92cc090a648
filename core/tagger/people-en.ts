/**
 * Finding people in English text: runs of capitalised words after stripping titles
 * ("Investment Minister Laziz Kudratov" → "Laziz Kudratov"), with lower-case surname
 * particles inside them ("Ursula von der Leyen", "Ahmed al-Sharaa"), minus runs that name an
 * institution or a place ("Nazarbayev University"), plus surname-only repeats ("Tokayev's",
 * "Von der Leyen said") and first-word repeats of a name in the text ("Xi").
 */

import type { KnownPerson, PersonGroup, PersonMentionCandidate } from './person-groups.ts';
import { groupMentions } from './person-groups.ts';
import { foldCase, isAllCaps, isCapitalized, type Token } from './text.ts';

/**
 * Words of titles and forms of address. A run's words up to its last title word are the
 * title, whatever precedes it ("Investment Minister", "U.N. Secretary-General").
 */
const TITLES = new Set(
  (
    'president prime minister foreign deputy vice secretary state general ambassador senator governor mayor ' +
    'chairman chairwoman chair director chief head leader chancellor king queen prince princess mr mrs ms dr sir lord ' +
    'professor prof spokesman spokeswoman spokesperson envoy representative judge commissioner captain coach ' +
    'gen col lt sgt rep sen gov former acting interim defense defence finance economy trade energy interior ' +
    'affairs justice health education labor labour agriculture transport emergency presidential executive ' +
    'crown first assistant premier speaker adviser advisor aide lawmaker legislator mp pope sheikh emir sultan imam ' +
    'cardinal archbishop bishop rabbi attorney admiral marshal colonel major lieutenant sergeant inspector detective ' +
    'ceo cfo founder investment industry culture environment digital development security economic science sport ' +
    'sports tourism ecology emergencies communications information infrastructure water mining nuclear ' +
    'minister-counsellor secretary-general vice-president vice-premier president-elect ombudsman'
  ).split(/\s+/u),
);

/**
 * Words that make a capitalised run an institution, an event, a place or a date rather
 * than a person ("Caspian Pipeline Consortium", "Islam Karimov International Airport").
 */
const NOT_PERSON_WORDS = new Set(
  (
    'university airport street avenue road square boulevard institute academy school college stadium bank ministry ' +
    'department agency company corporation group council committee parliament assembly union party organization ' +
    'organisation office center centre hospital museum theatre theater river lake mountain mountains sea ocean ' +
    'international national federal republic kingdom airlines news press times post journal inc ltd llc plc ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december the a an in on at of for and but or with from by to as this that these those ' +
    'it he she they we i his her their our its there here when while after before during since however meanwhile ' +
    'city region province district oblast asia europe africa america east west north south central ' +
    'consortium pipeline terminal fund forum summit treaty service force forces army navy guard court police embassy ' +
    'cabinet senate congress house palace kremlin airways railways railway holding holdings foundation association ' +
    'federation alliance movement agreement initiative programme program project plant station port exchange media ' +
    'television radio channel club team cup league championship games olympics festival award prize islands island ' +
    'bay gulf valley desert peninsula strait canal bridge tower hall park church cathedral mosque temple mausoleum ' +
    'memorial monument prison corp ministries commission secretariat'
  ).split(/\s+/u),
);

/** Lower-case particles inside a surname ("bin Salman", "van der Linden", "de la Cruz"). */
const PARTICLES = new Set('bin ibn bint abu al el van von der den de da di du la le dos das del della ter ten'.split(' '));

/** A particle glued to its surname by a hyphen or apostrophe ("al-Sharaa", "Al-Sharaa", "d'Estaing"). */
const GLUED_PARTICLE = /^(?:[aA]l|[eE]l|[aA][dnrstz]|[aA]sh|[iI]bn|[bB]in|[aA]bu|[dD])[-'’]\p{Lu}/u;

/**
 * Function words that open a sentence before a name ("Both Tokayev and Putin"): capitalised
 * only by their place, never part of the name.
 */
const LEADING_FUNCTION_WORDS = new Set(
  'the a an both and but also after before when while if as at in on for with from by to of then only even new late said says'.split(' '),
);

const bare = (t: Token): string => t.text.replace(/['’]s$/u, '');

/** True for the title words of a run, including hyphenated titles ("Secretary-General"). */
function isTitle(word: string): boolean {
  const folded = foldCase(word.replace(/['’]s$/u, ''));
  return TITLES.has(folded) || (folded.includes('-') && folded.split('-').every((part) => TITLES.has(part)));
}

/** Finds English person mentions in unclaimed tokens. */
export function findEnglishPeople(tokens: readonly Token[], claimed: readonly boolean[], known: readonly KnownPerson[]): PersonGroup[] {
  const taken = [...claimed];
  const candidates: PersonMentionCandidate[] = [];
  const free = (i: number): boolean => tokens[i] !== undefined && !taken[i];
  const nameWord = (i: number): boolean => {
    const t = tokens[i];
    return t !== undefined && !taken[i] && ((isCapitalized(t.text) && !isAllCaps(t.text)) || GLUED_PARTICLE.test(t.text));
  };
  const particle = (i: number): boolean => free(i) && PARTICLES.has(tokens[i]!.text);
  const joined = (i: number): boolean => /^[ \u00a0]+$/u.test(tokens[i]?.gapBefore ?? '');
  const possessive = (i: number): boolean => /['’]s$/u.test(tokens[i]?.text ?? '');

  for (let i = 0; i < tokens.length; i++) {
    if (!nameWord(i)) continue;
    // The run: name words, and particles that lead on to another name word.
    let j = i;
    for (;;) {
      if (possessive(j)) break;
      let k = j + 1;
      while (particle(k) && joined(k)) k++;
      if (!nameWord(k) || !joined(k)) break;
      j = k;
    }
    let from = i;
    while (from <= j && LEADING_FUNCTION_WORDS.has(foldCase(tokens[from]!.text))) from++;
    for (let k = from; k <= j; k++) if (isTitle(tokens[k]!.text)) from = k + 1;
    const words = tokens.slice(from, j + 1);
    const runStart = i;
    i = j;
    if (words.some((w) => NOT_PERSON_WORDS.has(foldCase(bare(w))))) {
      // An institution named after someone is no mention of them, not even of the surname.
      for (let k = runStart; k <= j; k++) taken[k] = true;
      continue;
    }
    if (words.length < 2) continue;
    // The surname starts at its particles: "Ursula | von der Leyen", "Ahmed | al-Sharaa".
    let split = words.length - 1;
    if (!GLUED_PARTICLE.test(words[split]?.text ?? '')) while (split > 0 && PARTICLES.has(foldCase(words[split - 1]!.text))) split--;
    // A capitalised particle opening the run ("Von der Leyen said") is a surname repeat,
    // found below once the full name is known.
    if (split === 0 || split > 3 || words.length - split > 4) continue;
    const lastToken = words[words.length - 1]!;
    const last = [...words.slice(split, -1).map((w) => w.text), bare(lastToken)].join(' ');
    candidates.push({
      start: words[0]!.start,
      end: lastToken.start + bare(lastToken).length,
      from,
      to: j + 1,
      pairs: [
        {
          first: words
            .slice(0, split)
            .map((w) => w.text)
            .join(' '),
          last,
          score: 1,
        },
      ],
    });
    for (let k = from; k <= j; k++) taken[k] = true;
  }

  // Surname repeats, particles included ("Von der Leyen said", "al-Sharaa's").
  const lastNames = new Map<string, string[][]>();
  const addLast = (last: string): void => {
    const words = foldCase(last).split(' ');
    const list = lastNames.get(words[0]!) ?? [];
    list.push(words);
    list.sort((a, b) => b.length - a.length);
    lastNames.set(words[0]!, list);
  };
  for (const c of candidates) if (c.pairs[0]?.last) addLast(c.pairs[0].last);
  for (const k of known) addLast(k.last);
  // A name's first word alone is the same person when no other name starts with it ("Xi").
  const firstWords = new Map<string, number>();
  for (const c of candidates) {
    // "Kim" after "Kim Jong Un": an East Asian family name is the first of several given words.
    const first = c.pairs[0]?.first?.split(' ')[0];
    if (first) firstWords.set(foldCase(first), (firstWords.get(foldCase(first)) ?? 0) + 1);
  }
  for (let i = 0; i < tokens.length; i++) {
    // A repeat may open with its particle in lower case mid-sentence ("said bin Salman").
    if (!nameWord(i) && !particle(i)) continue;
    const t = tokens[i]!;
    const key = foldCase(bare(t));
    const match = (lastNames.get(key) ?? []).find((words) =>
      words.every(
        (w, k) =>
          free(i + k) && (k === 0 || joined(i + k)) && foldCase(k === words.length - 1 ? bare(tokens[i + k]!) : tokens[i + k]!.text) === w,
      ),
    );
    if (match) {
      const endToken = tokens[i + match.length - 1]!;
      const last = tokens
        .slice(i, i + match.length)
        .map((w, k) => (k === match.length - 1 ? bare(w) : w.text))
        .join(' ');
      candidates.push({
        start: t.start,
        end: endToken.start + bare(endToken).length,
        from: i,
        to: i + match.length,
        pairs: [{ first: null, last, score: 1 }],
      });
      for (let k = i; k < i + match.length; k++) taken[k] = true;
      i += match.length - 1;
      continue;
    }
    if (nameWord(i) && (firstWords.get(key) ?? 0) >= 1 && !isTitle(t.text)) {
      candidates.push({
        start: t.start,
        end: t.start + bare(t).length,
        from: i,
        to: i + 1,
        pairs: [{ first: bare(t), last: null, score: 1 }],
        needsAntecedent: true,
      });
      taken[i] = true;
    }
  }
  candidates.sort((a, b) => a.start - b.start);
  return groupMentions(candidates, known);
}
