/**
 * Why a save failed, in one line a person can act on. The wording names the cause the way
 * the user sees it (the folder is gone, the disk is full), not the errno behind it.
 */
import { basename, dirname } from 'node:path';
import { ApiFailure } from '../../core/api/result.ts';
import { describeFsError } from './read-document-file.ts';

/** The cause of a failed write to `path`, in words. */
export function describeSaveCause(error: unknown, path: string): string {
  switch ((error as NodeJS.ErrnoException)?.code) {
    case 'ENOENT':
      return `the folder ${basename(dirname(path)) || dirname(path)} no longer exists`;
    case 'EACCES':
    case 'EPERM':
      return `permission denied: you may not write in the folder ${basename(dirname(path)) || dirname(path)}`;
    case 'ENOSPC':
      return 'the disk is full';
    case 'EDQUOT':
      return 'your disk quota is used up';
    case 'EIO':
      return 'the disk reported an input/output error';
    case 'ENAMETOOLONG':
      return 'the file name is too long';
    case 'EBUSY':
    case 'ETXTBSY':
      return 'the file is locked by another program';
    default:
      return describeFsError(error);
  }
}

/** The ApiFailure for a write to `path` that failed with `error`. */
export function saveFailure(error: unknown, path: string): ApiFailure {
  return new ApiFailure('io', `${basename(path)}: cannot save: ${describeSaveCause(error, path)}`);
}
