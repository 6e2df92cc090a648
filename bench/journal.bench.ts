/**
 * Crash-journal and autosave cost on the renderer's main thread, in Chromium, for a generated
 * article of 10,000 body paragraphs (about 3.8 million characters): the synchronous part of
 * one whole-article journal write (`documents.journalWrite`), of one incremental write
 * (`documents.journalPatch`, one paragraph changed), of one whole-article save (`documents.save`)
 * and of one autosave as the app makes it (a journal patch, then `documents.saveJournalled`).
 *
 * What is timed is what blocks typing: from the moment the write starts until the client's
 * call returns its promise (the diff, `JSON.stringify` of the request and the synchronous
 * part of `fetch()` with that body). Writes go through the real web-mode client
 * (`renderer/src/lib/api/client.ts`) and the renderer's JournalWriter to the real backend
 * process; the page is the app's own origin (its scripts kept from running), so requests pass
 * the same token, Host and Origin checks as the app's. The backend's disk work is not timed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import type { Article, Block } from '../core/article/model.ts';
import { parseWireStory } from '../core/parse/wire-story.ts';
import { APP_ROOT } from '../node/paths.ts';
import { chromiumLaunchOptions } from '../tests/support/chromium.ts';
import { startWebApp } from '../tests/support/web-app.ts';
import { round, stats, type BenchFigure, type TimingStats } from './support.ts';

const PARAGRAPHS = 10_000;
const FULL_WRITES = 7;
const PATCH_WRITES = 25;
const SAVES = 5;

const ENTRY = `
import { createApi, webTransport } from '${APP_ROOT}/renderer/src/lib/api/client.ts';
import { JournalWriter } from '${APP_ROOT}/renderer/src/lib/state/journal-patch.ts';

window.benchJournal = async ({ token, article, fullWrites, patchWrites, saves, savePath }) => {
  const api = createApi(webTransport(token));
  const writer = new JournalWriter(api);
  const result = { full: [], patch: [], save: [], journalledSave: [], stringify: [], kinds: [] };
  const target = (key) => ({ key, name: 'long.copydesk.json', baseRevision: null });
  // The first write of a key is whole: a fresh key per sample.
  for (let i = 0; i < fullWrites; i++) {
    const outcome = await writer.write(target('full-' + i), () => article);
    if (outcome.error) throw outcome.error;
    result.full.push(outcome.costMs);
    result.kinds.push(outcome.kind);
  }
  let current = article;
  for (let i = 0; i < patchWrites; i++) {
    // One paragraph edited, the rest the same objects: what the editor's conversion hands over after a keystroke.
    const index = Math.floor(((i + 0.5) * current.blocks.length) / patchWrites);
    const blocks = current.blocks.slice();
    blocks[index] = { ...blocks[index], text: blocks[index].text + ' правка ' + i };
    current = { ...current, blocks };
    const outcome = await writer.write(target('full-0'), () => current);
    if (outcome.error) throw outcome.error;
    result.patch.push(outcome.costMs);
    result.kinds.push(outcome.kind);
  }
  for (let i = 0; i < saves; i++) {
    const started = performance.now();
    const pending = api['documents.save']({ path: savePath, article: current, baseRevision: null, overwrite: true });
    result.save.push(performance.now() - started);
    await pending;
    const s = performance.now();
    JSON.stringify({ path: savePath, article: current });
    result.stringify.push(performance.now() - s);
  }
  // What the app's autosave does now: a journal patch of what changed, then a save of the journal's copy.
  for (let i = 0; i < saves; i++) {
    const blocks = current.blocks.slice();
    blocks[i] = { ...blocks[i], text: blocks[i].text + ' сохранение ' + i };
    current = { ...current, blocks };
    const outcome = await writer.write(target('full-0'), () => current);
    if (outcome.error || outcome.kind !== 'patch') throw new Error('the save did not go through a journal patch');
    const started = performance.now();
    const pending = api['documents.saveJournalled']({ key: 'full-0', base: writer.lastAccepted('full-0'), path: savePath, baseRevision: null, overwrite: true });
    result.journalledSave.push(outcome.costMs + performance.now() - started);
    await pending;
  }
  return result;
};
`;

/** The sample story's paragraphs repeated, each with a running number, to `paragraphs` body paragraphs. */
function longArticle(sample: Article, paragraphs: number): Article {
  const source = sample.blocks.filter((b): b is Extract<Block, { type: 'paragraph' }> => b.type === 'paragraph');
  const blocks: Block[] = [];
  for (let i = 0; blocks.length < paragraphs; i++) {
    const b = source[i % source.length]!;
    blocks.push({ type: 'paragraph', text: `${b.text} (${i})`, marks: [] });
  }
  return { ...sample, blocks };
}

async function bundle(): Promise<string> {
  const out = await build({
    stdin: { contents: ENTRY, resolveDir: APP_ROOT, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    logLevel: 'error',
  });
  return out.outputFiles[0]!.text;
}

interface PageResult {
  full: number[];
  patch: number[];
  save: number[];
  journalledSave: number[];
  stringify: number[];
  kinds: string[];
}

function figures(name: string, s: TimingStats): BenchFigure[] {
  return [
    { name: `${name} median`, value: round(s.median), unit: 'ms' },
    { name: `${name} p95`, value: round(s.p95), unit: 'ms' },
  ];
}

/** Runs the measurement; prints the figures and returns them for bench-results.json. */
export async function run(): Promise<BenchFigure[]> {
  const sample = parseWireStory(readFileSync(join(APP_ROOT, 'documents/kaztag-blinken-kazakhstan.txt'), 'utf8'));
  const article = longArticle(sample, PARAGRAPHS);
  const chars = article.blocks.reduce((n, b) => n + ('text' in b ? b.text.length : 0), 0);
  const script = await bundle();
  const app = await startWebApp();
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    // The bench script is added by the test harness, so the page's CSP is bypassed for it alone.
    const page = await (await browser.newContext({ bypassCSP: true })).newPage();
    // The app's own scripts are kept out: its background work would add to the timings.
    await page.route('**/assets/**', (route) => route.abort('blockedbyclient'));
    await page.goto(app.url);
    await page.addScriptTag({ content: script });
    const result = await page.evaluate(
      (args) => (window as never as { benchJournal: (a: unknown) => Promise<PageResult> }).benchJournal(args),
      {
        token: app.token,
        article,
        fullWrites: FULL_WRITES,
        patchWrites: PATCH_WRITES,
        saves: SAVES,
        savePath: join(app.documentsDir, 'long.copydesk.json'),
      },
    );
    const expected = [...Array(FULL_WRITES).fill('full'), ...Array(PATCH_WRITES).fill('patch')];
    if (result.kinds.join() !== expected.join()) throw new Error(`unexpected write kinds: ${result.kinds.join()}`);
    const full = stats(result.full);
    const patch = stats(result.patch);
    const save = stats(result.save);
    const journalledSave = stats(result.journalledSave);
    const stringify = stats(result.stringify);
    process.stdout.write(
      `  ${PARAGRAPHS} paragraphs, ${chars} characters of body text\n` +
        `  main-thread ms (median / p95): full journal write ${round(full.median)} / ${round(full.p95)}, ` +
        `patch ${round(patch.median)} / ${round(patch.p95)}, autosave ${round(save.median)} / ${round(save.p95)} ` +
        `(of which JSON.stringify ${round(stringify.median)}), ` +
        `autosave through the journal (patch + saveJournalled) ${round(journalledSave.median)} / ${round(journalledSave.p95)}\n`,
    );
    return [
      ...figures('journal full write (10k paragraphs)', full),
      ...figures('journal patch write (10k paragraphs, 1 changed)', patch).map((f) => ({
        ...f,
        baseline: f.name.endsWith('median') ? round(full.median) : round(full.p95),
      })),
      ...figures('autosave documents.save (10k paragraphs)', save),
      ...figures('autosave through the journal: patch + documents.saveJournalled (10k paragraphs, 1 changed)', journalledSave).map((f) => ({
        ...f,
        baseline: f.name.endsWith('median') ? round(save.median) : round(save.p95),
      })),
    ];
  } finally {
    await browser.close();
    await app.stop();
  }
}
