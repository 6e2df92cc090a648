/** Property tests: on any bytes or string, every importer returns a valid article or throws ImportError — nothing else. */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importDocument, pickImporter } from '../../../core/import/import-document.ts';
import { ImportError } from '../../../core/import/import-error.ts';
import { articleSchema } from '../../../core/article/schema.ts';
import { nodeImporters } from '../../../node/import/importers.ts';
import { prepareHtmlSanitizer } from '../../../node/import/purify.ts';

beforeAll(() => prepareHtmlSanitizer());
import { makeZip, sampleDocx } from '../../support/fixtures-import.ts';

const EXTENSIONS = ['.txt', '.md', '.html', '.json', '.copydesk.json', '.ninjs.json', '.docx'];

/**
 * Runs the importer the dispatcher would pick directly, so that the dispatcher's own
 * safety net (which wraps stray exceptions) cannot hide an importer that throws anything else.
 */
async function expectImportOutcome(fileName: string, bytes: Uint8Array) {
  const importer = pickImporter({ fileName, bytes }, nodeImporters);
  expect(importer).not.toBeNull();
  if (bytes.length === 0) {
    // The dispatcher refuses empty files before any importer runs.
    await expect(importDocument({ fileName, bytes }, nodeImporters)).rejects.toThrow(ImportError);
    return;
  }
  try {
    const article = await importer!.import({ fileName, bytes });
    expect(articleSchema.safeParse(article).success).toBe(true);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    expect(error.message.split('\n')).toHaveLength(1);
    expect(error.message.length).toBeLessThan(400);
  }
}

describe('every importer on arbitrary input', () => {
  it('arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...EXTENSIONS), fc.uint8Array({ maxLength: 2_000 }), (ext, bytes) =>
        expectImportOutcome(`f${ext}`, bytes),
      ),
      { numRuns: 2_000 },
    );
  });

  it('arbitrary strings, in any Unicode', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...EXTENSIONS), fc.string({ unit: 'grapheme', maxLength: 500 }), (ext, text) =>
        expectImportOutcome(`f${ext}`, new TextEncoder().encode(text)),
      ),
      { numRuns: 2_000 },
    );
  });

  it('arbitrary JSON values', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('.json', '.ninjs.json', '.copydesk.json'), fc.jsonValue(), (ext, value) =>
        expectImportOutcome(`f${ext}`, new TextEncoder().encode(JSON.stringify(value) ?? 'null')),
      ),
      { numRuns: 1_000 },
    );
  });

  it('ninjs-shaped objects with arbitrary field values', async () => {
    const anything = fc.anything({ maxDepth: 2 });
    const item = fc.record(
      {
        uri: anything,
        type: anything,
        headline: anything,
        headlines: anything,
        body_text: anything,
        body_html: anything,
        bodies: anything,
        people: anything,
        places: anything,
        language: anything,
        by: anything,
        byline: anything,
      },
      { requiredKeys: ['uri'] },
    );
    await fc.assert(
      fc.asyncProperty(item, (value) => expectImportOutcome('item.json', new TextEncoder().encode(JSON.stringify(value)))),
      { numRuns: 1_000 },
    );
  });

  it('damaged Word documents: truncated anywhere or with bytes flipped', async () => {
    const docx = new Uint8Array(sampleDocx());
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: docx.length }),
        fc.array(fc.tuple(fc.nat({ max: docx.length - 1 }), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        async (cut, flips) => {
          const bytes = docx.slice(0, Math.max(cut, 1));
          for (const [at, value] of flips) if (at < bytes.length) bytes[at] = value;
          await expectImportOutcome('damaged.docx', bytes);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('ZIP archives with arbitrary entries', async () => {
    const entry = fc.record({
      name: fc.constantFrom('word/document.xml', '[Content_Types].xml', '_rels/.rels', 'x'),
      data: fc.string({ maxLength: 300 }),
      store: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { maxLength: 4 }), (entries) => expectImportOutcome('zip.docx', new Uint8Array(makeZip(entries)))),
      { numRuns: 300 },
    );
  });
});
