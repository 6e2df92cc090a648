/**
 * The UI language as reactive state: follows the system language at start (Russian for any
 * `ru*` locale, else English) and can be switched; `t` reads the current table.
 */
import { pickUiLanguage, type UiLanguage } from '../../../../core/i18n/ui-language.ts';
import { MESSAGES, type MessageKey } from './messages.ts';

export { pickUiLanguage };

/** The reactive UI language. */
class I18n {
  language = $state<UiLanguage>(pickUiLanguage(typeof navigator === 'undefined' ? [] : navigator.languages));

  /** The message for `key` in the current language. */
  t = (key: MessageKey): string => MESSAGES[this.language][key];
}

/** The app's one i18n state. */
export const i18n = new I18n();
