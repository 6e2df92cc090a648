/** Native JSON round-trips exactly; Markdown reads back as the article's text; export file names are safe. */
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { blockTexts, type Article } from '../../../core/article/model.ts';
import { parseNativeDocument } from '../../../core/article/native.ts';
import { importDocument } from '../../../core/import/import-document.ts';
import { exportFileName, numberedFileName, safeBaseName } from '../../../core/export/file-names.ts';
import { renderExport } from '../../../core/export/formats.ts';
import { renderArticleMarkdown } from '../../../core/export/markdown.ts';
import { arbitraryArticle } from '../../support/arbitrary-article.ts';
import { taggedSample } from './helpers.ts';

const markdown = new MarkdownIt();

/** The text a reader sees in rendered Markdown, whitespace-normalised. */
function visibleText(md: string): string {
  const html = markdown.render(md);
  return html
    .replace(/<\/?(strong|em|a)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('native JSON export', () => {
  it('round-trips every generated article exactly, tags included, through the import code', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryArticle(), async (article) => {
        const text = renderExport(article, 'json');
        expect(parseNativeDocument(text)).toEqual(article);
        const imported = await importDocument({ fileName: 'story.copydesk.json', bytes: new TextEncoder().encode(text) });
        expect(imported).toEqual(article);
      }),
      { numRuns: 150 },
    );
  });

  it('round-trips the tagged sample with its 14 entities', async () => {
    const article = await taggedSample();
    expect(article.entities).toHaveLength(14);
    expect(parseNativeDocument(renderExport(article, 'json'))).toEqual(article);
  });
});

describe('Markdown export', () => {
  it('every word of every generated article reads back from the rendered Markdown', () => {
    fc.assert(
      fc.property(arbitraryArticle(), (article: Article) => {
        const seen = visibleText(renderArticleMarkdown(article));
        for (const block of article.blocks) {
          for (const inline of blockTexts(block)) {
            const expected = inline.text.replace(/\s+/g, ' ').trim();
            if (expected) expect(seen).toContain(expected);
          }
        }
        if (article.headline.trim()) expect(seen).toContain(article.headline.replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 150 },
    );
  });

  it('the tagged sample has its dateline and a trailing tag list', async () => {
    const article = await taggedSample();
    const md = renderArticleMarkdown(article);
    expect(md.startsWith(`# ${article.headline}\n\n**Астана. 28 февраля. КазТАГ**\n\n`)).toBe(true);
    const tail = md.slice(md.lastIndexOf('## Теги'));
    expect(tail.match(/^- Люди: /gm)).toHaveLength(7);
    expect(tail.match(/^- Страны: /gm)).toHaveLength(7);
    expect(tail).toContain('- Люди: Касым-Жомарт Токаев');
    const html = markdown.render(md);
    expect(html.match(/<li>/g)).toHaveLength(14);
  });

  it('bold, italic and safe links come through as Markdown', () => {
    const article: Article = {
      headline: 'h',
      dateline: null,
      blocks: [
        {
          type: 'paragraph',
          text: 'a bold and italic link here',
          marks: [
            { type: 'bold', start: 2, end: 6 },
            { type: 'italic', start: 11, end: 17 },
            { type: 'link', start: 18, end: 22, href: 'https://example.org/a b' },
          ],
        },
      ],
      entities: [],
      meta: { language: 'en', status: 'draft', keywords: [] },
    };
    const html = markdown.render(renderArticleMarkdown(article));
    expect(html).toContain('<p>a <strong>bold</strong> and <em>italic</em> <a href="https://example.org/a%20b">link</a> here</p>');
  });

  it('text that looks like Markdown syntax stays text', () => {
    const article: Article = {
      headline: '# not *bold* #',
      dateline: null,
      blocks: [
        { type: 'paragraph', text: '1. not a list', marks: [] },
        { type: 'paragraph', text: '- not a list <b>x</b> [a](javascript:alert(1))', marks: [] },
        { type: 'paragraph', text: 'a link here', marks: [{ type: 'link', start: 2, end: 6, href: 'javascript:alert(1)' }] },
      ],
      entities: [],
      meta: { language: 'en', status: 'draft', keywords: [] },
    };
    const html = markdown.render(renderArticleMarkdown(article));
    expect(html).not.toMatch(/<(ol|ul|em|strong|a|b)\b/);
    expect(html).toContain('<h1># not *bold* #</h1>');
  });
});

describe('export file names', () => {
  const base: Article = {
    headline: 'Заголовок: тест / проверка',
    dateline: null,
    blocks: [],
    entities: [],
    meta: { language: 'ru', status: 'draft', keywords: [] },
  };

  it('prefer the slug, then the source file name, then the headline', () => {
    expect(exportFileName({ ...base, meta: { ...base.meta, slug: 'blinken-visit' } }, 'ninjs', 'story.txt')).toBe(
      'blinken-visit.ninjs.json',
    );
    expect(exportFileName(base, 'html', 'kaztag-blinken.txt')).toBe('kaztag-blinken.html');
    expect(exportFileName(base, 'json', 'story.copydesk.json')).toBe('story.copydesk.json');
    expect(exportFileName(base, 'md')).toBe('заголовок-тест-проверка.md');
  });

  it('are never a path, a hidden file, empty or a reserved device name', () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        const safe = safeBaseName(name);
        expect(safe).not.toMatch(/[/\\:*?"<>|\u0000-\u001f]/);
        expect(safe.startsWith('.')).toBe(false);
        expect(safe.length).toBeGreaterThan(0);
      }),
    );
    expect(safeBaseName('../../etc/passwd')).toBe('etc-passwd');
    expect(safeBaseName('CON')).toBe('article-CON');
  });

  it('numbered alternatives keep the double extension', () => {
    expect(numberedFileName('story.ninjs.json', 2)).toBe('story-2.ninjs.json');
    expect(numberedFileName('story.html', 3)).toBe('story-3.html');
  });
});
