/**
 * Writing the persisted library index: chunk by chunk into a temporary file in the same
 * folder, then renamed over the old index. Every chunk is awaited, so the event loop serves
 * API calls between chunks and a large index never holds it for long; a failure at any step
 * leaves the old index in place and removes the temporary file.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Writes `chunks` to `path`, atomically replacing it once everything is on disk. */
export async function writeFileInChunks(path: string, chunks: Iterable<Uint8Array>): Promise<void> {
  // The atomic-write naming (".name.<12 hex>.tmp"), so scans and watchers skip it as hidden.
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(temp, 'wx', 0o644);
    for (const chunk of chunks) {
      for (let written = 0; written < chunk.length;) {
        const { bytesWritten } = await handle.write(chunk, written, chunk.length - written);
        written += bytesWritten;
      }
    }
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
