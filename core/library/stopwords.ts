/**
 * Function words left out of the full-text index. They occur in nearly every article, so
 * they cannot narrow a search, yet each would cost one index entry per article. Phrase
 * queries still check them against the text, so "talks on sanctions" keeps its "on".
 */

/** Russian and English function words, case-folded, "ё" spelt "е". */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'и в во на с со по о об от до за из к ко у а но же ли бы не ни что как это то так для при над под про без через или ' +
    'его ее их он она оно они мы вы я ты был была было были быть будет также уже еще только этот эта эти этом этой который которая которые которых ' +
    'the a an of and or in on at to for with by from as is are was were be been it its this that these those not but'
  ).split(' '),
);

/** True when the folded word is a function word. */
export function isStopword(folded: string): boolean {
  return STOPWORDS.has(folded);
}
