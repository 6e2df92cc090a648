/**
 * Dateline recognition for agency copy: "Астана. 28 февраля. КазТАГ – lead text".
 *
 * A dateline is PLACE, a separator, DATE, a separator, AGENCY, then a dash that opens the
 * lead. The place starts with a capital letter and is short; the date is a day and a month
 * name. The issue on importers generalizes this to more agency styles.
 */
import type { Dateline } from '../article/model.ts';

/** A recognised dateline and the lead text that follows its dash. */
export interface DatelineMatch {
  readonly dateline: Dateline;
  readonly lead: string;
}

const PLACE = String.raw`(?<place>[\p{Lu}][\p{L}\-]*(?:[ \-][\p{L}][\p{L}\-]*){0,3})`;
const DATE = String.raw`(?<date>\d{1,2}\s+\p{L}{3,}\.?(?:\s+\d{4}(?:\s*(?:г\.|года))?)?)`;
const AGENCY = String.raw`(?<agency>[^\s–—-][^–—]{0,40}?)`;
const DASH = String.raw`\s+[–—-]+\s+`;

const DATELINE_PATTERN = new RegExp(
  String.raw`^${PLACE}\s*[.,]\s+${DATE}\s*[.,]\s+${AGENCY}${DASH}(?<lead>.*)$`,
  'su',
);

/** Matches a dateline at the start of a paragraph, or returns null. */
export function matchDateline(paragraphText: string): DatelineMatch | null {
  const match = DATELINE_PATTERN.exec(paragraphText);
  const groups = match?.groups;
  if (!match || !groups) return null;
  const place = (groups.place ?? '').trim();
  const date = (groups.date ?? '').trim();
  const agency = (groups.agency ?? '').trim();
  const dashIndex = paragraphText.length - (groups.lead ?? '').length;
  const head = paragraphText.slice(0, dashIndex).replace(/\s+[–—-]+\s+$/u, '');
  return {
    dateline: { text: head.trim(), place, date, ...(agency ? { agency } : {}) },
    lead: (groups.lead ?? '').trim(),
  };
}
