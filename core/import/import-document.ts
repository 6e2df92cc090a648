/**
 * The import dispatcher: picks the importer for a file by extension (and content sniffing
 * for ambiguous extensions) and guarantees that only ImportError escapes for bad input,
 * and that no imported article carries a link other than http, https or mailto.
 */
import type { Article, Block, InlineText } from '../article/model.ts';
import type { ImportInput, Importer } from './importer.ts';
import { ImportError } from './import-error.ts';
import { nativeImporter } from './native.ts';
import { textImporter } from './text.ts';
import { DOCUMENT_EXTENSIONS } from './formats.ts';
import { isSafeLinkHref } from '../security/links.ts';

/**
 * The importers core can run without a platform HTML parser. The backend uses the full
 * list from `node/import/importers.ts` (Markdown, HTML, Word, ninjs as well).
 */
export const defaultImporters: readonly Importer[] = [nativeImporter, textImporter];

/**
 * The extensions `importers` accept (for Open dialog filters and library scans); without
 * an argument, every extension of every format the app opens (`DOCUMENT_FORMATS`).
 */
export function supportedExtensions(importers?: readonly Importer[]): string[] {
  if (!importers) return [...DOCUMENT_EXTENSIONS];
  return [...new Set(importers.flatMap((i) => i.extensions))];
}

/** The importer for `input`, or null when no importer takes the file. */
export function pickImporter(input: ImportInput, importers: readonly Importer[] = defaultImporters): Importer | null {
  const name = input.fileName.toLowerCase();
  const byExtension = importers.filter((i) => i.extensions.some((ext) => name.endsWith(ext)));
  if (byExtension.length <= 1) return byExtension[0] ?? null;
  return byExtension.find((i) => i.sniff?.(input) ?? false) ?? byExtension[byExtension.length - 1] ?? null;
}

function safeInline<T extends InlineText>(inline: T): T {
  if (!inline.marks.some((m) => m.type === 'link' && !isSafeLinkHref(m.href))) return inline;
  return { ...inline, marks: inline.marks.filter((m) => m.type !== 'link' || isSafeLinkHref(m.href)) };
}

/**
 * `article` without any link whose href is not http, https or mailto. Importers that
 * build links already check; this also covers native documents written elsewhere.
 */
export function withSafeLinks(article: Article): Article {
  const blocks: Block[] = article.blocks.map((block) =>
    block.type === 'list' ? { ...block, items: block.items.map(safeInline) } : safeInline(block),
  );
  return { ...article, blocks };
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
    return withSafeLinks(await importer.import(input));
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const message = ((error as Error)?.message ?? String(error)).split('\n')[0]?.slice(0, 200);
    throw new ImportError('malformed', `could not read the ${importer.label.toLowerCase()}: ${message}`);
  }
}
