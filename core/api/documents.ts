/** API area "documents": opening articles from disk or from uploaded bytes. */
import { z } from 'zod';
import type { Article } from '../article/model.ts';
import { articleSchema } from '../article/schema.ts';

/** The largest document the API accepts, in bytes (before base64). */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

const path = z.string().min(1, 'path is empty').max(4_096, 'path is too long');

/** Request schemas of the document calls. */
export const documentRequests = {
  /** The document to show at start-up: the last one opened, else the sample story. */
  'documents.openInitial': z.object({}).strict(),
  /** Opens a document by absolute path or a path relative to the documents folder. */
  'documents.open': z.object({ path }).strict(),
  /** Opens uploaded bytes (web mode's file picker and drag and drop). */
  'documents.import': z
    .object({
      fileName: z.string().min(1).max(1_000),
      dataBase64: z.string().max(Math.ceil((MAX_DOCUMENT_BYTES * 4) / 3) + 4, 'file is over the size limit'),
    })
    .strict(),
  /** Recently opened documents, newest first. */
  'documents.recent': z.object({}).strict(),
  /** A new, untitled article (not on disk until saved). */
  'documents.new': z.object({ language: z.string().min(2).max(35).optional() }).strict(),
  /**
   * Saves an article in the native format, atomically. `baseRevision` is the revision the
   * editor loaded or last saved; when the file on disk has another revision (changed by
   * another program) the save fails with code `conflict` unless `overwrite` is true. A
   * relative `path` is resolved in the documents folder; the extension is not changed.
   */
  'documents.save': z
    .object({
      path,
      article: articleSchema,
      baseRevision: z.string().max(200).nullable().optional(),
      overwrite: z.boolean().optional(),
    })
    .strict(),
  /** The current on-disk revision of a file (null when it no longer exists), for change detection. */
  'documents.stat': z.object({ path }).strict(),
  /** Journals unsaved changes for crash recovery; `key` identifies the open document. */
  'documents.journalWrite': z
    .object({ key: z.string().min(1).max(200), path: path.optional(), name: z.string().min(1).max(1_000), article: articleSchema })
    .strict(),
  /** Journalled unsaved changes left by a previous run (or this one). */
  'documents.journalList': z.object({}).strict(),
  /** Drops a journal entry (after saving, discarding, or restoring it). */
  'documents.journalDiscard': z.object({ key: z.string().min(1).max(200) }).strict(),
  /** The saved versions (snapshots) of a document, newest first. */
  'documents.versions': z.object({ path }).strict(),
  /** One saved version's article. */
  'documents.version': z.object({ path, id: z.string().min(1).max(200) }).strict(),
};

/** An opened document: where it lives (if on disk) and its article. */
export interface OpenedDocument {
  /** Absolute path on the backend's disk; absent for uploaded documents never saved. */
  readonly path?: string;
  /** The name to show in titles and tabs. */
  readonly name: string;
  readonly article: Article;
  /** Opaque on-disk revision (content hash) when opened from disk. */
  readonly revision?: string;
}

/** The result of a save. */
export interface SavedDocument {
  readonly path: string;
  readonly name: string;
  readonly revision: string;
  readonly savedAt: string;
}

/** A file's on-disk state for change detection. */
export interface DocumentStat {
  /** Null when the file no longer exists. */
  readonly revision: string | null;
}

/** Journalled unsaved changes of one open document. */
export interface JournalEntry {
  readonly key: string;
  readonly path?: string;
  readonly name: string;
  readonly savedAt: string;
  readonly article: Article;
}

/** One saved version of a document. */
export interface VersionInfo {
  readonly id: string;
  readonly savedAt: string;
  /** Size of the snapshot in characters of body text. */
  readonly size: number;
  /** Change in size against the previous version (positive: text added). */
  readonly sizeDelta: number;
}

/** A recently opened document. */
export interface RecentDocument {
  readonly path: string;
  readonly name: string;
  readonly openedAt: string;
}

/** Response types of the document calls. */
export interface DocumentResponses {
  'documents.openInitial': OpenedDocument;
  'documents.open': OpenedDocument;
  'documents.import': OpenedDocument;
  'documents.recent': readonly RecentDocument[];
  'documents.new': OpenedDocument;
  'documents.save': SavedDocument;
  'documents.stat': DocumentStat;
  'documents.journalWrite': Record<string, never>;
  'documents.journalList': readonly JournalEntry[];
  'documents.journalDiscard': Record<string, never>;
  'documents.versions': readonly VersionInfo[];
  'documents.version': OpenedDocument;
}
