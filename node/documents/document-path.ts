/**
 * Where a save or stat request points: an absolute path as given, or a path relative to
 * the documents folder. Desktop users may save anywhere, so absolute paths are not confined
 * to the documents folder; what is refused is a path that hides where it goes (`..`
 * segments, NUL bytes), so the path the user saw in a dialog is the path written.
 */
import { isAbsolute, normalize, resolve } from 'node:path';
import { ApiFailure } from '../../core/api/result.ts';

/** Resolves `path` against `documentsDir`; throws ApiFailure `bad-input` for a disguised path. */
export function resolveDocumentPath(documentsDir: string, path: string): string {
  if (path.includes('\0')) throw new ApiFailure('bad-input', 'the path contains a NUL character');
  if (path.split(/[\\/]/).includes('..')) throw new ApiFailure('bad-input', `${path}: paths with ".." segments are not accepted; give the full path`);
  return isAbsolute(path) ? normalize(path) : resolve(documentsDir, path);
}
