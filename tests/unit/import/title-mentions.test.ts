/**
 * Imports that carry mentions in the headline and standfirst: native documents through both
 * JSON importers, and ninjs items whose declared people and places the headline names.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../core/article/model.ts';
import { serializeNativeDocument } from '../../../core/article/native.ts';
import { importDocument } from '../../../core/import/import-document.ts';
import { nodeImporters } from '../../../node/import/importers.ts';

const open = (fileName: string, text: string) => importDocument({ fileName, bytes: new TextEncoder().encode(text) }, nodeImporters);

const titled: Article = {
  headline: 'Блинкен прибыл в Казахстан',
  headlineMarks: [
    { type: 'entity', start: 0, end: 7, entityId: 'person:энтони-блинкен', kind: 'name' },
    { type: 'entity', start: 17, end: 26, entityId: 'country:KZ', kind: 'name' },
  ],
  standfirst: 'Его встретил Токаев',
  standfirstMarks: [{ type: 'entity', start: 13, end: 19, entityId: 'person:токаев', kind: 'name' }],
  dateline: null,
  blocks: [{ type: 'paragraph', text: 'Визит продлится два дня.', marks: [] }],
  entities: [
    { id: 'person:энтони-блинкен', type: 'person', name: 'Энтони Блинкен' },
    { id: 'country:KZ', type: 'country', code: 'KZ', name: 'Казахстан' },
    { id: 'person:токаев', type: 'person', name: 'Токаев' },
  ],
  meta: { language: 'ru', status: 'draft', keywords: [] },
};

describe('importing title mentions', () => {
  it('native documents keep them, as .copydesk.json and as plain .json', async () => {
    const text = serializeNativeDocument(titled);
    expect(await open('visit.copydesk.json', text)).toStrictEqual(titled);
    expect(await open('visit.json', text)).toStrictEqual(titled);
  });

  it('a native document with a title mark outside its headline is refused in one line', async () => {
    const bad = JSON.parse(serializeNativeDocument(titled)) as { article: { headlineMarks: { end: number }[] } };
    bad.article.headlineMarks[0]!.end = 99;
    await expect(open('bad.json', JSON.stringify(bad))).rejects.toThrow(
      /^invalid Copydesk document: headlineMarks\.0: a mark lies outside/,
    );
  });

  it('ninjs: declared people and countries named in the headline and description become title mentions', async () => {
    const item = {
      uri: 'urn:example:visit',
      type: 'text',
      language: 'ru',
      headlines: [{ role: 'main', value: 'Энтони Блинкен прибыл в Казахстан' }],
      descriptions: [{ role: 'summary', value: 'Казахстан встречает Энтони Блинкен' }],
      bodies: [{ role: 'main', contentType: 'text/plain', value: 'Визит продлится два дня.' }],
      people: [{ name: 'Энтони Блинкен', rel: 'mentions' }],
      places: [{ name: 'Казахстан', rel: 'mentions', uri: 'http://cv.iptc.org/newscodes/iso3166-1alpha2/KZ' }],
    };
    const article = await open('visit.ninjs.json', JSON.stringify(item));
    const named = (text: string, marks: Article['headlineMarks']) => (marks ?? []).map((m) => [text.slice(m.start, m.end), m.entityId]);
    const people = article.entities.filter((e) => e.type === 'person');
    const countries = article.entities.filter((e) => e.type === 'country');
    expect(people.map((e) => e.name)).toEqual(['Энтони Блинкен']);
    expect(countries.map((e) => (e.type === 'country' ? e.code : ''))).toEqual(['KZ']);
    expect(named(article.headline, article.headlineMarks)).toEqual([
      ['Энтони Блинкен', people[0]!.id],
      ['Казахстан', countries[0]!.id],
    ]);
    expect(named(article.standfirst ?? '', article.standfirstMarks)).toEqual([
      ['Казахстан', countries[0]!.id],
      ['Энтони Блинкен', people[0]!.id],
    ]);
    // The body names neither: without the titles the entities would be lost.
    expect(article.blocks.every((b) => b.type !== 'list' && b.marks.length === 0)).toBe(true);
  });
});
