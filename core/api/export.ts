/** API area "export": rendering articles for download or print, and writing export files. */
import { z } from 'zod';
import { articleSchema } from '../article/schema.ts';
import { EXPORT_FORMATS, PAGE_SIZES, type ExportFormat } from '../export/formats.ts';

const path = z.string().min(1, 'path is empty').max(4_096, 'path is too long');
const format = z.enum(EXPORT_FORMATS);
const textFormat = z.enum(['html', 'json', 'ninjs', 'md']);
const pageSize = z.enum(PAGE_SIZES);
/** The file the article was opened from (names the export); never a path. */
const sourceName = z.string().min(1).max(1_000);

/** A batch job's id, as `export.batchStart` answered it. */
const jobId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/u, 'not a job id');

/**
 * The export dialog's remembered choices. Stored in the user-data folder; `used` is true once
 * an export was made with them (Ctrl/Cmd+E repeats it). `dir` empty means the documents folder.
 */
export const exportSettingsSchema = z
  .object({
    format,
    destination: z.enum(['folder', 'download']),
    dir: z.string().max(4_096),
    pageSize,
    used: z.boolean(),
  })
  .strict();

/** The remembered export choices. */
export type StoredExportSettings = z.infer<typeof exportSettingsSchema>;

/** What to do when the target file exists: fail with code `conflict`, replace it, or pick a free numbered name. */
export const conflictPolicySchema = z.enum(['fail', 'overwrite', 'rename']);

/** Request schemas of the export calls. */
export const exportRequests = {
  /** What this host can export, and the default destination folder. */
  'export.capabilities': z.object({}).strict(),
  /** Renders an article as text (for a browser download or print); nothing is written. */
  'export.render': z.object({ article: articleSchema, format: textFormat, sourceName: sourceName.optional() }).strict(),
  /**
   * Writes one article's export into `dir` (relative: inside the documents folder; created
   * if missing). With `conflict: "fail"` (the default) an existing file is never replaced:
   * the call fails with code `conflict`, and its message names the file.
   */
  'export.write': z
    .object({
      article: articleSchema,
      format,
      dir: path,
      sourceName: sourceName.optional(),
      pageSize: pageSize.optional(),
      conflict: conflictPolicySchema.optional(),
    })
    .strict(),
  /** Exports every article of some files and folders (not recursive) into `dir`; one bad file does not stop the others. */
  'export.batch': z
    .object({
      paths: z.array(path).min(1, 'no files given').max(10_000),
      format,
      dir: path,
      pageSize: pageSize.optional(),
      conflict: conflictPolicySchema.optional(),
      tag: z.boolean().optional(),
    })
    .strict(),
  /**
   * Starts the same batch export as a background job and answers at once with its id; the
   * UI polls `export.batchStatus` for progress. Existing files are never replaced with the
   * default `conflict: "fail"`: they are listed as `existing` so the user can be asked once.
   */
  'export.batchStart': z
    .object({
      paths: z.array(path).min(1, 'no files given').max(10_000),
      format,
      dir: path,
      pageSize: pageSize.optional(),
      conflict: conflictPolicySchema.optional(),
    })
    .strict(),
  /** Progress and results so far of a batch job. */
  'export.batchStatus': z.object({ job: jobId }).strict(),
  /** Stops a batch job after the articles in flight; what was written stays. */
  'export.batchCancel': z.object({ job: jobId }).strict(),
  /**
   * Checks a destination folder before exporting: it must be a folder (or not exist yet,
   * below a folder) that this user can write to. Fails with one line naming the problem.
   */
  'export.checkFolder': z.object({ dir: path }).strict(),
  /** Asks the host for a folder with its native picker; `unsupported` where there is none (web mode). */
  'export.pickFolder': z.object({ start: path.optional() }).strict(),
  /** Reads the remembered export settings, or replaces them when `set` is given. */
  'export.settings': z.object({ set: exportSettingsSchema.optional() }).strict(),
};

/** What the host can export. */
export interface ExportCapabilities {
  /** PDF is listed only where the host can print (the desktop app). */
  readonly formats: readonly ExportFormat[];
  /** The default destination: the documents folder. */
  readonly defaultDir: string;
}

/** A rendered export, ready to download. */
export interface RenderedExport {
  readonly fileName: string;
  readonly mime: string;
  readonly content: string;
}

/** A written export file. */
export interface WrittenExport {
  readonly path: string;
  readonly fileName: string;
}

/** The outcome of a batch export. */
export interface BatchExportResult {
  readonly exported: readonly { readonly source: string; readonly path: string }[];
  readonly failed: readonly { readonly source: string; readonly message: string }[];
}

/** A started batch job. */
export interface BatchJobStarted {
  readonly job: string;
  /** Files the job will read (folders expanded). */
  readonly total: number;
}

/** A batch job's state: `running` until every file is done or the job was cancelled. */
export type BatchJobState = 'running' | 'done' | 'cancelled';

/** Progress and results of a batch job. Lists are in input order. */
export interface BatchJobStatus {
  readonly job: string;
  readonly state: BatchJobState;
  /** Files finished (exported, failed or found existing) of `total`. */
  readonly done: number;
  readonly total: number;
  /** The destination folder (absolute). */
  readonly dir: string;
  /** The file being exported most recently, as given. */
  readonly current?: string;
  readonly exported: number;
  /** Files that could not be exported, each with a one-line reason naming it. */
  readonly failed: readonly { readonly source: string; readonly message: string }[];
  /** Files not written because their export file exists (with `conflict: "fail"`). */
  readonly existing: readonly { readonly source: string; readonly path: string }[];
}

/** A checked destination folder. */
export interface CheckedFolder {
  /** Absolute path. */
  readonly path: string;
  /** False when the folder will be created by the export. */
  readonly exists: boolean;
}

/** The folder the user picked, or null when the picker was cancelled. */
export interface PickedFolder {
  readonly path: string | null;
}

/** The remembered settings; null when none were stored yet (or the stored file was damaged). */
export interface ExportSettingsAnswer {
  readonly settings: StoredExportSettings | null;
}

/** Response types of the export calls. */
export interface ExportResponses {
  'export.capabilities': ExportCapabilities;
  'export.render': RenderedExport;
  'export.write': WrittenExport;
  'export.batch': BatchExportResult;
  'export.batchStart': BatchJobStarted;
  'export.batchStatus': BatchJobStatus;
  'export.batchCancel': BatchJobStatus;
  'export.checkFolder': CheckedFolder;
  'export.pickFolder': PickedFolder;
  'export.settings': ExportSettingsAnswer;
}
