/**
 * The plain-text wire-story parser: turns an agency story into an Article.
 *
 * A story is: a headline (the first paragraph, unless that is itself a dateline, a byline
 * or too long to be a headline); optionally a standfirst (a lead or subheadline between
 * the headline and the dateline paragraph) and a byline paragraph near the top or at the
 * end; the dateline paragraph, whose text after the dash is the first body paragraph; and
 * the body paragraphs.
 *
 * It never throws on any string: text it cannot structure becomes paragraphs.
 */
import { type Article, type Block, type Dateline, defaultMeta, paragraph } from '../article/model.ts';
import { detectLanguage } from './language.ts';
import { matchDateline } from './dateline.ts';
import { matchByline } from './byline.ts';
import { detectLineEnding, splitParagraphs } from './paragraphs.ts';

export { detectLineEnding, splitParagraphs } from './paragraphs.ts';

/** Options for `parseWireStory`. */
export interface WireStoryOptions {
  /** File name recorded in `meta.source`. */
  readonly fileName?: string;
  /** Encoding the text was decoded from, recorded in `meta.source`. */
  readonly encoding?: string;
  /** The importer recorded in `meta.source.format` (default "text"). */
  readonly format?: string;
}

/** The longest paragraph taken for a headline; a longer first paragraph is body text. */
const MAX_HEADLINE = 300;
/** The longest paragraph taken for a standfirst. */
const MAX_STANDFIRST = 600;
/** How many paragraphs after the headline may hold the dateline or the byline. */
const HEAD_PARAGRAPHS = 3;

/** Parses a wire story. Empty or blank text gives an article with no headline and no body. */
export function parseWireStory(rawText: string, options: WireStoryOptions = {}): Article {
  const text = rawText.startsWith('\uFEFF') ? rawText.slice(1) : rawText;
  const paragraphs = splitParagraphs(text);
  const language = detectLanguage(text);

  let headline = '';
  let rest = paragraphs;
  const first = paragraphs[0];
  if (first !== undefined && first.length <= MAX_HEADLINE && !matchDateline(first) && matchByline(first) === null) {
    headline = first;
    rest = paragraphs.slice(1);
  }

  // The byline: a paragraph of its own near the top, or the last paragraph.
  let byline: string | undefined;
  const bylineAt = [...rest.slice(0, HEAD_PARAGRAPHS).keys(), rest.length - 1].find((i) => i >= 0 && matchByline(rest[i] ?? '') !== null);
  if (bylineAt !== undefined) {
    byline = matchByline(rest[bylineAt] ?? '') ?? undefined;
    rest = rest.filter((_, i) => i !== bylineAt);
  }

  // The dateline opens the first or (after a standfirst) the second paragraph.
  let dateline: Dateline | null = null;
  let standfirst: string | undefined;
  const blocks: Block[] = [];
  const datelineAt = [0, 1].find((i) => rest[i] !== undefined && matchDateline(rest[i] as string) !== null);
  const standfirstOk = datelineAt === 1 && headline !== '' && (rest[0]?.length ?? 0) <= MAX_STANDFIRST;
  rest.forEach((para, index) => {
    if (index === datelineAt && (index === 0 || standfirstOk)) {
      const match = matchDateline(para);
      if (match) {
        dateline = match.dateline;
        if (match.lead.length > 0) blocks.push(paragraph(match.lead));
        return;
      }
    }
    if (index === 0 && standfirstOk) {
      standfirst = para;
      return;
    }
    blocks.push(paragraph(para));
  });

  return {
    headline,
    ...(standfirst !== undefined ? { standfirst } : {}),
    dateline,
    blocks,
    entities: [],
    meta: {
      ...defaultMeta(language),
      ...(byline ? { byline } : {}),
      source: {
        format: options.format ?? 'text',
        lineEnding: detectLineEnding(text),
        ...(options.fileName !== undefined ? { fileName: options.fileName } : {}),
        ...(options.encoding !== undefined ? { encoding: options.encoding } : {}),
      },
    },
  };
}
