/**
 * Opening a document file into an Article: read with size and type checks, then import by
 * format. Every failure is a DocumentOpenError with one line naming the file and the cause.
 */
import { basename } from 'node:path';
import type { Article } from '../../core/article/model.ts';
import { ImportError } from '../../core/import/import-error.ts';
import { importDocument } from '../../core/import/import-document.ts';
import { nodeImporters } from '../import/importers.ts';
import { prepareHtmlSanitizer } from '../import/purify.ts';
import { DocumentFileError, configuredMaxBytes, formatBytes, readDocumentFile, type DocumentFileSystem } from './read-document-file.ts';

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

/** Formats whose import passes through HTML (ninjs bodies are HTML; `.json` may be ninjs). */
const HTML_BEARING = /\.(?:x?html?|md|markdown|docx|json)$/i;

/**
 * Imports bytes already in memory (an upload, or a file just read); `fileName` picks the
 * format. Bytes over the configured size limit are refused before any importer runs.
 */
export async function importDocumentBytes(fileName: string, bytes: Uint8Array, displayName = fileName, maxBytes = configuredMaxBytes()): Promise<Article> {
  if (bytes.length > maxBytes) {
    throw new DocumentOpenError('too-large', `${displayName}: ${formatBytes(bytes.length)} is over the ${formatBytes(maxBytes)} limit`);
  }
  if (HTML_BEARING.test(fileName)) await prepareHtmlSanitizer();
  try {
    return await importDocument({ fileName, bytes }, nodeImporters);
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
  /** File-system calls to read with (tests inject failures); default node:fs. */
  readonly fileSystem?: DocumentFileSystem;
}

/** Reads and imports the document at `path`. */
export async function openDocumentFile(path: string, options: OpenFileOptions = {}): Promise<Article> {
  let bytes: Uint8Array;
  try {
    bytes = await readDocumentFile(path, options.maxBytes, options.displayName, options.fileSystem);
  } catch (error) {
    if (error instanceof DocumentFileError) throw new DocumentOpenError(error.reason, error.message);
    throw error;
  }
  return importDocumentBytes(basename(path), bytes, options.displayName, options.maxBytes);
}
