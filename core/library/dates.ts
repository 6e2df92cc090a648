/**
 * The day of an article, for sorting, grouping and date filters. Wire datelines name a day
 * and a month and usually no year ("28 февраля"); the year then comes from the article's
 * metadata or the file time, moved back a year when the result would lie in the future.
 */

const RUSSIAN_MONTHS = ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];
const ENGLISH_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The month number (1–12) of a Russian or English month name, or null. */
export function monthNumber(name: string): number | null {
  const word = name.toLowerCase().replace(/\.$/u, '');
  if (/^[a-z]+$/u.test(word)) {
    const index = word.length >= 3 ? ENGLISH_MONTHS.indexOf(word.slice(0, 3)) : -1;
    return index < 0 ? null : index + 1;
  }
  // "мая"/"май"/"маю" share "ма" with "марта": test "март" first by longest stem.
  const order = [...RUSSIAN_MONTHS.keys()].sort((a, b) => (RUSSIAN_MONTHS[b]?.length ?? 0) - (RUSSIAN_MONTHS[a]?.length ?? 0));
  for (const index of order) {
    const stem = RUSSIAN_MONTHS[index] as string;
    if (word.startsWith(stem) && (stem !== 'ма' || /^ма[йяею]$/u.test(word))) return index + 1;
  }
  return null;
}

/** "YYYY-MM-DD" of a date, or null when the parts do not make a real day. */
export function isoDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * The day a dateline date names ("28 февраля", "3 March 2024", "March 3, 2024"), or null.
 * `reference` (an ISO time) supplies a missing year: its year, or the one before when the
 * day would come more than a day after the reference.
 */
export function datelineDay(text: string, reference: string): string | null {
  const dayFirst = /(\d{1,2})\s+(\p{L}{3,}\.?)(?:\s+(\d{4}))?/u.exec(text);
  const monthFirst = /(\p{L}{3,}\.?)\s+(\d{1,2})(?:,?\s+(\d{4}))?/u.exec(text);
  let day: number;
  let month: number | null;
  let year: number | null;
  if (dayFirst) {
    day = Number(dayFirst[1]);
    month = monthNumber(dayFirst[2] ?? '');
    year = dayFirst[3] ? Number(dayFirst[3]) : null;
  } else if (monthFirst) {
    day = Number(monthFirst[2]);
    month = monthNumber(monthFirst[1] ?? '');
    year = monthFirst[3] ? Number(monthFirst[3]) : null;
  } else return null;
  if (month === null) return null;
  if (year !== null) return isoDay(year, month, day);
  const ref = reference.slice(0, 10);
  const refYear = Number(ref.slice(0, 4));
  if (!Number.isInteger(refYear)) return null;
  const sameYear = isoDay(refYear, month, day);
  if (sameYear === null) return isoDay(refYear - 1, month, day);
  const limit = new Date(Date.parse(`${ref}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return sameYear > limit ? isoDay(refYear - 1, month, day) : sameYear;
}
