/**
 * The article model: the one document shape every part of Copydesk reads and writes.
 *
 * Articles are immutable values. Every function that "changes" an article returns a new
 * one; nothing mutates in place, so an article can be shared between the editor, the
 * tagger, the exporters and the library index without defensive copies.
 *
 * Text is held as plain strings with inline marks given as UTF-16 offset ranges into that
 * string. This keeps the text searchable and taggable as-is while still carrying bold,
 * italic, links and entity mentions.
 */

/** A mark on a range `[start, end)` of a block's text (UTF-16 code units, end exclusive). */
export type InlineMark =
  | { readonly type: 'bold'; readonly start: number; readonly end: number }
  | { readonly type: 'italic'; readonly start: number; readonly end: number }
  | { readonly type: 'link'; readonly start: number; readonly end: number; readonly href: string }
  | {
      readonly type: 'entity';
      readonly start: number;
      readonly end: number;
      /** Id of an entry of `Article.entities`. */
      readonly entityId: string;
      /** `adjective` for a country referred to by its adjective ("антироссийских" → RU). */
      readonly kind: MentionKind;
    };

/** How a mention refers to its entity. */
export type MentionKind = 'name' | 'adjective';

/** A run of text with its marks; marks never extend past `text.length`. */
export interface InlineText {
  readonly text: string;
  readonly marks: readonly InlineMark[];
}

/** A body block. Blocks are flat except lists, whose items are inline texts. */
export type Block =
  | ({ readonly type: 'paragraph' } & InlineText)
  | ({ readonly type: 'subheading' } & InlineText)
  | ({ readonly type: 'blockquote'; readonly attribution?: string } & InlineText)
  | { readonly type: 'list'; readonly ordered: boolean; readonly items: readonly InlineText[] };

/** The block type names, in schema order. */
export type BlockType = Block['type'];

/**
 * The dateline of a wire story: "Астана. 28 февраля. КазТАГ". `text` is the dateline as it
 * was written; `place`, `date` and `agency` are its parts (`agency` may be absent).
 */
export interface Dateline {
  readonly text: string;
  readonly place: string;
  readonly date: string;
  readonly agency?: string;
}

/** A person the newsroom tags. `name` is canonical: nominative, as the newsroom writes it. */
export interface PersonEntity {
  readonly id: string;
  readonly type: 'person';
  readonly name: string;
  readonly aliases?: readonly string[];
  /** Names in other languages, keyed by BCP 47 language tag ("en": "Antony Blinken"). */
  readonly names?: Readonly<Record<string, string>>;
  readonly role?: string;
}

/** A country, identified by its ISO 3166-1 alpha-2 code. `name` is its display name. */
export interface CountryEntity {
  readonly id: string;
  readonly type: 'country';
  readonly code: string;
  readonly name: string;
}

/** Something a mention can point at. */
export type Entity = PersonEntity | CountryEntity;

/** Editorial workflow state. */
export type ArticleStatus = 'draft' | 'editing' | 'ready';

/** The article statuses, in workflow order. */
export const ARTICLE_STATUSES: readonly ArticleStatus[] = ['draft', 'editing', 'ready'];

/** Line endings a plain-text source used; kept so that re-saving as text preserves them. */
export type LineEnding = 'lf' | 'crlf' | 'cr';

/** Where an article came from, when it was imported rather than created. */
export interface ArticleSource {
  /** The importer that produced it: "text", "markdown", "html", "docx", "copydesk", "ninjs". */
  readonly format: string;
  /** The file name it was read from, without folders. */
  readonly fileName?: string;
  /** Character encoding of a text source ("utf-8", "windows-1251", ...). */
  readonly encoding?: string;
  readonly lineEnding?: LineEnding;
}

/** Editorial metadata. Times are ISO 8601 strings. */
export interface ArticleMeta {
  /** BCP 47 language tag of the article text ("ru", "en", "kk"). */
  readonly language: string;
  readonly byline?: string;
  readonly slug?: string;
  readonly status: ArticleStatus;
  /** IPTC urgency, 1 (most urgent) to 9. */
  readonly urgency?: number;
  readonly keywords: readonly string[];
  readonly created?: string;
  readonly modified?: string;
  readonly source?: ArticleSource;
}

/** An entity mark: the only kind of mark a headline or standfirst may carry. */
export type EntityMark = Extract<InlineMark, { readonly type: 'entity' }>;

/**
 * A news article. Invariants: `blocks` holds the body after the headline, standfirst and
 * dateline; every entity mark's `entityId` names an entry of `entities` (marks of the
 * headline and standfirst included); `entities` holds no entry that no mark refers to (the
 * editor derives the list from the marks: `withDerivedEntities`). The headline and the
 * standfirst carry entity marks only, with the same offset rules as block marks; their
 * mark lists are absent, never empty, when they have none, so an untagged article
 * serializes exactly as it did before titles could be tagged.
 */
export interface Article {
  readonly headline: string;
  /** Mentions in the headline, as offsets into `headline`; absent when there are none. */
  readonly headlineMarks?: readonly EntityMark[];
  /** The lead or subheadline shown under the headline, when the story has one. */
  readonly standfirst?: string;
  /** Mentions in the standfirst, as offsets into `standfirst`; only with a standfirst, absent when none. */
  readonly standfirstMarks?: readonly EntityMark[];
  readonly dateline: Dateline | null;
  readonly blocks: readonly Block[];
  readonly entities: readonly Entity[];
  readonly meta: ArticleMeta;
}

/** Default metadata for a new article in `language`. */
export function defaultMeta(language = 'ru'): ArticleMeta {
  return { language, status: 'draft', keywords: [] };
}

/** A paragraph block with no marks. */
export function paragraph(text: string): Block {
  return { type: 'paragraph', text, marks: [] };
}

/** An empty article: no headline, no body. */
export function emptyArticle(language = 'ru'): Article {
  return { headline: '', dateline: null, blocks: [], entities: [], meta: defaultMeta(language) };
}

/** The inline texts of a block, in reading order (one for most blocks, one per list item). */
export function blockTexts(block: Block): readonly InlineText[] {
  return block.type === 'list' ? block.items : [block];
}

/** The plain text of a block; list items are joined by newlines. */
export function blockPlainText(block: Block): string {
  return blockTexts(block)
    .map((t) => t.text)
    .join('\n');
}

/** The article body as plain text, one block per paragraph separated by blank lines. */
export function bodyPlainText(article: Article): string {
  return article.blocks.map(blockPlainText).join('\n\n');
}

/** The headline as an inline text: its entity marks, or none. */
export function headlineText(article: Article): InlineText {
  return { text: article.headline, marks: article.headlineMarks ?? [] };
}

/** The standfirst as an inline text, or undefined for a story without one. */
export function standfirstText(article: Article): InlineText | undefined {
  return article.standfirst === undefined ? undefined : { text: article.standfirst, marks: article.standfirstMarks ?? [] };
}

/**
 * Every inline text of the article that may carry mentions, in reading order: headline,
 * standfirst (when present), then the body's texts. Whatever derives entities, counts
 * mentions or orders tags walks this, so a person named only in the headline is never missed.
 */
export function mentionTexts(article: Article): InlineText[] {
  const standfirst = standfirstText(article);
  return [headlineText(article), ...(standfirst ? [standfirst] : []), ...article.blocks.flatMap((block) => [...blockTexts(block)])];
}

/**
 * The article with `headline`/`standfirst` marks set from `headlineMarks`/`standfirstMarks`,
 * dropping a list that is empty (or a standfirst list without a standfirst), so the
 * "absent when none" invariant holds however the marks were computed.
 */
export function withTitleMarks(
  article: Article,
  headlineMarks: readonly EntityMark[] | undefined,
  standfirstMarks: readonly EntityMark[] | undefined,
): Article {
  const { headlineMarks: _h, standfirstMarks: _s, ...rest } = article;
  // The other keys keep their order, so an article without title marks serializes exactly
  // as before; the mark lists, when there are any, come last.
  return {
    ...rest,
    ...(headlineMarks && headlineMarks.length > 0 ? { headlineMarks } : {}),
    ...(rest.standfirst !== undefined && standfirstMarks && standfirstMarks.length > 0 ? { standfirstMarks } : {}),
  };
}
