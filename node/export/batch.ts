/**
 * Batch export: every article of some folders and files, each read, optionally tagged,
 * rendered and written on its own, so one bad file never stops the others. Reports
 * progress after each article and returns what was written and what failed, in input order.
 */
import { promises as fs } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Article } from '../../core/article/model.ts';
import { exportFileName } from '../../core/export/file-names.ts';
import type { ExportFormat, PageSize } from '../../core/export/formats.ts';
import { openDocumentFile } from '../documents/open-document.ts';
import { describeWriteError, ExportExistsError, writeExportFile, type ConflictPolicy } from './write-export.ts';
import { renderExportFile, type PdfPrinter } from './render-file.ts';

/** One input of a batch that could not be exported, with a one-line reason naming it. */
export interface BatchFailure {
  readonly source: string;
  readonly message: string;
  /** Set when the only problem is that the export file exists (policy `fail`): its path. */
  readonly existing?: string;
}

/** One exported article. */
export interface BatchSuccess {
  readonly source: string;
  readonly path: string;
}

/** The outcome of a batch. */
export interface BatchSummary {
  readonly exported: readonly BatchSuccess[];
  readonly failed: readonly BatchFailure[];
}

/** Progress after each article: how many are done of how many. */
export type BatchProgress = (done: number, total: number, source: string) => void;

/** Options for `exportBatch`. */
export interface BatchOptions {
  readonly format: ExportFormat;
  readonly outDir: string;
  readonly conflict: ConflictPolicy;
  readonly pageSize?: PageSize;
  readonly printToPdf?: PdfPrinter | undefined;
  /** Adds the tagger's suggestions to each article before exporting. */
  readonly tag?: (article: Article) => Promise<Article>;
  readonly onProgress?: BatchProgress;
  /** Told each article's outcome as soon as it is known (before `onProgress`). */
  readonly onResult?: (result: BatchSuccess | BatchFailure) => void;
  /** Once aborted, no further article is started; the ones in flight finish. */
  readonly signal?: AbortSignal;
  /** Articles in flight at once (I/O overlap); default 8. */
  readonly concurrency?: number;
  /** The folder relative inputs are resolved in; default the process's working folder. */
  readonly cwd?: string;
}

/** A file of a batch: its absolute path, and how messages name it (as the user gave it). */
export interface BatchInput {
  readonly path: string;
  readonly display: string;
}

/**
 * The files a batch reads: each file as given, each folder's regular files (not recursive;
 * hidden files and export leftovers skipped), in name order. An input that does not exist
 * is a failure, not an exception.
 */
export async function collectBatchInputs(inputs: readonly string[], cwd: string): Promise<{ files: BatchInput[]; failed: BatchFailure[] }> {
  const files: BatchInput[] = [];
  const failed: BatchFailure[] = [];
  for (const input of inputs) {
    const path = resolve(cwd, input);
    const stat = await fs.stat(path).catch((error: NodeJS.ErrnoException) => error);
    if (stat instanceof Error) {
      failed.push({ source: input, message: `${input}: ${stat.code === 'ENOENT' ? 'no such file or folder' : stat.message}` });
    } else if (stat.isDirectory()) {
      const entries = await fs.readdir(path, { withFileTypes: true });
      const names = entries.filter((e) => e.isFile() && !e.name.startsWith('.')).map((e) => e.name);
      files.push(...names.sort().map((name) => ({ path: join(path, name), display: join(input, name) })));
    } else {
      files.push({ path, display: input });
    }
  }
  return { files, failed };
}

/** Exports every article of `inputs` into `options.outDir`. */
export async function exportBatch(inputs: readonly string[], options: BatchOptions): Promise<BatchSummary> {
  const { files, failed: missing } = await collectBatchInputs(inputs, options.cwd ?? process.cwd());
  return exportBatchFiles(files, missing, options);
}

/**
 * Exports the already collected `files` (see `collectBatchInputs`); `missing` are inputs that
 * failed to collect and lead the failures. Files not started before `options.signal` aborted
 * appear in neither list.
 */
export async function exportBatchFiles(
  files: readonly BatchInput[],
  missing: readonly BatchFailure[],
  options: BatchOptions,
): Promise<BatchSummary> {
  await fs.mkdir(options.outDir, { recursive: true });
  const results: Array<BatchSuccess | BatchFailure | undefined> = new Array(files.length);
  // Two inputs can map to one name (story.txt and story.md): later ones get a numbered name
  // instead of replacing a file this same batch wrote.
  const claimed = new Set<string>();
  let done = 0;
  let next = 0;
  const worker = async () => {
    while (next < files.length && !options.signal?.aborted) {
      const index = next++;
      const { path: sourcePath, display: source } = files[index] as BatchInput;
      let fileName: string | undefined;
      try {
        let article = await openDocumentFile(sourcePath, { displayName: source });
        if (options.tag) article = await options.tag(article);
        fileName = exportFileName(article, options.format, basename(sourcePath));
        const data = await renderExportFile(article, options.format, {
          id: basename(sourcePath),
          printToPdf: options.printToPdf,
          ...(options.pageSize ? { pageSize: options.pageSize } : {}),
        });
        const policy = claimed.has(fileName) ? 'rename' : options.conflict;
        claimed.add(fileName);
        const path = await writeExportFile(options.outDir, fileName, data, policy);
        claimed.add(basename(path));
        results[index] = { source, path };
      } catch (error) {
        const raw =
          fileName === undefined ? ((error as Error)?.message ?? String(error)) : describeWriteError(error, join(options.outDir, fileName));
        const line = raw.split('\n')[0] as string;
        results[index] = {
          source,
          message: line.startsWith(source) || fileName !== undefined ? line : `${source}: ${line}`,
          ...(error instanceof ExportExistsError ? { existing: error.path } : {}),
        };
      }
      options.onResult?.(results[index] as BatchSuccess | BatchFailure);
      options.onProgress?.(++done, files.length, source);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 8, files.length)) }, worker));
  return {
    exported: results.filter((r): r is BatchSuccess => r !== undefined && 'path' in r),
    failed: [...missing, ...results.filter((r): r is BatchFailure => r !== undefined && 'message' in r)],
  };
}
