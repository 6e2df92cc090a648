/** The importer for native Copydesk documents (`.copydesk.json`, or `.json` with the envelope). */
import type { Importer } from './importer.ts';
import { ImportError } from './import-error.ts';
import { decodeText } from './text.ts';
import { NATIVE_FORMAT, NativeFormatError, parseNativeDocument } from '../article/native.ts';

/** Imports native documents; refuses JSON that is not one with a `not-an-article` error. */
export const nativeImporter: Importer = {
  id: NATIVE_FORMAT,
  label: 'Copydesk document',
  extensions: ['.copydesk.json', '.copydesk', '.json'],
  sniff({ bytes }) {
    const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 512));
    return /"format"\s*:\s*"copydesk"/u.test(head);
  },
  import({ bytes }) {
    const { text } = decodeText(bytes);
    if (text.trim().length === 0) throw new ImportError('empty', 'the file is empty');
    try {
      return parseNativeDocument(text);
    } catch (error) {
      if (error instanceof NativeFormatError) {
        const reason = error.message.startsWith('malformed JSON') ? 'malformed' : 'not-an-article';
        throw new ImportError(reason, error.message);
      }
      throw error;
    }
  },
};
