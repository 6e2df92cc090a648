/**
 * Hand-written cases (not from any corpus) for the third round of tagger rules: given names
 * the dictionary knows as common words, names after a title, full-name and list repeats,
 * soft-stem first names, kinship genitives, speakers after quotes, distant titles and
 * predicates as case cues, adjectival surnames, country names that are titles or domains.
 * Each rule gets a Central Asian case and, where the rule applies to English, an English one.
 */
import { describe, expect, it } from 'vitest';
import { countriesOf, peopleOf, tag } from './helpers.ts';

describe('names the dictionary reads as something else', () => {
  it('takes a capitalised common word before a clear surname as a given name, in every case', async () => {
    // "Сулима" is a participle to the dictionary; mid-sentence before "-ева" it is a name.
    const r = await tag('В Бишкеке вспоминали Сулима Ямадаева. Брат Сулимы Ямадаева выступил, а дело Сулима передали в суд.');
    expect(peopleOf(r)).toEqual({ 'Сулим Ямадаев': ['Сулима Ямадаева', 'Сулимы Ямадаева', 'Сулима'] });
  });

  it('does not turn a capitalised title or institution into a given name', async () => {
    const r = await tag('В Астане заявил Президент Токаев, а Фонд Назарбаева выпустил отчёт.');
    expect(Object.keys(peopleOf(r))).not.toContain('Президент Токаев');
    expect(Object.keys(peopleOf(r)).some((n) => n.startsWith('Фонд'))).toBe(false);
  });

  it('reads two capitalised words after a job title as the person, and their later case forms', async () => {
    const r = await tag('Турнир в Алматы открыл предприниматель Бессель Кок. Позже Бесселю Коку вручили приз, а сайт Бесселя Кока упал.');
    expect(peopleOf(r)).toEqual({ 'Бессель Кок': ['Бессель Кок', 'Бесселю Коку', 'Бесселя Кока'] });
  });

  it('accepts a word the dictionary knows only as a name in the surname place', async () => {
    const r = await tag('Посол Италии в Казахстане Виторио Сандали встретился с журналистами.');
    expect(Object.keys(peopleOf(r))).toEqual(['Виторио Сандали']);
  });

  it('keeps the organisation after a title out of the name that follows it', async () => {
    const r = await tag('Лидер движения Аль-Кайды Усамы бин Ладена не упоминали в Душанбе.');
    expect(Object.keys(peopleOf(r))).toEqual(['Усама бин Ладен']);
  });

  it('reads a place-like surname after initials when a title stands before them', async () => {
    const r = await tag('Премьер-министр Японии Н. Кан заявил, что визит в Астану состоится.');
    expect(Object.keys(peopleOf(r))).toEqual(['Н. Кан']);
  });
});

describe('repeats and lists', () => {
  it('tags every surname of a score line once one of them is known', async () => {
    const r = await tag('Голы: 12:03 Капризов (Панарин, Бурдасов) • 18:40 Бернс (Рой, Грин) • 25:10 Бернс (Сен-Луи).');
    expect(Object.keys(peopleOf(r)).sort()).toEqual(['Бернс', 'Бурдасов', 'Грин', 'Капризов', 'Панарин', 'Рой', 'Сен-Луи'].sort());
    expect(peopleOf(r)['Бернс']).toEqual(['Бернс', 'Бернс']);
  });

  it('does not list a clause-closing common word or a capitalised phrase beside a surname', async () => {
    const r = await tag('У зданий Сената и Синода, Ашимбаев сказал, что он брат Сулимы Ямадаева, Героя Российской Федерации.');
    const mentions = Object.values(peopleOf(r)).flat();
    expect(mentions).not.toContain('Синода');
    expect(mentions).not.toContain('Героя');
  });

  it('joins a surname with a lower-case particle to the full name', async () => {
    const r = await tag('Глава МАГАТЭ Мохаммед аль-Барадеи прибыл в Тегеран. Теперь в игре снова аль-Барадеи.');
    expect(peopleOf(r)).toEqual({ 'Мохаммед аль-Барадеи': ['Мохаммед аль-Барадеи', 'аль-Барадеи'] });
  });
});

describe('reading case and gender from the context', () => {
  it('takes the case of a title several words before the name', async () => {
    // Without the title "Харада" would read as the genitive of "Харад".
    const r = await tag('Должность займёт посол Японии в Казахстане Синдзи Харада, ранее работавший в Бишкеке.');
    expect(Object.keys(peopleOf(r))).toEqual(['Синдзи Харада']);
  });

  it('reads a short-adjective predicate as agreeing with its subject', async () => {
    const r = await tag('Министр иностранных дел Японии Сейдзи Маэхара должен прибыть в Ташкент.');
    expect(Object.keys(peopleOf(r))).toEqual(['Сейдзи Маэхара']);
  });

  it('lets a past-tense verb decide between a man and a woman of one surname', async () => {
    const r = await tag('Суд в Алматы оправдал Виктора Бута. Его жена Алла Бут пришла на заседание. Бут рассказала, что довольна.');
    expect(peopleOf(r)['Алла Бут']).toEqual(['Алла Бут', 'Бут']);
  });

  it('declines adjectival surnames beyond -ский', async () => {
    const r = await tag('Цветы возложили к памятнику Юрию Долгорукому в Москве.');
    expect(Object.keys(peopleOf(r))).toEqual(['Юрий Долгорукий']);
  });

  it('reads soft-stem first names in their oblique cases', async () => {
    const r = await tag('Встреча с Игорем Рогачёвым прошла в Бишкеке. Игорю Рогачёву передали письмо.');
    expect(Object.keys(peopleOf(r))).toEqual(['Игорь Рогачёв']);
  });

  it('keeps a name as written rather than "correcting" doubled letters', async () => {
    const r = await tag('Об этом рассказал создатель сервиса Аарон Гринспен.');
    expect(Object.keys(peopleOf(r))).toEqual(['Аарон Гринспен']);
  });
});

describe('kinship genitives and quoted speakers', () => {
  it('splits "вдова Ельцина Наина Иосифовна" into the relative and the person', async () => {
    const r = await tag('На церемонии была вдова Ельцина Наина Иосифовна.');
    expect(peopleOf(r)).toEqual({ Ельцин: ['Ельцина'], Наина: ['Наина Иосифовна'] });
  });

  it('does the same for a Kazakh family', async () => {
    const r = await tag('На форум приехала дочь Назарбаева Дарига.');
    expect(peopleOf(r)['Назарбаев']).toEqual(['Назарбаева']);
    expect(Object.keys(peopleOf(r))).not.toContain('Назарбаева Дарига');
  });

  it('tags an unknown word after a quote and a verb of speech as its speaker', async () => {
    const r = await tag('«Проект завершён», — сказал Гернстермайер. «Мы довольны», — сообщила Бентхауз.');
    expect(Object.keys(peopleOf(r))).toEqual(['Гернстермайер', 'Бентхауз']);
  });

  it('does not take a company named after a quote for a speaker', async () => {
    const r = await tag('«Добыча выросла», — сообщил Казатомпром. «Планы прежние», — добавил Казмунайгаз.');
    expect(r.people).toEqual([]);
  });
});

describe('country names that are not the country', () => {
  it('skips a country name that is the whole of a quoted title, and a web domain', async () => {
    const r = await tag('После гибели шаттла «Колумбия» NASA приостановило полёты. Сайт Президент.РФ обновили. В Казахстане рады.');
    expect(countriesOf(r)).toEqual({ KZ: ['Казахстане'] });
  });

  it('keeps a country inside a longer quoted title', async () => {
    const r = await tag('Интервью «Голосу Америки» дал посол Кыргызстана.');
    expect(countriesOf(r)).toEqual({ US: ['Америки'], KG: ['Кыргызстана'] });
  });

  it('reads two-word country names written without their hyphen', async () => {
    const r = await tag('Делегации: Коста Рика, Эль Сальвадор, Узбекистан.');
    expect(countriesOf(r)).toEqual({ CR: ['Коста Рика'], SV: ['Эль Сальвадор'], UZ: ['Узбекистан'] });
    expect(r.people).toEqual([]);
  });

  it('keeps English names of Central Asian leaders alongside these rules', async () => {
    const r = await tag('Kyrgyz President Sadyr Japarov met Kazakh President Kassym-Jomart Tokayev in Astana. Japarov said trade grew.', {
      language: 'en',
    });
    expect(peopleOf(r)).toEqual({ 'Sadyr Japarov': ['Sadyr Japarov', 'Japarov'], 'Kassym-Jomart Tokayev': ['Kassym-Jomart Tokayev'] });
  });
});
