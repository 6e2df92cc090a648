/**
 * User settings that outlive a session: autosave on/off and the UI language. Kept in the
 * renderer's localStorage (per app origin in Electron, per server origin in web mode); a
 * missing or unreadable value falls back to the default, never to an error.
 */
import { i18n } from '../i18n/i18n.svelte.ts';
import type { UiLanguage } from '../i18n/messages.ts';

const KEY = 'copydesk.settings';

interface Stored {
  readonly autosave?: boolean;
  readonly uiLanguage?: UiLanguage;
}

function load(storage: Storage | undefined): Stored {
  try {
    const value = JSON.parse(storage?.getItem(KEY) ?? '{}') as unknown;
    return typeof value === 'object' && value !== null ? (value as Stored) : {};
  } catch {
    return {};
  }
}

/** The persisted settings; changing a field saves it. Autosave is on unless turned off. */
export class Settings {
  #autosave = $state(true);

  constructor(private readonly storage: Storage | undefined = globalThis.localStorage) {
    const stored = load(storage);
    this.#autosave = stored.autosave !== false;
    if (stored.uiLanguage === 'en' || stored.uiLanguage === 'ru') i18n.language = stored.uiLanguage;
  }

  /** Whether edits are saved about a second after the last keystroke. */
  get autosave(): boolean {
    return this.#autosave;
  }

  set autosave(on: boolean) {
    this.#autosave = on;
    this.persist();
  }

  /** The UI language (also the live `i18n.language`). */
  get uiLanguage(): UiLanguage {
    return i18n.language;
  }

  set uiLanguage(language: UiLanguage) {
    i18n.language = language;
    this.persist();
  }

  private persist(): void {
    try {
      this.storage?.setItem(KEY, JSON.stringify({ autosave: this.#autosave, uiLanguage: i18n.language } satisfies Stored));
    } catch {
      // Storage full or disabled: the setting still applies for this session.
    }
  }
}
