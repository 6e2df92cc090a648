/**
 * A cheap language guess for article text, good enough to pick typography and the tagger's
 * language: Kazakh-specific Cyrillic letters → "kk", mostly Cyrillic → "ru", else "en".
 */

const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/gu;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;

/** Returns a BCP 47 tag for `text`; "ru" for text with no letters at all (the newsroom's default). */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 20_000);
  const cyrillic = sample.match(CYRILLIC)?.length ?? 0;
  const latin = sample.match(LATIN)?.length ?? 0;
  if (cyrillic === 0 && latin === 0) return 'ru';
  if (cyrillic >= latin) {
    const kazakh = sample.match(KAZAKH_LETTERS)?.length ?? 0;
    return kazakh > cyrillic * 0.01 ? 'kk' : 'ru';
  }
  return 'en';
}
