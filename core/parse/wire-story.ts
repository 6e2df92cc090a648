/**
 * The plain-text wire-story parser: turns an agency story ("headline line, dateline
 * paragraph, body paragraphs") into an Article.
 *
 * It never throws on any string: text it cannot structure becomes paragraphs.
 */
import { type Article, type Block, type LineEnding, defaultMeta, paragraph } from '../article/model.ts';
import { detectLanguage } from './language.ts';
import { matchDateline } from './dateline.ts';

/** Options for `parseWireStory`. */
export interface WireStoryOptions {
  /** File name recorded in `meta.source`. */
  readonly fileName?: string;
  /** Encoding the text was decoded from, recorded in `meta.source`. */
  readonly encoding?: string;
}

/** The line ending used most in `text`; LF when there is none. */
export function detectLineEnding(text: string): LineEnding {
  const crlf = text.match(/\r\n/g)?.length ?? 0;
  const cr = (text.match(/\r/g)?.length ?? 0) - crlf;
  const lf = (text.match(/\n/g)?.length ?? 0) - crlf;
  if (crlf >= lf && crlf >= cr && crlf > 0) return 'crlf';
  if (cr > lf) return 'cr';
  return 'lf';
}

/**
 * Splits text into paragraphs. Blank lines separate paragraphs; a text without any blank
 * line (one paragraph per line, as many agencies send) splits on every line break.
 * Within a blank-line-separated paragraph, hard-wrapped lines are joined with a space.
 */
export function splitParagraphs(text: string): string[] {
  const normalized = text.replace(/\r\n?/g, '\n');
  const hasBlankLines = /\n[ \t\u00a0]*\n/.test(normalized.trim());
  const chunks = hasBlankLines ? normalized.split(/\n[ \t\u00a0]*\n/) : normalized.split('\n');
  return chunks
    .map((chunk) =>
      chunk
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line.length > 0)
        .join(' '),
    )
    .filter((p) => p.length > 0);
}

/** Parses a wire story. Empty or blank text gives an article with no headline and no body. */
export function parseWireStory(rawText: string, options: WireStoryOptions = {}): Article {
  const text = rawText.startsWith('\uFEFF') ? rawText.slice(1) : rawText;
  const lineEnding = detectLineEnding(text);
  const paragraphs = splitParagraphs(text);
  const language = detectLanguage(text);

  let headline = '';
  let rest = paragraphs;
  const first = paragraphs[0];
  if (first !== undefined && !matchDateline(first)) {
    headline = first;
    rest = paragraphs.slice(1);
  }

  let dateline: Article['dateline'] = null;
  const blocks: Block[] = [];
  rest.forEach((para, index) => {
    const match = index === 0 ? matchDateline(para) : null;
    if (match) {
      dateline = match.dateline;
      if (match.lead.length > 0) blocks.push(paragraph(match.lead));
      return;
    }
    blocks.push(paragraph(para));
  });

  return {
    headline,
    dateline,
    blocks,
    entities: [],
    meta: {
      ...defaultMeta(language),
      source: {
        format: 'text',
        lineEnding,
        ...(options.fileName !== undefined ? { fileName: options.fileName } : {}),
        ...(options.encoding !== undefined ? { encoding: options.encoding } : {}),
      },
    },
  };
}
