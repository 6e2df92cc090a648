/**
 * The schema.org `NewsArticle` description of an article, for the JSON-LD block of the HTML
 * export: headline, dateline and its place, language, dates where the article has them,
 * author, word count, and every tagged person (`Person`) and country (`Country` with its
 * ISO 3166-1 code as `identifier`) as `mentions`.
 */
import type { Article } from '../article/model.ts';
import { articleTags, articleWordCount } from './article-facts.ts';

/** A JSON-LD object: plain JSON values only. */
export type JsonLd = { readonly [key: string]: string | number | JsonLd | readonly JsonLd[] | readonly string[] };

/** Builds the `NewsArticle` object (without any escaping: see `jsonForScript`). */
export function newsArticleJsonLd(article: Article): JsonLd {
  const { people, countries } = articleTags(article);
  const { meta, dateline } = article;
  const ld: Record<string, JsonLd[keyof JsonLd]> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    inLanguage: meta.language,
    wordCount: articleWordCount(article),
  };
  if (article.standfirst) ld.description = article.standfirst;
  if (dateline) {
    ld.dateline = dateline.text;
    if (dateline.place) ld.locationCreated = { '@type': 'Place', name: dateline.place };
    if (dateline.agency) ld.sourceOrganization = { '@type': 'Organization', name: dateline.agency };
  }
  if (meta.created) ld.datePublished = meta.created;
  if (meta.modified) ld.dateModified = meta.modified;
  if (meta.byline) ld.author = { '@type': 'Person', name: meta.byline };
  if (meta.keywords.length > 0) ld.keywords = [...meta.keywords];
  ld.mentions = [
    ...people.map((p): JsonLd => ({ '@type': 'Person', name: p.name })),
    ...countries.map((c): JsonLd => ({ '@type': 'Country', name: c.name, identifier: c.code })),
  ];
  return ld;
}
