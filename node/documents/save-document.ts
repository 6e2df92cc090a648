/**
 * Saving an article in the native format: check where it goes, refuse to replace a file
 * another program changed since the editor's base revision, write atomically, keep a
 * version. Any failure leaves the file on disk as it was and throws an ApiFailure whose
 * message is one line naming the file and the cause.
 */
import { constants } from 'node:fs';
import { access, lstat, realpath, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { SavedDocument } from '../../core/api/documents.ts';
import { ApiFailure } from '../../core/api/result.ts';
import type { Article } from '../../core/article/model.ts';
import { serializeNativeDocument } from '../../core/article/native.ts';
import { nativeImporter } from '../../core/import/native.ts';
import { atomicWrite, type AtomicWriteFs } from '../util/atomic-write.ts';
import { importDocumentBytes } from './open-document.ts';
import { readDocumentFile } from './read-document-file.ts';
import { readRevision, revisionOf } from './revision.ts';
import { saveFailure } from './save-errors.ts';
import type { VersionStore } from './versions.ts';

/** One save request, with `path` already resolved to an absolute path. */
export interface SaveInput {
  readonly path: string;
  readonly article: Article;
  /** The revision the editor's text is based on; null or absent: the file must not exist. */
  readonly baseRevision?: string | null | undefined;
  /** Replace the file even if it changed on disk (the user chose "keep mine"). */
  readonly overwrite?: boolean | undefined;
}

/** What a DocumentSaver needs. */
export interface SaverOptions {
  readonly versions: VersionStore;
  /** File-system steps of the atomic write; tests inject failures here. */
  readonly fs?: AtomicWriteFs;
  readonly now?: () => Date;
  /** Where problems that do not fail the save (a version not kept) are reported. */
  readonly warn?: (message: string) => void;
}

/** An existing target file, as found before writing. */
interface Target {
  /** Where the bytes go: the file itself, through any symbolic link. */
  readonly file: string;
  readonly mode: number | undefined;
  readonly exists: boolean;
}

/** Saves documents; saves of one file run one after another, never interleaved. */
export class DocumentSaver {
  private readonly locks = new Map<string, Promise<unknown>>();

  constructor(private readonly options: SaverOptions) {}

  /** Saves `input.article` to `input.path`; see the module comment for the guarantees. */
  save(input: SaveInput): Promise<SavedDocument> {
    const previous = this.locks.get(input.path) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => this.saveNow(input));
    this.locks.set(input.path, next);
    const release = () => {
      if (this.locks.get(input.path) === next) this.locks.delete(input.path);
    };
    next.then(release, release);
    return next;
  }

  private async saveNow({ path, article, baseRevision, overwrite }: SaveInput): Promise<SavedDocument> {
    const name = basename(path);
    if (!nativeImporter.extensions.some((ext) => name.toLowerCase().endsWith(ext))) {
      throw new ApiFailure('bad-input', `${name}: Copydesk saves its own format; use a name ending in .copydesk.json`);
    }
    const target = await inspectTarget(path);
    await requireFolder(target.file);
    let current: string | null;
    try {
      current = target.exists ? await readRevision(target.file) : null;
    } catch (error) {
      throw saveFailure(error, target.file);
    }
    if (!overwrite) checkConflict(name, baseRevision ?? null, current);
    if (current !== null) await this.keepTheirs(path, target.file, current);

    const text = serializeNativeDocument(article);
    const revision = revisionOf(text);
    try {
      await atomicWrite(target.file, text, this.options.fs, target.mode === undefined ? {} : { mode: target.mode });
    } catch (error) {
      throw saveFailure(error, target.file);
    }
    const now = this.options.now?.() ?? new Date();
    let versionId: string | undefined;
    try {
      versionId = (await this.options.versions.add(path, article, revision, now)).id;
    } catch (error) {
      this.options.warn?.(`${name}: saved, but its version was not kept: ${(error as Error)?.message ?? String(error)}`);
    }
    return { path, name, revision, savedAt: now.toISOString(), ...(versionId ? { versionId } : {}) };
  }

  /**
   * Before replacing a file whose content history does not hold (the first save over a file
   * written elsewhere, or "keep mine" over another program's change), keeps that content as
   * a version, so overwriting never destroys text beyond recall. Best effort: a file that
   * does not import is replaced as the user asked.
   */
  private async keepTheirs(documentPath: string, file: string, revision: string): Promise<void> {
    try {
      const newest = (await this.options.versions.list(documentPath))[0];
      if (newest && revision.startsWith(newest.revisionPrefix)) return;
      const bytes = await readDocumentFile(file);
      if (revisionOf(bytes) !== revision) return;
      const theirs = await importDocumentBytes(basename(file), bytes);
      await this.options.versions.add(documentPath, theirs, revision, new Date((this.options.now?.() ?? new Date()).getTime() - 1));
    } catch (error) {
      this.options.warn?.(`${basename(file)}: the previous content was not kept as a version: ${(error as Error)?.message ?? String(error)}`);
    }
  }
}

/** Throws `conflict` unless the file on disk is at the revision the editor's text is based on. */
function checkConflict(name: string, base: string | null, current: string | null): void {
  // A file deleted since it was opened is written again: nothing on disk can be lost.
  if (current === null || current === base) return;
  if (base === null) throw new ApiFailure('conflict', `${name}: a file with this name already exists; it was not replaced`);
  throw new ApiFailure('conflict', `${name}: changed on disk by another program since it was opened; it was not overwritten`);
}

/** Finds what a save would replace; refuses folders, special files and read-only files. */
async function inspectTarget(path: string): Promise<Target> {
  const name = basename(path);
  let file = path;
  try {
    if ((await lstat(path)).isSymbolicLink()) file = await realpath(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException)?.code;
    if (code === 'ENOENT') return { file: path, mode: undefined, exists: false };
    throw saveFailure(error, path);
  }
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException)?.code === 'ENOENT') return { file, mode: undefined, exists: false };
    throw saveFailure(error, file);
  }
  if (info.isDirectory()) throw new ApiFailure('bad-input', `${name}: is a folder; choose a file name to save to`);
  if (!info.isFile()) throw new ApiFailure('bad-input', `${name}: is not a regular file; it was not replaced`);
  // The write bits, not access(): an administrator may write anywhere, but a file someone
  // marked read-only should still not be replaced behind their back.
  if ((info.mode & 0o222) === 0) throw new ApiFailure('io', `${name}: cannot save: the file is read-only`);
  try {
    await access(file, constants.W_OK);
  } catch {
    throw new ApiFailure('io', `${name}: cannot save: permission denied: you may not change this file`);
  }
  return { file, mode: info.mode & 0o7777, exists: true };
}

/** Throws a clear failure when the folder to save in is gone or is not a folder. */
async function requireFolder(file: string): Promise<void> {
  try {
    if (!(await stat(dirname(file))).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  } catch (error) {
    throw saveFailure(error, file);
  }
}
