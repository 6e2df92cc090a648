/** API area "documents": opening articles from disk or uploads, saving, crash journal and version history. */
import { z } from 'zod';
import type { Article } from '../article/model.ts';
import { articleSchema, blockSchema } from '../article/schema.ts';

/** The largest document the API accepts, in bytes (before base64). */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

const path = z.string().min(1, 'path is empty').max(4_096, 'path is too long');

const journalKey = z.string().min(1, 'key is empty').max(200, 'key is too long');
const journalName = z.string().min(1).max(1_000);
const journalId = z.string().min(1, 'base is empty').max(100, 'base is too long');

/** The most body blocks an article may have (the article schema's bound). */
const MAX_BODY_BLOCKS = 200_000;

// Every field of the article schema but the body, with the same bounds. (`omit` is not
// available on a schema with refinements; the cross-field check runs on the patched whole.)
const articleWithoutBody = z
  .object({
    headline: articleSchema.shape.headline,
    headlineMarks: articleSchema.shape.headlineMarks,
    standfirst: articleSchema.shape.standfirst,
    standfirstMarks: articleSchema.shape.standfirstMarks,
    dateline: articleSchema.shape.dateline,
    entities: articleSchema.shape.entities,
    meta: articleSchema.shape.meta,
  })
  .strict();

// The same runtime schema, typed as the model's readonly Article so callers can pass the
// articles they hold (the schema's inferred type has mutable arrays, which a readonly
// Article is not assignable to).
const article = articleSchema as unknown as z.ZodType<Article>;

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
   * another program) the save fails with code `conflict` unless `overwrite` is true. A null
   * or absent `baseRevision` means "a new file": saving over an existing one is a `conflict`
   * too, so Save As never replaces a file silently. A file deleted since it was opened is
   * simply written again (nothing on disk can be lost). A relative `path` is resolved in the
   * documents folder; paths with `..` segments are refused (`bad-input`), as are folders and
   * extensions the native format does not use (`.copydesk.json`, `.copydesk`, `.json`): the
   * extension is never changed behind the caller's back. Any other failure is `io` with one
   * line naming the cause (read-only file, folder gone, disk full, permission denied); the
   * file on disk is then unchanged. Every successful save keeps a version (see `versions`).
   */
  'documents.save': z
    .object({
      path,
      article,
      baseRevision: z.string().max(200).nullable().optional(),
      overwrite: z.boolean().optional(),
    })
    .strict(),
  /**
   * Saves, exactly as `save` does, the article the crash journal holds for `key` as its write
   * `base` (the `id` a `journalWrite` or `journalPatch` answered): a long article reaches the
   * backend as journal patches of a few blocks, so saving it need not send it whole again.
   * Fails with `not-found`, changing nothing, when `base` is not the key's last accepted
   * journal write (the backend restarted, another write replaced it); the caller then sends
   * the whole article with `save`. Every other outcome is `save`'s.
   */
  'documents.saveJournalled': z
    .object({
      key: journalKey,
      base: journalId,
      path,
      baseRevision: z.string().max(200).nullable().optional(),
      overwrite: z.boolean().optional(),
    })
    .strict(),
  /** The current on-disk revision of a file (null when it no longer exists), for change detection. */
  'documents.stat': z.object({ path }).strict(),
  /**
   * Journals unsaved changes for crash recovery; `key` identifies the open document (one
   * entry per key: a write replaces the previous one). `baseRevision` is the on-disk revision
   * the changes were made against, so a restored entry still detects external changes.
   * Durable (fsynced) when the call returns. Answers the write's `id`, the `base` of a
   * following `journalPatch`.
   */
  'documents.journalWrite': z
    .object({
      key: journalKey,
      path: path.optional(),
      name: journalName,
      article,
      baseRevision: z.string().max(200).nullable().optional(),
    })
    .strict(),
  /**
   * Journals unsaved changes by sending only what changed since the key's last accepted
   * journal write: the body blocks `[start, start + deleteCount)` of that write are replaced
   * by `blocks`, and `article` (the article without its body) replaces everything else.
   * `base` is the `id` that write answered. The entry written is the whole article, exactly
   * as `journalWrite` would write it. When `base` is not the key's last accepted write (the
   * backend restarted, the entry was discarded, a write failed, another window wrote it) the
   * call fails with `conflict` and changes nothing: the caller then sends the whole article
   * with `journalWrite`. A splice outside the base's body, or a result the article schema
   * refuses, fails with `bad-input` and also changes nothing.
   */
  'documents.journalPatch': z
    .object({
      key: journalKey,
      base: journalId,
      path: path.optional(),
      name: journalName,
      baseRevision: z.string().max(200).nullable().optional(),
      article: articleWithoutBody,
      start: z.number().int().nonnegative().max(MAX_BODY_BLOCKS),
      deleteCount: z.number().int().nonnegative().max(MAX_BODY_BLOCKS),
      blocks: z.array(blockSchema).max(MAX_BODY_BLOCKS),
    })
    .strict(),
  /** Journalled unsaved changes left by a previous run (or this one), newest first. */
  'documents.journalList': z.object({}).strict(),
  /** Drops a journal entry (after saving, discarding, or restoring it). */
  'documents.journalDiscard': z.object({ key: journalKey }).strict(),
  /** The saved versions (snapshots) of a document, newest first (thinned out with age, at most 100; see docs/saving.md). */
  'documents.versions': z.object({ path }).strict(),
  /** One saved version's article; `id` comes from `documents.versions` (`not-found` when pruned). */
  'documents.version': z.object({ path, id: z.string().min(1).max(200) }).strict(),
};

/** An opened document: where it lives (if on disk) and its article. */
export interface OpenedDocument {
  /** Absolute path on the backend's disk; absent for uploaded documents never saved. */
  readonly path?: string;
  /** The name to show in titles and tabs. */
  readonly name: string;
  readonly article: Article;
  /** Opaque on-disk revision (sha-256 of the file's bytes) when opened from disk; the base for `documents.save`. */
  readonly revision?: string;
}

/** The result of a save. */
export interface SavedDocument {
  readonly path: string;
  readonly name: string;
  /** The new on-disk revision: the editor's `baseRevision` for its next save. */
  readonly revision: string;
  readonly savedAt: string;
  /** The id of the version this save kept; absent when keeping it failed (the save itself succeeded). */
  readonly versionId?: string;
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
  /** The on-disk revision the changes were made against (null: a document never saved). */
  readonly baseRevision?: string | null;
}

/**
 * What an accepted journal write answers: `id` names exactly the article it journalled for
 * that key, and is the `base` of the next `documents.journalPatch`. Ids are never reused,
 * across keys or backend runs, so a stale base can only mismatch.
 */
export interface JournalReceipt {
  readonly id: string;
}

/** One saved version of a document. */
export interface VersionInfo {
  readonly id: string;
  readonly savedAt: string;
  /** Size of the snapshot in characters of text (headline, standfirst, dateline and body). */
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
  'documents.saveJournalled': SavedDocument;
  'documents.stat': DocumentStat;
  'documents.journalWrite': JournalReceipt;
  'documents.journalPatch': JournalReceipt;
  'documents.journalList': readonly JournalEntry[];
  'documents.journalDiscard': Record<string, never>;
  'documents.versions': readonly VersionInfo[];
  'documents.version': OpenedDocument;
}
