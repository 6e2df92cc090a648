/**
 * The Markdown export (CommonMark): headline, standfirst, byline and dateline, the body with
 * bold, italic and safe links, and the tags as a trailing list. Invariant: every article
 * character that Markdown would read as syntax is backslash-escaped, so a CommonMark reader
 * shows exactly the article's text.
 */
import { blockTexts, type Article, type Block, type InlineText } from '../article/model.ts';
import { segmentInlineText, type InlineSegment } from '../article/segments.ts';
import { isSafeLinkHref } from '../security/links.ts';
import { articleTags, exportLabels } from './article-facts.ts';

/**
 * Escapes `text` so CommonMark renders it literally inside a line: the characters that open
 * emphasis, links, code, HTML, entities or tables anywhere. Line-start syntax is handled by
 * `escapeLineStart`, so ordinary hyphens and full stops stay readable.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>&~|]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, ' ');
}

/** Escapes what would make a line a heading, quote, list, rule or code block. */
function escapeLineStart(line: string): string {
  return line
    .trimStart()
    .replace(/^(\d{1,9})([.)])/, '$1\\$2')
    .replace(/^([#>+=-])/, '\\$1');
}

const isSpace = (c: string | undefined) => c === undefined || /\s/u.test(c);
const isPunct = (c: string | undefined) => c !== undefined && /[\p{P}\p{S}]/u.test(c);

/**
 * Wraps `md` in emphasis. CommonMark's `*` only opens when left-flanking and only closes when
 * right-flanking; where the neighbours make that fail ("<*b"), or two emphasized runs touch,
 * the run is written plain: the text always survives, its emphasis only where Markdown can
 * say it (raw HTML tags would show as text in renderers that disable HTML).
 */
function emphasize(md: string, delimiter: '*' | '**', before: string | undefined, after: string | undefined, touching: boolean): string {
  if (touching) return md;
  const first = md[0];
  const last = md[md.length - 1];
  const opens = !isSpace(first) && (!isPunct(first) || isSpace(before) || isPunct(before));
  const closes = !isSpace(last) && (!isPunct(last) || isSpace(after) || isPunct(after));
  return opens && closes ? `${delimiter}${md}${delimiter}` : md;
}

function inlineMarkdown(inline: InlineText): string {
  // Entities do not show in Markdown: merge neighbours that look the same, so "**a****b**" never happens.
  const segments: InlineSegment[] = [];
  for (const segment of segmentInlineText(inline)) {
    const previous = segments[segments.length - 1];
    if (previous && previous.bold === segment.bold && previous.italic === segment.italic && previous.link === segment.link) {
      segments[segments.length - 1] = { ...previous, text: previous.text + segment.text, end: segment.end };
    } else segments.push(segment);
  }
  const wrapped = (segment: InlineSegment | undefined) =>
    segment !== undefined && (segment.bold || segment.italic || segment.link !== undefined);
  let out = '';
  segments.forEach((segment, i) => {
    // Emphasis delimiters next to whitespace do not open or close: keep spaces outside.
    const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(segment.text) as RegExpExecArray;
    const [, lead = '', core = '', trail = ''] = match;
    if (core === '') {
      out += segment.text;
      return;
    }
    const next = segments[i + 1];
    const nextWrapped = wrapped(next) && !/^\s/u.test(next?.text ?? '');
    // Two emphasized runs that touch would merge their delimiter runs ("***").
    const touching =
      (lead === '' && wrapped(segments[i - 1]) && !/\s$/u.test(segments[i - 1]?.text ?? '')) || (trail === '' && nextWrapped);
    // What follows in the output: a delimiter or escape (punctuation), a space, or text.
    const after =
      trail !== '' ? ' ' : nextWrapped ? '*' : next?.text[0] !== undefined && /[\\`*_[\]<>&~|]/.test(next.text[0]) ? '\\' : next?.text[0];
    const before = lead !== '' ? ' ' : out[out.length - 1];
    let md = escapeMarkdown(core);
    if (segment.italic) md = emphasize(md, '*', before, after, touching);
    if (segment.bold) md = emphasize(md, '**', before, after, touching);
    if (segment.link !== undefined && isSafeLinkHref(segment.link))
      md = `[${md}](<${segment.link.trim().replace(/[<>\s]/g, encodeURIComponent)}>)`;
    out += `${lead}${md}${trail}`;
  });
  return escapeLineStart(out);
}

function blockMarkdown(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return inlineMarkdown(block);
    case 'subheading':
      return `## ${inlineMarkdown(block)}`;
    case 'blockquote': {
      const quote = `> ${inlineMarkdown(block)}`;
      return block.attribution ? `${quote}\n>\n> — ${escapeMarkdown(block.attribution)}` : quote;
    }
    case 'list':
      return blockTexts(block)
        .map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${inlineMarkdown(item)}`)
        .join('\n');
  }
}

/** Renders the article as a Markdown document (newline-terminated). */
export function renderArticleMarkdown(article: Article): string {
  // A heading's trailing #s would be read as its closing sequence: escape every # in it.
  const parts: string[] = [`# ${escapeMarkdown(article.headline).trim().replace(/#/g, '\\#')}`];
  if (article.standfirst) parts.push(`*${escapeMarkdown(article.standfirst)}*`);
  if (article.meta.byline) parts.push(escapeLineStart(escapeMarkdown(article.meta.byline)));
  if (article.dateline) parts.push(`**${escapeMarkdown(article.dateline.text)}**`);
  for (const block of article.blocks) {
    const md = blockMarkdown(block);
    if (md.trim() !== '') parts.push(md);
  }
  const { people, countries } = articleTags(article);
  if (people.length + countries.length > 0) {
    const labels = exportLabels(article.meta.language);
    const lines = [
      ...people.map((p) => `- ${escapeMarkdown(labels.people)}: ${escapeMarkdown(p.name)}`),
      ...countries.map((c) => `- ${escapeMarkdown(labels.countries)}: ${escapeMarkdown(c.name)} \\(${escapeMarkdown(c.code)}\\)`),
    ];
    parts.push('---', `## ${escapeMarkdown(labels.tags)}`, lines.join('\n'));
  }
  return `${parts.join('\n\n')}\n`;
}
