/**
 * Article context: the people an article names in full in blocks the tagger is not shown
 * (the editor tags one paragraph at a time). They are written as a preamble before the text
 * and enter the people finders as full-name mentions the text itself made, so every in-text
 * linking rule (surname, first-name and family-name repeats, initials, case forms) treats
 * them exactly as if the paragraph that named them were part of the text — unlike registry
 * entries, which keep their stricter rules. Mentions inside the preamble are never reported.
 */

import { isEastAsianName } from './east-asian.ts';
import type { Token } from './text.ts';
import { foldCase } from './text.ts';
import type { TagLanguage } from './types.ts';

/** A context name as a mention of the preamble: token range, offsets and its name split. */
export interface ContextMention {
  /** The name as the article writes it in full (and as the tagger reports it). */
  readonly name: string;
  readonly from: number;
  readonly to: number;
  readonly start: number;
  readonly end: number;
  readonly first: string;
  readonly last: string;
  /** An East Asian name of three or more syllables: its family name (first word) may repeat alone. */
  readonly familyFirst: boolean;
}

/** The preamble of a tagging call: its length and the context names it holds. */
export interface ContextPreamble {
  /** Text to put before the tagged text; every offset of the text shifts by its length. */
  readonly text: string;
  /** Names with their offsets in `text`, in order; token ranges are found after tokenizing. */
  readonly names: readonly { readonly name: string; readonly start: number; readonly end: number }[];
}

/**
 * Lays the context names out one per line, each closed by a full stop, with a blank line
 * before the text: the text's first word still opens a line, and no name sits next to
 * another or to the text, so no list or apposition rule reaches across. Names that are not
 * two or more words are dropped (a lone word names nobody in full), as are repeats.
 */
export function contextPreamble(context: readonly string[]): ContextPreamble {
  const seen = new Set<string>();
  const names: { name: string; start: number; end: number }[] = [];
  let text = '';
  for (const raw of context) {
    const name = raw.trim().replace(/\s+/gu, ' ');
    const key = foldCase(name);
    if (name.split(' ').length < 2 || seen.has(key) || /[\n.]/u.test(name)) continue;
    seen.add(key);
    names.push({ name, start: text.length, end: text.length + name.length });
    text += `${name}.\n`;
  }
  return { text: names.length > 0 ? `${text}\n` : '', names };
}

/** Russian particles that open a surname ("фон дер Ляйен", "бин Салман", "Аль Тани"). */
const RUSSIAN_PARTICLES = new Set(
  'ле ла де ди да дель делла дю ван фон дер ден бин ибн бен эль аль ас абдель абдуль абдул абд абуль'.split(' '),
);

/** English particles that open a surname ("von der Leyen", "bin Salman", "da Silva"). */
const ENGLISH_PARTICLES = new Set('bin ibn bint abu al el van von der den de da do di du la le dos das del della ter ten'.split(' '));

/** Words after a father's name that belong to the surname ("Жолдош уулу", "Tazhibek kyzy"). */
const PATRONYMIC_WORDS = new Set('уулу кызы улы kyzy uulu qizi kizi ogly oglu ugli uly'.split(' '));

/**
 * A full name split as the finders split what they find: the surname is the last word, with
 * a Kyrgyz "уулу"/"кызы" and the father's name before it, and from the first particle on
 * ("Урсула | фон дер Ляйен", "Мухаммед | бин Абдуррахман Аль Тани"). Null for one word.
 */
export function splitContextName(name: string, language: TagLanguage): { first: string; last: string } | null {
  const words = name.split(' ').filter((w) => w.length > 0);
  if (words.length < 2) return null;
  const particles = language === 'en' ? ENGLISH_PARTICLES : RUSSIAN_PARTICLES;
  let split = words.length - 1;
  if (words.length >= 3 && PATRONYMIC_WORDS.has(foldCase(words[split]!))) split--;
  const particleAt = words.findIndex((w, k) => k > 0 && k < split && (particles.has(foldCase(w)) || /^\p{Ll}/u.test(w)));
  if (particleAt > 0) split = particleAt;
  return { first: words.slice(0, split).join(' '), last: words.slice(split).join(' ') };
}

/**
 * The preamble's names as mentions over the tokens of preamble + text; a name whose tokens
 * cannot be found (it never happens for names the preamble wrote) is left out.
 */
export function contextMentions(preamble: ContextPreamble, tokens: readonly Token[], language: TagLanguage): ContextMention[] {
  const mentions: ContextMention[] = [];
  let k = 0;
  for (const { name, start, end } of preamble.names) {
    while (k < tokens.length && tokens[k]!.start < start) k++;
    const from = k;
    while (k < tokens.length && tokens[k]!.end <= end) k++;
    const parts = splitContextName(name, language);
    if (k === from || !parts) continue;
    const words = name.split(' ');
    // As the finder reads a run of three or more short syllables ("Ли Сон Гю"); the last may
    // be one the transcription check does not know, as the finder's run allows.
    const familyFirst =
      language !== 'en' && words.length >= 3 && isEastAsianName(words.slice(0, -1).join(' ')) && words[words.length - 1]!.length <= 5;
    mentions.push({ name, from, to: k, start, end, ...parts, familyFirst });
  }
  return mentions;
}
