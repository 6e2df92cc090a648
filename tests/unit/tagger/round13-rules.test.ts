// Round 13: rules from the first run of own held-out set 9 (docs/tagger.md), one test per
// failure class. Every sentence and name here was written for these tests and appears in no
// evaluation text.
import { describe, expect, it } from 'vitest';
import { countriesOf, peopleOf, tag } from './helpers.ts';

const ru = (text: string) => tag(text, { language: 'ru' });

describe('initials before a Kyrgyz surname written apart', () => {
  it('takes "кызы" into the surname and joins the full name', async () => {
    const people = peopleOf(await ru('Министром назначена Айгуль Токтомуш кызы. Премьер поручил А. Токтомуш кызы доложить.'));
    expect(people).toEqual({ 'Айгуль Токтомуш кызы': ['Айгуль Токтомуш кызы', 'А. Токтомуш кызы'] });
  });

  it('takes "уулу" into the surname when no full name precedes', async () => {
    const people = peopleOf(await ru('Вопрос задал депутат К. Жолборс уулу.'));
    expect(Object.values(people)).toEqual([['К. Жолборс уулу']]);
  });
});

describe('a country name that is a woman’s given name', () => {
  it('reads "Дания" before a feminine surname as her name, not Denmark', async () => {
    const result = await ru('Вице-спикер Мажилиса Дания Серикбаева поблагодарила депутатов.');
    expect(peopleOf(result)).toEqual({ 'Дания Серикбаева': ['Дания Серикбаева'] });
    expect(countriesOf(result)).toEqual({});
  });

  it('keeps the country before another person’s given name and after a preposition', async () => {
    const result = await ru('Он встретился с министром экономики Дании Мариной Ольсен. Делегация прибыла в Данию Ковалеву не сообщили.');
    expect(countriesOf(result)).toEqual({ DK: ['Дании', 'Данию'] });
    expect(peopleOf(result)).toMatchObject({ 'Марина Ольсен': ['Мариной Ольсен'] });
  });
});

describe('a place in the genitive before a given name and a family name', () => {
  it('leaves an unknown town out of the name of the official heading its office', async () => {
    const people = peopleOf(await ru('Суд осудил бывшего главу налоговой службы Шаргуна Бехруза Назирзоду за растрату.'));
    expect(people).toEqual({ 'Бехруз Назирзода': ['Бехруза Назирзоду'] });
  });

  it('keeps two given names before a surname without a family suffix', async () => {
    const people = peopleOf(await ru('Депутаты поддержали Реджепа Тайипа Эрдогана.'));
    expect(people).toEqual({ 'Реджеп Тайип Эрдоган': ['Реджепа Тайипа Эрдогана'] });
  });
});

describe('an institution named before its place', () => {
  it('reads two unknown words before a "-стан" region in the genitive as no person', async () => {
    const people = peopleOf(await ru('Нукус. Жокаргы Кенес Хорезмистана утвердил министром Аймана Бердиева.'));
    expect(people).toEqual({ 'Айман Бердиев': ['Аймана Бердиева'] });
  });
});
