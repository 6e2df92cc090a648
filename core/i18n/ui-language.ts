/**
 * The UI languages: the renderer's message tables and the application menu each have every
 * one of them. Shared so the desktop menu and the window pick the same language at start.
 */

/** The UI languages, in the order settings list them. */
export const UI_LANGUAGES = ['en', 'ru'] as const;

/** A UI language. */
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Whether `value` is a UI language (for payloads from elsewhere). */
export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/** The UI language for a list of preferred locales: Russian for any `ru*` locale, else English. */
export function pickUiLanguage(locales: readonly string[]): UiLanguage {
  return locales.some((l) => l.toLowerCase().startsWith('ru')) ? 'ru' : 'en';
}
