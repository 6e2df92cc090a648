/**
 * The full importer list the backend opens documents with: core's text, HTML, native and
 * ninjs importers over the parse5 HTML parser, plus Markdown (markdown-it) and Word
 * (mammoth). Its extensions match `DOCUMENT_FORMATS` (checked by tests/unit/import/formats.test.ts).
 */
import type { Importer } from '../../core/import/importer.ts';
import { textImporter } from '../../core/import/text.ts';
import { createHtmlImporter } from '../../core/import/html.ts';
import { createJsonImporter } from '../../core/import/json.ts';
import { parseHtml } from './html-parser.ts';
import { markdownImporter } from './markdown.ts';
import { docxImporter } from './docx.ts';

/** Every importer, in priority order. */
export const nodeImporters: readonly Importer[] = [
  createJsonImporter(parseHtml),
  textImporter,
  markdownImporter,
  createHtmlImporter(parseHtml),
  docxImporter,
];
