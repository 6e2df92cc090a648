/**
 * Version history: a snapshot (native JSON) of a document at every save, kept in the
 * user-data folder under `versions/<hash of the document's absolute path>/`.
 *
 * Each snapshot's facts live in its file name — `<ms>_<size>_<delta>_<revision16>.json` —
 * so listing is one `readdir` and there is no index that a crash could leave out of step
 * with the snapshots. History thins out with age (`core/history/thinning.ts`), and at most
 * `limit` snapshots are kept per document; the oldest go first.
 */
import { mkdir, readdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { VersionInfo } from '../../core/api/documents.ts';
import type { Article } from '../../core/article/model.ts';
import { parseNativeDocument, serializeNativeDocument } from '../../core/article/native.ts';
import { articleTextLength } from '../../core/history/text-size.ts';
import { versionsToKeep } from '../../core/history/thinning.ts';
import { atomicWrite } from '../util/atomic-write.ts';
import { revisionOf } from './revision.ts';

/** Snapshots kept per document by default. */
export const DEFAULT_VERSION_LIMIT = 100;

const ID_PATTERN = /^(\d{1,15})_(\d{1,12})_(-?\d{1,12})_([0-9a-f]{16})$/;
const EXTENSION = '.json';

/** A snapshot's facts, decoded from its id. */
export interface VersionRecord extends VersionInfo {
  /** The first 16 hex digits of the saved file's revision. */
  readonly revisionPrefix: string;
  readonly time: number;
}

/** Decodes a version id; null for anything that is not one (so ids can never name other files). */
export function parseVersionId(id: string): VersionRecord | null {
  const match = ID_PATTERN.exec(id);
  if (!match) return null;
  const time = Number(match[1]);
  return {
    id,
    time,
    savedAt: new Date(time).toISOString(),
    size: Number(match[2]),
    sizeDelta: Number(match[3]),
    revisionPrefix: match[4] as string,
  };
}

/** The version history of every document, under one folder. */
export class VersionStore {
  constructor(
    private readonly root: string,
    private readonly limit = DEFAULT_VERSION_LIMIT,
  ) {}

  /** The folder holding `documentPath`'s snapshots. */
  folderFor(documentPath: string): string {
    return join(this.root, revisionOf(documentPath).slice(0, 32));
  }

  /** The snapshots of `documentPath`, newest first; none for a document never saved. */
  async list(documentPath: string): Promise<VersionRecord[]> {
    let names: string[];
    try {
      names = await readdir(this.folderFor(documentPath));
    } catch (error) {
      if ((error as NodeJS.ErrnoException)?.code === 'ENOENT') return [];
      throw error;
    }
    const records = names
      .filter((name) => name.endsWith(EXTENSION))
      .map((name) => parseVersionId(name.slice(0, -EXTENSION.length)))
      .filter((record): record is VersionRecord => record !== null)
      .sort((a, b) => b.time - a.time);
    // The change a version made is against the version listed before it: after thinning
    // that is not the save its id was written after.
    return records.map((record, i) => {
      const older = records[i + 1];
      return older ? { ...record, sizeDelta: record.size - older.size } : record;
    });
  }

  /** One snapshot's article, or null when there is no such snapshot (pruned, or a bad id). */
  async read(documentPath: string, id: string): Promise<Article | null> {
    if (!parseVersionId(id)) return null;
    let text: string;
    try {
      text = await readFile(join(this.folderFor(documentPath), id + EXTENSION), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException)?.code === 'ENOENT') return null;
      throw error;
    }
    return parseNativeDocument(text);
  }

  /**
   * Keeps `article` as the newest snapshot of `documentPath`, saved with `revision`. Returns
   * the existing newest record instead when it already holds that revision (saving unchanged
   * text twice keeps one version). Thins out older snapshots and prunes beyond the limit.
   */
  async add(documentPath: string, article: Article, revision: string, now = new Date()): Promise<VersionRecord> {
    const folder = this.folderFor(documentPath);
    const existing = await this.list(documentPath);
    const newest = existing[0];
    if (newest && revision.startsWith(newest.revisionPrefix)) return newest;
    if (!newest) {
      await mkdir(folder, { recursive: true });
      // Names the document for whoever looks into the folder; never read back by the app.
      await writeFile(join(folder, 'document.txt'), `${documentPath}\n`).catch(() => undefined);
    }
    const size = articleTextLength(article);
    // Ids sort by time; a clock that stepped back or two saves in one millisecond must not reorder them.
    const time = Math.max(now.getTime(), (newest?.time ?? 0) + 1);
    const id = `${time}_${size}_${size - (newest?.size ?? 0)}_${revision.slice(0, 16)}`;
    await atomicWrite(join(folder, id + EXTENSION), serializeNativeDocument(article));
    const record = parseVersionId(id) as VersionRecord;
    const keep = new Set(versionsToKeep([record, ...existing], now.getTime(), this.limit));
    for (const old of existing) {
      if (!keep.has(old.id)) await unlink(join(folder, old.id + EXTENSION)).catch(() => undefined);
    }
    return record;
  }
}
