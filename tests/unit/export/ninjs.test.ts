/** The IPTC ninjs 3.1 export: valid against the official schema, with the tagged people and countries. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleToNinjs, entityUri, serializeNinjs } from '../../../core/export/ninjs.ts';
import { arbitraryArticle } from '../../support/arbitrary-article.ts';
import { goldTags, ninjsValidator, taggedSample } from './helpers.ts';

describe('ninjs export', () => {
  it('the tagged sample validates against ninjs 3.1 and carries the gold people and countries', async () => {
    const article = await taggedSample();
    const item = JSON.parse(serializeNinjs(article, { id: 'kaztag-blinken-kazakhstan.txt' }));
    const validate = ninjsValidator();
    expect(validate(item), JSON.stringify(validate.errors)).toBe(true);
    const gold = goldTags();
    expect(item.type).toBe('text');
    expect(item.language).toBe('ru');
    expect(item.located).toBe('Астана');
    expect(item.headlines[0].value).toBe(article.headline);
    expect(item.people.map((p: { name: string }) => p.name).sort()).toEqual([...gold.people].sort());
    for (const person of item.people)
      expect(person).toMatchObject({ rel: 'mentions', uri: expect.stringMatching(/^urn:copydesk:person:[!-~]+$/) });
    const countries = item.places.filter((p: { rel: string }) => p.rel === 'mentions');
    expect(countries.map((p: { literal: string }) => p.literal).sort()).toEqual([...gold.countries].sort());
    const [plain, html] = item.bodies;
    expect(plain.contentType).toBe('text/plain');
    expect(html.contentType).toBe('text/html');
    expect(plain.value.startsWith('Государственный секретарь США Энтони Блинкен')).toBe(true);
    expect(plain.wordCount).toBeGreaterThan(200);
    expect(plain.charCount).toBe([...plain.value].length);
    expect(html.value).toContain('data-entity-type="person"');
  });

  it('the validator bites: an unknown property or a non-URI uri is rejected', () => {
    const validate = ninjsValidator();
    expect(validate({ uri: 'urn:copydesk:article:x', type: 'text' })).toBe(true);
    expect(validate({ uri: 'urn:copydesk:article:x', keywords: ['x'] })).toBe(false);
    expect(validate({ uri: 'urn:copydesk:person:энтони' })).toBe(false);
  });

  it('entity URIs are stable and ASCII', () => {
    const uri = entityUri({ id: 'person:энтони-блинкен', type: 'person', name: 'Энтони Блинкен' });
    expect(uri).toBe(`urn:copydesk:person:${encodeURIComponent('энтони-блинкен')}`);
    expect(entityUri({ id: 'country:KZ', type: 'country', code: 'kz', name: 'Казахстан' })).toBe('urn:copydesk:country:KZ');
  });

  it('every generated article exports to valid ninjs', () => {
    const validate = ninjsValidator();
    fc.assert(
      fc.property(arbitraryArticle(), (article) => {
        const item = articleToNinjs(article, { now: new Date('2024-03-01T10:00:00Z') });
        if (!validate(JSON.parse(JSON.stringify(item)))) throw new Error(JSON.stringify(validate.errors));
      }),
      { numRuns: 200 },
    );
  });

  it('bad dates in the metadata are left out rather than written invalid', () => {
    const item = articleToNinjs(
      {
        headline: 'x',
        dateline: null,
        blocks: [],
        entities: [],
        meta: { language: 'ru', status: 'ready', keywords: [], created: 'вчера', modified: '2024-02-28T09:00:00+06:00' },
      },
      {},
    );
    expect(item.firstCreated).toBeUndefined();
    expect(item.versionCreated).toBe('2024-02-28T03:00:00.000Z');
    expect(item.pubStatus).toBe('usable');
    expect(ninjsValidator()(JSON.parse(JSON.stringify(item)))).toBe(true);
  });
});
