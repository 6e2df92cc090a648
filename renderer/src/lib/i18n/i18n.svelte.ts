/**
 * The UI language as reactive state: follows the system language at start (Russian for any
 * `ru*` locale, else English) and can be switched; `t` reads the current table.
 */
import { MESSAGES, type MessageKey, type UiLanguage } from './messages.ts';

/** Picks the UI language for a list of preferred locales. */
export function pickUiLanguage(locales: readonly string[]): UiLanguage {
  return locales.some((l) => l.toLowerCase().startsWith('ru')) ? 'ru' : 'en';
}

/** The reactive UI language. */
class I18n {
  language = $state<UiLanguage>(pickUiLanguage(typeof navigator === 'undefined' ? [] : navigator.languages));

  /** The message for `key` in the current language. */
  t = (key: MessageKey): string => MESSAGES[this.language][key];
}

/** The app's one i18n state. */
export const i18n = new I18n();
