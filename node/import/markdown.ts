/**
 * The Markdown importer: CommonMark through markdown-it with raw HTML disabled (so any
 * `<script>` in the source is text, not markup), rendered to HTML and read by the same
 * parser and sanitizing walker as HTML files.
 */
import MarkdownIt from 'markdown-it';
import type { Importer } from '../../core/import/importer.ts';
import { ImportError } from '../../core/import/import-error.ts';
import { decodeText } from '../../core/import/encoding.ts';
import { htmlToArticle } from '../../core/import/html-to-article.ts';
import { parseHtml } from './html-parser.ts';

/** The longest Markdown source parsed, in characters. */
export const MAX_MARKDOWN_CHARS = 20_000_000;

const markdown = new MarkdownIt('commonmark', { html: false, linkify: false });

/** Imports `.md` and `.markdown` files. */
export const markdownImporter: Importer = {
  id: 'markdown',
  label: 'Markdown',
  extensions: ['.markdown', '.md'],
  import({ fileName, bytes }) {
    const { text, encoding } = decodeText(bytes);
    if (text.trim().length === 0) throw new ImportError('empty', 'the file is empty');
    if (text.length > MAX_MARKDOWN_CHARS)
      throw new ImportError('too-large', 'the Markdown text is too long to open (over 20 million characters)');
    return htmlToArticle(parseHtml(markdown.render(text)), { format: 'markdown', fileName, encoding });
  },
};
