/**
 * Regnal numbers: "Абдалла II", "с королём Карлом III" — a Roman numeral right after a
 * monarch's or pope's name belongs to the name, in the span and in the canonical form. The
 * numeral never declines (it is read as an ordinal: "Карлом Третьим"), so the name before it
 * keeps its own case reading and the numeral is appended to the nominative unchanged.
 */

import type { NamePair, PersonMentionCandidate } from './person-groups.ts';
import type { Token } from './text.ts';

/** A Roman numeral a monarch may carry (I … XXXIX), Latin capitals only. */
const ROMAN = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/u;
const SPACES_ONLY = /^[ \u00a0]+$/u;

/** The candidates with a following regnal number joined to their span and name. */
export function attachRegnalNumbers(candidates: readonly PersonMentionCandidate[], tokens: readonly Token[]): PersonMentionCandidate[] {
  return candidates.map((c) => {
    const numeral = tokens[c.to];
    if (!numeral || !ROMAN.test(numeral.text) || !SPACES_ONLY.test(numeral.gapBefore) || c.initials) return c;
    // "Абдалла II" alone names a person as fully as a first and last name do.
    const withNumber = (p: NamePair): NamePair =>
      p.last !== null
        ? { ...p, last: `${p.last} ${numeral.text}` }
        : { ...p, first: null, last: `${p.first ?? ''} ${numeral.text}`.trim() };
    return { ...c, end: numeral.end, to: c.to + 1, pairs: c.pairs.map(withNumber) };
  });
}
