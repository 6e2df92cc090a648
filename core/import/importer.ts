/**
 * The importer plugin interface and the registry that picks one for a file. New formats are
 * added by registering an importer, not by editing the dispatcher.
 */
import type { Article } from '../article/model.ts';

/** A file to import: its name (for the extension) and its raw bytes. */
export interface ImportInput {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/** Converts one file format into an Article. `import` throws only ImportError for bad input. */
export interface Importer {
  /** Short id recorded in `meta.source.format` ("text", "copydesk", ...). */
  readonly id: string;
  /** Human-readable name for the Open dialog ("Plain text"). */
  readonly label: string;
  /** Lower-case extensions with the dot, longest first where they overlap (".copydesk.json"). */
  readonly extensions: readonly string[];
  /** Content check for files whose extension is ambiguous (".json"); true means "mine". */
  sniff?(input: ImportInput): boolean;
  import(input: ImportInput): Article | Promise<Article>;
}
