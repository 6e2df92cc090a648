import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tag } from './helpers.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const text = readFileSync(path.join(root, 'documents/kaztag-blinken-kazakhstan.txt'), 'utf8').replace(/^\uFEFF/u, '');
const gold = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/kaztag-blinken-kazakhstan.gold.json'), 'utf8')) as {
  people: { canonical: string; mentions: { start: number; end: number; text: string }[] }[];
  countries: { code: string; mentions: { start: number; end: number; text: string; kind: string }[] }[];
};

describe('the sample article against its gold file', () => {
  it('finds every gold person with the canonical name and every mention span', async () => {
    const result = await tag(text);
    for (const person of gold.people) {
      const found = result.people.find((p) => p.name === person.canonical);
      expect(found, person.canonical).toBeDefined();
      for (const m of person.mentions) expect(found!.mentions).toContainEqual({ start: m.start, end: m.end, text: m.text });
    }
  });

  it('finds every gold country with the right code, span and kind', async () => {
    const result = await tag(text);
    for (const country of gold.countries) {
      const found = result.countries.find((c) => c.code === country.code);
      expect(found, country.code).toBeDefined();
      for (const m of country.mentions) expect(found!.mentions).toContainEqual({ start: m.start, end: m.end, text: m.text, kind: m.kind });
    }
    expect(result.countries.map((c) => c.code).sort()).toEqual(gold.countries.map((c) => c.code).sort());
  });

  it('reports offsets that slice back to the mention text', async () => {
    const result = await tag(text);
    for (const m of [...result.people.flatMap((p) => p.mentions), ...result.countries.flatMap((c) => c.mentions)]) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });
});
