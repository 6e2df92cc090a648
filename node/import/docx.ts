/**
 * The Word (.docx) importer: the archive is checked first (`checkZip`: damage, encryption,
 * zip bombs), then mammoth converts the document to HTML — headings, paragraphs, lists,
 * bold, italic, links — which the shared parser and sanitizing walker turn into an Article.
 * Images are not read at all (the article model holds text).
 */
import mammoth from 'mammoth';
import type { Importer } from '../../core/import/importer.ts';
import { ImportError } from '../../core/import/import-error.ts';
import { htmlToArticle } from '../../core/import/html-to-article.ts';
import { checkZip } from './zip-guard.ts';
import { parseHtml } from './html-parser.ts';

const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
];

/** Imports `.docx` files. */
export const docxImporter: Importer = {
  id: 'docx',
  label: 'Word document',
  extensions: ['.docx'],
  async import({ fileName, bytes }) {
    if (!(bytes[0] === 0x50 && bytes[1] === 0x4b))
      throw new ImportError('malformed', 'not a Word document: a .docx file is a ZIP archive and this one is not');
    let names: string[];
    try {
      names = checkZip(bytes);
    } catch (error) {
      if (error instanceof ImportError) throw new ImportError(error.reason, `not a readable Word document: ${error.message}`);
      throw error;
    }
    if (!names.includes('word/document.xml'))
      throw new ImportError('malformed', 'not a Word document: the archive has no word/document.xml');
    let html: string;
    try {
      const result = await mammoth.convertToHtml(
        { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
        { styleMap: STYLE_MAP, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
      );
      html = result.value;
    } catch (error) {
      throw new ImportError(
        'malformed',
        `not a readable Word document: ${((error as Error)?.message ?? String(error)).split('\n')[0]?.slice(0, 200)}`,
      );
    }
    const article = htmlToArticle(parseHtml(html), { format: 'docx', fileName });
    if (!article.headline && article.blocks.length === 0) throw new ImportError('empty', 'the Word document has no text');
    return article;
  },
};
