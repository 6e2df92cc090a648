/** The plain-text importer: decodes a wire story and parses it with the wire-story parser. */
import type { Importer } from './importer.ts';
import { ImportError } from './import-error.ts';
import { binarySignature, looksBinary } from './sniff.ts';
import { parseWireStory } from '../parse/wire-story.ts';

/** Decodes text bytes: UTF-8 (BOM stripped) or UTF-16 with a BOM; throws ImportError otherwise. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const signature = binarySignature(bytes);
  if (signature) throw new ImportError('binary', `not a text document: it looks like ${signature}`);
  if (looksBinary(bytes)) throw new ImportError('binary', 'not a text document: the file holds binary data');
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    throw new ImportError('encoding', 'the text is not valid UTF-8 and its encoding was not recognised');
  }
}

/** Imports `.txt` wire stories. */
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
