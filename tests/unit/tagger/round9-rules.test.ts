// Round 9 rules, one test each. Every sentence and name here was written for these tests and
// appears in no evaluation text, so a rule that only fits the eval texts fails here.
import { describe, expect, it } from 'vitest';
import { caseCues } from '../../../core/tagger/case-cues.ts';
import { looksLikeSurname, surnameReadings } from '../../../core/tagger/name-forms.ts';
import { tokenize } from '../../../core/tagger/text.ts';
import type { Morphology } from '../../../core/tagger/types.ts';
import { loadAzMorphology } from '../../../node/tagger/az-morphology.ts';
import { peopleOf, tag } from './helpers.ts';

const ru = (text: string) => tag(text, { language: 'ru' });

/** A dictionary that knows no word: only the ending rules speak. */
const noDictionary: Morphology = { analyse: () => [] } as unknown as Morphology;

describe('round 9 rules (Russian, Central Asian names)', () => {
  it('reads a woman’s given name in "-у" after a feminine title as an a-stem’s accusative', async () => {
    expect(peopleOf(await ru('В полуфинале она обыграла представительницу Бразилии Лоренилу Кастен.'))).toEqual({
      'Лоренила Кастен': ['Лоренилу Кастен'],
    });
  });

  it('takes a woman’s gender from a feminine title, but not from a word of kinship or a common-gender noun', async () => {
    const morphology = await loadAzMorphology();
    const weightAfter = (text: string) => {
      const tokens = tokenize(text);
      const from = tokens.length - 2;
      return caseCues(tokens, from, from + 2, morphology, (w) => /^(?:певиц|жен|судь)/u.test(w.toLowerCase()), from - 1);
    };
    const singer = weightAfter('певица Ертугана Сапаргалиева');
    expect(singer('f', 'nomn')).toBeGreaterThan(singer('m', 'nomn'));
    for (const text of ['жена Ертугана Сапаргалиева', 'судья Ертугана Сапаргалиева']) {
      const weight = weightAfter(text);
      expect(weight('f', 'nomn')).toBe(weight('m', 'nomn'));
    }
  });

  it('keeps Tajik "-зода" surnames as written for men and women in every case', async () => {
    expect(
      peopleOf(await ru('Министр Фарход Назрикулзода встретился с Гулноз Шамсизода. Назрикулзода поблагодарил Шамсизода за работу.')),
    ).toEqual({
      'Фарход Назрикулзода': ['Фарход Назрикулзода', 'Назрикулзода'],
      'Гулноз Шамсизода': ['Гулноз Шамсизода', 'Шамсизода'],
    });
    expect(surnameReadings('Шамсизода', noDictionary).every((r) => r.nominative === 'Шамсизода')).toBe(true);
  });

  it('reads a foreign surname no paradigm fits as written', async () => {
    expect(peopleOf(await ru('Первое место заняла Мелинда Мью. Мью поблагодарила болельщиков.'))).toEqual({
      'Мелинда Мью': ['Мелинда Мью', 'Мью'],
    });
  });

  it('lets a title reach its name across a place named after its noun', async () => {
    expect(peopleOf(await ru('Суд оправдал бывшего заместителя акима района Жанаарка Ерболата Сагындыкулы.'))).toEqual({
      'Ерболат Сагындыкулы': ['Ерболата Сагындыкулы'],
    });
  });

  it('repeats a Kyrgyz surname written apart as both words, for a man and a woman', async () => {
    expect(
      peopleOf(
        await ru(
          'Выступили депутаты Нурбек Асылбек уулу и Айзада Токтомуш кызы. Асылбек уулу поддержал проект, а Токтомуш кызы выступила против.',
        ),
      ),
    ).toEqual({
      'Нурбек Асылбек уулу': ['Нурбек Асылбек уулу', 'Асылбек уулу'],
      'Айзада Токтомуш кызы': ['Айзада Токтомуш кызы', 'Токтомуш кызы'],
    });
  });

  it('takes no adjective labelling a name after a dash for a surname', async () => {
    expect(peopleOf(await ru('Хякимы этрапов доложили: Бахарлыйского – Мекан Атаджанов, Тедженского – Сердар Овезмырадов.'))).toEqual({
      'Мекан Атаджанов': ['Мекан Атаджанов'],
      'Сердар Овезмырадов': ['Сердар Овезмырадов'],
    });
  });

  it('reads a given name the dictionary has only as a place before a clear surname after a title', async () => {
    expect(peopleOf(await ru('С докладом выступил руководитель управления спорта Алтай Нурмагамбетов.'))).toEqual({
      'Алтай Нурмагамбетов': ['Алтай Нурмагамбетов'],
    });
  });

  it('keeps a place after a region an adjective names out of the title’s place', async () => {
    expect(peopleOf(await ru('Аким Карагандинской области Алтай Сейтбеков открыл школу. Сейтбеков отметил ее значение.'))).toEqual({
      'Алтай Сейтбеков': ['Алтай Сейтбеков', 'Сейтбеков'],
    });
  });

  it('does not read a title’s own place as a given name', async () => {
    expect(peopleOf(await ru('Решение поддержал аким Алтай Жолдыбаев.'))).toEqual({ Жолдыбаев: ['Жолдыбаев'] });
  });

  it('knows the shape of Kazakh "-бай" and Tajik "-зода" surnames', () => {
    expect(looksLikeSurname('Жумагелдибай')).toBe(true);
    expect(looksLikeSurname('Рахимзода')).toBe(true);
    expect(looksLikeSurname('Бай')).toBe(false);
  });
});
