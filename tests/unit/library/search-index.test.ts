/** The pure library index: stemming, prefix and phrase queries, filters, facets, snapshots. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paragraph, type Article, type Entity, type InlineMark } from '../../../core/article/model.ts';
import { datelineDay } from '../../../core/library/dates.ts';
import { parseQuery } from '../../../core/library/query.ts';
import { errorRecord, recordFromArticle } from '../../../core/library/record.ts';
import { LibraryIndex, SnapshotError } from '../../../core/library/search-index.ts';
import { splitWords } from '../../../core/library/stemming.ts';
import { scanWords } from '../../../core/library/term-index.ts';

/** An article whose body is `body`, tagged with every entity at the first occurrence of its mention text. */
function article(
  headline: string,
  body: string,
  options: { language?: string; status?: Article['meta']['status']; tags?: [Entity, string][]; date?: string } = {},
): Article {
  const marks: InlineMark[] = (options.tags ?? []).map(([entity, mention]) => {
    const start = body.indexOf(mention);
    if (start < 0) throw new Error(`mention "${mention}" not in body`);
    return { type: 'entity', start, end: start + mention.length, entityId: entity.id, kind: 'name' };
  });
  return {
    headline,
    dateline: options.date ? { text: `Астана. ${options.date}`, place: 'Астана', date: options.date } : null,
    blocks: [{ ...paragraph(body), marks } as Article['blocks'][number]],
    entities: (options.tags ?? []).map(([entity]) => entity),
    meta: { language: options.language ?? 'ru', status: options.status ?? 'draft', keywords: [], created: '2024-06-01T10:00:00Z' },
  };
}

const tokayev: Entity = { id: 'p-tokayev', type: 'person', name: 'Касым-Жомарт Токаев' };
const blinken: Entity = { id: 'p-blinken', type: 'person', name: 'Энтони Блинкен' };
const kz: Entity = { id: 'c-kz', type: 'country', code: 'KZ', name: 'Казахстан' };
const us: Entity = { id: 'c-us', type: 'country', code: 'US', name: 'США' };

function sampleIndex(): LibraryIndex {
  const index = new LibraryIndex();
  const file = (path: string, mtimeMs = 1_717_236_000_000) => ({ path, mtimeMs, size: 100 });
  index.upsert(
    recordFromArticle(
      file('a.copydesk.json'),
      article('Блинкен о санкциях', 'Энтони Блинкен прокомментировал влияние антироссийских санкций на Казахстан.', {
        tags: [
          [blinken, 'Энтони Блинкен'],
          [kz, 'Казахстан'],
        ],
        status: 'ready',
        date: '28 февраля',
      }),
    ),
  );
  index.upsert(
    recordFromArticle(
      file('b.copydesk.json'),
      article('Токаев принял делегацию', 'Касым-Жомарт Токаев обсудил с делегацией США торговлю и санкционную политику.', {
        tags: [
          [tokayev, 'Касым-Жомарт Токаев'],
          [us, 'США'],
        ],
        status: 'editing',
        date: '3 мая',
      }),
    ),
  );
  index.upsert(
    recordFromArticle(
      file('sub/c.txt'),
      article('Sanctions talks in Astana', 'Kazakhstan and the United States held talks on sanctions compliance.', {
        language: 'en',
        date: 'March 3',
      }),
    ),
  );
  index.upsert(errorRecord(file('broken.copydesk.json'), 'broken.copydesk.json: malformed JSON: Unexpected token'));
  return index;
}

/** The snapshot of `index` as one byte array, as the service writes it to disk. */
function snapshotBytes(index: LibraryIndex): Uint8Array {
  const chunks = [...index.snapshotChunks()];
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/** `bytes` with the first `from` of its header replaced by `to` (of the same length). */
function patchHeader(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const text = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const at = text.indexOf(from);
  if (at < 0 || from.length !== to.length) throw new Error(`${from} not in the header`);
  const patched = bytes.slice();
  patched.set(new TextEncoder().encode(to), at);
  return patched;
}

const paths = (index: LibraryIndex, query: Parameters<LibraryIndex['search']>[0]) =>
  index
    .search(query)
    .items.map((i) => i.path)
    .sort();

describe('library search', () => {
  it('finds Russian inflected forms through the stemmer', () => {
    const index = sampleIndex();
    expect(paths(index, { query: 'санкциями ' })).toEqual(['a.copydesk.json']);
    expect(paths(index, { query: 'sanction ' })).toEqual(['sub/c.txt']);
  });

  it('matches the word being typed as a prefix, but not a finished word', () => {
    const index = sampleIndex();
    expect(paths(index, { query: 'санкц' })).toEqual(['a.copydesk.json', 'b.copydesk.json']);
    expect(paths(index, { query: 'делегац' })).toEqual(['b.copydesk.json']);
    // "санкционн…" is a different stem: once the word is finished (space typed) it must match exactly.
    expect(paths(index, { query: 'санкций ' })).toEqual(['a.copydesk.json']);
  });

  it('requires every word', () => {
    const index = sampleIndex();
    expect(paths(index, { query: 'Блинкен Токаев ' })).toEqual([]);
    expect(paths(index, { query: 'Токаев США ' })).toEqual(['b.copydesk.json']);
  });

  it('checks phrase order and adjacency against the text', () => {
    const index = sampleIndex();
    expect(paths(index, { query: '"антироссийскими санкциями"' })).toEqual(['a.copydesk.json']);
    expect(paths(index, { query: '"санкций антироссийских"' })).toEqual([]);
    expect(paths(index, { query: '"влияние санкций"' })).toEqual([]);
    expect(paths(index, { query: '«talks on sanctions»' })).toEqual(['sub/c.txt']);
  });

  it('highlights the matched words of the headline and snippet as segments', () => {
    const index = sampleIndex();
    const [item] = index.search({ query: 'санкциями ' }).items;
    expect(item?.headlineSegments).toEqual([
      { text: 'Блинкен о ', match: false },
      { text: 'санкциях', match: true },
    ]);
    expect(item?.snippet.filter((s) => s.match).map((s) => s.text)).toEqual(['санкций']);
    expect(item?.snippet.map((s) => s.text).join('')).toContain('антироссийских санкций на Казахстан');
  });

  it('combines filters with each other and with the query, and counts facets', () => {
    const index = sampleIndex();
    expect(paths(index, { filters: { people: ['Энтони Блинкен'] } })).toEqual(['a.copydesk.json']);
    expect(paths(index, { filters: { countries: ['us'] } })).toEqual(['b.copydesk.json']);
    expect(paths(index, { filters: { people: ['Энтони Блинкен'], countries: ['US'] } })).toEqual([]);
    expect(paths(index, { filters: { statuses: ['ready', 'editing'] } })).toEqual(['a.copydesk.json', 'b.copydesk.json']);
    expect(paths(index, { filters: { languages: ['en'] } })).toEqual(['sub/c.txt']);
    expect(paths(index, { query: 'санкц', filters: { statuses: ['editing'] } })).toEqual(['b.copydesk.json']);
    expect(paths(index, { filters: { dateFrom: '2024-03-01', dateTo: '2024-03-31' } })).toEqual(['sub/c.txt']);
    const facets = index.search({ query: 'санкц' }).facets;
    expect(facets.people.map((f) => [f.label, f.count]).sort()).toEqual([
      ['Касым-Жомарт Токаев', 1],
      ['Энтони Блинкен', 1],
    ]);
    expect(facets.countries.map((f) => [f.value, f.count]).sort()).toEqual([
      ['KZ', 1],
      ['US', 1],
    ]);
  });

  it('lists a file that could not be read with its error', () => {
    const index = sampleIndex();
    const broken = index.search({}).items.find((i) => i.path === 'broken.copydesk.json');
    expect(broken?.error).toMatch(/malformed JSON/);
    expect(index.search({}).total).toBe(4);
  });

  it('sorts by day, newest first, by default', () => {
    const index = sampleIndex();
    expect(index.search({}).items.map((i) => i.day)).toEqual(['2024-06-01', '2024-05-03', '2024-03-03', '2024-02-28']);
    expect(index.search({ sort: 'date-asc' }).items[0]?.day).toBe('2024-02-28');
  });

  it('survives a snapshot round trip through bytes and refuses snapshots of another kind', () => {
    const index = sampleIndex();
    const bytes = snapshotBytes(index);
    const restored = LibraryIndex.fromSnapshot(bytes);
    for (const query of ['санкциями ', 'санкц', '"антироссийскими санкциями"', 'talks ', '']) {
      expect(restored.search({ query })).toEqual(index.search({ query }));
    }
    expect(restored.errorCount).toBe(1);
    restored.remove('a.copydesk.json');
    expect(paths(restored, { query: 'санкц' })).toEqual(['b.copydesk.json']);
    // A restored index takes new records, and snapshots again with them.
    restored.upsert(recordFromArticle({ path: 'd.txt', mtimeMs: 1, size: 1 }, article('Санкции снова', 'Новые санкции.')));
    expect(paths(LibraryIndex.fromSnapshot(snapshotBytes(restored)), { query: 'санкц' })).toEqual(['b.copydesk.json', 'd.txt']);

    expect(() => LibraryIndex.fromSnapshot(new TextEncoder().encode('{"format": "other"}'))).toThrow(SnapshotError);
    expect(() => LibraryIndex.fromSnapshot(patchHeader(bytes, '"version":2', '"version":9'))).toThrow(/another version/);
    expect(() => LibraryIndex.fromSnapshot(bytes, 'other importers')).toThrow(SnapshotError);
  });

  it('refuses a truncated or damaged snapshot with a SnapshotError, never another failure', () => {
    const bytes = snapshotBytes(sampleIndex());
    for (let cut = 0; cut < bytes.length; cut += 7) {
      expect(() => LibraryIndex.fromSnapshot(bytes.slice(0, cut))).toThrow(SnapshotError);
    }
    // Any one byte overwritten either still reads (a text or a weight changed) or is refused
    // as a SnapshotError: never an exception of another kind, never an index that fails later.
    let refused = 0;
    for (let at = 0; at < bytes.length; at++) {
      const damaged = bytes.slice();
      damaged[at] = (damaged[at] as number) ^ 0xff;
      try {
        const index = LibraryIndex.fromSnapshot(damaged);
        index.search({ query: 'санкц' });
        index.search({});
      } catch (error) {
        expect(error).toBeInstanceOf(SnapshotError);
        refused++;
      }
    }
    expect(refused).toBeGreaterThan(bytes.length / 4);
  });

  it('ranks a headline match above a passing mention in the body', () => {
    const index = new LibraryIndex();
    const file = (path: string) => ({ path, mtimeMs: 1, size: 1 });
    index.upsert(recordFromArticle(file('mention.txt'), article('Погода в Астане', 'Синоптики обещают дождь. Парламент не заседал.')));
    index.upsert(recordFromArticle(file('headline.txt'), article('Парламент принял бюджет', 'Депутаты голосовали весь день.')));
    expect(index.search({ query: 'парламент ' }).items.map((i) => i.path)).toEqual(['headline.txt', 'mention.txt']);
  });

  it('stays consistent with a freshly built index through many updates and removals', () => {
    const words = ['санкции', 'выборы', 'парламент', 'бюджет', 'налог', 'саммит', 'визит', 'торговля', 'граница', 'нефть'];
    let seed = 5;
    const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const text = () => Array.from({ length: 12 }, () => words[Math.floor(rand() * words.length)]).join(' ');
    const live = new Map<string, [string, string]>();
    const index = new LibraryIndex();
    for (let step = 0; step < 1_500; step++) {
      const path = `f${Math.floor(rand() * 400)}.txt`;
      if (rand() < 0.2) {
        index.remove(path);
        live.delete(path);
      } else {
        const content: [string, string] = [text(), text()];
        index.upsert(recordFromArticle({ path, mtimeMs: step, size: 1 }, article(...content)));
        live.set(path, content);
      }
      // Searching now and then seals the postings in between updates, as the app does.
      if (step % 97 === 0) index.search({ query: 'нал' });
    }
    const fresh = new LibraryIndex();
    for (const [path, content] of live) fresh.upsert(recordFromArticle({ path, mtimeMs: 0, size: 1 }, article(...content)));
    for (const query of ['санкциями ', 'нал', 'выборы бюджет ', 'граница нефт', 'торговл']) {
      expect(paths(index, { query, limit: 500 })).toEqual(paths(fresh, { query, limit: 500 }));
      expect(index.search({ query }).total).toBe(fresh.search({ query }).total);
    }
    expect(paths(LibraryIndex.fromSnapshot(snapshotBytes(index)), { query: 'нал', limit: 500 })).toEqual(
      paths(fresh, { query: 'нал', limit: 500 }),
    );
  });

  it('highlights words whose lower case changes length', () => {
    const index = new LibraryIndex();
    index.upsert(
      recordFromArticle(
        { path: 'i.txt', mtimeMs: 1, size: 1 },
        article('Визит', 'Делегация İstanbul посетила, затем были переговоры о визите.'),
      ),
    );
    const [item] = index.search({ query: 'переговоры ' }).items;
    expect(item?.snippet.filter((s) => s.match).map((s) => s.text)).toEqual(['переговоры']);
  });
});

describe('query and date parsing', () => {
  it('separates phrases and the prefix being typed', () => {
    expect(parseQuery('"антироссийских санкций" Казах')).toMatchObject({ phrases: [['антироссийск', 'санкц']], prefix: 'казах' });
    expect(parseQuery('Казахстан ').prefix).toBeNull();
    expect(parseQuery('"Казахстан').prefix).toBeNull();
  });

  it('gives wire datelines a year from the reference time', () => {
    expect(datelineDay('28 февраля', '2023-03-01T00:00:00Z')).toBe('2023-02-28');
    expect(datelineDay('30 декабря', '2024-01-02T00:00:00Z')).toBe('2023-12-30');
    expect(datelineDay('3 мая 2022 года', '2024-01-02T00:00:00Z')).toBe('2022-05-03');
    expect(datelineDay('March 3, 2024', '2025-01-01T00:00:00Z')).toBe('2024-03-03');
    expect(datelineDay('31 февраля', '2024-03-01T00:00:00Z')).toBeNull();
  });
});

describe('the word scanner of the index', () => {
  it('cuts text into exactly the words of the tokenizer', () => {
    const alphabet = ['а', 'Ё', 'z', 'Q', '7', '²', ' ', '-', "'", '’', '.', '«', '»', 'ß', 'İ', '\n', 'ў', '中', '\u0301'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        const words: string[] = [];
        expect(scanWords(text, (start, end) => words.push(text.slice(start, end)))).toBe(true);
        expect(words).toEqual(splitWords(text));
      }),
      { numRuns: 2_000 },
    );
    expect(scanWords('emoji 😀 text', () => undefined)).toBe(false);
  });
});
