/**
 * Story editor typing speed in Chromium: keystroke-to-next-frame p95 on generated articles of
 * 1,000 and 10,000 paragraphs, several ways in the same run:
 *
 * - "floor": a plain contenteditable with a few paragraphs and no editor at all — what the
 *   browser's own input and frame pipeline costs on this machine;
 * - "bare": ProseMirror with prosemirror-schema-basic and its stock stylesheet, no plugins,
 *   on the same text in the same column and font — the baseline;
 * - "editor": the story editor alone (`createStoryState` + `createStoryView`, app.css);
 * - "app": the real application in web mode (the built renderer, the real backend, autosave,
 *   crash journal, side panels, status bar), with the generated article opened as the last
 *   recent document.
 *
 * Method (see docs/editor-performance.md): each keystroke is a trusted key event injected with
 * CDP `Input.dispatchKeyEvent` (keyDown with text, then keyUp), so the browser's own input
 * path inserts the text. Latency runs from the keydown event's `timeStamp` (when the browser
 * created the event, so time queued behind other main-thread work counts) to the end of the
 * first frame after it: a `requestAnimationFrame` callback registered in the keydown posts a
 * MessageChannel message, which runs after that frame's style, layout and paint. Keys come at
 * a typist's pace (one per 100 ms or slower), 20 per spot at 12 spots spread over the body
 * (240 samples per case), a short pause between spots, after 10 untimed warm-up keys.
 *
 * Set EDITOR_BENCH_CASES (e.g. "bare-10000,app-1000") to run only some cases.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'vite';
import type { Article } from '../core/article/model.ts';
import { serializeNativeDocument } from '../core/article/native.ts';
import { parseWireStory } from '../core/parse/wire-story.ts';
import { buildRenderer, rendererNeedsBuild } from '../node/web/build-renderer.ts';
import { chromiumLaunchOptions } from '../tests/support/chromium.ts';
import { startWebApp } from '../tests/support/web-app.ts';
import { APP_ROOT } from '../node/paths.ts';
import { round, stats, type BenchFigure } from './support.ts';

const SIZES = [1_000, 10_000] as const;
const SPOTS = 12;
const KEYS_PER_SPOT = 20;
const WARMUP_KEYS = 10;
const KEY_INTERVAL_MS = 100;
/** Longer than the autosave delay, so the real app saves between bursts as it does for a typist. */
const PAUSE_BETWEEN_SPOTS_MS = 1_200;
const VIEWPORT = { width: 1280, height: 800 };
/** A case that types slower than this stops early and reports the samples it has (printed with the figures). */
const CASE_BUDGET_MS = 180_000;

/** The page-side probe: records keystroke latencies; installed before any app script runs. */
const PROBE = `
window.__samples = [];
window.__waiters = [];
window.__recording = false;
window.addEventListener('keydown', (event) => {
  if (!window.__recording) return;
  const start = event.timeStamp;
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      window.__samples.push(performance.now() - start);
      for (const w of window.__waiters.splice(0)) w();
    };
    channel.port2.postMessage(0);
  });
}, true);
window.__sampleCount = (n) => new Promise((resolve) => {
  const check = () => (window.__samples.length >= n ? resolve(window.__samples.length) : window.__waiters.push(check));
  check();
});
`;

const ENTRY = `
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { schema } from 'prosemirror-schema-basic';
import 'prosemirror-view/style/prosemirror.css';
import { createStoryState, createStoryView } from '${APP_ROOT}/renderer/src/features/editor/create-editor.ts';
import '${APP_ROOT}/renderer/src/styles/app.css';

window.mountStory = (article) => {
  const start = performance.now();
  const state = createStoryState(article);
  window.view = createStoryView(document.getElementById('host'), { state, label: 'bench', onState: () => {} });
  return start;
};

// The browser's own floor: a plain contenteditable with a few paragraphs, no editor at all.
window.mountFloor = (article) => {
  const host = document.getElementById('host');
  host.className = 'article';
  host.contentEditable = 'true';
  for (const b of article.blocks.slice(0, 24)) {
    const p = document.createElement('p');
    p.textContent = b.text;
    host.append(p);
  }
};

window.mountBare = (article) => {
  const doc = schema.node('doc', null, [
    schema.node('heading', { level: 1 }, schema.text(article.headline)),
    ...article.blocks.map((b) => schema.node('paragraph', null, b.text ? schema.text(b.text) : null)),
  ]);
  // Same column, font and line height as the story editor: the comparison is of editors, not typography.
  window.view = new EditorView(document.getElementById('host'), {
    state: EditorState.create({ doc }),
    attributes: { class: 'article' },
  });
};
`;

/** The sample story repeated (with a running number, so no two paragraphs are equal) to `paragraphs` body paragraphs. */
export function longArticle(sample: Article, paragraphs: number): Article {
  const source = sample.blocks.filter((b) => b.type === 'paragraph');
  const blocks: Article['blocks'][number][] = [];
  for (let i = 0; blocks.length < paragraphs; i++) {
    const b = source[i % source.length]!;
    blocks.push({ type: 'paragraph', text: `${'text' in b ? b.text : ''} (${i})`, marks: [] });
  }
  return { ...sample, blocks };
}

async function buildEditorPage(dir: string): Promise<string> {
  writeFileSync(join(dir, 'main.js'), ENTRY);
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html><head><meta charset="utf-8"></head><body><div id="host"></div><script type="module" src="./main.js"></script></body></html>',
  );
  await build({
    root: dir,
    base: './',
    logLevel: 'error',
    configFile: false,
    build: { outDir: join(dir, 'dist'), target: 'chrome130' },
    server: { fs: { strict: false } },
  });
  return join(dir, 'dist');
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

function serveFolder(root: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const pathname = (req.url ?? '/').split('?')[0]!;
    const path = join(root, decodeURIComponent(pathname === '/' ? '/index.html' : pathname));
    try {
      const body = readFileSync(path);
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/` });
    }),
  );
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Types at a typist's pace into SPOTS paragraphs spread over the body; returns the latencies in ms. */
async function typeAndMeasure(page: Page, paragraphSelector: string): Promise<number[]> {
  const cdp = await page.context().newCDPSession(page);
  const paragraphs = page.locator(paragraphSelector);
  const count = await paragraphs.count();
  const key = async (space: boolean) => {
    const event = space
      ? { key: ' ', code: 'Space', text: ' ', unmodifiedText: ' ', windowsVirtualKeyCode: 32 }
      : { key: 'a', code: 'KeyA', text: 'a', unmodifiedText: 'a', windowsVirtualKeyCode: 65 };
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...event });
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'keyUp',
      key: event.key,
      code: event.code,
      windowsVirtualKeyCode: event.windowsVirtualKeyCode,
    });
  };
  await paragraphs.nth(Math.floor(count / (2 * SPOTS))).click();
  for (let i = 0; i < WARMUP_KEYS; i++) {
    await key(i % 6 === 5);
    await sleep(KEY_INTERVAL_MS);
  }
  await page.evaluate(() => ((window as never as { __recording: boolean }).__recording = true));
  let expected = 0;
  const deadline = Date.now() + CASE_BUDGET_MS;
  for (let spot = 0; spot < SPOTS && Date.now() < deadline; spot++) {
    await sleep(PAUSE_BETWEEN_SPOTS_MS);
    await paragraphs.nth(Math.floor(((spot + 0.5) * count) / SPOTS)).click();
    for (let i = 0; i < KEYS_PER_SPOT; i++) {
      const sent = Date.now();
      await key(i % 6 === 5);
      expected++;
      await page.evaluate((n) => (window as never as { __sampleCount: (n: number) => Promise<number> }).__sampleCount(n), expected);
      await sleep(Math.max(0, KEY_INTERVAL_MS - (Date.now() - sent)));
    }
  }
  const samples = await page.evaluate(() => (window as never as { __samples: number[] }).__samples);
  await cdp.detach();
  return samples;
}

type CaseKind = 'floor' | 'editor' | 'bare' | 'app' | 'app-nosuggest';

function selected(kind: CaseKind, size: number): boolean {
  const filter = process.env['EDITOR_BENCH_CASES'];
  return !filter || filter.split(',').some((c) => c.trim() === `${kind}-${size}` || c.trim() === kind);
}

async function measureStandalone(browser: Browser, url: string, kind: 'floor' | 'editor' | 'bare', article: Article): Promise<number[]> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  try {
    await page.addInitScript(PROBE);
    await page.goto(url);
    await page.evaluate(([mount, a]) => (window as never as Record<string, (a: unknown) => void>)[mount]!(a), [
      kind === 'editor' ? 'mountStory' : kind === 'floor' ? 'mountFloor' : 'mountBare',
      article,
    ] as const);
    return await typeAndMeasure(
      page,
      kind === 'editor' ? '.story-editor > .body > .section > p' : kind === 'floor' ? '#host > p' : '.ProseMirror > p',
    );
  } finally {
    await page.close();
  }
}

/**
 * The real app in web mode, with `article` saved as a native document and opened at start-up.
 * With `noSuggestions`, every `tags.suggest` request is refused (the app shows its "suggestions
 * failed" line and carries on), which isolates what tag suggestions cost per keystroke.
 */
async function measureApp(browser: Browser, article: Article, noSuggestions: boolean): Promise<number[]> {
  const base = mkdtempSync(join(tmpdir(), 'copydesk-bench-app-'));
  const documentsDir = join(base, 'documents');
  const userDataDir = join(base, 'user-data');
  mkdirSync(documentsDir, { recursive: true });
  mkdirSync(userDataDir, { recursive: true });
  const path = join(documentsDir, `long-${article.blocks.length}.copydesk.json`);
  writeFileSync(path, serializeNativeDocument(article));
  writeFileSync(
    join(userDataDir, 'recent-documents.json'),
    JSON.stringify([{ path, name: `long-${article.blocks.length}.copydesk.json`, openedAt: new Date().toISOString() }]),
  );
  const app = await startWebApp({ documentsDir, userDataDir });
  const page = await browser.newPage({ viewport: VIEWPORT });
  try {
    await page.addInitScript(PROBE);
    if (noSuggestions) await page.route('**/api/tags.suggest', (route) => route.abort('failed'));
    await page.goto(app.url);
    const paragraphs = page.locator('.story-editor > .body > .section > p');
    await paragraphs.nth(article.blocks.length - 1).waitFor({ state: 'attached', timeout: 60_000 });
    return await typeAndMeasure(page, '.story-editor > .body > .section > p');
  } finally {
    await page.close();
    await app.stop();
    rmSync(base, { recursive: true, force: true });
  }
}

async function measureOpen(browser: Browser, url: string, sample: Article): Promise<number> {
  const opens: number[] = [];
  for (let i = 0; i < 7; i++) {
    const page = await browser.newPage({ viewport: VIEWPORT });
    await page.goto(url);
    opens.push(
      await page.evaluate(async (a) => {
        const start = (window as never as { mountStory: (a: unknown) => number }).mountStory(a);
        await new Promise<void>((resolve) =>
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve();
            channel.port2.postMessage(0);
          }),
        );
        return performance.now() - start;
      }, sample),
    );
    await page.close();
  }
  return stats(opens).median;
}

export async function run(): Promise<BenchFigure[]> {
  // Inside the repository so the page's bare imports resolve from its node_modules.
  const cache = join(APP_ROOT, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'copydesk-bench-editor-'));
  const sample = parseWireStory(readFileSync(join(APP_ROOT, 'documents', 'kaztag-blinken-kazakhstan.txt'), 'utf8'));
  const needApp = SIZES.some((n) => selected('app', n));
  if (needApp && rendererNeedsBuild()) await buildRenderer();
  const { server, url } = await serveFolder(await buildEditorPage(dir));
  const browser = await chromium.launch(chromiumLaunchOptions());
  const figures: BenchFigure[] = [];
  const label = (n: number) => `${n.toLocaleString('en')} paragraphs`;
  try {
    for (const n of SIZES) {
      const article = longArticle(sample, n);
      const p95 = new Map<CaseKind, number>();
      for (const kind of ['floor', 'bare', 'editor', 'app', 'app-nosuggest'] as const) {
        if (!selected(kind, n)) continue;
        const samples =
          kind === 'app' || kind === 'app-nosuggest'
            ? await measureApp(browser, article, kind === 'app-nosuggest')
            : await measureStandalone(browser, url, kind, article);
        const s = stats(samples);
        p95.set(kind, s.p95);
        process.stdout.write(
          `  [${kind} ${label(n)}] samples ${s.samples}, median ${round(s.median)} ms, p95 ${round(s.p95)} ms, max ${round(Math.max(...samples))} ms\n`,
        );
      }
      const bare = p95.get('bare');
      const floor = p95.get('floor');
      if (floor !== undefined)
        figures.push({
          name: `editor: keystroke to next frame p95, plain contenteditable (the browser's floor), ${label(n)}`,
          value: round(floor),
          unit: 'ms',
        });
      const who: Record<Exclude<CaseKind, 'bare' | 'floor'>, string> = {
        editor: 'story editor alone',
        app: 'real app (web mode)',
        'app-nosuggest': 'real app without tag suggestions',
      };
      for (const kind of ['editor', 'app', 'app-nosuggest'] as const) {
        const value = p95.get(kind);
        if (value === undefined) continue;
        figures.push({
          name: `editor: keystroke to next frame p95, ${who[kind]}, ${label(n)} (baseline: bare ProseMirror)`,
          value: round(value),
          unit: 'ms',
          ...(bare === undefined ? {} : { baseline: round(bare) }),
        });
        if (bare !== undefined)
          figures.push({ name: `editor: keystroke p95 ratio ${kind}/bare, ${label(n)}`, value: round(value / bare), unit: 'x' });
      }
      if (bare !== undefined && !p95.has('editor') && !p95.has('app') && !p95.has('app-nosuggest'))
        figures.push({ name: `editor: keystroke to next frame p95, bare ProseMirror, ${label(n)}`, value: round(bare), unit: 'ms' });
    }
    if (selected('editor', 0) || !process.env['EDITOR_BENCH_CASES']) {
      figures.push({
        name: 'editor: open the sample to an editable, painted view (median)',
        value: round(await measureOpen(browser, url, sample)),
        unit: 'ms',
      });
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}
