/**
 * Quotation finding: the «...» spans of an article's body, with the speaker where the text
 * names one in the attribution that follows ("», – сказал Энтони Блинкен на ...").
 */
import type { Article } from '../article/model.ts';
import { blockTexts } from '../article/model.ts';

/** A quotation inside one body block. Offsets are into that block's text, end exclusive. */
export interface Quotation {
  readonly blockIndex: number;
  readonly start: number;
  readonly end: number;
  /** The quoted words without the outer guillemets. */
  readonly text: string;
  /** Who said it, as written in the attribution, when the text names them. */
  readonly speaker?: string;
}

const SPEECH_VERBS =
  'сказал|сказала|сказали|заявил|заявила|заявили|отметил|отметила|отметили|сообщил|сообщила|сообщили|сообщает|сообщают|подчеркнул|подчеркнула|подчеркнули|добавил|добавила|добавили|говорится|said|says|told|added|noted|stated';

const ATTRIBUTION = new RegExp(
  String.raw`^[,.]?\s*[–—-]\s*(?:${SPEECH_VERBS})\s+(?:(?:в|во|in)\s+)?(?<speaker>[^,.;:]+?)(?=\s+(?:на|в|во|во время|по|после|at|in|on|during)\s|[,.;:]|$)`,
  'u',
);

/** Finds the closing guillemet matching the opening one at `open`, allowing nested «». */
function findClosing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === '«') depth++;
    else if (ch === '»') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/**
 * Returns the top-level quotations of every body block. A quotation that opens a paragraph
 * and is followed by "– сказал X" gets X as its speaker; organisations ("в МИД") are left
 * out because they follow a preposition, not a speech verb.
 */
export function findQuotations(article: Article): Quotation[] {
  const quotations: Quotation[] = [];
  article.blocks.forEach((block, blockIndex) => {
    for (const inline of blockTexts(block)) {
      const text = inline.text;
      let from = 0;
      while (from < text.length) {
        const open = text.indexOf('«', from);
        if (open < 0) break;
        const close = findClosing(text, open);
        if (close < 0) break;
        const after = text.slice(close + 1);
        const speaker = ATTRIBUTION.exec(after)?.groups?.speaker?.trim();
        const quoted = text.slice(open + 1, close);
        // A short «...» is a name (an organisation, a newspaper), not speech.
        if (quoted.split(/\s+/u).length >= 4) {
          quotations.push({
            blockIndex,
            start: open,
            end: close + 1,
            text: quoted,
            ...(speaker ? { speaker } : {}),
          });
        }
        from = close + 1;
      }
    }
  });
  return quotations;
}
