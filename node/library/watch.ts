/**
 * Watching a library folder for files added, changed, renamed or removed by other
 * programs. Events are reported as library paths; which of them matter is decided here
 * (library files only), when to apply them is the service's business (it debounces).
 */
import { watch } from 'chokidar';
import { isLibraryFolder, isLibraryPath, toLibraryPath } from './scan.ts';

/** What the watcher reports. A rename arrives as a removal and an addition. */
export interface LibraryWatchEvents {
  /** A library file appeared, changed or vanished at this library path. */
  onFile(path: string): void;
  /** A folder vanished with everything in it. */
  onFolderRemoved(path: string): void;
}

/** A running watcher. */
export interface LibraryWatcher {
  close(): Promise<void>;
}

/** Starts watching `root` recursively. */
export function watchLibrary(root: string, events: LibraryWatchEvents): LibraryWatcher {
  const watcher = watch(root, {
    ignoreInitial: true,
    // Hidden entries are never articles: skipping them keeps the index's own writes and
    // atomic-write temp files from waking the library up.
    ignored: (path, stats) => {
      const rel = toLibraryPath(root, path);
      if (rel === '' || rel.startsWith('..')) return false;
      if (stats?.isFile()) return !isLibraryPath(rel);
      return !isLibraryFolder(rel);
    },
  });
  const onFile = (path: string) => {
    const rel = toLibraryPath(root, path);
    if (isLibraryPath(rel)) events.onFile(rel);
  };
  watcher.on('add', onFile).on('change', onFile).on('unlink', onFile);
  watcher.on('unlinkDir', (path) => events.onFolderRemoved(toLibraryPath(root, path)));
  // A watcher error (too many watches, a folder gone) must not crash the backend.
  watcher.on('error', () => undefined);
  return { close: () => watcher.close() };
}
