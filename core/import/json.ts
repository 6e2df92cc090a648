/**
 * The `.json` dispatcher: JSON files are either native Copydesk documents or IPTC ninjs
 * items. The content decides, wherever in the file the telling keys are; anything else is
 * refused as "not an article" with a message that says what Copydesk expected.
 */
import type { Importer } from './importer.ts';
import { ImportError } from './import-error.ts';
import { decodeText } from './encoding.ts';
import { articleFromNativeValue, isNativeEnvelope, NativeFormatError } from '../article/native.ts';
import { isNinjsItem, ninjsToArticle } from './ninjs.ts';
import type { HtmlParser } from './html-to-article.ts';

/** Builds the importer for `.json` files of either kind. */
export function createJsonImporter(parseHtml: HtmlParser): Importer {
  return {
    id: 'json',
    label: 'JSON article',
    extensions: ['.copydesk.json', '.ninjs.json', '.copydesk', '.ninjs', '.json'],
    import({ fileName, bytes }) {
      const { text, encoding } = decodeText(bytes);
      if (text.trim().length === 0) throw new ImportError('empty', 'the file is empty');
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        throw new ImportError('malformed', `malformed JSON: ${(error as Error).message.split('\n')[0]}`);
      }
      if (isNativeEnvelope(value)) {
        try {
          return articleFromNativeValue(value);
        } catch (error) {
          if (error instanceof NativeFormatError) throw new ImportError('not-an-article', error.message);
          throw error;
        }
      }
      if (isNinjsItem(value)) return ninjsToArticle(value, parseHtml, { fileName, encoding });
      throw new ImportError('not-an-article', 'this JSON is not an article: Copydesk opens its own documents and IPTC ninjs news items');
    },
  };
}
