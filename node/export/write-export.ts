/**
 * Writing one export file without ever replacing a file by accident. A new file appears
 * whole or not at all: the data goes to a temporary file that is then hard-linked to the
 * target name, which fails if the name is taken (no check-then-write race). Replacing an
 * existing file happens only when the caller says so, and then atomically.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { numberedFileName } from '../../core/export/file-names.ts';
import { atomicWrite } from '../util/atomic-write.ts';

/** What to do when the target file exists: fail, replace it, or pick a free numbered name. */
export type ConflictPolicy = 'fail' | 'overwrite' | 'rename';

/** The target exists and the policy is `fail`. */
export class ExportExistsError extends Error {
  override readonly name = 'ExportExistsError';
  constructor(readonly path: string) {
    super(`${path}: already exists`);
  }
}

/** The largest number tried when looking for a free name ("story-999.html"). */
const MAX_RENAME_ATTEMPTS = 999;

async function createExclusive(path: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  await fs.writeFile(temp, data, { flag: 'wx' });
  try {
    await fs.link(temp, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw error;
    // File systems without hard links (FAT, some network shares): exclusive create instead.
    await fs.writeFile(path, data, { flag: 'wx' });
  } finally {
    await fs.unlink(temp).catch(() => undefined);
  }
}

/** Writes `data` as `fileName` in `dir` under `policy`; resolves to the path written. */
export async function writeExportFile(dir: string, fileName: string, data: string | Uint8Array, policy: ConflictPolicy): Promise<string> {
  const target = join(dir, fileName);
  if (policy === 'overwrite') {
    await atomicWrite(target, data, undefined, { skipDirSync: true });
    return target;
  }
  for (let n = 1; n <= MAX_RENAME_ATTEMPTS; n++) {
    const candidate = n === 1 ? target : join(dir, numberedFileName(fileName, n));
    try {
      await createExclusive(candidate, data);
      return candidate;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (policy === 'fail') throw new ExportExistsError(candidate);
    }
  }
  throw new ExportExistsError(target);
}

/** One line for a file-system error while exporting, naming the path. */
export function describeWriteError(error: unknown, path: string): string {
  if (error instanceof ExportExistsError) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'EACCES' || code === 'EPERM'
      ? 'permission denied'
      : code === 'ENOSPC'
        ? 'the disk is full'
        : code === 'ENOENT'
          ? 'the folder does not exist'
          : code === 'ENOTDIR'
            ? 'not a folder'
            : ((error as Error).message ?? String(error)).split('\n')[0];
  return `${path}: ${reason}`;
}
