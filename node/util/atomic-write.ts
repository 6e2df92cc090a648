/**
 * Atomic file replacement: write a temporary file in the target's folder, fsync it, rename
 * it over the target. A crash or failure at any step leaves the original byte-identical
 * and removes the temporary file.
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

const realFs: AtomicWriteFs = { open, rename, unlink };

/** Writes `data` to `path` atomically; rethrows the first failure after cleaning up. */
export async function atomicWrite(path: string, data: string | Uint8Array, fs: AtomicWriteFs = realFs): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await fs.open(temp, 'wx', 0o644);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
}
