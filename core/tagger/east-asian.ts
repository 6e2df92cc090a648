/**
 * East Asian names in Russian transcription (Chinese Palladius, Korean and Vietnamese
 * Kontsevich-style spellings): a name is East Asian when every word is one or two
 * syllables of those systems ("Ху Цзиньтао", "Ким Чен Ын", "Фам Минь Тьинь"). Such names are
 * written family name first by Russian newsrooms, while some annotated corpora reverse them.
 */

import { foldCase } from './text.ts';

// Consonants a syllable may open with; the digraphs first, so they win over their halves.
// No "р": Palladius writes Chinese r as "ж", Korean and Vietnamese use "л" and "з".
const INITIAL = '(?:цз|чж|чх|кх|тх|пх|нг|ть|хв|кв|ц|ч|ш|ж|с|з|б|п|м|ф|д|т|н|л|г|к|х|в|й)?';
// Vowel nuclei with the glides of the transcription systems ("уа", "яо", "юэ", "ыо").
const NUCLEUS = '(?:уай|уэй|яо|уа|уо|уэ|уе|юэ|ай|эй|ао|оу|уй|ой|ый|ыо|ы|а|о|э|е|ё|и|у|ю|я)';
// A word of one syllable may end in a Korean stop or liquid or a Vietnamese "-нг" too ("Пак",
// "Ир", "Ёль", "Выонг"); a word
// of two (Chinese given names written as one word: "Цзиньтао", "Сяопин") only in a nasal.
const ONE = new RegExp(`^${INITIAL}${NUCLEUS}(?:нг|нь|н|м|к|п|т|ль|л|р)?$`, 'u');
const SYLLABLE = `${INITIAL}${NUCLEUS}(?:нь|н)?`;
const TWO = new RegExp(`^${SYLLABLE}(?:эр|${SYLLABLE})$`, 'u');

/** One word of an East Asian name: one syllable, or two without a doubled consonant between. */
const isSyllableWord = (w: string): boolean => ONE.test(w) || (!/нн/u.test(w) && TWO.test(w));

/** True for a name of two to four words, each one or two East Asian syllables. */
export function isEastAsianName(name: string): boolean {
  const words = foldCase(name)
    .split(/[\s-]+/u)
    .filter((w) => w.length > 0);
  return words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Script=Cyrillic}+$/u.test(w) && isSyllableWord(w));
}

/** The words of a name in a fixed order, so "Ху Цзиньтао" and "Цзиньтао Ху" compare equal. */
export function orderFreeKey(name: string): string {
  return foldCase(name)
    .split(/\s+/u)
    .filter((w) => w.length > 0)
    .sort()
    .join(' ');
}
