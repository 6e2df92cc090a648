/**
 * The export dialog's remembered choices, kept as JSON in the user-data folder so that they
 * survive a browser profile reset and are shared by the desktop app and web mode on one
 * machine. A missing or damaged file reads as "nothing remembered", never an exception.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { exportSettingsSchema, type StoredExportSettings } from '../../core/api/export.ts';
import { atomicWrite } from '../util/atomic-write.ts';

/** The file name of the settings inside the user-data folder. */
export const EXPORT_SETTINGS_FILE = 'export-settings.json';

/** Reads and replaces the settings file at `file`. */
export class ExportSettingsStore {
  constructor(private readonly file: string) {}

  /** The stored settings, or null when none (or only damaged ones) are stored. */
  async read(): Promise<StoredExportSettings | null> {
    try {
      const parsed = exportSettingsSchema.safeParse(JSON.parse(await readFile(this.file, 'utf8')));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  /** Replaces the stored settings atomically (a crash leaves the old file or the new one). */
  async write(settings: StoredExportSettings): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true });
    await atomicWrite(this.file, `${JSON.stringify(settings, null, 2)}\n`);
  }
}
