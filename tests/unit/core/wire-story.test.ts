/** The wire-story parser against the sample's gold structure and edge cases. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWireStory, splitParagraphs, detectLineEnding } from '../../../core/parse/wire-story.ts';
import { matchDateline } from '../../../core/parse/dateline.ts';
import { findQuotations } from '../../../core/parse/quotations.ts';
import { articleToPlainText } from '../../../core/parse/plain-text.ts';
import { blockPlainText } from '../../../core/article/model.ts';
import { REPO_ROOT } from '../../support/web-app.ts';

const sampleText = readFileSync(join(REPO_ROOT, 'documents/kaztag-blinken-kazakhstan.txt'), 'utf8');
const gold = JSON.parse(readFileSync(join(REPO_ROOT, 'tests/fixtures/kaztag-blinken-kazakhstan.gold.json'), 'utf8')) as {
  structure: {
    headline: string;
    dateline: { place: string; date: string; agency: string; text: string };
    paragraphs_after_headline: number;
    quotes: number;
  };
};

describe('the sample story', () => {
  const article = parseWireStory(sampleText);

  it('has the gold headline and dateline', () => {
    expect(article.headline).toBe(gold.structure.headline);
    expect(article.dateline).toEqual(gold.structure.dateline);
  });

  it('has the gold number of paragraphs after the headline, the first being the lead after the dash', () => {
    expect(article.blocks).toHaveLength(gold.structure.paragraphs_after_headline);
    const datelineParagraph = sampleText.split('\n\n')[1]!;
    const lead = datelineParagraph.slice(datelineParagraph.indexOf('– ') + 2);
    expect(blockPlainText(article.blocks[0]!)).toBe(lead);
    expect(article.blocks.every((b) => b.type === 'paragraph')).toBe(true);
  });

  it('keeps every body paragraph of the source, in order', () => {
    const sourceParagraphs = sampleText
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    expect(article.blocks.slice(1).map(blockPlainText)).toEqual(sourceParagraphs.slice(2));
  });

  it('finds the gold number of quotations, with the named speaker', () => {
    const quotations = findQuotations(article);
    expect(quotations).toHaveLength(gold.structure.quotes);
    expect(quotations[0]?.speaker).toBe('Энтони Блинкен');
    for (const q of quotations) {
      const text = blockPlainText(article.blocks[q.blockIndex]!);
      expect(text.slice(q.start, q.end)).toBe(`«${q.text}»`);
    }
  });

  it('records language and line endings', () => {
    expect(article.meta.language).toBe('ru');
    expect(article.meta.source?.lineEnding).toBe('lf');
  });
});

describe('edge cases', () => {
  it('empty and blank text give no headline and no body', () => {
    for (const text of ['', '   \n\n \t\n', '\uFEFF']) {
      const article = parseWireStory(text);
      expect(article.headline).toBe('');
      expect(article.dateline).toBeNull();
      expect(article.blocks).toEqual([]);
    }
  });

  it('a text with no dateline keeps every paragraph after the headline', () => {
    const article = parseWireStory('Headline here\n\nFirst paragraph.\n\nSecond paragraph.');
    expect(article.headline).toBe('Headline here');
    expect(article.dateline).toBeNull();
    expect(article.blocks.map(blockPlainText)).toEqual(['First paragraph.', 'Second paragraph.']);
    expect(article.meta.language).toBe('en');
  });

  it('a single line is the headline', () => {
    const article = parseWireStory('Только заголовок');
    expect(article.headline).toBe('Только заголовок');
    expect(article.blocks).toEqual([]);
  });

  it('CRLF line endings parse like LF and are remembered', () => {
    const crlf = sampleText.replace(/\n/g, '\r\n');
    const article = parseWireStory(crlf);
    const lf = parseWireStory(sampleText);
    expect(article.headline).toBe(lf.headline);
    expect(article.dateline).toEqual(lf.dateline);
    expect(article.blocks).toEqual(lf.blocks);
    expect(article.meta.source?.lineEnding).toBe('crlf');
  });

  it('a first line that is itself a dateline is not taken as the headline', () => {
    const article = parseWireStory('Бишкек. 5 мая. КазТАГ – Текст новости.\n\nЕщё абзац.');
    expect(article.headline).toBe('');
    expect(article.dateline).toMatchObject({ place: 'Бишкек', date: '5 мая', agency: 'КазТАГ' });
    expect(article.blocks.map(blockPlainText)).toEqual(['Текст новости.', 'Ещё абзац.']);
  });

  it('a BOM is not part of the headline', () => {
    expect(parseWireStory('\uFEFFЗаголовок\n\nТекст.').headline).toBe('Заголовок');
  });

  it('one paragraph per line splits on single newlines when there are no blank lines', () => {
    expect(splitParagraphs('a\nb\nc')).toEqual(['a', 'b', 'c']);
    expect(splitParagraphs('a\nstill a\n\nb')).toEqual(['a still a', 'b']);
  });

  it('detects the dominant line ending', () => {
    expect(detectLineEnding('a\r\nb\r\n')).toBe('crlf');
    expect(detectLineEnding('a\rb\r')).toBe('cr');
    expect(detectLineEnding('a\nb')).toBe('lf');
    expect(detectLineEnding('')).toBe('lf');
  });
});

describe('datelines', () => {
  it('recognises a dateline with a year', () => {
    expect(matchDateline('Астана. 28 февраля 2023 года. КазТАГ – Текст.')?.dateline).toMatchObject({
      place: 'Астана',
      date: '28 февраля 2023 года',
      agency: 'КазТАГ',
    });
  });

  it('does not take an ordinary sentence for a dateline', () => {
    expect(matchDateline('По мнению министра, действующие механизмы – помогают.')).toBeNull();
    expect(matchDateline('Напомним, 28 февраля состоялся визит.')).toBeNull();
  });
});

describe('agency dateline styles', () => {
  const cases: Array<[string, { place: string; date: string; agency?: string }, string]> = [
    ['Астана. 28 февраля. КазТАГ – Текст.', { place: 'Астана', date: '28 февраля', agency: 'КазТАГ' }, 'Текст.'],
    ['АЛМАТЫ, 3 марта – Kazinform – Текст новости.', { place: 'АЛМАТЫ', date: '3 марта', agency: 'Kazinform' }, 'Текст новости.'],
    ['ALMATY, Feb 28 (Reuters) - Kazakhstan said.', { place: 'ALMATY', date: 'Feb 28', agency: 'Reuters' }, 'Kazakhstan said.'],
    ['Астана, 28 ақпан. ҚазАқпарат – Мәтін.', { place: 'Астана', date: '28 ақпан', agency: 'ҚазАқпарат' }, 'Мәтін.'],
    [
      'Астана. Вторник, 28 февраля 2023 года. КазТАГ – Текст.',
      { place: 'Астана', date: 'Вторник, 28 февраля 2023 года', agency: 'КазТАГ' },
      'Текст.',
    ],
    ['ALMATY, Tuesday, Feb 28, 2023 (Reuters) - X.', { place: 'ALMATY', date: 'Tuesday, Feb 28, 2023', agency: 'Reuters' }, 'X.'],
    ['Нур-Султан. 1 ДЕКАБРЯ. Tengrinews.kz – Текст.', { place: 'Нур-Султан', date: '1 ДЕКАБРЯ', agency: 'Tengrinews.kz' }, 'Текст.'],
    ['GROSSETO, Italy (AP) -- The trial began.', { place: 'GROSSETO, Italy', date: '', agency: 'AP' }, 'The trial began.'],
    ['Астана. 28 февраля – Текст без агентства.', { place: 'Астана', date: '28 февраля' }, 'Текст без агентства.'],
  ];
  for (const [text, dateline, lead] of cases) {
    it(text.slice(0, 40), () => {
      const match = matchDateline(text);
      expect(match?.dateline).toMatchObject(dateline);
      if (!dateline.agency) expect(match?.dateline.agency).toBeUndefined();
      expect(match?.lead).toBe(lead);
    });
  }

  it('a lower-case clause after the date is not an agency', () => {
    expect(matchDateline('Астана. 28 февраля. Сегодня в столице – прошло собрание.')).toBeNull();
    expect(matchDateline('Алматы, 5 мая – в городе прошёл дождь – сообщили синоптики.')?.dateline.agency).toBeUndefined();
  });
});

describe('bylines, standfirsts and layouts', () => {
  it('takes bylines out of the body into meta.byline, at the top or the end', () => {
    const top = parseWireStory('Headline\n\nBy Jane Doe and John Smith\n\nALMATY, Feb 28 (Reuters) - Lead.\n\nBody.');
    expect(top.meta.byline).toBe('Jane Doe and John Smith');
    expect(top.blocks.map(blockPlainText)).toEqual(['Lead.', 'Body.']);
    const end = parseWireStory('Заголовок\n\nАстана. 28 февраля. КазТАГ – Лид.\n\nАбзац.\n\nАвтор: Иван Петров');
    expect(end.meta.byline).toBe('Иван Петров');
    expect(end.blocks.map(blockPlainText)).toEqual(['Лид.', 'Абзац.']);
  });

  it('a paragraph between the headline and the dateline is the standfirst', () => {
    const article = parseWireStory('Заголовок\n\nПодзаголовок с подробностями\n\nАстана. 28 февраля. КазТАГ – Лид.\n\nАбзац.');
    expect(article.standfirst).toBe('Подзаголовок с подробностями');
    expect(article.dateline?.place).toBe('Астана');
    expect(article.blocks.map(blockPlainText)).toEqual(['Лид.', 'Абзац.']);
  });

  it('a very long first paragraph is body text, not a headline', () => {
    const long = `${'Очень длинное предложение без конца. '.repeat(12)}`.trim();
    const article = parseWireStory(`${long}\n\nВторой абзац.`);
    expect(article.headline).toBe('');
    expect(article.blocks).toHaveLength(2);
  });

  it('rejoins hard-wrapped text and splits it where lines stop short', () => {
    const sourceParagraphs = sampleText.split(/\n\s*\n/).map((p) => p.trim());
    const wrap = (p: string, width = 72) =>
      p.split(' ').reduce<string[]>((lines, word) => {
        const last = lines[lines.length - 1];
        if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
        else lines.push(word);
        return lines;
      }, []);
    const wrapped = sourceParagraphs.flatMap((p) => wrap(p)).join('\n');
    const article = parseWireStory(wrapped);
    const lf = parseWireStory(sampleText);
    expect(article.headline).toBe(lf.headline);
    expect(article.dateline).toEqual(lf.dateline);
    expect(article.blocks.map(blockPlainText)).toEqual(lf.blocks.map(blockPlainText));
  });

  it('one paragraph per line stays one paragraph per line', () => {
    const oneLine = sampleText.split(/\n\s*\n/).join('\n');
    expect(parseWireStory(oneLine).blocks).toEqual(parseWireStory(sampleText).blocks);
  });

  it('articleToPlainText writes a story that parses back to the same article', () => {
    const article = parseWireStory(sampleText);
    expect(parseWireStory(articleToPlainText(article))).toEqual(article);
    const withMeta = parseWireStory('Заголовок\n\nПодзаголовок\n\nАстана. 28 февраля. КазТАГ – Лид.\n\nАбзац.\n\nАвтор: Иван Петров');
    expect(parseWireStory(articleToPlainText(withMeta))).toEqual(withMeta);
  });
});
