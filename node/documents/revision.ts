/**
 * Document revisions: the sha-256 of a file's bytes, in hex. Two reads of a file give the
 * same revision exactly when its bytes are identical, so a revision taken when a document
 * was opened or saved tells whether another program has changed the file since.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** The revision of `bytes`. */
export function revisionOf(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The revision of the file at `path`, or null when there is no file there (it was deleted,
 * or a folder on the way is gone). Streams the file, so any size is fine; other failures
 * (a folder at `path`, no permission) are thrown as the file-system error.
 */
export async function readRevision(path: string): Promise<string | null> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException)?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw error;
  }
  return hash.digest('hex');
}
