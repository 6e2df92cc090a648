/** API area "documents": opening articles from disk or from uploaded bytes. */
import { z } from 'zod';
import type { Article } from '../article/model.ts';

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
};

/** An opened document: where it lives (if on disk) and its article. */
export interface OpenedDocument {
  /** Absolute path on the backend's disk; absent for uploaded documents never saved. */
  readonly path?: string;
  /** The name to show in titles and tabs. */
  readonly name: string;
  readonly article: Article;
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
}
