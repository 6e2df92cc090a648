/** The native document format: lossless round trip, and clear refusal of anything else. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseNativeDocument, serializeNativeDocument, NativeFormatError } from '../../../core/article/native.ts';
import { parseWireStory } from '../../../core/parse/wire-story.ts';
import { arbitraryArticle } from '../../support/arbitrary-article.ts';
import { REPO_ROOT } from '../../support/web-app.ts';

describe('native documents', () => {
  it('round-trips the sample exactly', () => {
    const article = parseWireStory(readFileSync(join(REPO_ROOT, 'documents/kaztag-blinken-kazakhstan.txt'), 'utf8'));
    expect(parseNativeDocument(serializeNativeDocument(article))).toEqual(article);
  });

  it('round-trips generated articles, tags and metadata included', () => {
    fc.assert(
      fc.property(arbitraryArticle(), (article) => {
        expect(parseNativeDocument(serializeNativeDocument(article))).toEqual(article);
      }),
      { numRuns: 300 },
    );
  });

  it('names the problem of a bad document in one line', () => {
    const cases: Array<[string, RegExp]> = [
      ['{', /^malformed JSON/],
      ['[]', /not a Copydesk document/],
      ['{"format":"copydesk"}', /no version/],
      ['{"format":"copydesk","version":99,"article":{}}', /newer than this app reads/],
      ['{"format":"copydesk","version":1,"article":{"headline":5}}', /^invalid Copydesk document: /],
    ];
    for (const [text, message] of cases) {
      expect(() => parseNativeDocument(text)).toThrow(NativeFormatError);
      expect(() => parseNativeDocument(text)).toThrow(message);
    }
  });

  it('refuses a mention of an entity the document does not define', () => {
    const doc = {
      format: 'copydesk',
      version: 1,
      article: {
        headline: 'x',
        dateline: null,
        blocks: [{ type: 'paragraph', text: 'Токаев', marks: [{ type: 'entity', start: 0, end: 6, entityId: 'p1', kind: 'name' }] }],
        entities: [],
        meta: { language: 'ru', status: 'draft', keywords: [] },
      },
    };
    expect(() => parseNativeDocument(JSON.stringify(doc))).toThrow(/unknown entity "p1"/);
  });
});
