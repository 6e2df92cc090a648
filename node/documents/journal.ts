/**
 * The crash journal: the unsaved text of each open document, one file per document key in
 * the user-data folder, written atomically and fsynced so it survives the backend being
 * killed and the machine losing power. An entry stays until the editor discards it (after
 * saving, discarding or restoring), so whatever is left at start-up is what a crash lost.
 */
import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { JournalEntry } from '../../core/api/documents.ts';
import { articleSchema } from '../../core/article/schema.ts';
import type { Article } from '../../core/article/model.ts';
import { atomicWrite, isAtomicTempName, type AtomicWriteFs } from '../util/atomic-write.ts';
import { revisionOf } from './revision.ts';

const FORMAT = 'copydesk-journal';
const VERSION = 1;
// A temporary file older than this is a leftover of a write that died, not one in progress.
const STALE_TEMP_MS = 60_000;

/** What the editor journals for one document. */
export interface JournalInput {
  readonly key: string;
  readonly path?: string | undefined;
  readonly name: string;
  readonly article: Article;
  readonly baseRevision?: string | null | undefined;
}

/**
 * Journal entries under one folder. Writes and discards of one key run in the order they
 * were called, so a late write can never resurrect an entry discarded after it.
 */
export class CrashJournal {
  private readonly queues = new Map<string, Promise<unknown>>();
  /** Hash of what was last written per key: rewriting identical text costs nothing. */
  private readonly written = new Map<string, string>();

  constructor(
    private readonly folder: string,
    private readonly fs?: AtomicWriteFs,
  ) {}

  /** Stores `input` as the key's entry, replacing the previous one; durable when it resolves. */
  write(input: JournalInput, now = new Date()): Promise<void> {
    return this.serial(input.key, async () => {
      const content = {
        key: input.key,
        ...(input.path === undefined ? {} : { path: input.path }),
        name: input.name,
        ...(input.baseRevision === undefined ? {} : { baseRevision: input.baseRevision }),
        article: input.article,
      };
      const fingerprint = revisionOf(JSON.stringify(content));
      if (this.written.get(input.key) === fingerprint) return;
      const text = JSON.stringify({ format: FORMAT, version: VERSION, savedAt: now.toISOString(), ...content });
      await mkdir(this.folder, { recursive: true });
      await atomicWrite(this.fileFor(input.key), text, this.fs);
      this.written.set(input.key, fingerprint);
    });
  }

  /** Every readable entry, newest first. Unreadable files are skipped, never deleted. */
  async list(): Promise<JournalEntry[]> {
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException)?.code === 'ENOENT') return [];
      throw error;
    }
    const entries: JournalEntry[] = [];
    for (const name of names) {
      if (isAtomicTempName(name)) {
        await this.removeIfStale(join(this.folder, name));
        continue;
      }
      if (!name.endsWith('.json')) continue;
      const entry = await readEntry(join(this.folder, name));
      if (entry) entries.push(entry);
    }
    return entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  /** Removes the key's entry; discarding an entry that is not there is not an error. */
  discard(key: string): Promise<void> {
    return this.serial(key, async () => {
      this.written.delete(key);
      try {
        await unlink(this.fileFor(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException)?.code !== 'ENOENT') throw error;
      }
    });
  }

  private fileFor(key: string): string {
    // Keys come from the renderer: hashing makes any key a safe, fixed-length file name.
    return join(this.folder, `${revisionOf(key).slice(0, 32)}.json`);
  }

  private serial(key: string, task: () => Promise<void>): Promise<void> {
    const previous = this.queues.get(key) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(task);
    this.queues.set(key, next);
    const forget = () => {
      if (this.queues.get(key) === next) this.queues.delete(key);
    };
    next.then(forget, forget);
    return next;
  }

  private async removeIfStale(path: string): Promise<void> {
    try {
      if (Date.now() - (await stat(path)).mtimeMs > STALE_TEMP_MS) await unlink(path);
    } catch {
      // Gone already, or a write finished with it: either way nothing to clean.
    }
  }
}

async function readEntry(file: string): Promise<JournalEntry | null> {
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return null;
  }
  if (value?.format !== FORMAT || typeof value.version !== 'number' || value.version > VERSION) return null;
  const { key, path, name, savedAt, baseRevision } = value;
  if (typeof key !== 'string' || typeof name !== 'string' || typeof savedAt !== 'string') return null;
  const article = articleSchema.safeParse(value.article);
  if (!article.success) return null;
  return {
    key,
    ...(typeof path === 'string' ? { path } : {}),
    name,
    savedAt,
    ...(typeof baseRevision === 'string' || baseRevision === null ? { baseRevision } : {}),
    article: article.data,
  };
}
