/**
 * Character encodings of plain-text documents: detection, decoding and re-encoding.
 *
 * Newsroom text arrives as UTF-8 (with or without a byte-order mark), UTF-16 with a BOM,
 * and, from older Russian-language systems, the 8-bit Cyrillic code pages Windows-1251 and
 * KOI8-R. Generic detectors confuse those two, because both put Cyrillic letters in the
 * same byte range; the detector here tells them apart by what Russian text looks like
 * after decoding (mostly lower-case letters, with Russian letter frequencies). Western
 * 8-bit text (isolated accented letters between ASCII ones) is read as Windows-1252.
 */
import { ImportError } from './import-error.ts';
import { binarySignature, looksBinary } from './sniff.ts';

/**
 * The encodings Copydesk reads and writes, as recorded in `meta.source.encoding`.
 * "utf-8-bom" is UTF-8 that started with a byte-order mark, kept so re-saving writes one.
 */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1251' | 'koi8-r' | 'windows-1252';

/** Every encoding name `decodeText` can report. */
export const TEXT_ENCODINGS: readonly TextEncodingName[] = [
  'utf-8',
  'utf-8-bom',
  'utf-16le',
  'utf-16be',
  'windows-1251',
  'koi8-r',
  'windows-1252',
];

/** Decoded text and the encoding it was read from. The text never starts with a BOM. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
}

// Relative frequencies (per mille) of Russian letters in running text.
const RUSSIAN_FREQUENCY: Readonly<Record<string, number>> = {
  о: 110,
  е: 85,
  а: 80,
  и: 74,
  н: 67,
  т: 63,
  с: 55,
  р: 47,
  в: 45,
  л: 44,
  к: 35,
  м: 32,
  д: 30,
  п: 28,
  у: 26,
  я: 20,
  ы: 19,
  ь: 17,
  г: 17,
  з: 16,
  б: 16,
  ч: 14,
  й: 12,
  х: 10,
  ж: 9,
  ш: 7,
  ю: 6,
  ц: 5,
  щ: 4,
  э: 3,
  ф: 3,
  ъ: 1,
  ё: 1,
};

/**
 * How much `text` looks like Russian: frequent lower-case letters score high; capitals
 * score a little less, because a text decoded with the wrong Cyrillic code page comes out
 * with its letters permuted (rare letters where frequent ones belong) and its cases swapped.
 */
function russianScore(text: string): number {
  let score = 0;
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const frequency = RUSSIAN_FREQUENCY[lower];
    if (frequency === undefined) continue;
    score += lower === ch ? frequency : frequency * 0.8;
  }
  return score;
}

/**
 * True when the high bytes (0x80 and up) of `bytes` mostly come in runs, as the letters of
 * Cyrillic words do, rather than one at a time between ASCII letters, as accented letters
 * in Western European text do.
 */
function highBytesFormWords(bytes: Uint8Array): boolean {
  let high = 0;
  let inRuns = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    if (byte < 0x80) continue;
    high++;
    if ((bytes[i - 1] ?? 0) >= 0x80 || (bytes[i + 1] ?? 0) >= 0x80) inRuns++;
  }
  return high > 0 && inRuns / high >= 0.5;
}

/** Picks the 8-bit code page of `bytes` (which are not valid UTF-8). */
export function detectSingleByteEncoding(bytes: Uint8Array): 'windows-1251' | 'koi8-r' | 'windows-1252' {
  const sample = bytes.subarray(0, 65_536);
  if (!highBytesFormWords(sample)) return 'windows-1252';
  const cp1251 = russianScore(new TextDecoder('windows-1251').decode(sample));
  const koi8 = russianScore(new TextDecoder('koi8-r').decode(sample));
  return koi8 > cp1251 ? 'koi8-r' : 'windows-1251';
}

/**
 * Decodes the bytes of a text document. UTF-16 needs its BOM; UTF-8 is tried strictly
 * first, then the 8-bit code pages. Throws ImportError for binary data (naming the kind of
 * file when its signature is known).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeUtf16(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeUtf16(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  const signature = binarySignature(bytes);
  if (signature) throw new ImportError('binary', `not a text document: it looks like ${signature}`);
  if (looksBinary(bytes)) throw new ImportError('binary', 'not a text document: the file holds binary data');
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { text, encoding: hasBom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    // Not UTF-8: an 8-bit code page. A BOM followed by invalid UTF-8 is damage, not a code page.
    if (hasBom) throw new ImportError('encoding', 'the text starts as UTF-8 but holds bytes that are not valid UTF-8');
  }
  const encoding = detectSingleByteEncoding(bytes);
  return { text: decodeSingleByte(bytes, encoding), encoding };
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  // An odd trailing byte is a truncated file: decode what is whole rather than refuse the text.
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(0, bytes.length - (bytes.length % 2)));
}

// Windows-1252's printable characters in 0x80–0x9F (WHATWG Encoding). Node 20's decoder reads
// that range as Latin-1 control characters, so it is mapped here for every runtime alike.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Decodes `bytes` in an 8-bit code page. */
export function decodeSingleByte(bytes: Uint8Array, encoding: 'windows-1251' | 'koi8-r' | 'windows-1252'): string {
  const text = new TextDecoder(encoding).decode(bytes);
  if (encoding !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/gu, (ch) => CP1252_HIGH[ch.charCodeAt(0) - 0x80] ?? ch);
}

const singleByteTables = new Map<string, Map<string, number>>();

/** The character → byte table of an 8-bit code page, built once from the platform decoder. */
function singleByteTable(encoding: 'windows-1251' | 'koi8-r' | 'windows-1252'): Map<string, number> {
  let table = singleByteTables.get(encoding);
  if (!table) {
    table = new Map();
    for (let byte = 0; byte < 256; byte++) {
      const ch = decodeSingleByte(Uint8Array.of(byte), encoding);
      if (ch !== '\uFFFD' && !table.has(ch)) table.set(ch, byte);
    }
    singleByteTables.set(encoding, table);
  }
  return table;
}

/**
 * Encodes `text` in `encoding` for re-saving a document as it came. Characters an 8-bit
 * code page cannot hold become "?"; UTF-16 and "utf-8-bom" get their byte-order mark.
 */
export function encodeText(text: string, encoding: string = 'utf-8'): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8-bom':
      return new TextEncoder().encode(`\uFEFF${text}`);
    case 'utf-16le':
    case 'utf-16be': {
      const out = new Uint8Array(2 + text.length * 2);
      const little = encoding === 'utf-16le';
      out[0] = little ? 0xff : 0xfe;
      out[1] = little ? 0xfe : 0xff;
      for (let i = 0; i < text.length; i++) {
        const unit = text.charCodeAt(i);
        out[2 + i * 2] = little ? unit & 0xff : unit >> 8;
        out[3 + i * 2] = little ? unit >> 8 : unit & 0xff;
      }
      return out;
    }
    case 'windows-1251':
    case 'koi8-r':
    case 'windows-1252': {
      const table = singleByteTable(encoding);
      const out: number[] = [];
      for (const ch of text) out.push(table.get(ch) ?? 0x3f);
      return Uint8Array.from(out);
    }
    default:
      throw new ImportError('encoding', `cannot write text in the "${encoding}" encoding`);
  }
}
