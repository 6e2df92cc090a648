// Round 4 rules, one test each. Every sentence here was written for these tests, with names
// that appear in no evaluation text, so a rule that only fits the eval texts fails here.
import { describe, expect, it } from 'vitest';
import { countriesOf, peopleOf, tag } from './helpers.ts';

describe('English people (round 4)', () => {
  it('keeps lower-case surname particles and links capitalised repeats to the full name', async () => {
    const r = await tag(
      'Spanish judge Maria de la Cruz questioned Energy Minister Prince Abdulaziz bin Salman on Monday. De la Cruz said bin Salman had answered.',
      { language: 'en' },
    );
    expect(peopleOf(r)).toEqual({
      'Maria de la Cruz': ['Maria de la Cruz', 'De la Cruz'],
      'Abdulaziz bin Salman': ['Abdulaziz bin Salman', 'bin Salman'],
    });
  });

  it('reads a glued "al-" particle as part of the surname, at a sentence start too', async () => {
    const r = await tag('Iraqi Prime Minister Mohammed Shia al-Sudani arrived in Ankara. Al-Sudani met Turkish officials.', {
      language: 'en',
    });
    expect(peopleOf(r)).toEqual({ 'Mohammed Shia al-Sudani': ['Mohammed Shia al-Sudani', 'Al-Sudani'] });
  });

  it('strips every title word before the name, whatever portfolio precedes it', async () => {
    const r = await tag('Agriculture Minister Erbol Karashukeyev and U.N. Secretary-General Amina Rahimova spoke. Karashukeyev left.', {
      language: 'en',
    });
    expect(peopleOf(r)).toEqual({ 'Erbol Karashukeyev': ['Erbol Karashukeyev', 'Karashukeyev'], 'Amina Rahimova': ['Amina Rahimova'] });
  });

  it('does not tag institutions named after people, nor the surname inside them', async () => {
    const r = await tag('Former leader Nursultan Nazarbayev visited Nazarbayev University and Heydar Aliyev International Airport.', {
      language: 'en',
    });
    expect(peopleOf(r)).toEqual({ 'Nursultan Nazarbayev': ['Nursultan Nazarbayev'] });
  });

  it('links a lone first word of a name to that person when no other name shares it', async () => {
    const r = await tag('Chinese Premier Li Qiang met investors. Li said growth would recover.', { language: 'en' });
    expect(peopleOf(r)).toEqual({ 'Li Qiang': ['Li Qiang', 'Li'] });
  });

  it('drops a sentence-initial function word from the name', async () => {
    const r = await tag('When Bakyt Torobayev arrived, the talks began.', { language: 'en' });
    expect(peopleOf(r)).toEqual({ 'Bakyt Torobayev': ['Bakyt Torobayev'] });
  });
});

describe('English countries (round 4)', () => {
  it('keeps the full stop of "U.S." and leaves "the" out of "the Netherlands"', async () => {
    const r = await tag('The U.S. Treasury and the Netherlands agreed.', { language: 'en' });
    expect(countriesOf(r)).toEqual({ US: ['U.S.'], NL: ['Netherlands'] });
  });

  it('does not read companies and institutions named after a country as the country', async () => {
    const r = await tag('Uzbekistan Airways and the Bank of England signed with the Kazakh Foreign Ministry in Kyrgyzstan.', {
      language: 'en',
    });
    expect(countriesOf(r)).toEqual({ KZ: ['Kazakh:adjective'], KG: ['Kyrgyzstan'] });
  });
});

describe('Russian people (round 4)', () => {
  it('reads "-овым" and "-ом" as the instrumental of an unknown full name', async () => {
    const r = await tag('Соглашение подписано председателем правления Нурбеком Досымбековым.');
    expect(peopleOf(r)).toEqual({ 'Нурбек Досымбеков': ['Нурбеком Досымбековым'] });
  });

  it('reads a long "-ой" given name as an a-stem instrumental next to an indeclinable surname', async () => {
    const r = await tag('Министр встретился с президентом Шри-Ланки Анурой Дисанаяке в Коломбо.');
    expect(peopleOf(r)).toEqual({ 'Анура Дисанаяке': ['Анурой Дисанаяке'] });
  });

  it('keeps Turkic names in -ы and -гулы as written when the sentence asks for a nominative', async () => {
    const r = await tag('Вчера Марат Жаксыбалды подписал приказ. Жаксыбалды добавил, что Мяликгулы Ораздурдыев поддержал решение.');
    expect(peopleOf(r)).toEqual({
      'Марат Жаксыбалды': ['Марат Жаксыбалды', 'Жаксыбалды'],
      'Мяликгулы Ораздурдыев': ['Мяликгулы Ораздурдыев'],
    });
  });

  it('takes the last two of four capitalised words as the person after an organisation', async () => {
    const r = await tag('Как сообщил председатель Мажилиса Парламента Ерлан Кошанов, закон принят.');
    expect(peopleOf(r)).toEqual({ 'Ерлан Кошанов': ['Ерлан Кошанов'] });
  });

  it('keeps Kyrgyz "уулу" and "кызы" in the surname', async () => {
    const r = await tag('Министр Эрмек Бакыт уулу и судья Айпери Болот кызы прибыли в Ош.');
    expect(peopleOf(r)).toEqual({ 'Эрмек Бакыт уулу': ['Эрмек Бакыт уулу'], 'Айпери Болот кызы': ['Айпери Болот кызы'] });
  });

  it('does not open a name with a title at the sentence start, hyphenated or not', async () => {
    const r = await tag('Вице-премьер Серик Жумангарин провел совещание. Аким Павлодарской области доложил о ходе работ.');
    expect(peopleOf(r)).toEqual({ 'Серик Жумангарин': ['Серик Жумангарин'] });
  });

  it('does not tag institutions, mausoleums, holidays and "имени" + initials as people', async () => {
    const r = await tag(
      'Студенты Сатпаев Университета и университета имени К.И. Сатпаева посетили мавзолей Айши Биби и поздравили всех с праздником Наурыз.',
    );
    expect(r.people).toEqual([]);
  });

  it('reads a bulleted "Name Surname (Country)" item as a person in the nominative', async () => {
    const r = await tag('Судьи турнира:\n• Тимо Вернер (Германия)\n• Жоржи Сантана (Бразилия)');
    expect(peopleOf(r)).toEqual({ 'Тимо Вернер': ['Тимо Вернер'], 'Жоржи Сантана': ['Жоржи Сантана'] });
  });
});

describe('Russian countries (round 4)', () => {
  it('does not read a country opening a company name after its legal form as the country', async () => {
    const r = await tag('АО «Казахстан темир жолы» и ТОО «Кыргызстан Логистикс» работают в Казахстане.');
    expect(countriesOf(r)).toEqual({ KZ: ['Казахстане'] });
  });
});
