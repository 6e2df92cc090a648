// `TagOptions.context`: the article's full names given in blocks the tagger is not shown.
// They must link exactly as if the paragraph that named them were part of the text, while
// the registry keeps its stricter rules. Every sentence and name here is invented.
import { describe, expect, it } from 'vitest';
import { contextPreamble, splitContextName } from '../../../core/tagger/article-context.ts';
import { addPerson, emptyRegistry } from '../../../core/tagger/registry.ts';
import type { TagResult } from '../../../core/tagger/types.ts';
import { peopleOf, tag } from './helpers.ts';

/** The body's person mentions as "start:text → name", sorted, for comparing two runs. */
const spans = (r: TagResult, shift = 0) =>
  r.people.flatMap((p) => p.mentions.filter((m) => m.start >= shift).map((m) => `${m.start - shift}:${m.text} → ${p.name}`)).sort();

const registryOf = (...names: string[]) => names.reduce((r, n) => addPerson(r, n), emptyRegistry());

describe('article context', () => {
  // [paragraph that names the person, paragraph tagged alone, the repeat it must link]
  const cases: [string, string, string][] = [
    ['Премьер Тамаш Ковари прибыл в Вену.', 'Переговоры с Тамашем закончились поздно.', 'Тамашем'],
    ['Посол Пак Мин Хо вручил грамоты.', 'Пак подчеркнул важность визита.', 'Пак'],
    ['Аким Серик Жолдасбеков открыл школу.', 'По словам С. Жолдасбекова, школ не хватает.', 'С. Жолдасбекова'],
    ['Депутат Гульнар Сапарова внесла проект.', 'Проект Сапаровой поддержали.', 'Сапаровой'],
    ['Министр Алишер Турдыев выступил.', 'Встреча с Алишером Турдыевым прошла в Самарканде.', 'Алишером Турдыевым'],
    ['Тренер Оскар Вальдемар Лунд похвалил команду.', 'Лунд остался доволен.', 'Лунд'],
  ];

  it.each(cases)('links a repeat as the whole text would: %s / %s', async (named, paragraph, repeat) => {
    const full = named.replace(/^\S+ /u, '').replace(/ (?:прибыл|вручил|открыл|внесла|выступил|похвалил).*$/u, '');
    const whole = await tag(`${named}\n${paragraph}`, { language: 'ru' });
    const alone = await tag(paragraph, { language: 'ru', context: [full] });
    expect(spans(alone)).toEqual(spans(whole, named.length + 1));
    expect(peopleOf(alone)[full]).toEqual([repeat]);
  });

  it('links a first-name-only repeat through context but not through the registry', async () => {
    const paragraph = 'Встреча с Тамашем прошла в Вене.';
    expect(peopleOf(await tag(paragraph, { language: 'ru', context: ['Тамаш Ковари'] }))).toEqual({ 'Тамаш Ковари': ['Тамашем'] });
    expect(peopleOf(await tag(paragraph, { language: 'ru', registry: registryOf('Тамаш Ковари') }))).toEqual({});
  });

  it('links an East Asian family name alone through context but not through the registry', async () => {
    const paragraph = 'Пак подчеркнул важность визита.';
    expect(peopleOf(await tag(paragraph, { language: 'ru', context: ['Пак Мин Хо'] }))).toEqual({ 'Пак Мин Хо': ['Пак'] });
    expect(peopleOf(await tag(paragraph, { language: 'ru', registry: registryOf('Пак Мин Хо') }))).toEqual({});
  });

  it('names the person as the context writes it and keeps offsets in the text', async () => {
    const text = 'Он напомнил, что Ковари уже был в Австрии.';
    const r = await tag(text, { language: 'ru', context: ['Тамаш Ковари'] });
    expect(r.people).toEqual([{ name: 'Тамаш Ковари', mentions: [{ start: 17, end: 23, text: 'Ковари' }] }]);
    expect(r.countries.map((c) => c.mentions.map((m) => text.slice(m.start, m.end)))).toEqual([['Австрии']]);
  });

  it('gives a registry person the registry id and name when the context names them', async () => {
    const registry = registryOf('Тамаш Ковари');
    const r = await tag('Ковари уехал.', { language: 'ru', registry, context: ['Тамаш Ковари'] });
    expect(r.people.map((p) => [p.name, p.id])).toEqual([['Тамаш Ковари', registry.entries[0]!.id]]);
  });

  it('reports nobody only the context names, and ignores one-word and repeated names', async () => {
    expect((await tag('Погода была ясной.', { language: 'ru', context: ['Тамаш Ковари', 'Ковари', 'тамаш  ковари'] })).people).toEqual([]);
    expect(contextPreamble(['Тамаш Ковари', 'Ковари', 'тамаш  ковари']).names.map((n) => n.name)).toEqual(['Тамаш Ковари']);
  });

  it('links English surname and first-word repeats through context', async () => {
    const r = await tag('Lindqvist said Wei would attend.', { language: 'en', context: ['Maja Lindqvist', 'Wei Zhongliang'] });
    expect(peopleOf(r)).toEqual({ 'Maja Lindqvist': ['Lindqvist'], 'Wei Zhongliang': ['Wei'] });
  });

  it('splits a context name as the finders split names', () => {
    expect(splitContextName('Урсула фон дер Лейнен', 'ru')).toEqual({ first: 'Урсула', last: 'фон дер Лейнен' });
    expect(splitContextName('Темир Асан уулу', 'ru')).toEqual({ first: 'Темир', last: 'Асан уулу' });
    expect(splitContextName('Omar bin Rashed', 'en')).toEqual({ first: 'Omar', last: 'bin Rashed' });
    expect(splitContextName('Ковари', 'ru')).toBeNull();
  });
});
