// Round 8 rules, one test each. Every sentence and name here was written for these tests and
// appears in no evaluation text, so a rule that only fits the eval texts fails here.
import { describe, expect, it } from 'vitest';
import { firstNameReadings } from '../../../core/tagger/name-forms.ts';
import type { Morphology, WordReading } from '../../../core/tagger/types.ts';
import { countriesOf, peopleOf, tag } from './helpers.ts';

const ru = (text: string) => tag(text, { language: 'ru' });
const en = (text: string) => tag(text, { language: 'en' });

describe('round 8 rules (Russian)', () => {
  it('keeps a vowel in every syllable of an East Asian name ("Гю" is no dative of "Гь")', async () => {
    expect(peopleOf(await ru('Делегацию возглавил Пак Чон Гю.'))).toEqual({ 'Пак Чон Гю': ['Пак Чон Гю'] });
  });

  it('reads two proper words after a gerund as a person', async () => {
    expect(peopleOf(await ru('Она выиграла забег, опередив Кэтрин Лейк.'))).toEqual({ 'Кэтрин Лейк': ['Кэтрин Лейк'] });
  });

  it('leaves a title’s organisation in the genitive out of the name after it', async () => {
    expect(peopleOf(await ru('Документ подписал председатель Сената Бауыржан Ермеков.'))).toEqual({
      'Бауыржан Ермеков': ['Бауыржан Ермеков'],
    });
  });

  it('leaves a sentence-opening noun out of the name after it', async () => {
    expect(peopleOf(await ru('Пловчиха Ольга Сметанина завоевала золото.'))).toEqual({ 'Ольга Сметанина': ['Ольга Сметанина'] });
  });

  it('keeps a given name in "-у" as written when the dictionary has it only as another name’s dative', () => {
    const reading = (nominative: string, tags: string[]): WordReading => ({
      lemma: nominative.toLowerCase(),
      nominative: nominative.toLowerCase(),
      tags: new Set(tags),
      known: true,
      score: 1,
    });
    const morphology: Morphology = {
      analyse: (word) => (word.toLowerCase() === 'зейнепу' ? [reading('Зейнеп', ['NOUN', 'Name', 'masc', 'datv', 'sing'])] : []),
      paradigm: () => [],
    };
    const readings = firstNameReadings('Зейнепу', morphology);
    expect(readings.some((r) => r.nominative === 'Зейнеп' && r.grammaticalCase === 'datv')).toBe(true);
    expect(readings.some((r) => r.nominative === 'Зейнепу' && r.grammaticalCase === 'nomn' && r.gender === 'f')).toBe(true);
    // Weakly: the dictionary's reading stays the best, so a Russian name's dative keeps its nominative.
    const best = readings.reduce((a, b) => (b.score > a.score ? b : a));
    expect(best.nominative).toBe('Зейнеп');
  });

  it('still reads a Russian given name in "-у" as a dative', async () => {
    expect(peopleOf(await ru('Премию вручили Тимуру Орлову.'))).toEqual({ 'Тимур Орлов': ['Тимуру Орлову'] });
  });

  it('reads an unknown given name before a dictionary given name as a person when a verb follows', async () => {
    expect(peopleOf(await ru('В финале Гюльсум Абдурашид стала второй.'))).toEqual({ 'Гюльсум Абдурашид': ['Гюльсум Абдурашид'] });
  });

  it('reads two proper words coordinated with a full name as another person', async () => {
    expect(peopleOf(await ru('Премию вручили Лауре Кинг и Тобиасу Бруну.'))).toEqual({
      'Лаура Кинг': ['Лауре Кинг'],
      'Тобиас Брун': ['Тобиасу Бруну'],
    });
  });

  it('reads two dictionary given names and the word closing the run as one three-word name', async () => {
    expect(peopleOf(await ru('В выборах победил кандидат Хосе Мануэль Ривас, набравший большинство.'))).toEqual({
      'Хосе Мануэль Ривас': ['Хосе Мануэль Ривас'],
    });
  });

  it('reads a place-like word after a preposition of place as the place, not a given name', async () => {
    expect(peopleOf(await ru('Чемпионкой стала спортсменка из Минска, соревнования прошли в Лиде.'))).toEqual({});
  });

  it('gives a name the case of the head title when the nearest title is its genitive complement', async () => {
    expect(peopleOf(await ru('Заместитель министра энергетики Узбекистана Зарина Ахмедова открыла станцию.'))).toEqual({
      'Зарина Ахмедова': ['Зарина Ахмедова'],
    });
    expect(peopleOf(await ru('Руководитель аппарата президента Гульнара Хакимова встретилась с послом.'))).toEqual({
      'Гульнара Хакимова': ['Гульнара Хакимова'],
    });
  });
});

describe('round 8 rules (English)', () => {
  it('keeps the country before "<field> Minister": the state’s minister, not a company', async () => {
    expect(countriesOf(await en('Mongolia Mining Minister Batbold Erdene met investors.'))).toEqual({ MN: ['Mongolia'] });
  });

  it('reads an outlet or a company named after someone as no person', async () => {
    const r = await en('A reporter of the outlet Kloster Live said that Ardent Gold had left. Ardent said nothing.');
    expect(peopleOf(r)).toEqual({});
  });
});
