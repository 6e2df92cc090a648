/** Every supported format opens into the expected article, through the backend's full importer list. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from '../../../core/import/import-document.ts';
import { DOCUMENT_EXTENSIONS, DOCUMENT_FORMATS, fileInputAccept, isOpenableFileName } from '../../../core/import/formats.ts';
import { serializeNativeDocument } from '../../../core/article/native.ts';
import { articleSchema } from '../../../core/article/schema.ts';
import { blockPlainText, type Article } from '../../../core/article/model.ts';
import { parseWireStory } from '../../../core/parse/wire-story.ts';
import { nodeImporters } from '../../../node/import/importers.ts';
import { prepareHtmlSanitizer } from '../../../node/import/purify.ts';

beforeAll(() => prepareHtmlSanitizer());
import { SAMPLE_TEXT, makeDocx, sampleDocx } from '../../support/fixtures-import.ts';
import { REPO_ROOT } from '../../support/web-app.ts';

/** The IPTC ninjs examples in the team's shared data (beside the repository). */
const NINJS = join(REPO_ROOT, '../shared/schemas/ninjs');

const open = (fileName: string, data: string | Buffer) =>
  importDocument({ fileName, bytes: new Uint8Array(typeof data === 'string' ? Buffer.from(data) : data) }, nodeImporters);
const sample = parseWireStory(SAMPLE_TEXT);

function expectValid(article: Article) {
  expect(articleSchema.safeParse(article).success).toBe(true);
}

describe('the format list', () => {
  it('matches the extensions of the registered importers exactly', () => {
    expect(new Set(nodeImporters.flatMap((i) => i.extensions))).toEqual(new Set(DOCUMENT_EXTENSIONS));
    expect(DOCUMENT_FORMATS.map((f) => f.id)).toEqual(expect.arrayContaining(['text', 'markdown', 'html', 'docx', 'copydesk', 'ninjs']));
    expect(fileInputAccept().split(',')).toEqual([...DOCUMENT_EXTENSIONS]);
    expect(isOpenableFileName('Story.DOCX')).toBe(true);
    expect(isOpenableFileName('photo.png')).toBe(false);
    expect(isOpenableFileName('.md')).toBe(false);
  });
});

describe('Markdown', () => {
  it('maps headings, paragraphs, emphasis, links, quotes and lists', async () => {
    const md = [
      '# Заголовок статьи',
      '## Подзаголовок-лид',
      'Астана. 28 февраля. КазТАГ – Первый **важный** абзац с [ссылкой](https://kaztag.kz/ru).',
      '## Раздел',
      '> Цитата дня\n>\n> — Иван Петров',
      '1. один\n2. *два*',
    ].join('\n\n');
    const article = await open('story.md', md);
    expectValid(article);
    expect(article.headline).toBe('Заголовок статьи');
    expect(article.standfirst).toBe('Подзаголовок-лид');
    expect(article.dateline).toMatchObject({ place: 'Астана', date: '28 февраля', agency: 'КазТАГ' });
    const [lead, section, quote, list] = article.blocks;
    expect(lead).toEqual({
      type: 'paragraph',
      text: 'Первый важный абзац с ссылкой.',
      marks: [
        { type: 'bold', start: 7, end: 13 },
        { type: 'link', start: 22, end: 29, href: 'https://kaztag.kz/ru' },
      ],
    });
    expect(section).toMatchObject({ type: 'subheading', text: 'Раздел' });
    expect(quote).toMatchObject({ type: 'blockquote', text: 'Цитата дня', attribution: 'Иван Петров' });
    expect(list).toEqual({
      type: 'list',
      ordered: true,
      items: [
        { text: 'один', marks: [] },
        { text: 'два', marks: [{ type: 'italic', start: 0, end: 3 }] },
      ],
    });
    expect(article.meta.source).toMatchObject({ format: 'markdown', fileName: 'story.md', encoding: 'utf-8' });
  });
});

describe('HTML', () => {
  it('maps the story structure and drops everything else', async () => {
    const html = `<!doctype html><html lang="en"><head><title>Page title</title><style>p{color:red}</style></head><body>
      <nav><a href="/">Home</a></nav>
      <article><h1>Kazakhstan <em>weighs</em> sanctions</h1><p class="lead">What the visit means.</p>
      <p>ALMATY, Feb 28 (Reuters) - The <strong>minister</strong> said <a href="https://example.com/a">this</a>.</p>
      <h2>Reaction</h2><blockquote><p>We watch the effects.</p><footer>— Antony Blinken</footer></blockquote>
      <ul><li>first</li><li>second<ul><li>nested</li></ul></li></ul><pre>line 1\nline 2</pre></article></body></html>`;
    const article = await open('page.html', html);
    expectValid(article);
    expect(article.headline).toBe('Kazakhstan weighs sanctions');
    expect(article.standfirst).toBe('What the visit means.');
    expect(article.dateline).toMatchObject({ place: 'ALMATY', date: 'Feb 28', agency: 'Reuters' });
    expect(article.blocks.map((b) => b.type)).toEqual(['paragraph', 'subheading', 'blockquote', 'list', 'paragraph']);
    expect(article.blocks[0]).toEqual({
      type: 'paragraph',
      text: 'The minister said this.',
      marks: [
        { type: 'bold', start: 4, end: 12 },
        { type: 'link', start: 18, end: 22, href: 'https://example.com/a' },
      ],
    });
    expect(article.blocks[2]).toMatchObject({ text: 'We watch the effects.', attribution: 'Antony Blinken' });
    expect(article.blocks[3]).toMatchObject({ items: [{ text: 'first' }, { text: 'second' }, { text: 'nested' }] });
    expect(blockPlainText(article.blocks[4]!)).toBe('line 1\nline 2');
    expect(article.meta.language).toBe('en');
  });

  it('a Windows-1251 page decodes like a text file', async () => {
    const article = await open('ru.htm', Buffer.from(iconv.encode('<h1>Заголовок</h1><p>Текст новости о санкциях.</p>', 'windows-1251')));
    expect(article.headline).toBe('Заголовок');
    expect(article.meta.source?.encoding).toBe('windows-1251');
  });
});

describe('Word .docx', () => {
  it('opens the sample as a Word document with the same structure as the text', async () => {
    const article = await open('sample.docx', sampleDocx());
    expectValid(article);
    expect(article.headline).toBe(sample.headline);
    expect(article.dateline).toEqual(sample.dateline);
    expect(article.blocks.map(blockPlainText)).toEqual(sample.blocks.map(blockPlainText));
    expect(article.meta.source?.format).toBe('docx');
  });

  it('keeps headings, bold, italic and safe hyperlinks', async () => {
    const article = await open(
      'styled.docx',
      makeDocx([
        { style: 'Title', runs: ['Headline'] },
        { style: 'Heading2', runs: ['Section'] },
        {
          runs: [
            'Plain ',
            { text: 'bold', bold: true },
            ' and ',
            { text: 'italic', italic: true },
            ' and ',
            { text: 'a link', href: 'https://example.org/' },
          ],
        },
      ]),
    );
    expect(article.headline).toBe('Headline');
    expect(article.standfirst ?? article.blocks[0]).toBeTruthy();
    const paragraph = article.blocks.find((b) => b.type === 'paragraph')!;
    expect(paragraph).toEqual({
      type: 'paragraph',
      text: 'Plain bold and italic and a link',
      marks: [
        { type: 'bold', start: 6, end: 10 },
        { type: 'italic', start: 15, end: 21 },
        { type: 'link', start: 26, end: 32, href: 'https://example.org/' },
      ],
    });
  });
});

describe('JSON', () => {
  it('opens native documents saved as .json or .copydesk.json', async () => {
    const text = serializeNativeDocument(sample);
    expect(await open('a.copydesk.json', text)).toEqual(sample);
    expect(await open('a.json', text)).toEqual(sample);
  });

  it('opens the ninjs 3.x example: headline, body, byline, language and mentioned people as entities', async () => {
    const article = await open('item.json', readFileSync(join(NINJS, '005_complex_text_article.json')));
    expectValid(article);
    expect(article.headline).toBe('Captain of wrecked cruise ship on trial in Italy');
    expect(article.meta).toMatchObject({ language: 'en', byline: "Paulo Santalucia and Frances d'Emilio", source: { format: 'ninjs' } });
    expect(article.dateline).toMatchObject({ place: 'GROSSETO, Italy', agency: 'AP' });
    expect(article.blocks.length).toBe(4);
    // Italy, a declared place, is named only in the headline ("on trial in Italy").
    expect(article.entities).toEqual([
      { id: 'country:IT', type: 'country', code: 'IT', name: 'Italy' },
      { id: 'person:francesco-schettino', type: 'person', name: 'Francesco Schettino' },
    ]);
    expect((article.headlineMarks ?? []).map((m) => article.headline.slice(m.start, m.end))).toEqual(['Italy']);
    const marked = article.blocks.flatMap((b) =>
      b.type === 'list' ? [] : b.marks.filter((m) => m.type === 'entity').map((m) => b.text.slice(m.start, m.end)),
    );
    expect(marked).toEqual(['Francesco Schettino']);
  });

  it('opens a ninjs 2.x item with body_text, people and country places', async () => {
    const item = {
      uri: 'urn:newsml:kaztag:2023:1',
      type: 'text',
      language: 'ru',
      headline: 'Блинкен посетил Казахстан',
      description_text: 'Первый официальный визит',
      byline: 'Иван Петров',
      body_text: 'Астана. 28 февраля. КазТАГ – Энтони Блинкен прибыл в Казахстан.\n\nВизит продлится два дня.',
      people: [{ name: 'Энтони Блинкен' }, { name: 'Никто Не Упомянут' }],
      places: [{ name: 'Казахстан', qcode: 'iso3166-1a2:KZ' }, { name: 'Тоскана' }],
    };
    const article = await open('item.ninjs.json', JSON.stringify(item));
    expectValid(article);
    expect(article).toMatchObject({
      headline: 'Блинкен посетил Казахстан',
      standfirst: 'Первый официальный визит',
      meta: { language: 'ru', byline: 'Иван Петров' },
    });
    expect(article.dateline).toMatchObject({ place: 'Астана', agency: 'КазТАГ' });
    expect(article.blocks.map(blockPlainText)).toEqual(['Энтони Блинкен прибыл в Казахстан.', 'Визит продлится два дня.']);
    expect(article.entities.map((e) => e.id).sort()).toEqual(['country:KZ', 'person:энтони-блинкен']);
  });

  it('opens the ninjs simple example with its HTML body', async () => {
    const article = await open('simple.json', readFileSync(join(NINJS, '004_simple_text_article.json')));
    expect(article.headline).toBe('Captain of wrecked cruise ship on trial in Italy');
    expect(article.blocks.length).toBe(4);
  });
});
