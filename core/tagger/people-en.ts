/**
 * Finding people in English text: runs of capitalised words after stripping titles
 * ("Investment Minister Laziz Kudratov" → "Laziz Kudratov"), with lower-case surname
 * particles inside them ("Ursula von der Leyen", "Ahmed al-Sharaa"), minus runs that name an
 * institution or a place ("Nazarbayev University"), plus surname-only repeats ("Tokayev's",
 * "Von der Leyen said") and first-word repeats of a name in the text ("Xi").
 */

import type { ContextMention } from './article-context.ts';
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
    'minister-counsellor secretary-general vice-president vice-premier president-elect ombudsman ' +
    // Occupations written before a name, capitalised where they open a sentence ("Lawyer Dilbar …").
    'lawyer journalist reporter correspondent editor analyst economist researcher scientist engineer ' +
    'manager striker midfielder defender goalkeeper pitcher starter grandmaster player actor actress ' +
    'singer writer author poet artist composer conductor pianist violinist director-general producer ' +
    'entrepreneur businessman businesswoman banker activist blogger campaigner lawyer-activist'
  ).split(/\s+/u),
);

/**
 * Words that open place names ("Los Angeles", "San Diego", "St. Petersburg"): a run they
 * open is a place or a team named after one ("San Diego Padres"), never a person.
 */
const PLACE_OPENERS = new Set('los las san santa santo são sao saint st fort port'.split(' '));

/**
 * Lower-case words that join an institution's name to the rest of it ("Committee to Protect
 * Journalists", "Court of Arbitration for Sport"): the capitalised run after one belongs to
 * the institution before it.
 */
const INSTITUTION_JOINERS = new Set('of to for against without on'.split(' '));

/** Pronouns, which are also East Asian family names after a title ("Vice Premier He Lifeng"). */
const PRONOUNS = new Set('he she we it i'.split(' '));

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
    'memorial monument prison corp ministries commission secretariat tour prix marathon ' +
    // Outlets and companies named after a founder or a place ("Kloster Live", "Ardent Gold").
    'live gold mining resources minerals metals motors studios tv'
  ).split(/\s+/u),
);

/** Lower-case particles inside a surname ("bin Salman", "van der Linden", "de la Cruz"). */
const PARTICLES = new Set('bin ibn bint abu al el van von der den de da do di du la le dos das del della ter ten'.split(' '));

/** Forms of address before a family name. */
const HONORIFICS = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Dr']);

/**
 * Turkic "son of"/"daughter of" written small after the father's name, which with it is the
 * surname ("Makhabat Tazhibek kyzy", "Azamat Zholdosh uulu", "Ali Hasan oglu").
 */
const PATRONYMIC_SUFFIXES = new Set('kyzy uulu qizi kizi ogly oglu ugli uly'.split(' '));

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
export function findEnglishPeople(
  tokens: readonly Token[],
  claimed: readonly boolean[],
  known: readonly KnownPerson[],
  context: readonly ContextMention[] = [],
): PersonGroup[] {
  const taken = [...claimed];
  // The article's names given elsewhere are full names of this text (in its preamble).
  const candidates: PersonMentionCandidate[] = context.map((c) => {
    for (let k = c.from; k < c.to; k++) taken[k] = true;
    return { start: c.start, end: c.end, from: c.from, to: c.to, pairs: [{ first: c.first, last: c.last, score: 1 }] };
  });
  const free = (i: number): boolean => tokens[i] !== undefined && !taken[i];
  const nameWord = (i: number): boolean => {
    const t = tokens[i];
    return t !== undefined && !taken[i] && ((isCapitalized(t.text) && !isAllCaps(t.text)) || GLUED_PARTICLE.test(t.text));
  };
  const particle = (i: number): boolean => free(i) && PARTICLES.has(tokens[i]!.text);
  const joined = (i: number): boolean => /^[ \u00a0]+$/u.test(tokens[i]?.gapBefore ?? '');
  const possessive = (i: number): boolean => /['’]s$/u.test(tokens[i]?.text ?? '');

  // Last token indices of runs that name an institution, a place or an event.
  const institutionEnds = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (!nameWord(i)) continue;
    // The run: name words, and particles that lead on to another name word.
    let j = i;
    for (;;) {
      if (possessive(j)) break;
      let k = j + 1;
      if (free(k) && joined(k) && PATRONYMIC_SUFFIXES.has(bare(tokens[k]!))) {
        j = k;
        break;
      }
      while (particle(k) && joined(k)) k++;
      if (!nameWord(k) || !joined(k)) break;
      j = k;
    }
    let from = i;
    while (from <= j && LEADING_FUNCTION_WORDS.has(foldCase(tokens[from]!.text))) from++;
    let titled = false;
    for (let k = from; k <= j; k++)
      if (isTitle(tokens[k]!.text)) {
        from = k + 1;
        titled = true;
      }
    const words = tokens.slice(from, j + 1);
    const runStart = i;
    i = j;
    const joinerBefore = tokens[runStart - 1];
    const continuesInstitution =
      joinerBefore !== undefined && INSTITUTION_JOINERS.has(joinerBefore.text) && institutionEnds.has(runStart - 2);
    const placeOpened = words.length >= 2 && PLACE_OPENERS.has(foldCase(words[0]!.text.replace(/\.$/u, '')));
    // After a title, a word that is also a pronoun is a family name: "Vice Premier He Lifeng".
    const notPersonWord = (w: Token, k: number): boolean =>
      NOT_PERSON_WORDS.has(foldCase(bare(w))) && !(titled && k === 0 && words.length >= 2 && PRONOUNS.has(foldCase(w.text)));
    if (continuesInstitution || placeOpened || words.some(notPersonWord)) {
      // An institution named after someone is no mention of them, not even of the surname.
      for (let k = runStart; k <= j; k++) taken[k] = true;
      institutionEnds.add(j);
      continue;
    }
    if (words.length < 2) continue;
    // The surname starts at its particles: "Ursula | von der Leyen", "Ahmed | al-Sharaa".
    let split = words.length - 1;
    if (PATRONYMIC_SUFFIXES.has(bare(words[split]!)) && split > 1) split--;
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

  // "Correa do Lago said", "Tazhibek kyzy was": a run that is another name's whole surname
  // of several words is that person's repeat, not someone with the first of those words as a given name.
  const longLasts = new Set(
    [...candidates.map((c) => c.pairs[0]?.last ?? ''), ...known.map((k) => k.last)].filter((l) => l.includes(' ')).map(foldCase),
  );
  // Likewise a run that is the tail of a longer name ("Correa do Lago" of "Andre Correa do
  // Lago", "Lula da Silva" of "Luiz Inacio Lula da Silva") repeats it. Tails are indexed,
  // each with its name's surname: one lookup per run, however many names the text has.
  const tails = new Map<string, string>();
  for (const p of [...candidates.map((c) => c.pairs[0]), ...known]) {
    if (!p?.first || !p.last) continue;
    const words = foldCase(`${p.first} ${p.last}`).split(' ');
    for (let k = 1; k + 2 <= words.length; k++) tails.set(words.slice(k).join(' '), p.last);
  }
  candidates.forEach((c, k) => {
    const pair = c.pairs[0];
    if (!pair?.first || !pair.last) return;
    const whole = `${pair.first} ${pair.last}`;
    if (longLasts.has(foldCase(whole))) {
      candidates[k] = { ...c, pairs: [{ first: null, last: whole, score: 1 }] };
      return;
    }
    const longer = tails.get(foldCase(whole));
    if (longer) candidates[k] = { ...c, pairs: [{ first: null, last: longer, score: 1 }] };
  });
  // Surname repeats, particles included ("Von der Leyen said", "al-Sharaa's").
  const lastNames = new Map<string, string[][]>();
  const addLast = (last: string): void => {
    const words = foldCase(last).split(' ');
    const list = lastNames.get(words[0]!) ?? [];
    list.push(words);
    list.sort((a, b) => b.length - a.length);
    lastNames.set(words[0]!, list);
  };
  // "Burhan said" after "Abdel Fattah al-Burhan": agencies drop a glued Arabic article in repeats.
  const withArticle = new Map<string, string>();
  const addLastAndBare = (last: string): void => {
    addLast(last);
    if (!last.includes(' ') && /^(?:al|el|ad|an|ar|as|at|az|ash)-\p{Lu}/iu.test(last)) {
      const bareLast = last.replace(/^[^-]+-/u, '');
      addLast(bareLast);
      withArticle.set(foldCase(bareLast), last);
    }
  };
  for (const c of candidates) if (c.pairs[0]?.last) addLastAndBare(c.pairs[0].last);
  for (const k of known) addLastAndBare(k.last);
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
        pairs: [{ first: null, last: withArticle.get(foldCase(last)) ?? last, score: 1 }],
      });
      for (let k = i; k < i + match.length; k++) taken[k] = true;
      i += match.length - 1;
      continue;
    }
    // "Mr. Kim" with one registry "Kim Min-jae": after an honorific a lone word is a family
    // name, and a registry name written family name first has it as its first word. With
    // two such people in the registry it stays unlinked.
    const honorific = HONORIFICS.has(tokens[i - 1]?.text ?? '') && /^\.? $/u.test(t.gapBefore);
    const owners = honorific ? known.filter((k) => k.first !== null && foldCase(k.first.split(/[\s-]/u)[0]!) === key) : [];
    if (nameWord(i) && owners.length === 1 && (firstWords.get(key) ?? 0) === 0) {
      candidates.push({
        start: t.start,
        end: t.start + bare(t).length,
        from: i,
        to: i + 1,
        pairs: [{ first: owners[0]!.first, last: owners[0]!.last, score: 1 }],
      });
      taken[i] = true;
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
