/**
 * Nothing executable survives import. The article model carries only text, bold/italic
 * marks, entity marks and link hrefs, so the guarantee is: (1) every href is http(s) or
 * mailto, (2) no text of a script-bearing element reaches the article, (3) the result is a
 * valid article. Checked on the attack corpus in every format and on generated hostile HTML.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importDocument } from '../../../core/import/import-document.ts';
import { htmlToArticle } from '../../../core/import/html-to-article.ts';
import { isSafeLinkHref } from '../../../core/security/links.ts';
import { articleSchema } from '../../../core/article/schema.ts';
import { blockTexts, type Article } from '../../../core/article/model.ts';
import { serializeNativeDocument } from '../../../core/article/native.ts';
import { parseWireStory } from '../../../core/parse/wire-story.ts';
import { nodeImporters } from '../../../node/import/importers.ts';
import { prepareHtmlSanitizer } from '../../../node/import/purify.ts';

beforeAll(() => prepareHtmlSanitizer());
import { parseHtml } from '../../../node/import/html-parser.ts';
import { HTML_ATTACKS, MARKDOWN_ATTACKS, attackDocx, attackHtmlPage, attackMarkdown, attackNinjs } from '../../support/fixtures-import.ts';

const open = (fileName: string, data: string | Buffer) =>
  importDocument({ fileName, bytes: new Uint8Array(typeof data === 'string' ? Buffer.from(data) : data) }, nodeImporters);

/** Every link href and the texts of an article. */
function contents(article: Article) {
  const inlines = article.blocks.flatMap((b) => [...blockTexts(b)]);
  return {
    hrefs: inlines.flatMap((i) => i.marks.flatMap((m) => (m.type === 'link' ? [m.href] : []))),
    text: [article.headline, article.standfirst ?? '', ...inlines.map((i) => i.text)].join('\n'),
  };
}

/** The structural guarantee every imported article must keep. */
function expectInert(article: Article) {
  expect(articleSchema.safeParse(article).success).toBe(true);
  for (const href of contents(article).hrefs) expect(isSafeLinkHref(href), href).toBe(true);
  // The article is plain data: no functions, no prototypes other than Object and Array.
  JSON.parse(JSON.stringify(article), (_key, value) => {
    expect(['string', 'number', 'boolean', 'object']).toContain(typeof value);
    return value;
  });
}

describe('the attack corpus', () => {
  it('HTML: no unsafe link, no script text, the safe content kept', async () => {
    const article = await open('attack.html', attackHtmlPage());
    expectInert(article);
    const { hrefs, text } = contents(article);
    expect(hrefs).toEqual(['https://example.com']);
    expect(text).toContain('safe link, bad handler');
    expect(text).toContain('Last paragraph.');
    // Scripts, handlers and embedded documents leave no text behind.
    expect(text).not.toMatch(/pwned|onerror|<script|srcdoc/);
  });

  for (const attack of HTML_ATTACKS) {
    it(`HTML fragment ${attack.slice(0, 60)} is inert`, () => {
      const article = htmlToArticle(parseHtml(attack), { format: 'html' });
      expectInert(article);
      expect(contents(article).text).not.toMatch(/pwned/);
    });
  }

  it('Markdown: raw HTML stays text, unsafe links are not links, fence languages vanish', async () => {
    const article = await open('attack.md', attackMarkdown());
    expectInert(article);
    const { hrefs, text } = contents(article);
    expect(hrefs).toEqual([]);
    expect(text).not.toMatch(/<style/);
    // Raw HTML is shown as the characters it is made of, never parsed.
    expect(text).toContain('<script>window.pwned=1</script>');
    for (const attack of MARKDOWN_ATTACKS) expectInert(await open('one.md', attack));
  });

  it('Word: javascript: and data: hyperlinks lose their link, markup typed as text stays text', async () => {
    const article = await open('attack.docx', attackDocx());
    expectInert(article);
    const { hrefs, text } = contents(article);
    expect(hrefs).toEqual([]);
    expect(text).toContain('javascript link');
    expect(text).toContain('<img src=x onerror="window.pwned=1">');
  });

  it('ninjs HTML bodies are sanitized the same way', async () => {
    const article = await open('attack.json', attackNinjs());
    expectInert(article);
    expect(contents(article).hrefs).toEqual(['https://example.com']);
  });

  it('a native document carrying a javascript: link opens without it', async () => {
    const base = parseWireStory('Headline\n\nBody text here.');
    const hostile = {
      ...base,
      blocks: [
        {
          type: 'paragraph' as const,
          text: 'Body text here.',
          marks: [{ type: 'link' as const, start: 0, end: 4, href: 'javascript:window.pwned=1' }],
        },
      ],
    };
    const article = await open('hostile.copydesk.json', serializeNativeDocument(hostile));
    expect(contents(article).hrefs).toEqual([]);
    expect(contents(article).text).toContain('Body text here.');
  });
});

/** Hostile HTML built from the pieces attacks are made of. */
const hostileHtml = fc
  .array(
    fc.oneof(
      fc.constantFrom(...HTML_ATTACKS),
      fc.constantFrom(
        '<p>',
        '</p>',
        '<a href="',
        '">',
        '</a>',
        '<b>',
        '</i>',
        '<math>',
        '<svg>',
        '<style>',
        '</style>',
        '<table>',
        '<noscript>',
        '<!--',
        '-->',
        '<![CDATA[',
        ']]>',
        '<template>',
        '<select>',
        '<textarea>',
      ),
      fc.constantFrom(
        'javascript:',
        'data:text/html,',
        'vbscript:',
        'https://ok.example/',
        'mailto:a@b.c',
        '&#106;avascript:',
        ' onerror=',
        'window.pwned=1',
        '"',
        "'",
        '>',
        '<',
      ),
      fc.string({ maxLength: 8 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('generated hostile HTML', () => {
  it('never yields an unsafe link, an invalid article, or an exception', () => {
    fc.assert(
      fc.property(hostileHtml, (html) => {
        expectInert(htmlToArticle(parseHtml(html), { format: 'html' }));
      }),
      { numRuns: 3_000 },
    );
  });

  it('text inside script, style, iframe, svg, math and template elements never reaches the article', () => {
    const containers = ['script', 'style', 'iframe', 'svg', 'math', 'template', 'noscript', 'object', 'textarea', 'title'];
    fc.assert(
      fc.property(fc.constantFrom(...containers), hostileHtml, (tag, noise) => {
        const article = htmlToArticle(parseHtml(`<h1>Head</h1><p>${noise}</p><p>ok</p><${tag}>SECRETMARKER</${tag}>`), { format: 'html' });
        expect(contents(article).text).not.toContain('SECRETMARKER');
      }),
      { numRuns: 2_000 },
    );
  });
});
