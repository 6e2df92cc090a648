/**
 * Atomic file replacement: write a temporary file in the target's folder, fsync it, rename
 * it over the target, then fsync the folder so the rename itself survives a power cut. A
 * crash or failure at any step before the rename leaves the original byte-identical and
 * removes the temporary file.
 */
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** The file-system steps atomicWrite uses; tests inject failures through it. */
export interface AtomicWriteFs {
  open: typeof open;
  rename: typeof rename;
  unlink: typeof unlink;
}

/** Options for `atomicWrite`. */
export interface AtomicWriteOptions {
  /** Permission bits of the new file (default 0o644); saving over a file keeps its mode. */
  readonly mode?: number;
  /** Skip the folder fsync after the rename (only for data that may be lost, never documents). */
  readonly skipDirSync?: boolean;
}

const realFs: AtomicWriteFs = { open, rename, unlink };

/** The name prefix and suffix of temporary files, so leftovers of a crash can be recognized. */
export const TEMP_PREFIX = '.';
export const TEMP_SUFFIX = '.tmp';

/** True for a file name atomicWrite uses for its temporary files. */
export function isAtomicTempName(name: string): boolean {
  return name.startsWith(TEMP_PREFIX) && /\.[0-9a-f]{12}\.tmp$/.test(name);
}

/**
 * Writes `data` to `path` atomically; rethrows the first failure after cleaning up. Once
 * the rename has happened the new content is in place, so a failing folder fsync is not
 * reported: the caller would otherwise believe an already replaced file still holds the
 * old text.
 */
export async function atomicWrite(
  path: string,
  data: string | Uint8Array,
  fs: AtomicWriteFs = realFs,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const folder = dirname(path);
  const temp = join(folder, `${TEMP_PREFIX}${basename(path)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await fs.open(temp, 'wx', options.mode ?? 0o644);
    await handle.writeFile(data);
    // The umask narrows the mode given to open(); chmod sets exactly the original's bits.
    if (options.mode !== undefined) await handle.chmod(options.mode);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  if (!options.skipDirSync) await syncFolder(folder, fs);
}

/**
 * Flushes a folder's entries to disk. Where folders cannot be opened or synced (Windows,
 * some network file systems) this is a no-op: those systems make renames durable themselves
 * or offer no way to ask.
 */
async function syncFolder(folder: string, fs: AtomicWriteFs): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch {
    // Not supported here; the rename already happened.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
