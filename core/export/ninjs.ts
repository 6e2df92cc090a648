/**
 * The IPTC ninjs 3.1 export: a news item as JSON that other newsroom systems read. Invariant:
 * the result validates against the official ninjs 3.1 JSON schema (tests/schemas/ninjs/) —
 * every URI is ASCII (percent-encoded), every date is an RFC 3339 date-time, and only
 * properties the schema defines are written.
 */
import { ARTICLE_STATUSES, bodyPlainText, type Article, type Entity } from '../article/model.ts';
import { articleTags } from './article-facts.ts';
import { renderBodyHtml } from './html-body.ts';
import { sha256Base64 } from './sha256.ts';
import { countWords } from './word-count.ts';

/** The schema a ninjs export declares in its `standard` property. */
export const NINJS_SCHEMA_URI = 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#';

/** A ninjs 3.1 news item, as far as Copydesk writes one. */
export interface NinjsItem {
  readonly uri: string;
  readonly standard: { readonly name: 'ninjs'; readonly version: '3.1'; readonly schema: string };
  readonly type: 'text';
  readonly language: string;
  readonly pubStatus: 'usable' | 'withheld';
  readonly versionCreated: string;
  readonly firstCreated?: string;
  readonly urgency?: number;
  readonly slugline?: string;
  readonly by?: string;
  readonly located?: string;
  readonly headlines: readonly { readonly role: string; readonly value: string }[];
  readonly descriptions?: readonly { readonly role: string; readonly value: string }[];
  readonly bodies: readonly {
    readonly role: string;
    readonly contentType: string;
    readonly charCount: number;
    readonly wordCount: number;
    readonly value: string;
  }[];
  readonly people: readonly { readonly name: string; readonly rel: 'mentions'; readonly uri: string }[];
  readonly places: readonly {
    readonly name: string;
    readonly rel: 'mentions' | 'located';
    readonly uri?: string;
    readonly literal?: string;
  }[];
  readonly subjects?: readonly { readonly name: string; readonly rel: 'about' }[];
  readonly infoSources?: readonly { readonly name: string; readonly role: 'originfeed' }[];
}

/** Options for `articleToNinjs`. */
export interface NinjsOptions {
  /** A stable identifier of the item (its file name, say); default the slug, else a hash of headline and dateline. */
  readonly id?: string;
  /** The time to write as `versionCreated` when the article has no modification time. */
  readonly now?: Date;
}

/** The stable URI of a registry entity: `urn:copydesk:person:<id>` / `urn:copydesk:country:<code>`. */
export function entityUri(entity: Entity): string {
  if (entity.type === 'country') return `urn:copydesk:country:${encodeURIComponent(entity.code.toUpperCase())}`;
  const local = entity.id.startsWith('person:') ? entity.id.slice('person:'.length) : entity.id;
  return `urn:copydesk:person:${encodeURIComponent(local)}`;
}

function articleUri(article: Article, id: string | undefined): string {
  const local =
    id ??
    article.meta.slug ??
    sha256Base64(`${article.headline}\n${article.dateline?.text ?? ''}`)
      .replace(/[^A-Za-z0-9]/g, '')
      .slice(0, 24);
  return `urn:copydesk:article:${encodeURIComponent(local)}`;
}

/** An RFC 3339 date-time for an ISO string the article holds, or undefined when it is not a date. */
function dateTime(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function charCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** Converts an article to a ninjs 3.1 item. */
export function articleToNinjs(article: Article, options: NinjsOptions = {}): NinjsItem {
  const { meta, dateline } = article;
  const { people, countries } = articleTags(article);
  // Both bodies hold the body blocks only: the standfirst travels in `descriptions`.
  const plain = bodyPlainText(article);
  const html = renderBodyHtml(article);
  const words = countWords(plain, meta.language);
  const chars = charCount(plain);
  const firstCreated = dateTime(meta.created);
  const located = dateline?.place || undefined;
  return {
    uri: articleUri(article, options.id),
    standard: { name: 'ninjs', version: '3.1', schema: NINJS_SCHEMA_URI },
    type: 'text',
    language: meta.language,
    // Only "ready" copy is usable downstream; drafts travel as withheld.
    pubStatus: meta.status === ARTICLE_STATUSES[ARTICLE_STATUSES.length - 1] ? 'usable' : 'withheld',
    versionCreated: dateTime(meta.modified) ?? firstCreated ?? (options.now ?? new Date()).toISOString(),
    ...(firstCreated ? { firstCreated } : {}),
    ...(meta.urgency !== undefined ? { urgency: meta.urgency } : {}),
    ...(meta.slug ? { slugline: meta.slug } : {}),
    ...(meta.byline ? { by: meta.byline } : {}),
    ...(located ? { located } : {}),
    headlines: [{ role: 'main', value: article.headline }],
    ...(article.standfirst ? { descriptions: [{ role: 'summary', value: article.standfirst }] } : {}),
    bodies: [
      { role: 'main', contentType: 'text/plain', charCount: chars, wordCount: words, value: plain },
      { role: 'richtext', contentType: 'text/html', charCount: chars, wordCount: words, value: html },
    ],
    people: people.map((p) => ({ name: p.name, rel: 'mentions', uri: entityUri(p) })),
    places: [
      ...(located ? [{ name: located, rel: 'located' as const }] : []),
      ...countries.map((c) => ({ name: c.name, rel: 'mentions' as const, uri: entityUri(c), literal: c.code.toUpperCase() })),
    ],
    ...(meta.keywords.length > 0 ? { subjects: meta.keywords.map((k) => ({ name: k, rel: 'about' as const })) } : {}),
    ...(dateline?.agency ? { infoSources: [{ name: dateline.agency, role: 'originfeed' as const }] } : {}),
  };
}

/** The ninjs item as pretty-printed, newline-terminated JSON. */
export function serializeNinjs(article: Article, options: NinjsOptions = {}): string {
  return `${JSON.stringify(articleToNinjs(article, options), null, 2)}\n`;
}
