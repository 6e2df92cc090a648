/**
 * Declining multi-word Russian names ("Соединённые Штаты" → "Соединёнными Штатами") so the
 * gazetteer can be looked up by surface form. The dictionary gives the forms; simple
 * ending rules cover words it lacks.
 */

import { foldCase } from './text.ts';
import type { Morphology, WordForm } from './types.ts';

/** The six Russian cases, in grammar-book order. */
export const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'] as const;
/** A Russian case grammeme. */
export type Case = (typeof CASES)[number];

const ADJECTIVE_ENDING = /(?:ая|яя|ий|ый|ой|ое|ее|ие|ые)$/u;

/** Every case form of a name phrase, words declined up to its head noun, later words kept. */
export function declinePhrase(name: string, morphology: Morphology): string[] {
  const words = name.split(/\s+/u).filter((w) => w.length > 0);
  const head = headIndex(words, morphology);
  const results = new Set<string>([name]);
  for (const grammaticalCase of CASES) {
    let variants: string[] = [''];
    for (let i = 0; i < words.length; i++) {
      const word = words[i] ?? '';
      const forms = i <= head ? caseForms(word, grammaticalCase, morphology) : [word];
      const next: string[] = [];
      for (const prefix of variants) for (const form of forms) next.push(prefix ? `${prefix} ${form}` : form);
      variants = next.slice(0, 16);
    }
    for (const v of variants) results.add(v);
  }
  return [...results];
}

function headIndex(words: readonly string[], morphology: Morphology): number {
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    if (/^\p{Lu}{2,}$/u.test(word)) return i;
    const readings = morphology.analyse(word);
    const nominal = readings.find((r) => r.tags.has('nomn') && (r.tags.has('NOUN') || r.tags.has('ADJF') || r.tags.has('PRTF')));
    if (nominal ? nominal.tags.has('NOUN') : !ADJECTIVE_ENDING.test(foldCase(word))) return i;
  }
  return words.length - 1;
}

/** Forms of one word in a case, keeping its number and gender; the word itself when nothing fits. */
export function caseForms(word: string, grammaticalCase: Case, morphology: Morphology): string[] {
  if (/^\p{Lu}{2,}$/u.test(word)) return [word];
  const folded = foldCase(word);
  const hyphen = folded.lastIndexOf('-');
  if (hyphen > 0) {
    // "Гвинея-Бисау", "Кот-д'Ивуар": only a declinable last part changes.
    const prefix = word.slice(0, hyphen + 1);
    return caseForms(word.slice(hyphen + 1), grammaticalCase, morphology).map((f) => prefix + f);
  }
  const paradigm = morphology.paradigm(folded);
  const own = paradigm.find((f) => foldCase(f.form) === folded && f.tags.has('nomn'));
  if (own) {
    const wanted = (f: WordForm): boolean =>
      f.tags.has(grammaticalCase) &&
      f.tags.has('plur') === own.tags.has('plur') &&
      (own.tags.has('plur') || !own.tags.has('ADJF') || ['masc', 'femn', 'neut'].every((g) => f.tags.has(g) === own.tags.has(g)));
    const forms = paradigm.filter(wanted).map((f) => matchCapital(word, f.form));
    if (forms.length > 0) return [...new Set(forms)];
  }
  return ruleForms(word, grammaticalCase).map((f) => matchCapital(word, f));
}

function matchCapital(model: string, form: string): string {
  return model.charAt(0) === model.charAt(0).toUpperCase() ? form.charAt(0).toUpperCase() + form.slice(1) : form;
}

/** Ending rules for words the dictionary lacks: regular nouns and adjectives only. */
export function ruleForms(word: string, c: Case): string[] {
  const lower = word.toLowerCase();
  const swap = (cut: number, endings: readonly string[]): string[] => endings.map((e) => word.slice(0, word.length - cut) + e);
  const table = (endings: Record<Case, readonly string[]>, cut: number): string[] => swap(cut, endings[c]);
  if (/(?:ая|яя)$/u.test(lower))
    return table({ nomn: ['ая'], gent: ['ой'], datv: ['ой'], accs: ['ую'], ablt: ['ой', 'ою'], loct: ['ой'] }, 2);
  if (/(?:ий|ый)$/u.test(lower))
    return table({ nomn: ['ий', 'ый'], gent: ['ого'], datv: ['ому'], accs: ['ий', 'ый'], ablt: ['им', 'ым'], loct: ['ом'] }, 2);
  if (/(?:ые|ие)$/u.test(lower))
    return table(
      { nomn: ['ые', 'ие'], gent: ['ых', 'их'], datv: ['ым', 'им'], accs: ['ые', 'ие'], ablt: ['ыми', 'ими'], loct: ['ых', 'их'] },
      2,
    );
  if (/ия$/u.test(lower)) return table({ nomn: ['ия'], gent: ['ии'], datv: ['ии'], accs: ['ию'], ablt: ['ией'], loct: ['ии'] }, 2);
  if (/[ыи]$/u.test(lower) && /(?:ды|ны|ры|мы|вы|ры|ты)$/u.test(lower))
    return table({ nomn: ['ы'], gent: ['', 'ов'], datv: ['ам'], accs: ['ы'], ablt: ['ами'], loct: ['ах'] }, 1);
  if (/[жшчщкгх]а$/u.test(lower)) return table({ nomn: ['а'], gent: ['и'], datv: ['е'], accs: ['у'], ablt: ['ой'], loct: ['е'] }, 1);
  if (/а$/u.test(lower)) return table({ nomn: ['а'], gent: ['ы'], datv: ['е'], accs: ['у'], ablt: ['ой'], loct: ['е'] }, 1);
  if (/я$/u.test(lower)) return table({ nomn: ['я'], gent: ['и'], datv: ['е'], accs: ['ю'], ablt: ['ей'], loct: ['е'] }, 1);
  if (/ь$/u.test(lower)) return table({ nomn: ['ь'], gent: ['и'], datv: ['и'], accs: ['ь'], ablt: ['ью'], loct: ['и'] }, 1);
  if (/й$/u.test(lower)) return table({ nomn: ['й'], gent: ['я'], datv: ['ю'], accs: ['й'], ablt: ['ем'], loct: ['е'] }, 1);
  if (/[бвгдзклмнпрстфхжшчщц]$/u.test(lower)) {
    const ablt = /[жшчщц]$/u.test(lower) ? ['ем'] : ['ом'];
    return table({ nomn: [''], gent: ['а'], datv: ['у'], accs: [''], ablt, loct: ['е'] }, 0);
  }
  return [word];
}
