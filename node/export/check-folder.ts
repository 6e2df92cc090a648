/**
 * Checking an export destination before anything is written, so the user learns in one line
 * why a folder cannot take the export: it is a file, it lies below a file, or it cannot be
 * written to. A folder that does not exist yet is fine when the folder it would be created in
 * can be written to: the export creates it. Nothing is created or left behind by the check.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';

/** The destination cannot take exports; the message is one line naming the folder. */
export class UnusableFolderError extends Error {
  override readonly name = 'UnusableFolderError';
}

/** The result of a successful check. */
export interface FolderCheck {
  readonly path: string;
  readonly exists: boolean;
}

function reason(code: string | undefined, fallback: string): string {
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EROFS') return 'the disk is read-only';
  if (code === 'ENOSPC') return 'the disk is full';
  if (code === 'ENOTDIR') return 'not a folder';
  return fallback.split('\n')[0] as string;
}

/** Writes and removes a probe file: the only check that also holds for read-only mounts and ACLs. */
async function probeWritable(folder: string, shown: string): Promise<void> {
  const probe = join(folder, `.copydesk-probe-${randomBytes(6).toString('hex')}`);
  try {
    await fs.writeFile(probe, '', { flag: 'wx' });
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    throw new UnusableFolderError(`${shown}: cannot write there (${reason(e.code, e.message)})`);
  }
  await fs.unlink(probe).catch(() => undefined);
}

/** Checks the absolute folder `path`; `shown` is how messages name it (as the user typed it). */
export async function checkExportFolder(path: string, shown: string = path): Promise<FolderCheck> {
  let ancestor = path;
  for (;;) {
    const stat = await fs.stat(ancestor).catch((error: NodeJS.ErrnoException) => error);
    if (!(stat instanceof Error)) {
      if (!stat.isDirectory()) {
        throw new UnusableFolderError(ancestor === path ? `${shown}: not a folder` : `${shown}: not a folder (${ancestor} is a file)`);
      }
      await probeWritable(ancestor, shown);
      return { path, exists: ancestor === path };
    }
    if (stat.code === 'ENOTDIR') throw new UnusableFolderError(`${shown}: not a folder (a part of the path is a file)`);
    if (stat.code !== 'ENOENT') throw new UnusableFolderError(`${shown}: ${reason(stat.code, stat.message)}`);
    const parent = dirname(ancestor);
    if (parent === ancestor) throw new UnusableFolderError(`${shown}: no such folder`);
    ancestor = parent;
  }
}
