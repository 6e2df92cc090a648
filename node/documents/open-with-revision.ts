/**
 * Opening a document together with its revision. The revision is the hash of the very
 * bytes that were imported (one read), so it is a true base for the next save: a change
 * made by another program a moment after opening is still detected.
 */
import { basename } from 'node:path';
import type { Article } from '../../core/article/model.ts';
import { DocumentOpenError, importDocumentBytes } from './open-document.ts';
import { DocumentFileError, readDocumentFile } from './read-document-file.ts';
import { revisionOf } from './revision.ts';

/** An opened file's article and the revision of the bytes it came from. */
export interface OpenedFile {
  readonly article: Article;
  readonly revision: string;
}

/** Reads, hashes and imports the document at `path`; failures are DocumentOpenError, as for `openDocumentFile`. */
export async function openDocumentWithRevision(path: string): Promise<OpenedFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readDocumentFile(path);
  } catch (error) {
    if (error instanceof DocumentFileError) throw new DocumentOpenError(error.reason, error.message);
    throw error;
  }
  return { article: await importDocumentBytes(basename(path), bytes), revision: revisionOf(bytes) };
}
