/**
 * The export formats and one entry point that renders an article in any of them. PDF is a
 * rendition of the HTML export made by the host (Electron's printer), so core only names it.
 */
import type { Article } from '../article/model.ts';
import { serializeNativeDocument, NATIVE_EXTENSION } from '../article/native.ts';
import { renderArticleHtml } from './html.ts';
import { renderArticleMarkdown } from './markdown.ts';
import { serializeNinjs } from './ninjs.ts';

/** Every export format, in the order UIs offer them. */
export const EXPORT_FORMATS = ['html', 'json', 'ninjs', 'md', 'pdf'] as const;

/** An export format. `json` is the native Copydesk document. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The formats core renders to text (all but PDF). */
export type TextExportFormat = Exclude<ExportFormat, 'pdf'>;

/** The page sizes of PDF exports. */
export const PAGE_SIZES = ['A4', 'Letter'] as const;

/** A PDF page size. */
export type PageSize = (typeof PAGE_SIZES)[number];

/** File extension (with the dot) and media type of each format. */
export const FORMAT_FILES: Readonly<Record<ExportFormat, { readonly extension: string; readonly mime: string }>> = {
  html: { extension: '.html', mime: 'text/html;charset=utf-8' },
  json: { extension: NATIVE_EXTENSION, mime: 'application/json' },
  ninjs: { extension: '.ninjs.json', mime: 'application/json' },
  md: { extension: '.md', mime: 'text/markdown;charset=utf-8' },
  pdf: { extension: '.pdf', mime: 'application/pdf' },
};

/** True for a format core renders to text. */
export function isTextFormat(format: ExportFormat): format is TextExportFormat {
  return format !== 'pdf';
}

/** Options for `renderExport`. */
export interface RenderOptions {
  /** A stable identifier of the article (its file name), used where a format wants one (ninjs uri). */
  readonly id?: string;
  readonly now?: Date;
}

/** Renders `article` in a text format. */
export function renderExport(article: Article, format: TextExportFormat, options: RenderOptions = {}): string {
  switch (format) {
    case 'html':
      return renderArticleHtml(article);
    case 'json':
      return serializeNativeDocument(article);
    case 'ninjs':
      return serializeNinjs(article, options);
    case 'md':
      return renderArticleMarkdown(article);
  }
}
