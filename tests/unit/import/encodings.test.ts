/** Text encodings: the sample story in every supported encoding opens the same; re-saving keeps encoding and line endings. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { decodeText, detectSingleByteEncoding, encodeText, TEXT_ENCODINGS } from '../../../core/import/encoding.ts';
import { textImporter } from '../../../core/import/text.ts';
import { parseWireStory } from '../../../core/parse/wire-story.ts';
import { articleToPlainText } from '../../../core/parse/plain-text.ts';
import { ImportError } from '../../../core/import/import-error.ts';
import { SAMPLE_TEXT, SAMPLE_TEXT_KOI8, sampleIn } from '../../support/fixtures-import.ts';

const utf8 = parseWireStory(SAMPLE_TEXT);

describe('the sample in other encodings', () => {
  for (const encoding of ['windows-1251', 'koi8-r', 'utf-16le', 'utf-16be', 'utf-8-bom'] as const) {
    it(`${encoding} is detected and decodes to the same story`, async () => {
      const bytes = new Uint8Array(sampleIn(encoding));
      const decoded = decodeText(bytes);
      expect(decoded.encoding).toBe(encoding);
      expect(decoded.text).toBe(encoding === 'koi8-r' ? SAMPLE_TEXT_KOI8 : SAMPLE_TEXT);
      const article = await textImporter.import({ fileName: `sample-${encoding}.txt`, bytes });
      expect(article.meta.source).toMatchObject({ format: 'text', encoding, lineEnding: 'lf' });
      expect(article.headline).toBe(utf8.headline);
      expect(article.blocks).toHaveLength(utf8.blocks.length);
      expect(article.dateline).toEqual(utf8.dateline);
      const same = (text: string) => (encoding === 'koi8-r' ? text.replace(/[«»]/g, '"').replace(/[–—]/g, '-') : text);
      expect(article.blocks).toEqual(utf8.blocks.map((b) => (b.type === 'list' ? b : { ...b, text: same(b.text) })));
    });
  }

  it('tells Windows-1251 from KOI8-R on short and all-capitals text too', () => {
    for (const text of ['Госсекретарь США прокомментировал', 'ГОССЕКРЕТАРЬ США ПРОКОММЕНТИРОВАЛ ВЛИЯНИЕ САНКЦИЙ', 'Астана. 28 февраля']) {
      expect(detectSingleByteEncoding(new Uint8Array(iconv.encode(text, 'windows-1251')))).toBe('windows-1251');
      expect(detectSingleByteEncoding(new Uint8Array(iconv.encode(text, 'koi8-r')))).toBe('koi8-r');
    }
  });

  it('reads Western 8-bit text as Windows-1252, dashes and quotes included', () => {
    const text = 'Café “naïve” résumé — déjà vu, 5 €.';
    expect(decodeText(new Uint8Array(iconv.encode(text, 'windows-1252')))).toEqual({ text, encoding: 'windows-1252' });
  });

  it('re-saving as text keeps the encoding, byte for byte, and the line endings', () => {
    for (const encoding of ['windows-1251', 'utf-16le', 'utf-16be', 'utf-8-bom'] as const) {
      const original = sampleIn(encoding);
      const { text } = decodeText(new Uint8Array(original));
      expect(Buffer.from(encodeText(text, encoding)).equals(original)).toBe(true);
    }
    for (const lineEnding of ['lf', 'crlf', 'cr'] as const) {
      const eol = { lf: '\n', crlf: '\r\n', cr: '\r' }[lineEnding];
      const source = SAMPLE_TEXT.replace(/\n/g, eol);
      const article = parseWireStory(source);
      expect(article.meta.source?.lineEnding).toBe(lineEnding);
      const written = articleToPlainText(article);
      expect(written.replace(new RegExp(eol, 'g'), '')).not.toMatch(/[\r\n]/);
      expect(parseWireStory(written)).toEqual(article);
    }
  });

  it('every encoding name round-trips any text it can hold', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗ .,!?0123456789abcXYZ\n') }), (text) => {
        for (const encoding of TEXT_ENCODINGS.filter((e) => e !== 'windows-1252')) {
          expect(new TextDecoder(encoding === 'utf-8-bom' ? 'utf-8' : encoding).decode(encodeText(text, encoding))).toBe(text);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refuses binary data and damaged UTF-8 after a BOM with ImportError', () => {
    expect(() => decodeText(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0]))).toThrow(/PNG image/);
    expect(() => decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0xff, 0xfe, 0x41]))).toThrow(ImportError);
  });
});
