/**
 * Hand-written cases (not from any corpus) for the rules added for names the first tagger
 * missed: first names alone after the full name, surname particles, East Asian names,
 * original spellings in parentheses, case cues, Central Asian patterns, English.
 */
import { describe, expect, it } from 'vitest';
import { peopleOf, tag } from './helpers.ts';

describe('Russian names beyond "first + surname"', () => {
  it('links a first name alone, in any case, to the full name mentioned earlier', async () => {
    const r = await tag('Аким области Ерлан Сагадиев посетил школу. Позже Ерлана спросили о планах, и Ерлан ответил коротко.');
    expect(peopleOf(r)).toEqual({ 'Ерлан Сагадиев': ['Ерлан Сагадиев', 'Ерлана', 'Ерлан'] });
  });

  it('does not tag a lone first name with no full name to refer to', async () => {
    const r = await tag('В Бишкеке прошёл фестиваль. Марат пришёл с друзьями.');
    expect(r.people).toEqual([]);
  });

  it('keeps surname particles and declines only the last word', async () => {
    const r = await tag('Лидер партии Франсуа де Ларош выступил в Париже. Встреча с Франсуа де Ларошем прошла спокойно.');
    expect(peopleOf(r)).toEqual({ 'Франсуа де Ларош': ['Франсуа де Ларош', 'Франсуа де Ларошем'] });
  });

  it('reads East Asian names of short syllables as one person', async () => {
    const r = await tag('Переговоры с премьером Ким Сон Хи прошли в Сеуле. Позже Ким Сон Хи уехала.');
    expect(Object.keys(peopleOf(r))).toEqual(['Ким Сон Хи']);
  });

  it('joins an original spelling in parentheses to the person it follows, and ignores Latin brand names', async () => {
    const r = await tag('Директор фонда Томас Вебер (Thomas Weber) подписал договор с компанией Silver Lake Partners.');
    expect(peopleOf(r)).toEqual({ 'Томас Вебер': ['Томас Вебер', 'Thomas Weber'] });
  });

  it('uses an agreeing verb to choose between a woman and a man in the genitive', async () => {
    const r = await tag('Об этом сообщила Александра Ким, представитель ведомства.');
    expect(Object.keys(peopleOf(r))).toEqual(['Александра Ким']);
  });

  it('tells a man from a woman of the same surname by the case form', async () => {
    const r = await tag('Нурлан Бекмуратов и его жена Айжан Бекмуратова приехали в Астану. Бекмуратова поблагодарили за помощь.');
    expect(peopleOf(r)).toEqual({ 'Нурлан Бекмуратов': ['Нурлан Бекмуратов', 'Бекмуратова'], 'Айжан Бекмуратова': ['Айжан Бекмуратова'] });
  });

  it('handles Kyrgyz -уулу and Kazakh -кызы names and hyphenated double surnames', async () => {
    const r = await tag(
      'Депутат Алмазбек Тургунбай уулу выступил в Жогорку Кенеше. Исполнитель Гульнара Сейткали-Оспанова спела на концерте.',
    );
    expect(Object.keys(peopleOf(r))).toEqual(expect.arrayContaining(['Гульнара Сейткали-Оспанова']));
  });

  it('does not take a one-word place or organisation name after its generic noun for a surname', async () => {
    const r = await tag('Как сообщает агентство Рейтер, в городе Кентау открылся завод. Глава партии Ахмет Мусин поддержал проект.');
    expect(peopleOf(r)).toEqual({ 'Ахмет Мусин': ['Ахмет Мусин'] });
  });
});

describe('English', () => {
  it('finds Central Asian leaders in English copy, with surname repeats', async () => {
    const r = await tag('Kyrgyz President Sadyr Japarov met Uzbek leader Shavkat Mirziyoyev in Tashkent. Japarov said trade had doubled.', {
      language: 'en',
    });
    expect(peopleOf(r)).toEqual({ 'Sadyr Japarov': ['Sadyr Japarov', 'Japarov'], 'Shavkat Mirziyoyev': ['Shavkat Mirziyoyev'] });
  });
});
