/**
 * Story editor speed in Chromium: keystroke-to-next-frame p95 on generated articles of 1,000
 * and 10,000 paragraphs, beside a bare ProseMirror editor (prosemirror-schema-basic) on the
 * same text measured in the same run; and opening the sample to an editable, painted view.
 *
 * A small page is built by Vite into a temporary folder (the real editor modules, nothing
 * else), served on 127.0.0.1, and driven by Playwright with Debian's Chromium. A keystroke is
 * timed from its keydown (capture phase) to the first animation frame after it, plus a task
 * so the frame has been produced.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { chromiumLaunchOptions } from '../tests/support/chromium.ts';
import { APP_ROOT } from '../node/paths.ts';
import { round, stats, type BenchFigure } from './support.ts';

const ENTRY = `
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { schema } from 'prosemirror-schema-basic';
import { parseWireStory } from '${APP_ROOT}/core/parse/wire-story.ts';
import { createStoryState, createStoryView } from '${APP_ROOT}/renderer/src/features/editor/create-editor.ts';
import '${APP_ROOT}/renderer/src/styles/app.css';

const css = document.createElement('style');
document.head.append(css);
css.sheet.insertRule('.story-editor .body > * { content-visibility: auto; contain-intrinsic-size: auto 3.5em; }');
css.sheet.insertRule('.ProseMirror { white-space: pre-wrap; max-width: 42rem; margin: 0 auto; }');

function articleOf(sample, paragraphs) {
  const article = parseWireStory(sample);
  const blocks = [];
  for (let i = 0; blocks.length < paragraphs; i++) {
    const b = article.blocks[i % article.blocks.length];
    blocks.push({ ...b, text: b.text + ' (' + i + ')', marks: [] });
  }
  return { ...article, blocks };
}

window.mountStory = (sample, paragraphs) => {
  const start = performance.now();
  const state = createStoryState(articleOf(sample, paragraphs));
  const view = createStoryView(document.getElementById('host'), { state, label: 'bench', onState: () => {} });
  window.view = view;
  return start;
};

window.mountBare = (sample, paragraphs) => {
  const article = articleOf(sample, paragraphs);
  const doc = schema.node('doc', null, [schema.node('heading', { level: 1 }, schema.text(article.headline)), ...article.blocks.map((b) => schema.node('paragraph', null, b.text ? schema.text(b.text) : null))]);
  window.view = new EditorView(document.getElementById('host'), { state: EditorState.create({ doc }) });
};

window.samples = [];
window.addEventListener('keydown', () => {
  const start = performance.now();
  requestAnimationFrame(() => setTimeout(() => window.samples.push(performance.now() - start), 0));
}, true);
`;

async function buildPage(dir: string): Promise<void> {
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
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

export async function run(): Promise<BenchFigure[]> {
  // Inside the repository so the page's bare imports resolve from its node_modules.
  const cache = join(APP_ROOT, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'copydesk-bench-editor-'));
  const sample = readFileSync(join(APP_ROOT, 'documents', 'kaztag-blinken-kazakhstan.txt'), 'utf8');
  await buildPage(dir);
  const root = join(dir, 'dist');
  const server = createServer((req, res) => {
    const path = join(root, decodeURIComponent((req.url ?? '/').split('?')[0] === '/' ? '/index.html' : (req.url ?? '/').split('?')[0]!));
    try {
      const body = readFileSync(path);
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  const browser = await chromium.launch(chromiumLaunchOptions());
  const figures: BenchFigure[] = [];
  try {
    const keystrokes = async (mount: 'mountStory' | 'mountBare', paragraphs: number): Promise<number> => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(url);
      await page.evaluate(
        ([m, s, n]) => (window as never as Record<string, (a: string, b: number) => void>)[m as string]!(s as string, n as number),
        [mount, sample, paragraphs] as const,
      );
      await page
        .locator('.ProseMirror p')
        .nth(Math.floor(paragraphs / 2))
        .click();
      for (let i = 0; i < 10; i++) await page.keyboard.press('a');
      await page.evaluate(() => ((window as never as { samples: number[] }).samples = []));
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press(i % 7 === 6 ? 'Space' : 'KeyA');
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
      }
      const samples = await page.evaluate(() => (window as never as { samples: number[] }).samples);
      await page.close();
      return stats(samples).p95;
    };
    for (const n of [1_000, 10_000]) {
      const story = await keystrokes('mountStory', n);
      const bare = await keystrokes('mountBare', n);
      figures.push({
        name: `editor: keystroke to next frame p95, ${n.toLocaleString('en')} paragraphs (baseline: bare ProseMirror)`,
        value: round(story),
        unit: 'ms',
        baseline: round(bare),
      });
      figures.push({
        name: `editor: keystroke p95 ratio story/bare, ${n.toLocaleString('en')} paragraphs`,
        value: round(story / bare),
        unit: 'x',
      });
    }
    const opens: number[] = [];
    for (let i = 0; i < 7; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(url);
      opens.push(
        await page.evaluate(async (s) => {
          const start = (window as never as { mountStory: (a: string, b: number) => number }).mountStory(s, 0);
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
          return performance.now() - start;
        }, sample),
      );
      await page.close();
    }
    figures.push({ name: 'editor: open the sample to an editable, painted view (median)', value: round(stats(opens).median), unit: 'ms' });
  } finally {
    await browser.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}
