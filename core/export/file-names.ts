/**
 * Naming export files: after the article's slug when it has one, else after the file it
 * came from, else its headline; always a safe single file name on every desktop OS.
 */
import type { Article } from '../article/model.ts';
import { FORMAT_FILES, type ExportFormat } from './formats.ts';

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
const KNOWN_EXTENSIONS = /(\.copydesk\.json|\.ninjs\.json|\.[a-z0-9]{1,5})$/i;

/** Makes `name` a safe file base name: no separators, control or reserved characters, at most 100 characters. */
export function safeBaseName(name: string): string {
  let base = name
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, '-')
    .replace(/\s+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  base = [...base]
    .slice(0, 100)
    .join('')
    .replace(/[-.]+$/g, '');
  if (base === '' || WINDOWS_RESERVED.test(base)) base = `article${base ? `-${base}` : ''}`;
  return base;
}

/** The base name (no extension) an export of `article` gets; `sourceName` is the file it was read from. */
export function exportBaseName(article: Article, sourceName?: string): string {
  if (article.meta.slug?.trim()) return safeBaseName(article.meta.slug);
  const source = sourceName ?? article.meta.source?.fileName;
  if (source?.trim()) return safeBaseName(source.replace(KNOWN_EXTENSIONS, ''));
  return safeBaseName(article.headline.toLowerCase().slice(0, 60));
}

/** The export file name of `article` in `format`. */
export function exportFileName(article: Article, format: ExportFormat, sourceName?: string): string {
  return `${exportBaseName(article, sourceName)}${FORMAT_FILES[format].extension}`;
}

/** The n-th alternative of a file name: "story.html" → "story-2.html" (n ≥ 2). */
export function numberedFileName(fileName: string, n: number): string {
  const match = KNOWN_EXTENSIONS.exec(fileName);
  const extension = match ? match[0] : '';
  return `${fileName.slice(0, fileName.length - extension.length)}-${n}${extension}`;
}
