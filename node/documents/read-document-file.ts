/**
 * Reading a document file from disk with every failure turned into one clear line: a path
 * that does not exist or vanished, a directory, a file over the size limit, a file that
 * cannot be read. Never returns partial data.
 */
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_DOCUMENT_BYTES } from '../../core/api/documents.ts';

/** The environment variable that sets the document size limit ("50MB", "200 KB", "1048576"). */
export const MAX_SIZE_ENV = 'COPYDESK_MAX_DOCUMENT_SIZE';

const UNITS: Readonly<Record<string, number>> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** Parses a size such as "50MB", "512 KB", "2g" or "1048576" (bytes); null when it is not one. */
export function parseByteSize(text: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/iu.exec(text);
  const factor = match ? UNITS[(match[2] ?? '').toLowerCase()] : undefined;
  if (!match || factor === undefined) return null;
  const bytes = Math.floor(Number(match[1]) * factor);
  return bytes > 0 && Number.isSafeInteger(bytes) ? bytes : null;
}

/**
 * The document size limit: `COPYDESK_MAX_DOCUMENT_SIZE` when set to a valid size, else
 * 50 MB. Uploads through the API stay capped at 50 MB by the request schema.
 */
export function configuredMaxBytes(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const configured = env[MAX_SIZE_ENV];
  return (configured !== undefined && parseByteSize(configured)) || MAX_DOCUMENT_BYTES;
}

/** A file-level failure; `message` is one line naming the file and the cause. */
export class DocumentFileError extends Error {
  override readonly name = 'DocumentFileError';
  constructor(
    readonly reason: 'not-found' | 'directory' | 'too-large' | 'unreadable' | 'not-a-file',
    message: string,
  ) {
    super(message);
  }
}

/** Describes a Node file-system error code in words. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    case 'EROFS':
      return 'the disk is read-only';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    case 'ENOTDIR':
      return 'a folder in the path is a file';
    default:
      return (error as Error)?.message?.split('\n')[0] ?? 'unknown error';
  }
}

/**
 * The file-system calls a read needs. Tests pass one that fails like the system does
 * (EACCES cannot be produced with permissions when the tests run as root).
 */
export interface DocumentFileSystem {
  readonly stat: typeof stat;
  readonly open: typeof open;
}

const nodeFileSystem: DocumentFileSystem = { stat, open };

/**
 * Reads a whole document file; throws DocumentFileError for anything but a readable regular
 * file. `displayName` is how messages name the file (the CLI passes the path as typed).
 */
export async function readDocumentFile(
  path: string,
  maxBytes = configuredMaxBytes(),
  displayName = basename(path) || path,
  fs: DocumentFileSystem = nodeFileSystem,
): Promise<Uint8Array> {
  const name = displayName;
  let info;
  try {
    info = await fs.stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException)?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new DocumentFileError('not-found', `${name}: no such file`);
    throw new DocumentFileError('unreadable', `${name}: cannot read: ${describeFsError(error)}`);
  }
  if (info.isDirectory()) throw new DocumentFileError('directory', `${name}: is a folder, not a document`);
  if (!info.isFile()) throw new DocumentFileError('not-a-file', `${name}: is not a regular file`);
  if (info.size > maxBytes) {
    throw new DocumentFileError('too-large', `${name}: ${formatBytes(info.size)} is over the ${formatBytes(maxBytes)} limit`);
  }
  try {
    const handle = await fs.open(path, 'r');
    try {
      // Read at most maxBytes + 1 so a file that grew after stat() is still caught.
      const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
      let total = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, total, buffer.length - total, total);
        if (bytesRead === 0) break;
        total += bytesRead;
        if (total === buffer.length) break;
      }
      if (total > maxBytes) throw new DocumentFileError('too-large', `${name}: is over the ${formatBytes(maxBytes)} limit`);
      return new Uint8Array(buffer.buffer, buffer.byteOffset, total);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof DocumentFileError) throw error;
    throw new DocumentFileError('unreadable', `${name}: cannot read: ${describeFsError(error)}`);
  }
}

/** "1.5 MB"-style sizes for messages. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
