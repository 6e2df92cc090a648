// Round 11: case agreement for foreign names (core/tagger/foreign-case.ts), one test per rule.
// Every sentence and name here was written for these tests and appears in no evaluation text.
import { describe, expect, it } from 'vitest';
import { followsDeclensionRules } from '../../../core/tagger/foreign-case.ts';
import { peopleOf, tag } from './helpers.ts';

const ru = (text: string) => tag(text, { language: 'ru' });

describe('rule 1: declension of foreign names', () => {
  it('lets a man’s consonant-final name decline and keeps a woman’s as written', () => {
    expect(followsDeclensionRules('Тарена', 'Тарен', 'm', 'gent')).toBe(true);
    expect(followsDeclensionRules('Тарен', 'Тарен', 'm', 'gent')).toBe(false);
    expect(followsDeclensionRules('Тарен', 'Тарен', 'f', 'gent')).toBe(true);
    expect(followsDeclensionRules('Тарена', 'Тарен', 'f', 'gent')).toBe(false);
  });

  it('declines -а/-я names and never -о/-у/-ю/-и/-е/-э or a vowel + -а', () => {
    expect(followsDeclensionRules('Мосиму', 'Мосима', 'm', 'accs')).toBe(true);
    expect(followsDeclensionRules('Мосима', 'Мосима', 'm', 'accs')).toBe(false);
    expect(followsDeclensionRules('Жоржу', 'Жоржу', 'm', 'datv')).toBe(true);
    expect(followsDeclensionRules('Тиагу', 'Тиаго', 'm', 'datv')).toBe(false);
    expect(followsDeclensionRules('Лоуа', 'Лоуа', 'm', 'gent')).toBe(true);
  });
});

describe('rules 3 and 4: government and lists', () => {
  it('reads every member of a list after one verb in the case the members that show it agree on', async () => {
    const people = peopleOf(await ru('Тренер похвалил Жоржу Перейру, Сержиу Фонсеку и Паулу Тавареша.'));
    expect(Object.keys(people).sort()).toEqual(['Жоржу Перейра', 'Паулу Тавареш', 'Сержиу Фонсека']);
  });

  it('takes a name after a gerund as its object', async () => {
    expect(peopleOf(await ru('Команда выиграла, опередив Кэна Ямасиму на три очка.'))).toEqual({ 'Кэн Ямасима': ['Кэна Ямасиму'] });
  });

  it('takes a name after a feminine verb as its inverted subject', async () => {
    expect(peopleOf(await ru('В финале победила Алина Коваленко.'))).toEqual({ 'Алина Коваленко': ['Алина Коваленко'] });
  });

  it('does not join names from two clauses that only a comma separates', async () => {
    const people = peopleOf(await ru('По словам Тарена Мосимы, Жоржу Перейру приедет в мае.'));
    expect(people['Тарен Мосима']).toEqual(['Тарена Мосимы']);
  });
});

describe('regnal numbers', () => {
  it('keeps a Roman numeral after a monarch’s name in the span and the canonical name', async () => {
    expect(peopleOf(await ru('Король Мавритании Абдалла IV принял гостей. Министр встретился с королём Абдаллой IV.'))).toEqual({
      'Абдалла IV': ['Абдалла IV', 'Абдаллой IV'],
    });
  });
});
