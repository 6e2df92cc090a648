/**
 * The recently-opened-documents list, persisted as JSON in the user-data folder. A missing
 * or corrupt file reads as an empty list; the list never holds a path twice.
 */
import { readFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { RecentDocument } from '../../core/api/documents.ts';
import { atomicWrite } from '../util/atomic-write.ts';

const MAX_RECENT = 20;

/** Reads and updates the recent-documents file at `file`. */
export class RecentDocumentsStore {
  constructor(private readonly file: string) {}

  /** The list, newest first. */
  async list(): Promise<RecentDocument[]> {
    try {
      const value: unknown = JSON.parse(await readFile(this.file, 'utf8'));
      if (!Array.isArray(value)) return [];
      return value.filter(
        (v): v is RecentDocument =>
          typeof v === 'object' && v !== null && typeof v.path === 'string' && typeof v.name === 'string' && typeof v.openedAt === 'string',
      );
    } catch {
      return [];
    }
  }

  /** Moves `path` to the front of the list. */
  async touch(path: string, name: string, now = new Date()): Promise<void> {
    const list = (await this.list()).filter((r) => r.path !== path);
    list.unshift({ path, name, openedAt: now.toISOString() });
    await mkdir(dirname(this.file), { recursive: true });
    await atomicWrite(this.file, JSON.stringify(list.slice(0, MAX_RECENT), null, 2));
  }
}
