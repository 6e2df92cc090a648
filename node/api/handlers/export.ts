/**
 * Handlers of the "export" API area. Files are written through the same code as the CLI's
 * batch export, so both never replace a file unless told to; PDF goes through the host's
 * printer when the transport has one (the desktop app).
 */
import { basename, isAbsolute, resolve } from 'node:path';
import { promises as fs } from 'node:fs';
import type { ExportResponses } from '../../../core/api/export.ts';
import { ApiFailure } from '../../../core/api/result.ts';
import { exportFileName } from '../../../core/export/file-names.ts';
import { EXPORT_FORMATS, FORMAT_FILES, renderExport } from '../../../core/export/formats.ts';
import { tagArticle } from '../../../core/tagger/apply.ts';
import { exportBatch } from '../../export/batch.ts';
import { ExportUnsupportedError, renderExportFile } from '../../export/render-file.ts';
import { describeWriteError, ExportExistsError, writeExportFile } from '../../export/write-export.ts';
import { loadTagger } from '../../tagger/load-tagger.ts';
import type { AreaHandlers } from '../handler-types.ts';
import type { BackendServices } from '../services.ts';

/** Builds the export handlers. */
export function exportHandlers(services: BackendServices): AreaHandlers<keyof ExportResponses & string> {
  const folder = async (dir: string): Promise<string> => {
    const absolute = isAbsolute(dir) ? dir : resolve(services.documentsDir, dir);
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
