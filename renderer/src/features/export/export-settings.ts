/**
 * The export dialog's choices, remembered between uses in this browser profile's local
 * storage (per machine, like the window size). Reading tolerates anything stored there: an
 * unknown or damaged value falls back to the default for that field, never an exception.
 */
import { EXPORT_FORMATS, PAGE_SIZES, type ExportFormat, type PageSize } from '../../../../core/export/formats.ts';

/** Where an export goes: a folder on the backend's disk, or a browser download (web mode). */
export type ExportDestination = 'folder' | 'download';

/** The remembered choices. `used` is true once an export was made with them (Ctrl+E repeats it). */
export interface ExportSettings {
  readonly format: ExportFormat;
  readonly destination: ExportDestination;
  /** The folder; empty means the documents folder. */
  readonly dir: string;
  readonly pageSize: PageSize;
  readonly used: boolean;
}

/** The storage key. */
export const EXPORT_SETTINGS_KEY = 'copydesk.export.settings';

/** The choices before the first export. */
export const DEFAULT_EXPORT_SETTINGS: ExportSettings = { format: 'html', destination: 'folder', dir: '', pageSize: 'A4', used: false };

function pick<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** Reads the remembered settings from `storage`. */
export function loadExportSettings(storage: Pick<Storage, 'getItem'> | undefined): ExportSettings {
  let raw: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(EXPORT_SETTINGS_KEY) ?? '{}');
    if (parsed && typeof parsed === 'object') raw = parsed as Record<string, unknown>;
  } catch {
    // Damaged settings are as good as none.
  }
  const d = DEFAULT_EXPORT_SETTINGS;
  return {
    format: pick(raw.format, EXPORT_FORMATS, d.format),
    destination: pick(raw.destination, ['folder', 'download'] as const, d.destination),
    dir: typeof raw.dir === 'string' && raw.dir.length <= 4_096 ? raw.dir : d.dir,
    pageSize: pick(raw.pageSize, PAGE_SIZES, d.pageSize),
    used: raw.used === true,
  };
}

/** Remembers `settings`; a full or disabled storage only means they are not remembered. */
export function saveExportSettings(storage: Pick<Storage, 'setItem'> | undefined, settings: ExportSettings): void {
  try {
    storage?.setItem(EXPORT_SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // Private mode or quota: the export itself still happens.
  }
}
