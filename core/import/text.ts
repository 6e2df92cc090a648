/** The plain-text importer: decodes a wire story in any supported encoding and parses it. */
import type { Importer } from './importer.ts';
import { ImportError } from './import-error.ts';
import { decodeText } from './encoding.ts';
import { parseWireStory } from '../parse/wire-story.ts';

export { decodeText } from './encoding.ts';

/** Imports `.txt` wire stories, recording their encoding and line endings for re-saving. */
export const textImporter: Importer = {
  id: 'text',
  label: 'Plain text',
  extensions: ['.txt', '.text'],
  import({ fileName, bytes }) {
    const { text, encoding } = decodeText(bytes);
    if (text.trim().length === 0) throw new ImportError('empty', 'the file is empty');
    return parseWireStory(text, { fileName, encoding });
  },
};
