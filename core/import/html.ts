/**
 * The HTML importer: decodes the file (any supported encoding), parses it with the
 * platform's HTML parser and converts it with the sanitizing walker `htmlToArticle`.
 */
import type { Importer } from './importer.ts';
import { ImportError } from './import-error.ts';
import { decodeText } from './encoding.ts';
import { htmlToArticle, type HtmlParser } from './html-to-article.ts';

/** The largest HTML text parsed, in characters; more is refused rather than risk a long stall. */
export const MAX_HTML_CHARS = 20_000_000;

/** Builds the HTML importer over a platform HTML parser. */
export function createHtmlImporter(parseHtml: HtmlParser): Importer {
  return {
    id: 'html',
    label: 'HTML',
    extensions: ['.xhtml', '.html', '.htm'],
    import({ fileName, bytes }) {
      const { text, encoding } = decodeText(bytes);
      if (text.trim().length === 0) throw new ImportError('empty', 'the file is empty');
      if (text.length > MAX_HTML_CHARS) throw new ImportError('too-large', 'the HTML is too long to open (over 20 million characters)');
      const article = htmlToArticle(parseHtml(text), { format: 'html', fileName, encoding });
      if (!article.headline && article.blocks.length === 0) throw new ImportError('empty', 'the HTML page has no text');
      return article;
    },
  };
}
