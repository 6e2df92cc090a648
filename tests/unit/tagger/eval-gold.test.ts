/**
 * The eval's gold corrections: they change only the listed annotations, and a correction
 * that no longer fits its text stops the eval instead of silently doing nothing.
 */
import { describe, expect, it } from 'vitest';
import { correctGold, type GoldCorrection, type GoldText } from '../../../scripts/eval-tags.ts';

const text: GoldText = {
  id: 'factru:devset/book_7',
  text: 'Встреча с Егора Свиридовым. Турция и Коста Рика.',
  people: [{ start: 10, end: 26, canonical: 'Егора Свиридов' }],
  countries: [{ start: 28, end: 34, code: 'TH' }],
  adjectives: [],
};

describe('gold corrections of the eval', () => {
  it('rewrites the listed canonical names and country codes, and nothing else', () => {
    const corrections: GoldCorrection[] = [
      { id: text.id!, reason: 'test', canonical: { from: 'Егора Свиридов', to: 'Егор Свиридов' } },
      { id: text.id!, reason: 'test', country: { start: 28, end: 34, text: 'Турция', code: 'TR' } },
      { id: text.id!, reason: 'test', country: { start: 37, end: 47, text: 'Коста Рика', code: 'CR' } },
    ];
    const [fixed] = correctGold([text], corrections);
    expect(fixed!.people).toEqual([{ start: 10, end: 26, canonical: 'Егор Свиридов' }]);
    expect(fixed!.countries).toEqual([
      { start: 28, end: 34, code: 'TR' },
      { start: 37, end: 47, code: 'CR' },
    ]);
    expect(text.people[0]!.canonical).toBe('Егора Свиридов');
  });

  it('refuses a correction that does not fit its text', () => {
    expect(() => correctGold([text], [{ id: text.id!, reason: 'test', canonical: { from: 'Нет Такого', to: 'X' } }])).toThrow(
      /does not fit/u,
    );
    expect(() =>
      correctGold([text], [{ id: text.id!, reason: 'test', country: { start: 0, end: 6, text: 'Турция', code: 'TR' } }]),
    ).toThrow(/does not fit/u);
  });
});

describe('the own held-out set (data/heldout-own.jsonl)', () => {
  it('has 30 texts, Russian and English, whose every span reads the annotated text', async () => {
    const { readFileSync } = await import('node:fs');
    const rows = readFileSync(new URL('../../../data/heldout-own.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map(
        (line) =>
          JSON.parse(line) as {
            id: string;
            lang: string;
            text: string;
            people: { start: number; end: number; text: string; canonical: string }[];
            locations: { start: number; end: number; text: string; country_iso2: string }[];
            geo_adjectives: { start: number; end: number; text: string; country_iso2: string }[];
          },
      );
    expect(rows.filter((r) => r.lang === 'ru')).toHaveLength(20);
    expect(rows.filter((r) => r.lang === 'en')).toHaveLength(10);
    for (const row of rows) {
      for (const span of [...row.people, ...row.locations, ...row.geo_adjectives])
        expect(row.text.slice(span.start, span.end), `${row.id} ${span.start}`).toBe(span.text);
      for (const c of [...row.locations, ...row.geo_adjectives]) expect(c.country_iso2).toMatch(/^[A-Z]{2}$/u);
      for (const p of row.people) expect(p.canonical.length).toBeGreaterThan(0);
    }
  });
});
