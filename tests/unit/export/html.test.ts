/** The HTML export: one inert JSON-LD script, escaped text, tagged mentions, a CSP whose style hash is right. */
import { createHash } from 'node:crypto';
import { JSDOM } from 'jsdom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../core/article/model.ts';
import { renderArticleHtml } from '../../../core/export/html.ts';
import { EXPORT_CSS, exportCssHashSource } from '../../../core/export/html-style.ts';
import { jsonForScript } from '../../../core/export/escape.ts';
import { sha256Base64 } from '../../../core/export/sha256.ts';
import { arbitraryArticle } from '../../support/arbitrary-article.ts';
import { goldTags, taggedSample } from './helpers.ts';

const PAYLOAD = '</script><script>window.pwned=1</script> <img src=x onerror=window.pwned=1> <!-- &amp;';

/** An article whose every text field carries the payload. */
function hostileArticle(): Article {
  return {
    headline: `Заголовок ${PAYLOAD}`,
    standfirst: PAYLOAD,
    dateline: { text: `Астана ${PAYLOAD}`, place: 'Астана', date: PAYLOAD, agency: PAYLOAD },
    blocks: [
      { type: 'paragraph', text: `Текст ${PAYLOAD}`, marks: [{ type: 'entity', start: 0, end: 5, entityId: 'p"><script>', kind: 'name' }] },
      {
        type: 'paragraph',
        text: 'ссылка и ещё одна',
        marks: [
          { type: 'link', start: 0, end: 6, href: 'javascript:window.pwned=1' },
          { type: 'link', start: 9, end: 17, href: 'https://example.org/?a="b"' },
        ],
      },
      { type: 'blockquote', text: PAYLOAD, marks: [], attribution: PAYLOAD },
      { type: 'list', ordered: false, items: [{ text: PAYLOAD, marks: [] }] },
    ],
    entities: [{ id: 'p"><script>', type: 'person', name: PAYLOAD }],
    meta: { language: 'ru"><script>', status: 'draft', keywords: [PAYLOAD], byline: PAYLOAD, created: PAYLOAD },
  };
}

function scripts(html: string): RegExpMatchArray[] {
  return [...html.matchAll(/<script\b[^>]*>/gi)];
}

describe('HTML export', () => {
  it('the tagged sample: one JSON-LD script whose mentions are the 7 people and 7 countries of the gold file', async () => {
    const article = await taggedSample();
    const html = renderArticleHtml(article);
    const tags = scripts(html);
    expect(tags).toHaveLength(1);
    expect(tags[0]?.[0]).toBe('<script type="application/ld+json">');
    const dom = new JSDOM(html);
    const document = dom.window.document;
    const ld = JSON.parse(document.querySelector('script')?.textContent ?? '');
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: article.headline,
      inLanguage: 'ru',
      dateline: 'Астана. 28 февраля. КазТАГ',
    });
    expect(ld.locationCreated).toEqual({ '@type': 'Place', name: 'Астана' });
    expect(ld.wordCount).toBeGreaterThan(200);
    const gold = goldTags();
    const people = ld.mentions.filter((m: { '@type': string }) => m['@type'] === 'Person').map((m: { name: string }) => m.name);
    const countries = ld.mentions
      .filter((m: { '@type': string }) => m['@type'] === 'Country')
      .map((m: { identifier: string }) => m.identifier);
    expect(people.sort()).toEqual([...gold.people].sort());
    expect(countries.sort()).toEqual([...gold.countries].sort());

    expect(document.documentElement.lang).toBe('ru');
    expect(document.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    expect(document.querySelector('article h1')?.textContent).toBe(article.headline);
    expect(document.querySelector('article .dateline')?.textContent).toBe('Астана. 28 февраля. КазТАГ');
    expect(document.querySelectorAll('article .body > p')).toHaveLength(7);
    const marked = [...document.querySelectorAll('.body [data-entity-type="person"]')].map((e) => e.getAttribute('data-entity-id'));
    expect(new Set(marked).size).toBe(7);
    expect(document.querySelectorAll('.tags li[data-entity-type="person"]')).toHaveLength(7);
    expect(document.querySelectorAll('.tags li[data-entity-type="country"]')).toHaveLength(7);
  });

  it('the CSP forbids scripts and allows exactly the embedded stylesheet, by its true SHA-256', () => {
    const html = renderArticleHtml(hostileArticle());
    const document = new JSDOM(html).window.document;
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(csp).toMatch(/^default-src 'none'; /);
    expect(csp).not.toMatch(/script-src|unsafe/);
    const style = document.querySelector('style')?.textContent ?? '';
    expect(style).toBe(EXPORT_CSS);
    const expected = createHash('sha256').update(style, 'utf8').digest('base64');
    expect(csp).toContain(`style-src 'sha256-${expected}'`);
    expect(exportCssHashSource()).toBe(`'sha256-${expected}'`);
    expect(document.querySelectorAll('style')).toHaveLength(1);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
  });

  it('hostile text stays text: no extra element, handler or javascript: link appears', () => {
    const article = hostileArticle();
    const html = renderArticleHtml(article);
    expect(scripts(html)).toHaveLength(1);
    const document = new JSDOM(html).window.document;
    expect(document.querySelectorAll('img, iframe, object, embed')).toHaveLength(0);
    expect([...document.querySelectorAll('*')].some((e) => [...e.attributes].some((a) => a.name.startsWith('on')))).toBe(false);
    const hrefs = [...document.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://example.org/?a="b"']);
    expect(document.querySelector('h1')?.textContent).toBe(article.headline);
    const ld = JSON.parse(document.querySelector('script')?.textContent ?? '');
    expect(ld.headline).toBe(article.headline);
    expect(ld.author).toEqual({ '@type': 'Person', name: PAYLOAD });
  });

  it('JSON for a script element never contains "<", ">" or "&" and parses back to the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string(), (value, text) => {
        const encoded = jsonForScript({ value, text: `${text}</script><!--` });
        expect(encoded).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(encoded)).toEqual(JSON.parse(JSON.stringify({ value, text: `${text}</script><!--` })));
      }),
    );
  });

  it('every generated article renders with one script and its headline as the h1', () => {
    fc.assert(
      fc.property(arbitraryArticle(), (article) => {
        const html = renderArticleHtml(article);
        expect(scripts(html)).toHaveLength(1);
        const document = new JSDOM(html).window.document;
        expect(document.querySelector('h1')?.textContent).toBe(article.headline);
        JSON.parse(document.querySelector('script')?.textContent ?? '');
      }),
      { numRuns: 60 },
    );
  });

  it('the SHA-256 implementation matches node:crypto', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        expect(sha256Base64(text)).toBe(createHash('sha256').update(text, 'utf8').digest('base64'));
      }),
    );
    expect(sha256Base64('x'.repeat(1_000))).toBe(createHash('sha256').update('x'.repeat(1_000)).digest('base64'));
  });
});
