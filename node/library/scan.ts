/**
 * Which files of a folder belong to the library, and listing them with their size and
 * time. Hidden files and folders (the index itself, atomic-write temp files `.*.tmp`,
 * editor swap files), the tag registry and a folder's README/SOURCES notes are never articles.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { supportedExtensions } from '../../core/import/import-document.ts';
import type { LibraryFile } from '../../core/library/record.ts';
import { REGISTRY_FILE_NAME } from '../tagger/registry-store.ts';

/** The index file's name in the library folder (hidden, so no scan or watcher lists it). */
export const INDEX_FILE_NAME = '.copydesk-index.bin';
/** Where versions before the binary index kept it; removed once the new index is written. */
export const LEGACY_INDEX_FILE_NAME = '.copydesk-index.json';

const SKIPPED_FOLDERS = new Set(['node_modules']);
// A folder's own notes (the sample library's SOURCES.md, a README) describe the folder;
// they are not stories, even when their extension is one the importers open.
const FOLDER_NOTES = /^(?:readme|sources|licen[cs]e|changelog)\.[a-z]+$/u;

/** Extensions the importers take now (re-read on every call: importers are added over time). */
export function libraryExtensions(): string[] {
  return supportedExtensions().map((e) => e.toLowerCase());
}

/** True when the relative path `path` ("/" or platform separators) names a library article. */
export function isLibraryPath(path: string, extensions: readonly string[] = libraryExtensions()): boolean {
  const parts = path.split(/[\\/]/u);
  if (parts.some((p) => p.startsWith('.') || SKIPPED_FOLDERS.has(p))) return false;
  const name = (parts[parts.length - 1] ?? '').toLowerCase();
  if (name === REGISTRY_FILE_NAME || FOLDER_NOTES.test(name)) return false;
  return extensions.some((ext) => name.endsWith(ext) && name.length > ext.length);
}

/** True when a folder at relative path `path` may hold articles. */
export function isLibraryFolder(path: string): boolean {
  return !path.split(/[\\/]/u).some((p) => p.startsWith('.') || SKIPPED_FOLDERS.has(p));
}

/** The library path ("/"-separated, relative to `root`) of the absolute `path`. */
export function toLibraryPath(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

/** Lists the library files under `root` with size and time; unreadable subfolders are skipped. */
export async function scanLibrary(root: string): Promise<LibraryFile[]> {
  const extensions = libraryExtensions();
  const paths: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      if (folder === root) throw error;
      return;
    }
    const subfolders: Promise<void>[] = [];
    for (const entry of entries) {
      const full = join(folder, entry.name);
      const rel = toLibraryPath(root, full);
      if (entry.isDirectory()) {
        if (isLibraryFolder(rel)) subfolders.push(walk(full));
      } else if ((entry.isFile() || entry.isSymbolicLink()) && isLibraryPath(rel, extensions)) paths.push(rel);
    }
    await Promise.all(subfolders);
  };
  await walk(root);
  const files: LibraryFile[] = [];
  await forEachLimited(paths, 32, async (rel) => {
    try {
      const info = await stat(join(root, ...rel.split('/')));
      if (info.isFile()) files.push({ path: rel, mtimeMs: Math.trunc(info.mtimeMs), size: info.size });
    } catch {
      // Vanished between listing and stat: it is simply not part of the library any more.
    }
  });
  return files;
}

/** Runs `task` over `items` with at most `limit` in flight. */
export async function forEachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
