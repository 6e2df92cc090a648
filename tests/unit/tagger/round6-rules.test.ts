// Round 6 rules, one test each. Every sentence here was written for these tests, with names
// that appear in no evaluation text, so a rule that only fits the eval texts fails here.
import { describe, expect, it } from 'vitest';
import { isEastAsianName, orderFreeKey } from '../../../core/tagger/east-asian.ts';
import { countriesOf, peopleOf, tag } from './helpers.ts';

describe('Russian rules (round 6)', () => {
  it('keeps initials written after a surname in the mention and joins the full name', async () => {
    const r = await tag(
      'Заместитель акима Берик Турсунов провел прием граждан. Контроль поручен Турсунову Б.К. и Сейтову Д., сообщили в акимате.',
    );
    const people = peopleOf(r);
    expect(people['Берик Турсунов']).toEqual(['Берик Турсунов', 'Турсунову Б.К.']);
    expect(Object.values(people).flat()).toContain('Сейтову Д.');
  });

  it('reads a lone word after a settlement noun as the place even after a job title', async () => {
    const r = await tag('Совещание провел Марат Оспанов (аким города Шардара) вместе с депутатами.');
    expect(peopleOf(r)).toEqual({ 'Марат Оспанов': ['Марат Оспанов'] });
  });

  it('takes the first of two coordinated capitalised adjectives as an adjective, not a surname', async () => {
    const r = await tag('Пострадали жители Сарыагашского и Мактааральского районов, сообщил Ерлан Бекжанов.');
    expect(peopleOf(r)).toEqual({ 'Ерлан Бекжанов': ['Ерлан Бекжанов'] });
  });

  it('declines the last syllable of a soft-stem East Asian name', async () => {
    const r = await tag('Министр Ле Ван Тхань прибыл в Ханой. По словам Ле Ван Тханя, переговоры прошли успешно.');
    expect(peopleOf(r)).toEqual({ 'Ле Ван Тхань': ['Ле Ван Тхань', 'Ле Ван Тханя'] });
  });
});

describe('English rules (round 6)', () => {
  it('strips an occupation opening a sentence from the name', async () => {
    const r = await tag('The ruling was appealed. Journalist Maria Fenwick said she would not stop.', { language: 'en' });
    expect(peopleOf(r)).toEqual({ 'Maria Fenwick': ['Maria Fenwick'] });
  });

  it('treats a run opened by a place word as a place or a team, and its last word alone too', async () => {
    const r = await tag('The San Antonio Spurs beat the Los Angeles Lakers. Spurs coach Tom Hale praised the defense.', {
      language: 'en',
    });
    expect(peopleOf(r)).toEqual({ 'Tom Hale': ['Tom Hale'] });
  });

  it('keeps the words after "to" or "for" inside an institution name', async () => {
    const r = await tag('The Campaign for Nuclear Disarmament and the Fund to Save Rivers welcomed Ana Dorset.', {
      language: 'en',
    });
    expect(peopleOf(r)).toEqual({ 'Ana Dorset': ['Ana Dorset'] });
  });

  it('reads a pronoun-shaped family name after a title', async () => {
    const r = await tag('Chinese Commerce Minister He Wenjun met Kenyan officials.', { language: 'en' });
    expect(peopleOf(r)).toEqual({ 'He Wenjun': ['He Wenjun'] });
  });

  it('knows demonyms from the nationality dataset, not only the curated list', async () => {
    const r = await tag('Peruvian and Ghanaian diplomats met in Lima.', { language: 'en' });
    expect(countriesOf(r)).toEqual({ PE: ['Peruvian:adjective'], GH: ['Ghanaian:adjective'] });
  });
});

describe('East Asian names for the order-free canonical figure (round 6)', () => {
  it('recognises Chinese, Korean and Vietnamese names by syllables and nothing else', () => {
    for (const name of ['Ван Цишань', 'Пак Кын Хе', 'Нгуен Суан Фук', 'Лю Хэ']) expect(isEastAsianName(name)).toBe(true);
    for (const name of ['Андрей Ким', 'Ольга Пак', 'Анна Ли', 'Рауль Кастро', 'Омар Сулейман']) expect(isEastAsianName(name)).toBe(false);
  });

  it('compares names irrespective of word order', () => {
    expect(orderFreeKey('Цишань Ван')).toBe(orderFreeKey('Ван Цишань'));
    expect(orderFreeKey('Ван Цишань')).not.toBe(orderFreeKey('Ван Цишаня'));
  });
});
