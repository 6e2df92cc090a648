/**
 * The IPTC ninjs importer (News in JSON), versions 3.x and 2.x (and 1.x, which 2.x
 * extends). What Copydesk takes from an item:
 *
 *   headline   3.x `headlines[]` (role "main" first) · 2.x `headline`
 *   standfirst 3.x `descriptions[]` · 2.x `description_text`
 *   body       3.x `bodies[]` (HTML preferred to text) · 2.x `body_html`, else `body_text`
 *   byline     3.x `by` · 2.x `byline`
 *   language   `language`
 *   entities   `people[].name`, and `places[]` that are countries (by an ISO 3166 URI or
 *              qcode, else by name) — as entity marks where the headline, standfirst or
 *              body mention them.
 *
 * HTML bodies go through the same parser and walker as HTML files, so they are sanitized
 * the same way.
 */
import enCountries from 'i18n-iso-countries/langs/en.json';
import ruCountries from 'i18n-iso-countries/langs/ru.json';
import { type Article, type Block, type Dateline, type Entity, defaultMeta, paragraph } from '../article/model.ts';
import type { Importer } from './importer.ts';
import { ImportError } from './import-error.ts';
import { decodeText } from './encoding.ts';
import { htmlToArticle, type HtmlParser } from './html-to-article.ts';
import { splitParagraphs } from '../parse/paragraphs.ts';
import { matchDateline } from '../parse/dateline.ts';
import { detectLanguage } from '../parse/language.ts';
import { markMentions } from './mentions.ts';

/** Country names (English and Russian, lower case) → ISO 3166-1 alpha-2 code. */
const COUNTRY_CODES = new Map<string, string>(
  [enCountries, ruCountries].flatMap((table) =>
    Object.entries(table.countries as Record<string, string | string[]>).flatMap(([code, names]) =>
      (Array.isArray(names) ? names : [names]).map((name): [string, string] => [name.toLowerCase(), code]),
    ),
  ),
);

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** True when `value` looks like a ninjs item rather than any other JSON object. */
export function isNinjsItem(value: unknown): value is Json {
  if (!isObject(value)) return false;
  if (typeof value.$schema === 'string' && /ninjs/iu.test(value.$schema)) return true;
  if (value.format === 'copydesk') return false;
  const hasText = ['headline', 'headlines', 'body_text', 'body_html', 'bodies', 'description_text', 'descriptions'].some((k) => k in value);
  return (
    hasText &&
    ('uri' in value ||
      'type' in value ||
      'versioncreated' in value ||
      'versionCreated' in value ||
      'headlines' in value ||
      'bodies' in value)
  );
}

/** The value of the entry with role "main" (else the first) of a 3.x role/value array. */
function mainValue(list: unknown, accept: (entry: Json) => boolean = () => true): Json | undefined {
  if (!Array.isArray(list)) return undefined;
  const entries = list.filter(isObject).filter((e) => typeof e.value === 'string' && accept(e));
  return entries.find((e) => e.role === 'main') ?? entries[0];
}

const isHtmlType = (type: unknown) => typeof type === 'string' && /html|xhtml|xml/iu.test(type);

/** The ISO 3166-1 alpha-2 code of a ninjs place, or undefined for a place that is not a country. */
function countryCode(place: Json): string | undefined {
  const ids = [str(place.uri), str(place.qcode), str(place.literal)].filter((s): s is string => s !== undefined);
  for (const id of ids) {
    const match = /iso3166-1a2[/:]([a-z]{2})$/iu.exec(id);
    if (match?.[1]) return match[1].toUpperCase();
  }
  const name = str(place.name);
  if (!name) return undefined;
  return COUNTRY_CODES.get(name.toLowerCase());
}

/** People and country entities named by the item. */
function itemEntities(item: Json): Entity[] {
  const entities: Entity[] = [];
  for (const person of Array.isArray(item.people) ? item.people.filter(isObject) : []) {
    const name = str(person.name);
    if (name) entities.push({ id: `person:${name.toLowerCase().replace(/\s+/gu, '-')}`, type: 'person', name });
  }
  for (const place of Array.isArray(item.places) ? item.places.filter(isObject) : []) {
    const code = countryCode(place);
    const name = str(place.name);
    if (code && name) entities.push({ id: `country:${code}`, type: 'country', code, name });
  }
  return entities;
}

/** Builds the ninjs importer over a platform HTML parser (for HTML bodies). */
export function createNinjsImporter(parseHtml: HtmlParser): Importer {
  return {
    id: 'ninjs',
    label: 'IPTC ninjs',
    extensions: ['.ninjs.json', '.ninjs', '.json'],
    sniff({ bytes }) {
      try {
        return isNinjsItem(JSON.parse(decodeText(bytes).text));
      } catch {
        return false;
      }
    },
    import({ fileName, bytes }) {
      const { text, encoding } = decodeText(bytes);
      if (text.trim().length === 0) throw new ImportError('empty', 'the file is empty');
      let item: unknown;
      try {
        item = JSON.parse(text);
      } catch (error) {
        throw new ImportError('malformed', `malformed JSON: ${(error as Error).message.split('\n')[0]}`);
      }
      if (!isNinjsItem(item)) throw new ImportError('not-an-article', 'this JSON is not a ninjs news item (no headline or body)');
      return ninjsToArticle(item, parseHtml, { fileName, encoding });
    },
  };
}

/** Converts a ninjs item (already parsed) into an Article. */
export function ninjsToArticle(item: Json, parseHtml: HtmlParser, source: { fileName?: string; encoding?: string } = {}): Article {
  const headline = str(mainValue(item.headlines)?.value) ?? str(item.headline) ?? '';
  const standfirst = str(mainValue(item.descriptions)?.value) ?? str(item.description_text);
  const htmlBody = str(mainValue(item.bodies, (e) => isHtmlType(e.contentType) || isHtmlType(e.contenttype))?.value) ?? str(item.body_html);
  const textBody =
    str(mainValue(item.bodies, (e) => !isHtmlType(e.contentType) && !isHtmlType(e.contenttype))?.value) ?? str(item.body_text);
  const sourceInfo = { format: 'ninjs', ...source };
  let blocks: readonly Block[];
  let dateline: Dateline | null = null;
  let bodyHeadline = '';
  let language: string;
  if (htmlBody) {
    const body = htmlToArticle(parseHtml(htmlBody), sourceInfo);
    ({ blocks, dateline } = body);
    bodyHeadline = body.headline;
    language = body.meta.language;
  } else {
    // A text body has no headline line of its own: every paragraph is body text.
    const paragraphs = splitParagraphs(textBody ?? '');
    const match = paragraphs[0] !== undefined ? matchDateline(paragraphs[0]) : null;
    if (match) {
      dateline = match.dateline;
      paragraphs.splice(0, 1, ...(match.lead ? [match.lead] : []));
    }
    blocks = paragraphs.map(paragraph);
    language = detectLanguage(`${headline}\n${textBody ?? ''}`);
  }
  const byline = str(item.by) ?? str(item.byline);
  const declared = str(item.language)?.toLowerCase();
  const article: Article = {
    headline: headline || bodyHeadline,
    ...(standfirst ? { standfirst } : {}),
    dateline,
    blocks,
    entities: [],
    meta: {
      ...defaultMeta(declared && declared.length <= 35 && declared.length >= 2 ? declared : language),
      ...(byline ? { byline: byline.slice(0, 1_000) } : {}),
      source: {
        format: 'ninjs',
        ...(source.fileName !== undefined ? { fileName: source.fileName } : {}),
        ...(source.encoding !== undefined ? { encoding: source.encoding } : {}),
      },
    },
  };
  return markMentions(article, itemEntities(item));
}
