/**
 * Writing an article back as a plain-text wire story — the inverse of `parseWireStory` —
 * so that a story opened from text can be re-saved as text with the line endings (and,
 * through `encodeText`, the encoding) it came with. Marks cannot be written in plain text
 * and are dropped; every character of every block is kept.
 */
import { type Article, type Block, type LineEnding } from '../article/model.ts';

/** Options for `articleToPlainText`. */
export interface PlainTextOptions {
  /** Line endings to write; default the source's (`meta.source.lineEnding`), else LF. */
  readonly lineEnding?: LineEnding;
}

const LINE_BREAKS: Readonly<Record<LineEnding, string>> = { lf: '\n', crlf: '\r\n', cr: '\r' };

function blockText(block: Block): string {
  switch (block.type) {
    case 'list':
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${item.text}`).join('\n');
    case 'blockquote':
      return block.attribution ? `${block.text}\n— ${block.attribution}` : block.text;
    default:
      return block.text;
  }
}

/**
 * The article as a wire story: headline, standfirst, byline, the dateline opening the
 * first paragraph, then the body; paragraphs separated by blank lines; a final line break.
 */
export function articleToPlainText(article: Article, options: PlainTextOptions = {}): string {
  const parts: string[] = [];
  if (article.headline) parts.push(article.headline);
  if (article.standfirst) parts.push(article.standfirst);
  const { byline, language } = article.meta;
  if (byline) parts.push(language === 'en' ? `By ${byline}` : `Автор: ${byline}`);
  const body = article.blocks.map(blockText);
  if (article.dateline) {
    const dash = language === 'en' ? '-' : '–';
    const [lead, ...others] = body;
    parts.push(lead !== undefined ? `${article.dateline.text} ${dash} ${lead}` : article.dateline.text, ...others);
  } else {
    parts.push(...body);
  }
  const eol = LINE_BREAKS[options.lineEnding ?? article.meta.source?.lineEnding ?? 'lf'];
  return parts.length === 0 ? '' : `${parts.join('\n\n').replace(/\r\n?|\n/g, eol)}${eol}`;
}
