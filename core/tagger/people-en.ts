/**
 * Finding people in English text: runs of capitalised words after stripping titles
 * ("Secretary of State Antony Blinken" → "Antony Blinken"), minus runs that name an
 * institution or a place, plus surname-only repeats of people already named.
 */

import type { KnownPerson, PersonGroup, PersonMentionCandidate } from './person-groups.ts';
import { groupMentions } from './person-groups.ts';
import { foldCase, isAllCaps, isCapitalized, type Token } from './text.ts';

const TITLES = new Set(
  (
    'president prime minister foreign deputy vice secretary state general ambassador senator governor mayor ' +
    'chairman chairwoman chair director chief head leader chancellor king queen prince princess mr mrs ms dr sir lord ' +
    'professor prof spokesman spokeswoman spokesperson envoy representative judge commissioner captain coach ' +
    'gen col lt sgt rep sen gov former acting interim defense defence finance economy trade energy interior ' +
    'affairs justice health education labor labour agriculture transport emergency presidential executive'
  ).split(' '),
);
const NOT_PERSON_WORDS = new Set(
  (
    'university airport street avenue road square boulevard institute academy school college stadium bank ministry ' +
    'department agency company corporation group council committee parliament assembly union party organization ' +
    'organisation office center centre hospital museum theatre theater river lake mountain mountains sea ocean ' +
    'international national federal republic kingdom airlines news press times post journal inc ltd llc plc ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december the a an in on at of for and but or with from by to as this that these those ' +
    'it he she they we i his her their our its there here when while after before during since however meanwhile ' +
    'city region province district oblast asia europe africa america east west north south central'
  ).split(' '),
);

/** Finds English person mentions in unclaimed tokens. */
export function findEnglishPeople(tokens: readonly Token[], claimed: readonly boolean[], known: readonly KnownPerson[]): PersonGroup[] {
  const taken = [...claimed];
  const candidates: PersonMentionCandidate[] = [];
  const cap = (i: number): boolean => {
    const t = tokens[i];
    return t !== undefined && !taken[i] && isCapitalized(t.text) && !isAllCaps(t.text);
  };
  const bare = (t: Token): string => t.text.replace(/['’]s$/u, '');
  for (let i = 0; i < tokens.length; i++) {
    if (!cap(i)) continue;
    let j = i;
    while (cap(j + 1) && /^[ \u00a0]+$/u.test(tokens[j + 1]!.gapBefore) && !/['’]s$/u.test(tokens[j]!.text)) j++;
    let from = i;
    // Titles inside the run ("Foreign Minister Mukhtar Tileuberdi") are not part of the name.
    while (from <= j && TITLES.has(foldCase(tokens[from]!.text))) from++;
    const words = tokens.slice(from, j + 1);
    i = j;
    if (words.length < 2 || words.length > 4) continue;
    if (words.some((w) => NOT_PERSON_WORDS.has(foldCase(bare(w))) || TITLES.has(foldCase(bare(w))))) continue;
    const first = words
      .slice(0, -1)
      .map((w) => w.text)
      .join(' ');
    const lastToken = words[words.length - 1]!;
    const last = bare(lastToken);
    candidates.push({
      start: words[0]!.start,
      end: lastToken.start + last.length,
      from,
      to: j + 1,
      pairs: [{ first, last, score: 1 }],
    });
    for (let k = from; k <= j; k++) taken[k] = true;
  }
  const lastNames = new Set([...candidates.map((c) => foldCase(c.pairs[0]?.last ?? '')), ...known.map((k) => foldCase(k.last))]);
  for (let i = 0; i < tokens.length; i++) {
    if (!cap(i)) continue;
    const t = tokens[i]!;
    const last = bare(t);
    if (!lastNames.has(foldCase(last))) continue;
    candidates.push({ start: t.start, end: t.start + last.length, from: i, to: i + 1, pairs: [{ first: null, last, score: 1 }] });
    taken[i] = true;
  }
  candidates.sort((a, b) => a.start - b.start);
  return groupMentions(candidates, known);
}
