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

/** Response types of the export calls. */
export interface ExportResponses {
  'export.capabilities': ExportCapabilities;
  'export.render': RenderedExport;
  'export.write': WrittenExport;
  'export.batch': BatchExportResult;
}
