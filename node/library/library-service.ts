/**
 * The library of one documents folder: loads the persisted index, brings it up to date with
 * the folder in the background, keeps it current from a file watcher, and answers searches.
 *
 * Indexing never holds the event loop for long: files are read asynchronously and the loop
 * yields (`setImmediate`) between small batches, so API calls are served while a large
 * library is being indexed; searches answer from whatever is indexed so far.
 */
import { readFile, stat, unlink } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { LibraryArticle, LibraryPhase, LibrarySearchResult, LibraryStatus, SuggestedTags } from '../../core/api/library.ts';
import { ApiFailure } from '../../core/api/result.ts';
import type { Article } from '../../core/article/model.ts';
import { errorRecord, recordFromArticle, type LibraryFile } from '../../core/library/record.ts';
import { LibraryIndex, type LibraryQuery } from '../../core/library/search-index.ts';
import { openDocumentFile } from '../documents/open-document.ts';
import { describeFsError } from '../documents/read-document-file.ts';
import { writeFileInChunks } from './index-file.ts';
import { forEachLimited, INDEX_FILE_NAME, isLibraryPath, LEGACY_INDEX_FILE_NAME, libraryExtensions, scanLibrary } from './scan.ts';
import { watchLibrary, type LibraryWatcher } from './watch.ts';

/** Options of a library service. */
export interface LibraryServiceOptions {
  /** The library folder (absolute). */
  readonly root: string;
  /** Where the index is persisted; default `.copydesk-index.bin` in the folder. */
  readonly indexFile?: string;
  /** Watch the folder for changes by other programs (default true). */
  readonly watch?: boolean;
  /** Quiet time before a burst of file events is applied (default 200 ms). */
  readonly debounceMs?: number;
  /** Delay before a changed index is written (default 1500 ms). */
  readonly persistDelayMs?: number;
  /** Tag suggestions for reading an article that has no confirmed tags. */
  readonly suggest?: (article: Article) => Promise<SuggestedTags | undefined>;
}

// A batch is read concurrently, indexed, then the loop yields: about 30 ms of work at most.
const BATCH_FILES = 32;
const READ_CONCURRENCY = 8;

/** The library of one folder. Create with `start`, stop with `close`. */
export class LibraryService {
  private index: LibraryIndex;
  private phase: LibraryPhase = 'starting';
  private done = 0;
  private total = 0;
  private revision = 0;
  private problem: string | undefined;
  private watcher: LibraryWatcher | undefined;
  private queue: Promise<void> = Promise.resolve();
  private readonly pending = new Set<string>();
  private readonly pendingFolders = new Set<string>();
  private flushTimer: NodeJS.Timeout | undefined;
  private persistTimer: NodeJS.Timeout | undefined;
  private dirty = false;
  private closed = false;
  private readonly indexFile: string;
  private readonly signature: string;
  private readonly initial: Promise<void>;

  private constructor(private readonly options: LibraryServiceOptions) {
    this.indexFile = options.indexFile ?? join(options.root, INDEX_FILE_NAME);
    this.signature = libraryExtensions().sort().join(',');
    this.index = new LibraryIndex(this.signature);
    this.initial = this.enqueue(() => this.bringUpToDate());
  }

  /** Starts a library over `options.root`; indexing continues in the background. */
  static start(options: LibraryServiceOptions): LibraryService {
    return new LibraryService(options);
  }

  /** Resolves when the first load and indexing pass has finished (successfully or not). */
  ready(): Promise<void> {
    return this.initial;
  }

  /** Resolves when every file event received so far has been applied. */
  async settle(): Promise<void> {
    await this.initial;
    if (this.flushTimer) {
      clearTimeout(this.flushTimer);
      this.flushTimer = undefined;
      void this.enqueue(() => this.applyPending());
    }
    await this.queue;
  }

  /** Progress, size and revision. */
  status(): LibraryStatus {
    return {
      phase: this.phase,
      done: this.done,
      total: this.total,
      count: this.index.size,
      errors: this.index.errorCount,
      revision: this.revision,
      folder: this.options.root,
      ...(this.problem ? { problem: this.problem } : {}),
    };
  }

  /** Searches what is indexed so far. */
  search(query: LibraryQuery): LibrarySearchResult {
    return { ...this.index.search(query), status: this.status() };
  }

  /** Reads the article at library path `path` for reading mode. */
  async article(path: string): Promise<LibraryArticle> {
    const absolute = this.resolveInside(path);
    const article = await openDocumentFile(absolute, { displayName: path });
    let modified: string;
    try {
      modified = (await stat(absolute)).mtime.toISOString();
    } catch (error) {
      throw new ApiFailure('io', `${path}: ${describeFsError(error)}`);
    }
    const name = path.slice(path.lastIndexOf('/') + 1);
    const hasTags = article.entities.length > 0;
    const suggestions = !hasTags && this.options.suggest ? await this.options.suggest(article) : undefined;
    const found = suggestions && (suggestions.people.length > 0 || suggestions.countries.length > 0);
    return { path, name, article, modified, ...(found ? { suggestions } : {}) };
  }

  /** Stops watching and writes the index if it changed. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.flushTimer);
    clearTimeout(this.persistTimer);
    await this.watcher?.close();
    await this.queue.catch(() => undefined);
    if (this.dirty) await this.persist();
  }

  private resolveInside(path: string): string {
    const root = resolve(this.options.root);
    const absolute = resolve(root, ...path.split('/'));
    if (!absolute.startsWith(root + sep) || !isLibraryPath(path))
      throw new ApiFailure('not-found', `${path}: not an article of the library`);
    return absolute;
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Loads the persisted index, starts the watcher, and indexes what changed meanwhile. */
  private async bringUpToDate(): Promise<void> {
    this.phase = 'loading';
    await this.loadSnapshot();
    if (this.options.watch !== false && !this.closed) {
      try {
        this.watcher = watchLibrary(this.options.root, {
          onFile: (path) => this.noteChange(path),
          onFolderRemoved: (path) => this.noteFolderRemoved(path),
        });
      } catch (error) {
        this.problem = `the library folder cannot be watched: ${describeFsError(error)}`;
      }
    }
    let files: LibraryFile[];
    try {
      files = await scanLibrary(this.options.root);
    } catch (error) {
      this.phase = 'failed';
      this.problem = `the library folder cannot be read: ${describeFsError(error)}`;
      return;
    }
    const seen = new Set(files.map((f) => f.path));
    for (const record of [...this.index.records()]) if (!seen.has(record.path)) this.index.remove(record.path) && (this.dirty = true);
    const stale = files.filter((file) => {
      const record = this.index.get(file.path);
      return !record || record.mtimeMs !== file.mtimeMs || record.size !== file.size;
    });
    this.phase = 'indexing';
    this.total = stale.length;
    this.done = 0;
    this.revision++;
    for (let i = 0; i < stale.length && !this.closed; i += BATCH_FILES) {
      await this.indexFiles(stale.slice(i, i + BATCH_FILES));
      this.done = Math.min(stale.length, i + BATCH_FILES);
      this.revision++;
      await yieldToLoop();
    }
    this.index.prepare();
    this.phase = 'ready';
    this.revision++;
    if (this.dirty) this.schedulePersist(0);
  }

  private async loadSnapshot(): Promise<void> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.indexFile);
    } catch {
      return; // No index yet: everything gets indexed.
    }
    try {
      this.index = LibraryIndex.fromSnapshot(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), this.signature);
    } catch {
      // A damaged or outdated index (whatever the damage) is rebuilt from the files;
      // nothing else depends on it.
      this.index = new LibraryIndex(this.signature);
      this.dirty = true;
    }
  }

  private async indexFiles(files: readonly LibraryFile[]): Promise<void> {
    await forEachLimited(files, READ_CONCURRENCY, async (file) => {
      const absolute = join(this.options.root, ...file.path.split('/'));
      try {
        const article = await openDocumentFile(absolute, { displayName: file.path });
        this.index.upsert(recordFromArticle(file, article));
      } catch (error) {
        this.index.upsert(errorRecord(file, (error as Error)?.message ?? String(error)));
      }
      this.dirty = true;
    });
  }

  private noteChange(path: string): void {
    if (this.closed) return;
    this.pending.add(path);
    this.scheduleFlush();
  }

  private noteFolderRemoved(path: string): void {
    if (this.closed) return;
    this.pendingFolders.add(path);
    this.scheduleFlush();
  }

  private scheduleFlush(): void {
    clearTimeout(this.flushTimer);
    this.flushTimer = setTimeout(() => {
      this.flushTimer = undefined;
      void this.enqueue(() => this.applyPending());
    }, this.options.debounceMs ?? 200);
  }

  /** Applies queued file events: re-reads changed files, drops vanished ones. */
  private async applyPending(): Promise<void> {
    const folders = [...this.pendingFolders];
    const paths = [...this.pending];
    this.pendingFolders.clear();
    this.pending.clear();
    let changed = false;
    for (const folder of folders) if (this.index.removeFolder(folder) > 0) changed = true;
    const toIndex: LibraryFile[] = [];
    for (const path of paths) {
      try {
        const info = await stat(join(this.options.root, ...path.split('/')));
        const record = this.index.get(path);
        if (!info.isFile()) changed = this.index.remove(path) || changed;
        else if (!record || record.mtimeMs !== Math.trunc(info.mtimeMs) || record.size !== info.size) {
          toIndex.push({ path, mtimeMs: Math.trunc(info.mtimeMs), size: info.size });
        }
      } catch {
        changed = this.index.remove(path) || changed;
      }
    }
    for (let i = 0; i < toIndex.length; i += BATCH_FILES) {
      await this.indexFiles(toIndex.slice(i, i + BATCH_FILES));
      await yieldToLoop();
    }
    if (changed || toIndex.length > 0) {
      this.index.prepare();
      this.dirty = true;
      this.revision++;
      this.schedulePersist(this.options.persistDelayMs ?? 1500);
    }
  }

  private schedulePersist(delay: number): void {
    if (this.closed) return;
    clearTimeout(this.persistTimer);
    this.persistTimer = setTimeout(() => {
      this.persistTimer = undefined;
      void this.enqueue(() => this.persist());
    }, delay);
  }

  private async persist(): Promise<void> {
    if (!this.dirty) return;
    this.dirty = false;
    try {
      await writeFileInChunks(this.indexFile, this.index.snapshotChunks());
      if (this.problem?.startsWith('the index cannot be saved')) this.problem = undefined;
      if (this.options.indexFile === undefined) {
        // The JSON index of earlier versions is superseded; it would only take up space.
        await unlink(join(this.options.root, LEGACY_INDEX_FILE_NAME)).catch(() => undefined);
      }
    } catch (error) {
      // A read-only library still works; it is only indexed again at the next start.
      this.problem = `the index cannot be saved: ${describeFsError(error)}`;
    }
  }
}
