/**
 * The registry on disk: one human-readable JSON file per library (in the documents folder,
 * `copydesk-registry.json`). Writes are atomic (temp file in the same folder, fsync,
 * rename) and go through a lock file with a re-read, so two windows or processes updating
 * at once never lose each other's entries.
 */

import { constants, promises as fs } from 'node:fs';
import path from 'node:path';
import { emptyRegistry, mergeRegistries, parseRegistry, type Registry } from '../../core/tagger/registry.ts';

/** The registry file name inside a library's documents folder. */
export const REGISTRY_FILE_NAME = 'copydesk-registry.json';

const LOCK_STALE_MS = 10_000;
const LOCK_TIMEOUT_MS = 15_000;

/** Reads a registry file; a missing file is an empty registry, a malformed one an error. */
export async function readRegistryFile(file: string): Promise<Registry> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyRegistry();
    throw error;
  }
  try {
    return parseRegistry(JSON.parse(text.replace(/^\uFEFF/u, '')));
  } catch (error) {
    throw new Error(`${file}: not a valid registry (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** Writes a file atomically: a reader sees the old or the new content, never a mix. */
export async function writeFileAtomic(file: string, content: string): Promise<void> {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2)}.tmp`);
  const handle = await fs.open(temp, 'w');
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  try {
    const dirHandle = await fs.open(dir, 'r');
    await dirHandle.sync().catch(() => undefined);
    await dirHandle.close();
  } catch {
    // Some platforms cannot open a folder for fsync; the rename is still atomic.
  }
}

async function acquireLock(lockFile: string): Promise<() => Promise<void>> {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await fs.open(lockFile, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY);
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return () => fs.rm(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const stat = await fs.stat(lockFile).catch(() => null);
      // A writer that died leaves its lock behind; after a while it no longer counts.
      if (stat && Date.now() - stat.mtimeMs > LOCK_STALE_MS) {
        await fs.rm(lockFile, { force: true });
        continue;
      }
      if (Date.now() - started > LOCK_TIMEOUT_MS) throw new Error(`registry is locked by another writer: ${lockFile}`);
      await new Promise((resolve) => setTimeout(resolve, Math.min(100, 5 + attempt * 5) * (0.5 + Math.random())));
    }
  }
}

/** A registry file with serialised, lossless updates. */
export class RegistryStore {
  constructor(readonly file: string) {}

  /** The store of the library whose documents are in `documentsFolder`. */
  static forLibrary(documentsFolder: string): RegistryStore {
    return new RegistryStore(path.join(documentsFolder, REGISTRY_FILE_NAME));
  }

  /** The registry as it is on disk now. */
  read(): Promise<Registry> {
    return readRegistryFile(this.file);
  }

  /**
   * Applies `change` to the current file content under the lock and writes the result.
   * `change` always sees the latest registry, so concurrent updates compose.
   */
  async update(change: (current: Registry) => Registry): Promise<Registry> {
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    const release = await acquireLock(`${this.file}.lock`);
    try {
      const next = change(await this.read());
      await writeFileAtomic(this.file, `${JSON.stringify(next, null, 2)}\n`);
      return next;
    } finally {
      await release();
    }
  }

  /** Saves an edited copy: merged with whatever another writer stored meanwhile. */
  save(edited: Registry): Promise<Registry> {
    return this.update((current) => mergeRegistries(current, edited));
  }

  /** Imports another registry file's entries into this one. */
  async importFrom(file: string): Promise<Registry> {
    const incoming = await readRegistryFile(file);
    return this.update((current) => mergeRegistries(current, incoming));
  }

  /** Exports this registry to another file. */
  async exportTo(file: string): Promise<void> {
    await writeFileAtomic(file, `${JSON.stringify(await this.read(), null, 2)}\n`);
  }
}
