/**
 * The article body as an HTML fragment: semantic elements only, every text escaped, marks
 * rendered from segments so overlapping ranges always nest correctly, entity mentions as
 * `<span data-entity-id data-entity-type>`, and only http/https/mailto links kept. Shared by
 * the HTML document export and the `text/html` body of ninjs.
 */
import { segmentInlineText, type InlineSegment } from '../article/segments.ts';
import type { Article, Block, Entity, InlineText } from '../article/model.ts';
import { isSafeLinkHref } from '../security/links.ts';
import { escapeHtml } from './escape.ts';

type EntityIndex = ReadonlyMap<string, Entity>;

function renderSegment(segment: InlineSegment, entities: EntityIndex): string {
  let html = escapeHtml(segment.text);
  if (segment.italic) html = `<em>${html}</em>`;
  if (segment.bold) html = `<strong>${html}</strong>`;
  const entity = segment.entityId === undefined ? undefined : entities.get(segment.entityId);
  if (entity) {
    const code = entity.type === 'country' ? ` data-entity-code="${escapeHtml(entity.code)}"` : '';
    html =
      `<span class="entity entity-${entity.type}" data-entity-id="${escapeHtml(entity.id)}" data-entity-type="${entity.type}"${code}` +
      ` data-mention="${segment.entityKind ?? 'name'}">${html}</span>`;
  }
  if (segment.link !== undefined && isSafeLinkHref(segment.link)) {
    html = `<a href="${escapeHtml(segment.link.trim())}" rel="noopener noreferrer">${html}</a>`;
  }
  return html;
}

/** An inline text as HTML (no enclosing element). */
export function renderInlineHtml(inline: InlineText, entities: EntityIndex): string {
  return segmentInlineText(inline)
    .map((segment) => renderSegment(segment, entities))
    .join('');
}

function renderBlock(block: Block, entities: EntityIndex): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${renderInlineHtml(block, entities)}</p>`;
    case 'subheading':
      return `<h2>${renderInlineHtml(block, entities)}</h2>`;
    case 'blockquote': {
      const quote = `<blockquote><p>${renderInlineHtml(block, entities)}</p></blockquote>`;
      if (block.attribution === undefined || block.attribution.trim() === '') return `<figure class="quote">${quote}</figure>`;
      return `<figure class="quote">${quote}<figcaption>${escapeHtml(block.attribution)}</figcaption></figure>`;
    }
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${renderInlineHtml(item, entities)}</li>`).join('')}</${tag}>`;
    }
  }
}

/** The body blocks as HTML, one block per line. */
export function renderBodyHtml(article: Article): string {
  const entities = new Map(article.entities.map((e) => [e.id, e]));
  return article.blocks.map((block) => renderBlock(block, entities)).join('\n');
}
