// Hand-checked English cases written for these tests.
import { describe, expect, it } from 'vitest';
import { countriesOf, peopleOf, tag } from './helpers.ts';

describe('English', () => {
  it('finds transliterated Central Asian names, titles stripped, and surname repeats', async () => {
    const r = await tag(
      'Kazakh President Kassym-Jomart Tokayev met U.S. Secretary of State Antony Blinken in Astana. Tokayev said the talks with Blinken were useful.',
    );
    expect(r.language).toBe('en');
    expect(peopleOf(r)).toEqual({
      'Kassym-Jomart Tokayev': ['Kassym-Jomart Tokayev', 'Tokayev'],
      'Antony Blinken': ['Antony Blinken', 'Blinken'],
    });
  });

  it('finds countries, abbreviations and adjectives but not regions or institutions', async () => {
    const r = await tag(
      "Kyrgyzstan and the United States signed a deal. Russia's exports to Central Asia grew. Officials at Nazarbayev University said Kazakhstan would join.",
    );
    expect(countriesOf(r)).toEqual({ KG: ['Kyrgyzstan'], US: ['United States'], RU: ['Russia'], KZ: ['Kazakhstan'] });
    expect(r.people).toEqual([]);
  });
});
