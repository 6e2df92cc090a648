/**
 * Mentions in the headline and standfirst: the model's title marks, their validation, the
 * native round trip, and the library facets that come from them.
 */
import { describe, expect, it } from 'vitest';
import type { Article, Entity } from '../../../core/article/model.ts';
import { mentionTexts, withTitleMarks } from '../../../core/article/model.ts';
import { NativeFormatError, parseNativeDocument, serializeNativeDocument } from '../../../core/article/native.ts';
import { recordFromArticle } from '../../../core/library/record.ts';

const blinken: Entity = { id: 'person:энтони-блинкен', type: 'person', name: 'Энтони Блинкен' };
const kz: Entity = { id: 'country:KZ', type: 'country', code: 'KZ', name: 'Казахстан' };
const tokayev: Entity = { id: 'person:касым-жомарт-токаев', type: 'person', name: 'Касым-Жомарт Токаев' };

const HEADLINE = 'Блинкен прибыл в Казахстан';
const STANDFIRST = 'Госсекретаря встретил Токаев';

/** A story whose headline names a person and a country, and whose standfirst names another person; the body names nobody. */
function titled(): Article {
  return {
    headline: HEADLINE,
    headlineMarks: [
      { type: 'entity', start: 0, end: 7, entityId: blinken.id, kind: 'name' },
      { type: 'entity', start: 17, end: 26, entityId: kz.id, kind: 'name' },
    ],
    standfirst: STANDFIRST,
    standfirstMarks: [{ type: 'entity', start: 22, end: 28, entityId: tokayev.id, kind: 'name' }],
    dateline: null,
    blocks: [{ type: 'paragraph', text: 'Визит продлится два дня.', marks: [] }],
    entities: [blinken, kz, tokayev],
    meta: { language: 'ru', status: 'draft', keywords: [] },
  };
}

/** The native document of `article` with `change` applied to its JSON article first. */
function nativeWith(change: (article: Record<string, unknown>) => void): string {
  const value = JSON.parse(serializeNativeDocument(titled())) as { article: Record<string, unknown> };
  change(value.article);
  return JSON.stringify(value);
}

/** The message of the NativeFormatError `text` raises. */
function refusal(text: string): string {
  try {
    parseNativeDocument(text);
  } catch (error) {
    expect(error).toBeInstanceOf(NativeFormatError);
    return (error as Error).message;
  }
  throw new Error('the document was accepted');
}

describe('title marks in the model', () => {
  it('the marks point at the headline and standfirst words they name', () => {
    const article = titled();
    const named = mentionTexts(article).flatMap((t) => t.marks.map((m) => t.text.slice(m.start, m.end)));
    expect(named).toEqual(['Блинкен', 'Казахстан', 'Токаев']);
  });

  it('mentionTexts walks headline, standfirst, then the body, in reading order', () => {
    expect(mentionTexts(titled()).map((t) => t.text)).toEqual([HEADLINE, STANDFIRST, 'Визит продлится два дня.']);
    const { standfirst: _s, standfirstMarks: _m, ...noStandfirst } = titled();
    expect(mentionTexts(noStandfirst).map((t) => t.text)).toEqual([HEADLINE, 'Визит продлится два дня.']);
  });

  it('withTitleMarks leaves empty lists out, and standfirst marks out without a standfirst', () => {
    const { standfirst: _s, ...noStandfirst } = titled();
    const bare = withTitleMarks(noStandfirst, [], titled().standfirstMarks);
    expect('headlineMarks' in bare).toBe(false);
    expect('standfirstMarks' in bare).toBe(false);
    expect(withTitleMarks(titled(), titled().headlineMarks, []).headlineMarks).toHaveLength(2);
  });
});

describe('native documents with title marks', () => {
  it('round-trip exactly', () => {
    const article = titled();
    const text = serializeNativeDocument(article);
    expect(parseNativeDocument(text)).toStrictEqual(article);
    expect(serializeNativeDocument(parseNativeDocument(text))).toBe(text);
  });

  it('an article without title marks is written without the fields', () => {
    const { headlineMarks: _h, standfirstMarks: _s, ...plain } = titled();
    const text = serializeNativeDocument({ ...plain, entities: [] });
    expect(text).not.toMatch(/headlineMarks|standfirstMarks/);
    expect(parseNativeDocument(text)).toStrictEqual({ ...plain, entities: [] });
  });

  it('refuses, in one line naming the field, marks outside their text', () => {
    const past = nativeWith((a) => {
      (a['headlineMarks'] as { end: number }[])[1]!.end = HEADLINE.length + 1;
    });
    const message = refusal(past);
    expect(message).toMatch(/^invalid Copydesk document: headlineMarks\.1: a mark lies outside its text/);
    expect(message).not.toContain('\n');
    const empty = nativeWith((a) => {
      (a['standfirstMarks'] as { start: number; end: number }[])[0]!.start = 5;
      (a['standfirstMarks'] as { start: number; end: number }[])[0]!.end = 5;
    });
    expect(refusal(empty)).toMatch(/standfirstMarks\.0: a mark lies outside its text or is empty/);
    const negative = nativeWith((a) => {
      (a['headlineMarks'] as { start: number }[])[0]!.start = -1;
    });
    expect(refusal(negative)).toMatch(/^invalid Copydesk document: headlineMarks\.0\.start/);
  });

  it('refuses formatting marks in a title: titles carry mentions only', () => {
    const bold = nativeWith((a) => {
      a['headlineMarks'] = [{ type: 'bold', start: 0, end: 3 }];
    });
    expect(refusal(bold)).toMatch(/headlineMarks\.0\.type: a headline or standfirst carries entity marks only/);
  });

  it('refuses standfirst marks without a standfirst, and an empty mark list', () => {
    const orphaned = nativeWith((a) => {
      delete a['standfirst'];
    });
    expect(refusal(orphaned)).toMatch(/standfirstMarks: marks of a standfirst the article does not have/);
    const empty = nativeWith((a) => {
      a['headlineMarks'] = [];
    });
    expect(refusal(empty)).toMatch(/headlineMarks: an empty mark list is left out/);
  });

  it('refuses a headline mention of an entity the document does not define', () => {
    const unknown = nativeWith((a) => {
      a['entities'] = [kz, tokayev];
    });
    expect(refusal(unknown)).toMatch(/unknown entity "person:энтони-блинкен"/);
  });
});

describe('library facets', () => {
  it('a person and a country named only in the headline, and a person only in the standfirst, are facets', () => {
    const record = recordFromArticle({ path: 'visit.copydesk.json', mtimeMs: Date.UTC(2024, 1, 28), size: 100 }, titled());
    expect(record.people.map((p) => p.name)).toEqual(['Энтони Блинкен', 'Касым-Жомарт Токаев']);
    expect(record.countries).toEqual([{ code: 'KZ', name: 'Казахстан' }]);
  });
});
