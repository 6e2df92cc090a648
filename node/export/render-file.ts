/**
 * Rendering an article into the bytes of one export file, in any format. PDF needs the
 * host's printer (Electron's `printToPDF`); where there is none, asking for PDF is an
 * `ExportUnsupportedError` rather than a silent fallback.
 */
import type { Article } from '../../core/article/model.ts';
import { renderArticleHtml } from '../../core/export/html.ts';
import { isTextFormat, renderExport, type ExportFormat, type PageSize } from '../../core/export/formats.ts';

/** Prints an HTML document to PDF; supplied by the Electron main process. */
export type PdfPrinter = (html: string, pageSize: PageSize) => Promise<Uint8Array>;

/** A format the running host cannot produce. */
export class ExportUnsupportedError extends Error {
  override readonly name = 'ExportUnsupportedError';
}

/** Options for `renderExportFile`. */
export interface RenderFileOptions {
  readonly pageSize?: PageSize;
  readonly printToPdf?: PdfPrinter | undefined;
  /** A stable id for formats that want one (the source file name). */
  readonly id?: string;
}

/** The bytes (or text) of `article` exported as `format`. */
export async function renderExportFile(
  article: Article,
  format: ExportFormat,
  options: RenderFileOptions = {},
): Promise<string | Uint8Array> {
  if (isTextFormat(format)) return renderExport(article, format, options.id === undefined ? {} : { id: options.id });
  if (!options.printToPdf)
    throw new ExportUnsupportedError('PDF export needs the desktop app; in the browser, print the HTML export instead');
  return options.printToPdf(renderArticleHtml(article), options.pageSize ?? 'A4');
}
