// Round 10 rules (Russian world news), one test each. Every sentence and name here was written
// for these tests and appears in no evaluation text, so a rule that only fits the eval texts
// fails here.
import { describe, expect, it } from 'vitest';
import { isEastAsianName } from '../../../core/tagger/east-asian.ts';
import { firstNameReadings } from '../../../core/tagger/name-forms.ts';
import type { Morphology } from '../../../core/tagger/types.ts';
import { peopleOf, tag } from './helpers.ts';

const ru = (text: string) => tag(text, { language: 'ru' });

/** A dictionary that knows no word: only the ending rules speak. */
const noDictionary: Morphology = { analyse: () => [] } as unknown as Morphology;

describe('round 10 rules (Russian world news, canonical forms of foreign names)', () => {
  it('does not join an initial to a name on the next line', async () => {
    const people = peopleOf(await ru('Делегацию встретил министр Нгоан Ю.\nАдриан Келлер пригласил гостей на ужин.'));
    expect(people['Адриан Келлер']).toEqual(['Адриан Келлер']);
    expect(
      Object.values(people)
        .flat()
        .some((m) => m.includes('\n')),
    ).toBe(false);
  });

  it('keeps the first of two foreign given names as written when only the second declines', async () => {
    expect(peopleOf(await ru('Министр встретится с президентом страны Абдель Карримом ас-Шуни.'))).toEqual({
      'Абдель Каррим ас-Шуни': ['Абдель Карримом ас-Шуни'],
    });
  });

  it('still declines both given names when both carry the case ending', async () => {
    expect(peopleOf(await ru('Журналисты ждали Эмрехана Догукана Йылдырыма у входа.'))['Эмрехан Догукан Йылдырым']).toEqual([
      'Эмрехана Догукана Йылдырыма',
    ]);
  });

  it('removes a Russian case ending that keeps an East Asian name from being East Asian', async () => {
    expect(peopleOf(await ru('Соглашение подписали с председателем корпорации Нгуен Тхань Тхыонгом.'))).toEqual({
      'Нгуен Тхань Тхыонг': ['Нгуен Тхань Тхыонгом'],
    });
  });

  it('counts a Vietnamese "-нг" syllable as East Asian, and a declined one as not', () => {
    expect(isEastAsianName('Нгуен Тхань Тхыонг')).toBe(true);
    expect(isEastAsianName('Нгуен Тхань Тхыонгом')).toBe(false);
  });

  it('reads a Chinese given name in "-эя"/"-эю"/"-эем" as the oblique of "-эй"', () => {
    const nominatives = (word: string) =>
      firstNameReadings(word, noDictionary)
        .filter((r) => r.grammaticalCase !== 'nomn')
        .map((r) => r.nominative);
    expect(nominatives('Хунвэя')).toContain('Хунвэй');
    expect(nominatives('Хунвэю')).toContain('Хунвэй');
    expect(nominatives('Хунвэем')).toContain('Хунвэй');
  });
});
