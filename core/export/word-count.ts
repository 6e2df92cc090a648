/**
 * Counting words the way a reader would, in any language: `Intl.Segmenter` word segments
 * that are word-like (not punctuation or spaces), so "С5+1" or "Касым-Жомарт" count as a
 * reader sees them and Russian and English are counted by the same rule.
 */

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(language, { granularity: 'word' });
    } catch {
      // An invalid language tag in an imported file must not stop an export.
      segmenter = new Intl.Segmenter('und', { granularity: 'word' });
    }
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

/** The number of word-like segments of `text` under `language`'s word rules. */
export function countWords(text: string, language: string): number {
  let count = 0;
  for (const segment of segmenterFor(language).segment(text)) if (segment.isWordLike) count++;
  return count;
}
