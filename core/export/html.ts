/**
 * The HTML export: one self-contained, script-free document per article that reads well
 * offline in any browser and prints cleanly. Invariants: every article string is escaped;
 * the only `<script>` is the JSON-LD block, whose JSON cannot close it; the CSP meta allows
 * no script and no style but the embedded stylesheet (by hash); nothing is loaded from
 * anywhere.
 */
import { headlineText, standfirstText, type Article, type Dateline } from '../article/model.ts';
import { articleTags, exportLabels } from './article-facts.ts';
import { escapeHtml, jsonForScript } from './escape.ts';
import { renderBodyHtml, renderInlineHtml } from './html-body.ts';
import { EXPORT_CSS, exportCssHashSource } from './html-style.ts';
import { newsArticleJsonLd } from './json-ld.ts';

/** The Content-Security-Policy of an exported document. */
export function exportedDocumentCsp(): string {
  return `default-src 'none'; style-src ${exportCssHashSource()}; base-uri 'none'; form-action 'none'`;
}

function renderDateline(dateline: Dateline): string {
  const text = dateline.text;
  const at = dateline.place ? text.indexOf(dateline.place) : -1;
  const inner =
    at < 0
      ? escapeHtml(text)
      : `${escapeHtml(text.slice(0, at))}<span class="dateline-place">${escapeHtml(dateline.place)}</span>${escapeHtml(text.slice(at + dateline.place.length))}`;
  return `<p class="dateline">${inner}</p>`;
}

function renderTags(article: Article): string {
  const { people, countries } = articleTags(article);
  if (people.length === 0 && countries.length === 0) return '';
  const labels = exportLabels(article.meta.language);
  const sections: string[] = [];
  if (people.length > 0) {
    const items = people.map((p) => `<li data-entity-id="${escapeHtml(p.id)}" data-entity-type="person">${escapeHtml(p.name)}</li>`);
    sections.push(`<section><h2>${escapeHtml(labels.people)}</h2><ul>${items.join('')}</ul></section>`);
  }
  if (countries.length > 0) {
    const items = countries.map(
      (c) =>
        `<li data-entity-id="${escapeHtml(c.id)}" data-entity-type="country" data-entity-code="${escapeHtml(c.code)}">` +
        `${escapeHtml(c.name)} <span class="code">(${escapeHtml(c.code)})</span></li>`,
    );
    sections.push(`<section><h2>${escapeHtml(labels.countries)}</h2><ul>${items.join('')}</ul></section>`);
  }
  return `<footer class="tags" aria-label="${escapeHtml(labels.tags)}">\n${sections.join('\n')}\n</footer>`;
}

/** Renders the article as a complete HTML document (UTF-8, newline-terminated). */
export function renderArticleHtml(article: Article): string {
  const { meta } = article;
  const entities = new Map(article.entities.map((e) => [e.id, e]));
  const standfirst = standfirstText(article);
  // Title mentions carry the same data- attributes as body mentions; the <title> stays plain text.
  const header = [
    `<h1>${renderInlineHtml(headlineText(article), entities)}</h1>`,
    standfirst?.text ? `<p class="standfirst">${renderInlineHtml(standfirst, entities)}</p>` : '',
    meta.byline ? `<p class="byline">${escapeHtml(meta.byline)}</p>` : '',
    article.dateline ? renderDateline(article.dateline) : '',
  ].filter((line) => line !== '');
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(meta.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(exportedDocumentCsp())}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    '<meta name="generator" content="Copydesk">',
    `<title>${escapeHtml(article.headline)}</title>`,
    `<style>${EXPORT_CSS}</style>`,
    `<script type="application/ld+json">${jsonForScript(newsArticleJsonLd(article))}</script>`,
    '</head>',
    '<body>',
    '<article>',
    '<header>',
    ...header,
    '</header>',
    '<div class="body">',
    renderBodyHtml(article),
    '</div>',
    renderTags(article),
    '</article>',
    '</body>',
    '</html>',
    '',
  ]
    .filter((line, i, all) => line !== '' || i === all.length - 1)
    .join('\n');
}
