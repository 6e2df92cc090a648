/**
 * Tagger benchmark for `npm run bench`: warm throughput on a large generated Russian text
 * against a plain dictionary lookup per word, the sample's tagging time, and the cost of
 * loading the dictionary. Throughput is also given per CPU second and with the machine's
 * load average, since the machines are shared.
 */
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTagger } from '../core/tagger/tagger.ts';
import { tokenize } from '../core/tagger/text.ts';
import { loadAzMorphology } from '../node/tagger/az-morphology.ts';

/** One reported figure; `baseline` is the comparison measured in the same run. */
export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  baseline?: number;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A long news-like Russian text built from varied sentences (names, countries, filler). */
function generatedText(words: number): string {
  const firsts = ['Мухтар', 'Анна', 'Сергей', 'Айгерим', 'Рашид', 'Елена', 'Бахтиёр', 'Иван'];
  const lasts = ['Тлеуберди', 'Ахметова', 'Лавров', 'Нурланова', 'Мередов', 'Петрова', 'Саидов', 'Сидоров'];
  const countries = ['Казахстана', 'России', 'США', 'Кыргызстане', 'Китаем', 'Узбекистан', 'Германии'];
  const filler =
    'в рамках визита стороны обсудили вопросы торгового и экономического сотрудничества а также развития транспортных маршрутов региона'.split(
      ' ',
    );
  const parts: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const sentence = `По словам министра ${firsts[i % 8]} ${lasts[(i * 3) % 8]}, ${filler.slice(0, 6 + (i % 10)).join(' ')} ${countries[i % 7]} и ${countries[(i + 3) % 7]}, ${filler.slice(i % 5).join(' ')} антироссийских санкций ${i}.`;
    parts.push(sentence);
    count += sentence.split(/\s+/u).length;
  }
  return parts.join(' ');
}

/** Words tagged per second of wall time and of this process's CPU time (less hurt by a loaded machine). */
function rates(words: number, run: () => void): { wall: number; cpu: number } {
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  run();
  const wall = (performance.now() - wallStart) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  return { wall: Math.round(words / wall), cpu: Math.round(words / ((cpu.user + cpu.system) / 1e6)) };
}

/** The FactRuEval dev texts (real, varied news) when the data is in the project, else none. */
function newsTexts(): string[] {
  const file = path.join(root, 'data/factru-dev.jsonl');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text);
}

/**
 * A large English text in wire style: titles, particles, possessives, demonyms and country
 * names, so the English rules are timed as well as the Russian ones.
 */
function generatedEnglishText(words: number): string {
  const people = ['Kassym-Jomart Tokayev', 'Ursula von der Leyen', 'Ahmed al-Sharaa', 'Shavkat Mirziyoyev', 'Keir Starmer', 'Li Qiang'];
  const countries = ['Kazakhstan', 'the United States', 'U.S.', 'Uzbekistan', 'Britain', 'China', 'the Netherlands'];
  const filler = 'officials said on Tuesday that talks on trade and energy would continue next month despite the dispute'.split(' ');
  const parts: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const person = people[i % people.length]!;
    const sentence = `Kazakh Foreign Minister ${person} met ${countries[i % 7]}'s envoy, and ${filler.slice(0, 6 + (i % 10)).join(' ')} in ${countries[(i + 3) % 7]} ${i}. ${person.split(' ').at(-1)}'s office confirmed it.`;
    parts.push(sentence);
    count += sentence.split(' ').length;
  }
  return parts.join(' ');
}

/** Runs the tagger benchmark. */
export async function run(): Promise<BenchFigure[]> {
  const heapBefore = process.memoryUsage().heapUsed;
  const rssBefore = process.memoryUsage().rss;
  const loadStart = performance.now();
  const morphology = await loadAzMorphology();
  const loadMs = performance.now() - loadStart;
  const buildStart = performance.now();
  const tagger = createTagger({ morphology });
  const buildMs = performance.now() - buildStart;
  const heapDelta = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  const rssDelta = (process.memoryUsage().rss - rssBefore) / 1024 / 1024;

  const text = generatedText(200_000);
  const wordCount = tokenize(text).length;
  tagger.tag(text, { language: 'ru' }); // warm the per-word-form caches
  const generated = rates(wordCount, () => tagger.tag(text, { language: 'ru' }));

  // Real news repeats far fewer word forms than generated text: each story tagged on its own,
  // as the editor does, after one warming pass.
  const news = newsTexts();
  const newsWords = news.reduce((sum, t) => sum + tokenize(t).length, 0);
  for (const t of news) tagger.tag(t, { language: 'ru' });
  const newsRates = rates(newsWords * 5, () => {
    for (let k = 0; k < 5; k++) for (const t of news) tagger.tag(t, { language: 'ru' });
  });

  // The editor's way: each paragraph alone, with the article's full names as context (which
  // the tagger reads as a preamble of one line per name); baseline: the paragraphs without.
  const paragraphs = news.flatMap((t) => {
    const context = tagger
      .tag(t, { language: 'ru' })
      .people.map((p) => p.name)
      .filter((n) => n.includes(' '));
    return t
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => ({ line, context }));
  });
  for (const { line, context } of paragraphs) tagger.tag(line, { language: 'ru', context });
  const editorRates = rates(newsWords * 3, () => {
    for (let k = 0; k < 3; k++) for (const { line, context } of paragraphs) tagger.tag(line, { language: 'ru', context });
  });
  const bareRates = rates(newsWords * 3, () => {
    for (let k = 0; k < 3; k++) for (const { line } of paragraphs) tagger.tag(line, { language: 'ru' });
  });

  // Baseline: one uncached dictionary lookup per word, as a naive tagger would do.
  const Az = createRequire(import.meta.url)('az') as { Morph: (w: string) => unknown[] };
  const baselineWords = tokenize(text)
    .slice(0, 20_000)
    .map((t) => t.text);
  const baseStart = performance.now();
  for (const word of baselineWords) Az.Morph(word);
  const baselineRate = baselineWords.length / ((performance.now() - baseStart) / 1000);

  const english = generatedEnglishText(100_000);
  const englishWords = tokenize(english).length;
  tagger.tag(english, { language: 'en' });
  const englishRates = rates(englishWords, () => tagger.tag(english, { language: 'en' }));

  const sample = readFileSync(path.join(root, 'documents/kaztag-blinken-kazakhstan.txt'), 'utf8');
  tagger.tag(sample);
  const runs = 20;
  const sampleStart = performance.now();
  for (let i = 0; i < runs; i++) tagger.tag(sample);
  const sampleMs = (performance.now() - sampleStart) / runs;

  return [
    { name: 'tagger throughput, warm, generated Russian text', value: generated.wall, unit: 'words/s', baseline: Math.round(baselineRate) },
    { name: 'tagger throughput, warm, generated Russian text, per CPU second', value: generated.cpu, unit: 'words/s' },
    ...(news.length > 0
      ? [
          {
            name: `tagger throughput, warm, ${news.length} real news stories (FactRuEval dev) one by one`,
            value: newsRates.wall,
            unit: 'words/s',
          },
          { name: 'tagger throughput, warm, real news stories, per CPU second', value: newsRates.cpu, unit: 'words/s' },
          {
            name: 'tagger throughput, warm, editor mode: each paragraph with the article’s full names as context',
            value: editorRates.wall,
            unit: 'words/s',
            baseline: bareRates.wall,
          },
        ]
      : []),
    { name: 'tagger throughput, warm, generated English text', value: englishRates.wall, unit: 'words/s' },
    { name: 'tagger throughput, warm, generated English text, per CPU second', value: englishRates.cpu, unit: 'words/s' },
    { name: 'tagger: sample article, warm', value: Number(sampleMs.toFixed(2)), unit: 'ms' },
    { name: 'tagger: dictionary load (Az.js + OpenCorpora)', value: Math.round(loadMs), unit: 'ms' },
    { name: 'tagger: gazetteer build', value: Math.round(buildMs), unit: 'ms' },
    { name: 'tagger: heap after load (delta)', value: Number(heapDelta.toFixed(1)), unit: 'MiB' },
    { name: 'tagger: RSS after load (delta)', value: Number(rssDelta.toFixed(1)), unit: 'MiB' },
    // Figures from a shared machine mean little without its load.
    { name: 'machine load average (1 min) at the end of the run', value: Number(loadavg()[0]!.toFixed(2)), unit: 'runnable tasks' },
  ];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const f of await run())
    console.log(`${f.name}: ${f.value} ${f.unit}${f.baseline !== undefined ? ` (baseline ${f.baseline} ${f.unit})` : ''}`);
}
