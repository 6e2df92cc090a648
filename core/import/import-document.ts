/**
 * The import dispatcher: picks the importer for a file by extension (and content sniffing
 * for ambiguous extensions) and guarantees that only ImportError escapes for bad input.
 */
import type { Article } from '../article/model.ts';
import type { ImportInput, Importer } from './importer.ts';
import { ImportError } from './import-error.ts';
import { nativeImporter } from './native.ts';
import { textImporter } from './text.ts';

/** The importers this build knows, in priority order. */
export const defaultImporters: readonly Importer[] = [nativeImporter, textImporter];

/** The extensions any of `importers` accepts (for Open dialog filters and library scans). */
export function supportedExtensions(importers: readonly Importer[] = defaultImporters): string[] {
  return [...new Set(importers.flatMap((i) => i.extensions))];
}

/** The importer for `input`, or null when no importer takes the file. */
export function pickImporter(input: ImportInput, importers: readonly Importer[] = defaultImporters): Importer | null {
  const name = input.fileName.toLowerCase();
  const byExtension = importers.filter((i) => i.extensions.some((ext) => name.endsWith(ext)));
  if (byExtension.length <= 1) return byExtension[0] ?? null;
  return byExtension.find((i) => i.sniff?.(input) ?? false) ?? byExtension[byExtension.length - 1] ?? null;
}

/**
 * Imports a file into an Article. Throws ImportError for an empty, binary, malformed or
 * unsupported file; an unexpected exception inside an importer is reported as malformed
 * input rather than escaping as a crash.
 */
export async function importDocument(input: ImportInput, importers: readonly Importer[] = defaultImporters): Promise<Article> {
  if (input.bytes.length === 0) throw new ImportError('empty', 'the file is empty');
  const importer = pickImporter(input, importers);
  if (!importer) {
    const dot = input.fileName.lastIndexOf('.');
    const ext = dot > 0 ? input.fileName.slice(dot) : '(none)';
    throw new ImportError('unsupported', `unsupported file type "${ext}": Copydesk opens ${supportedExtensions(importers).join(', ')}`);
  }
  try {
    return await importer.import(input);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError('malformed', `could not read the ${importer.label.toLowerCase()}: ${(error as Error)?.message ?? String(error)}`);
  }
}
