// Hand-checked cases written for these tests (not taken from any evaluation file).
import { describe, expect, it } from 'vitest';
import { countriesOf, peopleOf, tag } from './helpers.ts';

describe('Russian people', () => {
  it('resolves case forms of one person to the nominative canonical name', async () => {
    const r = await tag('Министр встретился с Нурланом Ержановым. Позднее Нурлан Ержанов сообщил журналистам о переговорах с Ержановым.');
    expect(peopleOf(r)).toEqual({ 'Нурлан Ержанов': ['Нурланом Ержановым', 'Нурлан Ержанов', 'Ержановым'] });
  });

  it('links a surname-only repeat in another case to the full name', async () => {
    const r = await tag('Вчера в Астану прибыл Джеймс Уилсон. Визит Уилсона продлится два дня.');
    expect(peopleOf(r)['Джеймс Уилсон']).toEqual(['Джеймс Уилсон', 'Уилсона']);
  });

  it('links initials to the full name in the same article', async () => {
    const r = await tag(
      'Президент Касым-Жомарт Токаев подписал указ. Как отметил К.-Ж. Токаев, работа продолжится. Ранее К. Токаев говорил об этом.',
    );
    expect(peopleOf(r)['Касым-Жомарт Токаев']).toEqual(['Касым-Жомарт Токаев', 'К.-Ж. Токаев', 'К. Токаев']);
  });

  it('keeps female surnames female', async () => {
    const r = await tag('Награду вручили Айгерим Сейткалиевой. По словам Анны Петровой, конкурс прошёл успешно.');
    expect(Object.keys(peopleOf(r)).sort()).toEqual(['Айгерим Сейткалиева', 'Анна Петрова']);
  });

  it('handles patronymics and Kazakh -улы/-кызы names', async () => {
    const r = await tag(
      'Совещание провёл Ерлан Бахытжанович Карин. В нём участвовали Нуржан Асхатулы и Динара Серикkызы.'.replace('kызы', 'кызы'),
    );
    const names = Object.keys(peopleOf(r));
    expect(names).toContain('Ерлан Карин');
    expect(names).toContain('Нуржан Асхатулы');
    expect(names).toContain('Динара Серіккызы'.replace('і', 'и'));
  });

  it('does not take streets, airports and universities named after people for people', async () => {
    const r = await tag(
      'Делегация проехала по улице Абая к аэропорту имени Нурсултана Назарбаева, а затем посетила университет имени аль-Фараби.',
    );
    expect(r.people).toEqual([]);
  });

  it('does not take abbreviations or sentence-initial words for people', async () => {
    const r = await tag('Стороны обсудили работу ЕАЭС, ШОС и ООН. Переговоры прошли в Астане. Сотрудничество продолжится.');
    expect(r.people).toEqual([]);
  });
});

describe('Russian countries', () => {
  it('finds countries in any case and common variant', async () => {
    const r = await tag(
      'Делегации Белоруссии, Кыргызстана и Киргизии прибыли в Казахстан. Встреча с Соединенными Штатами и КНР. Беларусь и РФ поддержали.',
    );
    expect(countriesOf(r)).toEqual({
      BY: ['Белоруссии', 'Беларусь'],
      KG: ['Кыргызстана', 'Киргизии'],
      KZ: ['Казахстан'],
      US: ['Соединенными Штатами'],
      CN: ['КНР'],
      RU: ['РФ'],
    });
  });

  it('tags the country inside "МИД РК" but not the organisation', async () => {
    const r = await tag('Об этом сообщили в МИД РК.');
    expect(r.countries).toEqual([{ code: 'KZ', name: 'Казахстан', mentions: [{ start: 23, end: 25, text: 'РК', kind: 'name' }] }]);
  });

  it('does not tag cities or regions as countries', async () => {
    const r = await tag('Рейсы из Астаны, Алматы и Бишкека в страны Центральной Азии, Европы и Латинской Америки.');
    expect(r.countries).toEqual([]);
  });

  it('reports country adjectives with kind adjective', async () => {
    const r = await tag('Эксперты обсудили антироссийские санкции и казахстанско-американские отношения.');
    expect(countriesOf(r)).toEqual({ RU: ['антироссийские:adjective'], KZ: ['казахстанско:adjective'], US: ['американские:adjective'] });
  });
});
