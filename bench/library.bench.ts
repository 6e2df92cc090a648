/**
 * Library benchmark for `npm run bench -- library`: a generated library of 10,000 articles
 * (~500 words each; half native documents with stored tags, half plain-text wire stories)
 * written as files into a temporary folder. Reports first indexing, reopening with the
 * persisted index, query latency (one word, two words, a prefix), filter changes, and the
 * backend's memory. Targets (issue 7): first indexing ≤ 15 s, reopening ≤ 1.5 s, query p95
 * ≤ 20 ms, filter changes ≤ 50 ms.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/support/chromium.ts';
import { startWebApp } from '../tests/support/web-app.ts';
import { buildRenderer, rendererNeedsBuild } from '../node/web/build-renderer.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LibraryFilters } from '../core/api/library.ts';
import type { Article, Entity, InlineMark } from '../core/article/model.ts';
import { serializeNativeDocument } from '../core/article/native.ts';
import { LibraryService } from '../node/library/library-service.ts';
import { INDEX_FILE_NAME } from '../node/library/scan.ts';
import { round, stats, type BenchFigure } from './support.ts';

const ARTICLES = Number(process.env.LIBRARY_BENCH_ARTICLES ?? 10_000);
const WORDS_PER_ARTICLE = 500;

/** A small deterministic PRNG (mulberry32), so every run indexes the same library. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A synthetic vocabulary with a Zipf distribution, like real news text: a few words occur
 * in nearly every article, most in few. Russian lemmas take inflectional endings, so the
 * stemmer has real work; function words make up about a quarter of the tokens.
 */
interface Vocabulary {
  readonly lemmas: readonly string[];
  readonly endings: readonly string[];
  readonly glue: readonly string[];
  /** Cumulative Zipf weights over `lemmas`, for sampling by rank. */
  readonly cumulative: Float64Array;
}

function vocabulary(
  rand: () => number,
  size: number,
  consonants: string,
  vowels: string,
  endings: string[],
  glue: string[],
  real: string[],
): Vocabulary {
  const seen = new Set<string>();
  const lemmas: string[] = [];
  const syllable = () => `${consonants[Math.floor(rand() * consonants.length)]}${vowels[Math.floor(rand() * vowels.length)]}`;
  while (lemmas.length < size) {
    const root = Array.from({ length: 2 + Math.floor(rand() * 2) }, syllable).join('') + consonants[Math.floor(rand() * consonants.length)];
    if (!seen.has(root)) {
      seen.add(root);
      lemmas.push(root);
    }
  }
  // Real words at spread-out ranks, so queries can use words a newsroom would type.
  real.forEach((word, i) => (lemmas[20 + i * 37] = word));
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let rank = 0; rank < size; rank++) cumulative[rank] = total += 1 / (rank + 1);
  for (let rank = 0; rank < size; rank++) cumulative[rank] = (cumulative[rank] as number) / total;
  return { lemmas, endings, glue, cumulative };
}

function zipfRank(vocab: Vocabulary, rand: () => number): number {
  const x = rand();
  let lo = 0;
  let hi = vocab.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((vocab.cumulative[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const RU_REAL =
  'министр правительств переговор санкци экономик торговл границ выбор парламент президент делегаци инвестици транспорт энергетик нефт урожа инфляци бюджет налог суд безопасност сотрудничеств соглашени визит саммит заявлени решени строительств железн аэропорт туризм образовани университет больниц вакцин климат засух наводнени'.split(
    ' ',
  );
const RU_ENDINGS = ['', 'а', 'ы', 'у', 'е', 'ом', 'ами', 'ах', 'ов', 'ий', 'ия', 'ии', 'ию', 'ей', 'ям', 'ях', 'ой', 'ую'];
const EN_REAL =
  'minister government talks sanctions economy trade border election parliament president delegation investment transport energy harvest inflation budget court security cooperation agreement visit summit statement decision construction railway airport tourism education university hospital vaccine climate drought flood'.split(
    ' ',
  );
const EN_ENDINGS = ['', '', '', 's', 'ed', 'ing'];
const rusVocab = vocabulary(
  random(1),
  30_000,
  'бвгджзклмнпрстфхцчшщ',
  'аеиоуыяю',
  RU_ENDINGS,
  'и в на с по о от до за из к у а но что как для при это также не'.split(' '),
  RU_REAL,
);
const engVocab = vocabulary(
  random(2),
  20_000,
  'bcdfghklmnprstvwz',
  'aeiou',
  EN_ENDINGS,
  'the of and in on for with to at by from as after is was that'.split(' '),
  EN_REAL,
);

const PEOPLE: Entity[] = [
  'Айгерим Сейткали',
  'Рустам Назаров',
  'Марат Жумабаев',
  'Елена Ковалёва',
  'Тимур Абдуллаев',
  'Динара Исмаилова',
  'Бахтиёр Каримов',
  'Ольга Степанова',
].map((name, i) => ({ id: `person-${i}`, type: 'person', name }));
const COUNTRIES: Entity[] = [
  ['KZ', 'Казахстан'],
  ['UZ', 'Узбекистан'],
  ['KG', 'Киргизия'],
  ['TJ', 'Таджикистан'],
  ['RU', 'Россия'],
  ['CN', 'Китай'],
  ['US', 'США'],
  ['TR', 'Турция'],
].map(([code, name], i) => ({ id: `country-${i}`, type: 'country', code: code as string, name: name as string }));
const PLACES = ['Астана', 'Алматы', 'Ташкент', 'Бишкек', 'Душанбе', 'Ашхабад', 'Москва', 'Пекин'];
const MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

function words(rand: () => number, count: number, english: boolean): string[] {
  const vocab = english ? engVocab : rusVocab;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    if (rand() < 0.25) out.push(vocab.glue[Math.floor(rand() * vocab.glue.length)] as string);
    else out.push(`${vocab.lemmas[zipfRank(vocab, rand)]}${vocab.endings[Math.floor(rand() * vocab.endings.length)]}`);
  }
  return out;
}

function sentence(rand: () => number, english: boolean, length: number): string {
  const text = words(rand, length, english).join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** Writes the generated library into `root`; returns its total size in bytes. */
export function generateLibrary(root: string): number {
  const rand = random(7);
  let bytes = 0;
  for (let i = 0; i < ARTICLES; i++) {
    const folder = join(root, `desk-${i % 20}`);
    if (i < 20) mkdirSync(folder, { recursive: true });
    const english = i % 5 === 4;
    const day = 1 + (i % 28);
    const month = MONTHS[i % 12] as string;
    const place = PLACES[i % PLACES.length] as string;
    const headline = sentence(rand, english, 8).slice(0, -1);
    const paragraphs: string[] = [];
    for (let written = 0; written < WORDS_PER_ARTICLE; written += 50)
      paragraphs.push(sentence(rand, english, 25) + ' ' + sentence(rand, english, 25));
    let file: string;
    if (i % 2 === 0) {
      const person = PEOPLE[i % PEOPLE.length] as Entity;
      const country = COUNTRIES[(i * 3) % COUNTRIES.length] as Entity;
      const lead = `${person.name} посетил ${country.name}. ${paragraphs[0]}`;
      const marks: InlineMark[] = [
        { type: 'entity', start: 0, end: person.name.length, entityId: person.id, kind: 'name' },
        {
          type: 'entity',
          start: person.name.length + 9,
          end: person.name.length + 9 + country.name.length,
          entityId: country.id,
          kind: 'name',
        },
      ];
      const article: Article = {
        headline,
        dateline: { text: `${place}. ${day} ${month}. КазТАГ`, place, date: `${day} ${month}`, agency: 'КазТАГ' },
        blocks: [
          { type: 'paragraph', text: lead, marks },
          ...paragraphs.slice(1).map((text) => ({ type: 'paragraph' as const, text, marks: [] })),
        ],
        entities: [person, country],
        meta: {
          language: english ? 'en' : 'ru',
          status: (['draft', 'editing', 'ready'] as const)[i % 3] as Article['meta']['status'],
          keywords: [],
          created: '2024-12-31T12:00:00Z',
        },
      };
      file = join(folder, `story-${i}.copydesk.json`);
      writeFileSync(file, serializeNativeDocument(article));
    } else {
      file = join(folder, `story-${i}.txt`);
      writeFileSync(file, `${headline}\n\n${place}. ${day} ${month}. КазТАГ – ${paragraphs.join('\n\n')}\n`);
    }
    bytes += statSync(file).size;
  }
  return bytes;
}

function timeSync(fn: () => unknown, iterations: number): number[] {
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

/** Runs the library benchmark. */
export async function run(): Promise<BenchFigure[]> {
  const root = mkdtempSync(join(tmpdir(), 'copydesk-library-bench-'));
  try {
    const bytes = generateLibrary(root);
    const figures: BenchFigure[] = [
      { name: `library: generated articles (${round(bytes / 1024 / 1024)} MB)`, value: ARTICLES, unit: 'articles' },
    ];

    // In a function, so that the first service (and its index) is garbage once closed, as in
    // the app: two live indexes would inflate the heap figures and the collector's pauses.
    const indexFirst = async () => {
      let start = performance.now();
      const first = LibraryService.start({ root, watch: false });
      await first.ready();
      figures.push({ name: 'library: first indexing of the folder', value: round((performance.now() - start) / 1000), unit: 's' });
      start = performance.now();
      await first.close();
      figures.push({ name: 'library: writing the persisted index', value: round(performance.now() - start), unit: 'ms' });
    };
    await indexFirst();
    figures.push({
      name: 'library: persisted index size',
      value: round(statSync(join(root, INDEX_FILE_NAME)).size / 1024 / 1024),
      unit: 'MB',
    });

    const start = performance.now();
    const library = LibraryService.start({ root, watch: false });
    await library.ready();
    figures.push({ name: 'library: reopening with the persisted index', value: round(performance.now() - start), unit: 'ms' });
    if (library.status().count !== ARTICLES || library.status().total !== 0)
      throw new Error(`reopen re-read files: ${JSON.stringify(library.status())}`);

    const rand = random(11);
    const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)] as T;
    // Searched words: a lemma of the 2,000 most frequent, in an inflected form.
    const ruWord = (maxRank = 2_000) => `${rusVocab.lemmas[Math.floor(rand() * maxRank)]}${pick(RU_ENDINGS)}`;
    const queries = {
      'one word': () => `${ruWord()} `,
      'two words': () => `${ruWord()} ${ruWord()} `,
      'prefix (4 letters, as typed)': () => (rusVocab.lemmas[Math.floor(rand() * 2_000)] as string).slice(0, 4),
      'worst case: one of the 5 most frequent words (in most articles)': () => `${ruWord(5)} `,
      'real word "санкциями"': () => 'санкциями ',
    };
    for (const [label, make] of Object.entries(queries)) {
      library.search({ query: make() });
      const samples = timeSync(() => library.search({ query: make() }), 60);
      figures.push({
        name: `library: query p95, ${label} (first 50 results with highlights, and facets)`,
        value: round(stats(samples).p95),
        unit: 'ms',
      });
    }
    const filterSets: LibraryFilters[] = [
      { people: [PEOPLE[0]?.name as string] },
      { countries: ['KZ'] },
      { people: [PEOPLE[1]?.name as string], countries: ['CN'] },
      { statuses: ['ready'] },
      { languages: ['en'], dateFrom: '2024-03-01', dateTo: '2024-06-30' },
    ];
    const filterSamples = timeSync(() => library.search({ filters: pick(filterSets) }), 60);
    figures.push({ name: 'library: filter change p95, no query (10,000 candidates)', value: round(stats(filterSamples).p95), unit: 'ms' });
    const combinedSamples = timeSync(() => library.search({ query: `${ruWord()} `, filters: pick(filterSets) }), 60);
    figures.push({ name: 'library: filter change p95, with a one-word query', value: round(stats(combinedSamples).p95), unit: 'ms' });
    const listSamples = timeSync(() => library.search({ sort: 'headline' }), 20);
    figures.push({ name: 'library: whole list sorted by headline p95', value: round(stats(listSamples).p95), unit: 'ms' });

    const memory = process.memoryUsage();
    figures.push({ name: 'library: backend heap used with the reopened index', value: round(memory.heapUsed / 1024 / 1024), unit: 'MB' });
    // The reopened index keeps the file's bytes (typed-array views and texts) outside the heap.
    figures.push({
      name: 'library: backend array buffers (the loaded index file)',
      value: round(memory.arrayBuffers / 1024 / 1024),
      unit: 'MB',
    });
    figures.push({ name: 'library: backend RSS', value: round(memory.rss / 1024 / 1024), unit: 'MB' });
    await library.close();
    figures.push(...(await measureRenderer(root)));
    return figures;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/**
 * Renderer memory: the real app in web mode over the generated library, in Chromium, after a
 * forced garbage collection — once with the library's first page listed and once with a
 * highlighted search result page.
 */
async function measureRenderer(root: string): Promise<BenchFigure[]> {
  if (rendererNeedsBuild()) await buildRenderer();
  const app = await startWebApp({ documentsDir: root, userDataDir: join(root, '.bench-user-data') });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
      return { heapMb: value('JSHeapUsedSize') / 1024 / 1024, nodes: value('Nodes') };
    };
    await page.goto(app.url);
    await page.keyboard.press('Control+l');
    await page.getByTestId('library-item').first().waitFor({ timeout: 60_000 });
    const listed = await heap();
    await page.getByRole('searchbox').first().fill('санкциями');
    await page.locator('mark').first().waitFor({ timeout: 30_000 });
    const searched = await heap();
    return [
      { name: 'library: renderer JS heap, library listed (after GC)', value: round(listed.heapMb), unit: 'MB' },
      { name: 'library: renderer DOM nodes, library listed', value: listed.nodes, unit: 'nodes' },
      { name: 'library: renderer JS heap, highlighted search results (after GC)', value: round(searched.heapMb), unit: 'MB' },
    ];
  } finally {
    await browser.close();
    await app.stop();
  }
}
