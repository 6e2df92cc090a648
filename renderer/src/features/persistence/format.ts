/**
 * How the persistence views word times and sizes, in the UI language. Pure functions of
 * their arguments, so a list re-renders the same text for the same data.
 */
import type { UiLanguage } from '../../lib/i18n/messages.ts';

/** A saved-at time: date and time to the second (saves can be seconds apart). */
export function formatSavedAt(iso: string, language: UiLanguage): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' }).format(date);
}

/** A size change with its sign: "+120", "−35" (a real minus sign), "±0". */
export function formatDelta(delta: number, language: UiLanguage): string {
  const magnitude = new Intl.NumberFormat(language).format(Math.abs(delta));
  if (delta > 0) return `+${magnitude}`;
  if (delta < 0) return `\u2212${magnitude}`;
  return `\u00b10`;
}

/** A count in the UI language's digit grouping. */
export function formatCount(count: number, language: UiLanguage): string {
  return new Intl.NumberFormat(language).format(count);
}

/** Fills `{name}`-style placeholders of a UI message. */
export function fill(message: string, values: Readonly<Record<string, string | number>>): string {
  return message.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
