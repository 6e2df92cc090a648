/**
 * The export dialog's choices. They are remembered by the backend in the user-data folder
 * (`export.settings`); this browser profile's local storage is only read once, to carry over
 * choices remembered before the backend kept them. Reading tolerates anything stored: an
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

/** Reads the settings remembered in `storage` (before the backend kept them). */
export function loadExportSettings(storage: Pick<Storage, 'getItem'> | undefined): ExportSettings {
  try {
    return normalizeExportSettings(JSON.parse(storage?.getItem(EXPORT_SETTINGS_KEY) ?? '{}'));
  } catch {
    // Damaged settings are as good as none.
    return DEFAULT_EXPORT_SETTINGS;
  }
}

/** Settings from any stored value: each field that is missing or wrong takes its default. */
export function normalizeExportSettings(value: unknown): ExportSettings {
  const raw = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const d = DEFAULT_EXPORT_SETTINGS;
  return {
    format: pick(raw.format, EXPORT_FORMATS, d.format),
    destination: pick(raw.destination, ['folder', 'download'] as const, d.destination),
    dir: typeof raw.dir === 'string' && raw.dir.length <= 4_096 ? raw.dir : d.dir,
    pageSize: pick(raw.pageSize, PAGE_SIZES, d.pageSize),
    used: raw.used === true,
  };
}
