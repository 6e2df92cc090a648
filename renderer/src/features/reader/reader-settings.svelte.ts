/**
 * Reading mode's typography settings: text size and colour theme, remembered in this
 * browser profile between sessions. Values read back are checked, so a stale or edited
 * stored value falls back to the defaults instead of breaking the view.
 */

/** The colour themes of reading mode. */
export const READER_THEMES = ['light', 'dark', 'sepia'] as const;
/** A colour theme of reading mode. */
export type ReaderTheme = (typeof READER_THEMES)[number];

/** The text sizes offered, in pixels; the default is the middle one. */
export const READER_SIZES = [15, 17, 19, 21, 24, 28] as const;
const DEFAULT_SIZE_INDEX = 2;
const STORAGE_KEY = 'copydesk.reader';

/** Reactive reading-mode settings. */
export class ReaderSettings {
  sizeIndex = $state(DEFAULT_SIZE_INDEX);
  theme = $state<ReaderTheme>('light');

  constructor(private readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null = globalThis.localStorage ?? null) {
    try {
      const saved = JSON.parse(storage?.getItem(STORAGE_KEY) ?? '{}') as { sizeIndex?: unknown; theme?: unknown };
      if (typeof saved.sizeIndex === 'number' && saved.sizeIndex >= 0 && saved.sizeIndex < READER_SIZES.length)
        this.sizeIndex = Math.trunc(saved.sizeIndex);
      if (READER_THEMES.includes(saved.theme as ReaderTheme)) this.theme = saved.theme as ReaderTheme;
    } catch {
      // Unreadable settings: keep the defaults.
    }
  }

  /** The body text size in pixels. */
  get size(): number {
    return READER_SIZES[this.sizeIndex] ?? READER_SIZES[DEFAULT_SIZE_INDEX];
  }

  /** Makes the text one step larger (1) or smaller (-1), within the offered sizes. */
  resize(step: 1 | -1): void {
    this.sizeIndex = Math.max(0, Math.min(READER_SIZES.length - 1, this.sizeIndex + step));
    this.save();
  }

  /** Switches the colour theme. */
  setTheme(theme: ReaderTheme): void {
    this.theme = theme;
    this.save();
  }

  private save(): void {
    try {
      this.storage?.setItem(STORAGE_KEY, JSON.stringify({ sizeIndex: this.sizeIndex, theme: this.theme }));
    } catch {
      // Storage full or disabled: the setting still applies for this session.
    }
  }
}
