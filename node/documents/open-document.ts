/**
 * Opening a document file into an Article: read with size and type checks, then import by
 * format. Every failure is a DocumentOpenError with one line naming the file and the cause.
 */
import { basename } from 'node:path';
import type { Article } from '../../core/article/model.ts';
import { ImportError } from '../../core/import/import-error.ts';
import { importDocument } from '../../core/import/import-document.ts';
import { DocumentFileError, readDocumentFile } from './read-document-file.ts';

/** Why a document could not be opened; the message is one line, fit for a dialog or stderr. */
export class DocumentOpenError extends Error {
  override readonly name = 'DocumentOpenError';
  constructor(
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
}

/** Imports bytes already in memory (an upload); `fileName` picks the format. */
export async function importDocumentBytes(fileName: string, bytes: Uint8Array, displayName = fileName): Promise<Article> {
  try {
    return await importDocument({ fileName, bytes });
  } catch (error) {
    if (error instanceof ImportError) throw new DocumentOpenError(error.reason, `${displayName}: ${error.message}`);
    throw error;
  }
}

/** Options for `openDocumentFile`. */
export interface OpenFileOptions {
  readonly maxBytes?: number;
  /** How messages name the file; default its base name. */
  readonly displayName?: string;
}

/** Reads and imports the document at `path`. */
export async function openDocumentFile(path: string, options: OpenFileOptions = {}): Promise<Article> {
  let bytes: Uint8Array;
  try {
    bytes = await readDocumentFile(path, options.maxBytes, options.displayName);
  } catch (error) {
    if (error instanceof DocumentFileError) throw new DocumentOpenError(error.reason, error.message);
    throw error;
  }
  return importDocumentBytes(basename(path), bytes, options.displayName);
}
