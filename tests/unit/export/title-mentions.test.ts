/**
 * Exports of mentions in the headline and standfirst: HTML marks them up like body mentions
 * (escaped, still no script), and every tag list (HTML footer, JSON-LD, ninjs, Markdown)
 * includes a person or country named only there, in reading order.
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import type { Article, Entity } from '../../../core/article/model.ts';
import { renderArticleHtml } from '../../../core/export/html.ts';
import { newsArticleJsonLd } from '../../../core/export/json-ld.ts';
import { renderArticleMarkdown } from '../../../core/export/markdown.ts';
import { articleToNinjs } from '../../../core/export/ninjs.ts';
import { ninjsValidator } from './helpers.ts';

const blinken: Entity = { id: 'person:энтони-блинкен', type: 'person', name: 'Энтони Блинкен' };
const kz: Entity = { id: 'country:KZ', type: 'country', code: 'KZ', name: 'Казахстан' };
const tokayev: Entity = { id: 'person:касым-жомарт-токаев', type: 'person', name: 'Касым-Жомарт Токаев' };

/** Headline names Blinken and Kazakhstan, the standfirst Tokayev; the body names Kazakhstan again and nobody else. */
function titled(): Article {
  return {
    headline: 'Блинкен прибыл в Казахстан <b>&</b>',
    headlineMarks: [
      { type: 'entity', start: 0, end: 7, entityId: blinken.id, kind: 'name' },
      { type: 'entity', start: 17, end: 26, entityId: kz.id, kind: 'name' },
    ],
    standfirst: 'Его встретил Токаев',
    standfirstMarks: [{ type: 'entity', start: 13, end: 19, entityId: tokayev.id, kind: 'name' }],
    dateline: null,
    blocks: [
      { type: 'paragraph', text: 'Казахстан ждёт гостя.', marks: [{ type: 'entity', start: 0, end: 9, entityId: kz.id, kind: 'name' }] },
    ],
    entities: [kz, tokayev, blinken],
    meta: { language: 'ru', status: 'ready', keywords: [], created: '2024-02-28T09:00:00Z' },
  };
}

const html = (article: Article) => new JSDOM(renderArticleHtml(article)).window.document;

describe('title mentions in the exports', () => {
  it('HTML marks headline and standfirst mentions with the data- attributes of body mentions', () => {
    const doc = html(titled());
    const h1 = doc.querySelector('h1')!;
    expect(h1.textContent).toBe(titled().headline);
    const inHeadline = [...h1.querySelectorAll('span.entity')].map((s) => [
      s.textContent,
      s.getAttribute('data-entity-id'),
      s.getAttribute('data-entity-type'),
      s.getAttribute('data-entity-code'),
      s.getAttribute('data-mention'),
    ]);
    expect(inHeadline).toEqual([
      ['Блинкен', blinken.id, 'person', null, 'name'],
      ['Казахстан', kz.id, 'country', 'KZ', 'name'],
    ]);
    const inBody = doc.querySelector('.body span.entity')!;
    expect(inBody.className).toBe(h1.querySelectorAll('span.entity')[1]!.className);
    const standfirst = doc.querySelector('p.standfirst span.entity')!;
    expect([standfirst.textContent, standfirst.getAttribute('data-entity-id')]).toEqual(['Токаев', tokayev.id]);
    // The document title stays plain text.
    expect(doc.querySelector('title')!.innerHTML).toBe('Блинкен прибыл в Казахстан &lt;b&gt;&amp;&lt;/b&gt;');
  });

  it('HTML escapes a hostile entity id in the headline and stays script-free', () => {
    const hostile = '"><script>window.pwned=1</script>';
    const article: Article = {
      ...titled(),
      headlineMarks: [{ type: 'entity', start: 0, end: 7, entityId: hostile, kind: 'name' }],
      entities: [{ id: hostile, type: 'person', name: 'X' }, kz, tokayev],
    };
    const text = renderArticleHtml(article);
    expect(text.match(/<script/g)).toHaveLength(1);
    const span = html(article).querySelector('h1 span.entity')!;
    expect(span.getAttribute('data-entity-id')).toBe(hostile);
    expect(span.textContent).toBe('Блинкен');
  });

  it('an article without title marks renders its headline and standfirst as before', () => {
    const { headlineMarks: _h, standfirstMarks: _s, ...plain } = titled();
    const text = renderArticleHtml({ ...plain, entities: [kz] });
    expect(text).toContain('<h1>Блинкен прибыл в Казахстан &lt;b&gt;&amp;&lt;/b&gt;</h1>');
    expect(text).toContain('<p class="standfirst">Его встретил Токаев</p>');
  });

  it('every tag list includes the title-only people, in reading order', () => {
    const article = titled();
    const footer = [...html(article).querySelectorAll('footer.tags li')].map((li) => li.getAttribute('data-entity-id'));
    expect(footer).toEqual([blinken.id, tokayev.id, kz.id]);

    const ld = newsArticleJsonLd(article) as { mentions: { '@type': string; name: string }[] };
    expect(ld.mentions.map((m) => m.name)).toEqual(['Энтони Блинкен', 'Касым-Жомарт Токаев', 'Казахстан']);

    const item = articleToNinjs(article, { id: 'visit' });
    expect(item.people.map((p) => p.name)).toEqual(['Энтони Блинкен', 'Касым-Жомарт Токаев']);
    expect(item.places.map((p) => p.literal)).toEqual(['KZ']);
    const validate = ninjsValidator();
    expect(validate(JSON.parse(JSON.stringify(item))), JSON.stringify(validate.errors)).toBe(true);

    const md = renderArticleMarkdown(article);
    expect(md).toContain('- Люди: Энтони Блинкен\n- Люди: Касым-Жомарт Токаев\n- Страны: Казахстан \\(KZ\\)');
    expect(md.startsWith('# Блинкен прибыл в Казахстан \\<b\\>\\&\\</b\\>\n')).toBe(true);
  });
});
