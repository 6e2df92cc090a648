/**
 * The crash journal: the unsaved text of each open document, one file per document key in
 * the user-data folder, written atomically and fsynced so it survives the backend being
 * killed and the machine losing power. An entry stays until the editor discards it (after
 * saving, discarding or restoring), so whatever is left at start-up is what a crash lost.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { JournalEntry } from '../../core/api/documents.ts';
import { articleSchema } from '../../core/article/schema.ts';
import type { Article } from '../../core/article/model.ts';
import { atomicWrite, isAtomicTempName, type AtomicWriteFs } from '../util/atomic-write.ts';
import { revisionOf } from './revision.ts';
import { applyJournalPatch, JournalPatchRefused, type JournalPatch } from './journal-patch.ts';

const FORMAT = 'copydesk-journal';
const VERSION = 1;
/** Patch bases kept in memory: one per open document is the need; closed ones age out. */
const MAX_BASES = 32;
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

/** An incremental write: `patch` applied to the article of the key's write `base`. */
export interface JournalPatchInput extends JournalPatch {
  readonly key: string;
  readonly base: string;
  readonly path?: string | undefined;
  readonly name: string;
  readonly baseRevision?: string | null | undefined;
}

/** The last accepted write of a key, held in memory as the base of the next patch. */
interface JournalBase {
  readonly id: string;
  readonly article: Article;
}

/**
 * Journal entries under one folder. Writes and discards of one key run in the order they
 * were called, so a late write can never resurrect an entry discarded after it.
 */
export class CrashJournal {
  private readonly queues = new Map<string, Promise<unknown>>();
  /** Hash of what was last written per key: rewriting identical text costs nothing. */
  private readonly written = new Map<string, string>();
  /**
   * The last accepted write per key: the article a writer that holds its id last sent. Dropped
   * when a write of the key fails. Kept when the entry is discarded (after a save, the editor's
   * next write is a patch on what it last sent, not the whole article again); at most
   * MAX_BASES are kept, the least recently written going first.
   */
  private readonly bases = new Map<string, JournalBase>();

  constructor(
    private readonly folder: string,
    private readonly fs?: AtomicWriteFs,
  ) {}

  /**
   * Stores `input` as the key's entry, replacing the previous one; durable when it resolves
   * with the write's id (the base of the next `patch`).
   */
  write(input: JournalInput, now = new Date()): Promise<string> {
    return this.serial(input.key, () => this.store(input, now));
  }

  /**
   * Stores the key's last accepted article with `input`'s patch applied, as a whole entry
   * (the same file a full write makes). Rejects with JournalPatchRefused, writing nothing,
   * when `input.base` is not the id of the key's last accepted write or the patch does not
   * make a valid article.
   */
  patch(input: JournalPatchInput, now = new Date()): Promise<string> {
    return this.serial(input.key, async () => {
      const base = this.bases.get(input.key);
      if (!base || base.id !== input.base) {
        throw new JournalPatchRefused('stale-base', 'the recovery copy this change builds on is gone or was replaced');
      }
      const article = applyJournalPatch(base.article, input);
      const { key, path, name, baseRevision } = input;
      return this.store({ key, path, name, baseRevision, article }, now);
    });
  }

  private async store(input: JournalInput, now: Date): Promise<string> {
    const content = {
        key: input.key,
        ...(input.path === undefined ? {} : { path: input.path }),
        name: input.name,
        ...(input.baseRevision === undefined ? {} : { baseRevision: input.baseRevision }),
        article: input.article,
      };
    const fingerprint = revisionOf(JSON.stringify(content));
    const previous = this.bases.get(input.key);
    if (previous && this.written.get(input.key) === fingerprint) return previous.id;
    const text = JSON.stringify({ format: FORMAT, version: VERSION, savedAt: now.toISOString(), ...content });
    // Forgotten before the write: a writer told that its write failed starts again with a
    // full one, and the journal must not accept a patch built on anything else meanwhile.
    this.bases.delete(input.key);
    this.written.delete(input.key);
    await mkdir(this.folder, { recursive: true });
    await atomicWrite(this.fileFor(input.key), text, this.fs);
    this.written.set(input.key, fingerprint);
    const id = randomUUID();
    this.bases.set(input.key, { id, article: input.article });
    for (const key of this.bases.keys()) {
      if (this.bases.size <= MAX_BASES) break;
      this.bases.delete(key);
    }
    return id;
  }

  /**
   * The article of the key's write `id`, once the key's earlier writes have finished; undefined
   * when `id` is not the key's last accepted write.
   */
  articleOf(key: string, id: string): Promise<Article | undefined> {
    return this.serial(key, async () => {
      const base = this.bases.get(key);
      return base && base.id === id ? base.article : undefined;
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

  private serial<T>(key: string, task: () => Promise<T>): Promise<T> {
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
