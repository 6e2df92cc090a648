/**
 * Dateline recognition for agency copy in Russian, Kazakh and English:
 *
 *   Астана. 28 февраля. КазТАГ – lead            place. date. agency –
 *   Астана, 28 ақпан. ҚазАқпарат – lead          (Kazakh month names)
 *   АЛМАТЫ, 3 марта – Kazinform – lead           place, date – agency –
 *   ALMATY, Feb 28 (Reuters) - lead              place, date (agency) -
 *   GROSSETO, Italy (AP) -- lead                 PLACE, region (agency) --
 *   Астана. 28 февраля – lead                    no agency
 *
 * A date may carry a year ("28 февраля 2023 года", "Feb 28, 2023") and a weekday before or
 * after it ("вторник, 28 февраля", "Tuesday, Feb 28"). Month and weekday names come from
 * fixed lists, so an ordinary sentence that starts with a number and a word is not taken
 * for a dateline; an agency must look like a name (no lower-case words).
 */
import type { Dateline } from '../article/model.ts';

/** A recognised dateline and the lead text that follows its dash. */
export interface DatelineMatch {
  readonly dateline: Dateline;
  readonly lead: string;
}

const MONTH_NAMES = [
  // Russian, genitive and nominative.
  'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря',
  'январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь',
  // Kazakh.
  'қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан',
  // English, full and abbreviated.
  'January|February|March|April|May|June|July|August|September|October|November|December',
  'Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?',
];

const WEEKDAY_NAMES = [
  'понедельник|вторник|среда|среду|четверг|пятница|пятницу|суббота|субботу|воскресенье',
  'дүйсенбі|сейсенбі|сәрсенбі|бейсенбі|жұма|сенбі|жексенбі',
  'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon\\.?|Tue\\.?|Tues\\.?|Wed\\.?|Thu\\.?|Thurs\\.?|Fri\\.?|Sat\\.?|Sun\\.?',
];

/**
 * An alternation of `names` as written in lower case, capitalised and in capitals ("МАРТА"
 * in an all-capitals dateline). Patterns are case-sensitive so that `\p{Lu}` keeps meaning
 * "a capital letter".
 */
function anyCase(groups: readonly string[]): string {
  const names = groups.flatMap((group) => group.split('|'));
  const variants = names.flatMap((name) => [
    name.toLowerCase(),
    name.charAt(0).toUpperCase() + name.slice(1).toLowerCase(),
    name.toUpperCase(),
  ]);
  return [...new Set(variants)].join('|');
}

const MONTHS = anyCase(MONTH_NAMES);
const WEEKDAYS = anyCase(WEEKDAY_NAMES);

const WEEKDAY = String.raw`(?:${WEEKDAYS})`;
const DAY_MONTH = String.raw`(?:\d{1,2}\s+(?:${MONTHS})|(?:${MONTHS})\s+\d{1,2})`;
const YEAR = String.raw`\d{4}(?:\s*(?:г\.|года|год|жылы|ж\.))?`;
const DATE = String.raw`(?<date>(?:${WEEKDAY},?\s+)?${DAY_MONTH}(?:,?\s+${YEAR})?(?:,\s*${WEEKDAY})?)`;
const PLACE = String.raw`(?<place>[\p{Lu}][\p{L}’'\-]*(?:[ \-/][\p{L}][\p{L}’'\-]*){0,3})`;
const AGENCY = String.raw`(?<agency>[^\s–—\-()][^–—()]{0,40}?)`;
const DASH = String.raw`\s+(?:[–—]|-{1,2})\s+`;
const SEP = String.raw`\s*[.,]\s+`;

/** The dateline shapes, tried in order; each captures place, date, agency and lead. */
const PATTERNS: readonly RegExp[] = [
  // Астана. 28 февраля. КазТАГ – lead
  String.raw`^${PLACE}${SEP}${DATE}\.?${SEP}${AGENCY}${DASH}(?<lead>.*)$`,
  // ALMATY, Feb 28 (Reuters) - lead
  String.raw`^${PLACE}${SEP}${DATE}\s+\((?<agency>[^()]{1,40})\)${DASH}(?<lead>.*)$`,
  // АЛМАТЫ, 3 марта – Kazinform – lead
  String.raw`^${PLACE}${SEP}${DATE}\.?${DASH}${AGENCY}${DASH}(?<lead>.*)$`,
  // Астана. 28 февраля – lead
  String.raw`^${PLACE}${SEP}${DATE}\.?${DASH}(?<lead>.*)$`,
].map((source) => new RegExp(source, 'su'));

/** GROSSETO, Italy (AP) -- lead: a capitalised place, an optional region, no date. */
const UNDATED =
  /^(?<place>\p{Lu}[\p{Lu}’'\- ]{1,40}?)(?:,\s+(?<region>\p{Lu}[\p{L}.’' ]{1,40}?))?\s+\((?<agency>[^()]{1,40})\)\s+(?:[–—]|-{1,2})\s+(?<lead>.*)$/su;

/** True when `agency` looks like an agency name: short, and no word of it starts in lower case. */
function looksLikeAgency(agency: string): boolean {
  const words = agency.trim().split(/\s+/u);
  if (words.length === 0 || words.length > 4) return false;
  // Domain-style names ("tengrinews.kz") are written in lower case.
  return words.every((word) => !/^\p{Ll}/u.test(word) || word.includes('.'));
}

/** The text before the dash that opens the lead, trimmed. */
function headOf(paragraphText: string, lead: string): string {
  const dashIndex = paragraphText.length - lead.length;
  return paragraphText
    .slice(0, dashIndex)
    .replace(/\s+(?:[–—]|-{1,2})\s*$/u, '')
    .trim();
}

/** Matches a dateline at the start of a paragraph, or returns null. */
export function matchDateline(paragraphText: string): DatelineMatch | null {
  // A dateline is short: only its first 160 characters can hold one.
  if (!/^\p{Lu}/u.test(paragraphText)) return null;
  for (const pattern of PATTERNS) {
    const groups = pattern.exec(paragraphText)?.groups;
    if (!groups) continue;
    const agency = (groups.agency ?? '').trim();
    if (agency && !looksLikeAgency(agency)) continue;
    const lead = groups.lead ?? '';
    const text = headOf(paragraphText, lead);
    if (text.length > 160) continue;
    return {
      dateline: { text, place: (groups.place ?? '').trim(), date: (groups.date ?? '').trim(), ...(agency ? { agency } : {}) },
      lead: lead.trim(),
    };
  }
  const undated = UNDATED.exec(paragraphText)?.groups;
  if (undated && looksLikeAgency(undated.agency ?? '')) {
    const lead = undated.lead ?? '';
    const place = [undated.place, undated.region].filter(Boolean).join(', ').trim();
    return { dateline: { text: headOf(paragraphText, lead), place, date: '', agency: (undated.agency ?? '').trim() }, lead: lead.trim() };
  }
  return null;
}
