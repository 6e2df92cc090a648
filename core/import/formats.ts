/**
 * The document formats Copydesk opens, as plain data: ids, labels and extensions. The
 * importers themselves live in core (text, native, HTML, ninjs) and node/ (Markdown, Word,
 * which need Node-only libraries); this list lets the renderer's Open dialog, the drop
 * target and the library scan know every format without loading any importer.
 * `tests/unit/import/formats.test.ts` checks it matches the registered importers.
 */

/** One openable format. Extensions are lower case with the dot, longest first where they overlap. */
export interface DocumentFormat {
  readonly id: string;
  readonly label: string;
  readonly extensions: readonly string[];
}

/** Every format the full importer list (node/import/importers.ts) opens. */
export const DOCUMENT_FORMATS: readonly DocumentFormat[] = [
  { id: 'copydesk', label: 'Copydesk document', extensions: ['.copydesk.json', '.copydesk', '.json'] },
  { id: 'ninjs', label: 'IPTC ninjs', extensions: ['.ninjs.json', '.ninjs', '.json'] },
  { id: 'text', label: 'Plain text', extensions: ['.txt', '.text'] },
  { id: 'markdown', label: 'Markdown', extensions: ['.markdown', '.md'] },
  { id: 'html', label: 'HTML', extensions: ['.xhtml', '.html', '.htm'] },
  { id: 'docx', label: 'Word document', extensions: ['.docx'] },
];

/** Every extension any format takes, without repeats. */
export const DOCUMENT_EXTENSIONS: readonly string[] = [...new Set(DOCUMENT_FORMATS.flatMap((f) => f.extensions))];

/** The `accept` value for a file input that offers exactly the openable documents. */
export function fileInputAccept(): string {
  return DOCUMENT_EXTENSIONS.join(',');
}

/** True when `fileName` has an extension some format takes. */
export function isOpenableFileName(fileName: string): boolean {
  const name = fileName.toLowerCase();
  return DOCUMENT_EXTENSIONS.some((ext) => name.endsWith(ext) && name.length > ext.length);
}
