/**
 * Handlers of the "export" API area. Files are written through the same code as the CLI's
 * batch export, so both never replace a file unless told to; PDF goes through the host's
 * printer when the transport has one (the desktop app).
 */
import { basename, isAbsolute, join, resolve } from 'node:path';
import { promises as fs } from 'node:fs';
import type { ExportResponses } from '../../../core/api/export.ts';
import { ApiFailure } from '../../../core/api/result.ts';
import { exportFileName } from '../../../core/export/file-names.ts';
import { EXPORT_FORMATS, FORMAT_FILES, renderExport } from '../../../core/export/formats.ts';
import { tagArticle } from '../../../core/tagger/apply.ts';
import { exportBatch } from '../../export/batch.ts';
import { BatchJobs, UnknownJobError } from '../../export/batch-jobs.ts';
import { checkExportFolder, UnusableFolderError } from '../../export/check-folder.ts';
import { EXPORT_SETTINGS_FILE, ExportSettingsStore } from '../../export/settings-store.ts';
import { ExportUnsupportedError, renderExportFile } from '../../export/render-file.ts';
import { describeWriteError, ExportExistsError, writeExportFile } from '../../export/write-export.ts';
import { loadTagger } from '../../tagger/load-tagger.ts';
import type { AreaHandlers } from '../handler-types.ts';
import type { BackendServices } from '../services.ts';

/** Builds the export handlers. */
export function exportHandlers(services: BackendServices): AreaHandlers<keyof ExportResponses & string> {
  const jobs = new BatchJobs();
  services.disposers.push(() => jobs.stopAll());
  const settings = new ExportSettingsStore(join(services.userDataDir, EXPORT_SETTINGS_FILE));
  const absolute = (dir: string): string => (isAbsolute(dir) ? dir : resolve(services.documentsDir, dir));
  const checked = async (dir: string) => {
    try {
      return await checkExportFolder(absolute(dir), dir);
    } catch (error) {
      if (error instanceof UnusableFolderError) throw new ApiFailure('io', error.message);
      throw error;
    }
  };
  const job = async <T>(run: () => T | Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      if (error instanceof UnknownJobError) throw new ApiFailure('not-found', error.message);
      throw error;
    }
  };
  const folder = async (dir: string): Promise<string> => {
    const { path: absolute } = await checked(dir);
    try {
      await fs.mkdir(absolute, { recursive: true });
    } catch (error) {
      throw new ApiFailure('io', describeWriteError(error, dir));
    }
    return absolute;
  };

  return {
    'export.capabilities': async () => ({
      formats: EXPORT_FORMATS.filter((f) => f !== 'pdf' || services.printToPdf !== undefined),
      defaultDir: services.documentsDir,
    }),
    'export.render': async ({ article, format, sourceName }) => ({
      fileName: exportFileName(article, format, sourceName),
      mime: FORMAT_FILES[format].mime,
      content: renderExport(article, format, sourceName === undefined ? {} : { id: basename(sourceName) }),
    }),
    'export.write': async ({ article, format, dir, sourceName, pageSize, conflict }) => {
      const target = await folder(dir);
      const fileName = exportFileName(article, format, sourceName === undefined ? undefined : basename(sourceName));
      let data: string | Uint8Array;
      try {
        data = await renderExportFile(article, format, {
          printToPdf: services.printToPdf,
          ...(pageSize ? { pageSize } : {}),
          ...(sourceName ? { id: basename(sourceName) } : {}),
        });
      } catch (error) {
        if (error instanceof ExportUnsupportedError) throw new ApiFailure('unsupported', error.message);
        throw error;
      }
      try {
        const path = await writeExportFile(target, fileName, data, conflict ?? 'fail');
        return { path, fileName: basename(path) };
      } catch (error) {
        if (error instanceof ExportExistsError) throw new ApiFailure('conflict', error.message);
        throw new ApiFailure('io', describeWriteError(error, resolve(target, fileName)));
      }
    },
    'export.batchStart': async ({ paths, format, dir, pageSize, conflict }) => {
      if (format === 'pdf' && !services.printToPdf) throw new ApiFailure('unsupported', 'PDF export needs the desktop app');
      const outDir = await folder(dir);
      return jobs.start(paths, {
        format,
        outDir,
        cwd: services.documentsDir,
        conflict: conflict ?? 'fail',
        printToPdf: services.printToPdf,
        ...(pageSize ? { pageSize } : {}),
        // Each PDF is printed in its own hidden window: a few at a time, not eight.
        ...(format === 'pdf' ? { concurrency: 2 } : {}),
      });
    },
    'export.batchStatus': async ({ job: id }) => job(() => jobs.status(id)),
    'export.batchCancel': async ({ job: id }) => job(() => jobs.cancel(id)),
    'export.checkFolder': async ({ dir }) => checked(dir),
    'export.pickFolder': async ({ start }) => {
      if (!services.pickFolder) throw new ApiFailure('unsupported', 'there is no folder picker here: type the folder path');
      return { path: await services.pickFolder(start === undefined ? services.documentsDir : absolute(start)) };
    },
    'export.settings': async ({ set }) => {
      if (set) await settings.write(set);
      return { settings: set ?? (await settings.read()) };
    },
    'export.batch': async ({ paths, format, dir, pageSize, conflict, tag }) => {
      if (format === 'pdf' && !services.printToPdf) throw new ApiFailure('unsupported', 'PDF export needs the desktop app');
      const outDir = await folder(dir);
      const tagger = tag ? await loadTagger() : undefined;
      return exportBatch(paths, {
        format,
        outDir,
        cwd: services.documentsDir,
        conflict: conflict ?? 'fail',
        printToPdf: services.printToPdf,
        ...(pageSize ? { pageSize } : {}),
        ...(tagger ? { tag: async (article) => tagArticle(article, tagger) } : {}),
      });
    },
  };
}
