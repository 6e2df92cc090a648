/**
 * The persistence components mounted on their own in Chromium: a small harness page built
 * with the app's Vite config (so the same CSP meta tag applies), served on 127.0.0.1 through
 * request interception. Checks what the user does with them: restore / discard / decide
 * later, choose a version and restore it, keep / load / compare, and that Escape closes,
 * focus lands inside, and axe finds no serious or critical violations.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { JournalEntry, VersionInfo } from '../../core/api/documents.ts';
import type { Article, Block } from '../../core/article/model.ts';
import { emptyArticle } from '../../core/article/model.ts';
import { REPO_ROOT } from '../support/web-app.ts';
import { test, expect } from './fixtures.ts';

const ORIGIN = 'http://127.0.0.1:9';
let outDir = '';

const HARNESS = (root: string) => {
  const component = (name: string) => JSON.stringify(relative(root, join(REPO_ROOT, 'renderer/src/features/persistence', name)));
  return `
import { mount } from 'svelte';
import ${'RecoveryPrompt'} from ${component('RecoveryPrompt.svelte')};
import VersionHistoryPanel from ${component('VersionHistoryPanel.svelte')};
import ExternalChangePrompt from ${component('ExternalChangePrompt.svelte')};
import SaveErrorNotice from ${component('SaveErrorNotice.svelte')};
import ${JSON.stringify(relative(root, join(REPO_ROOT, 'renderer/src/styles/app.css')))};

const data = window.__harness;
const calls = (window.__calls = []);
const record = (name) => () => calls.push([name, null]);
const target = document.getElementById('app');
const api = {
  'documents.versions': async () => data.versions,
  'documents.version': async ({ id }) => ({ name: 'story', article: data.articles[id] }),
};
const props = {
  recovery: () => [RecoveryPrompt, { entries: data.entries, onrestore: (e) => calls.push(['restore', e.key]), ondiscard: (e) => calls.push(['discard', e.key]), onclose: record('close') }],
  history: () => [VersionHistoryPanel, { api, path: '/docs/story.copydesk.json', current: data.current, onrestore: (a, v) => calls.push(['restore', v.id, a.headline]), onclose: record('close') }],
  external: () => [ExternalChangePrompt, { name: 'story.copydesk.json', mine: data.current, theirs: data.theirs, onkeep: record('keep'), onload: record('load'), onclose: record('close') }],
  error: () => [SaveErrorNotice, { message: data.message, onretry: record('retry'), onsaveas: record('saveas'), ondismiss: record('dismiss') }],
};
const opener = document.createElement('button');
opener.textContent = 'opener';
document.body.prepend(opener);
opener.focus();
const [Component, componentProps] = props[location.hash.slice(1)]();
mount(Component, { target, props: componentProps });
`;
};

test.beforeAll(async () => {
  test.setTimeout(120_000);
  // Inside node_modules/.cache so the harness resolves the app's packages (svelte, fonts) like the app does.
  const cache = join(REPO_ROOT, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const root = mkdtempSync(join(cache, 'copydesk-persist-harness-'));
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>harness</title></head><body><main id="app"></main><script type="module" src="./harness.js"></script></body></html>',
  );
  writeFileSync(join(root, 'harness.js'), HARNESS(root));
  const { build } = await import('vite');
  outDir = join(root, 'dist');
  await build({ root, configFile: join(REPO_ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
});

test.afterAll(() => {
  if (outDir) rmSync(join(outDir, '..'), { recursive: true, force: true });
});

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

async function openHarness(page: Page, which: string, data: unknown): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    const file = join(outDir, path === '/' ? 'index.html' : path);
    try {
      await route.fulfill({ body: readFileSync(file), contentType: TYPES[extname(file)] ?? 'application/octet-stream' });
    } catch {
      await route.fulfill({ status: 404, body: '' });
    }
  });
  await page.addInitScript((value) => Object.assign(window, { __harness: value }), data);
  await page.goto(`${ORIGIN}/#${which}`);
  // The app's CSP came with the Vite config, so a violation would show up here.
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    /script-src 'self'; style-src 'self'/,
  );
  return violations;
}

const calls = (page: Page) => page.evaluate(() => (window as unknown as { __calls: unknown[] }).__calls);

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

const p = (text: string): Block => ({ type: 'paragraph', text, marks: [] });
const article = (headline: string, ...texts: string[]): Article => ({ ...emptyArticle('ru'), headline, blocks: texts.map(p) });

test('RecoveryPrompt lists each journalled document; restore, discard and decide later call back; Escape closes', async ({ page }) => {
  const entries: JournalEntry[] = [
    {
      key: 'k1',
      path: '/docs/blinken.copydesk.json',
      name: 'blinken.copydesk.json',
      savedAt: '2024-03-01T10:00:00.000Z',
      article: article('Блинкен'),
    },
    { key: 'k2', name: 'untitled', savedAt: '2024-03-01T09:00:00.000Z', article: article('Новый') },
  ];
  const csp = await openHarness(page, 'recovery', { entries });
  const dialog = page.getByRole('dialog', { name: 'Recover unsaved changes' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('recovery-entry')).toHaveCount(2);
  await expect(dialog.getByTestId('recovery-entry').first()).toContainText('/docs/blinken.copydesk.json');
  // Focus moved into the dialog, onto the first entry's Restore.
  await expect(dialog.getByRole('button', { name: 'Restore' }).first()).toBeFocused();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Restore' }).first().click();
  await dialog.getByRole('button', { name: 'Discard' }).nth(1).click();
  await dialog.getByRole('button', { name: 'Decide later' }).click();
  await page.keyboard.press('Escape');
  expect(await calls(page)).toEqual([
    ['restore', 'k1'],
    ['discard', 'k2'],
    ['close', null],
    ['close', null],
  ]);
  expect(csp).toEqual([]);
});

test('VersionHistoryPanel shows versions with size change, the diff of the chosen one, and restores it', async ({ page }) => {
  const current = article('Блинкен прибыл в Астану', 'Он встретится с президентом Республики Казахстан.', 'Визит продлится два дня.');
  const older = article('Блинкен прибыл в Астану', 'Он встретится с президентом Казахстана.', 'Визит продлится два дня.');
  const versions: VersionInfo[] = [
    { id: 'v2', savedAt: '2024-03-01T10:05:00.000Z', size: 96, sizeDelta: 10 },
    { id: 'v1', savedAt: '2024-03-01T10:00:00.000Z', size: 86, sizeDelta: -4 },
  ];
  const csp = await openHarness(page, 'history', { current, versions, articles: { v1: older, v2: current } });
  const dialog = page.getByRole('dialog', { name: 'Version history' });
  const items = dialog.getByTestId('version-item');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText('+10');
  await expect(items.nth(1)).toContainText('\u22124');
  await items.nth(0).focus();
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(items.nth(1)).toHaveAttribute('aria-pressed', 'true');
  const diff = dialog.getByTestId('diff-view');
  await expect(diff.locator('del')).toHaveText(['Казахстана']);
  await expect(diff.locator('ins')).toHaveText(['Республики Казахстан']);
  await expectAccessible(page);
  await dialog.getByTestId('version-restore').click();
  await page.keyboard.press('Escape');
  expect(await calls(page)).toEqual([
    ['restore', 'v1', 'Блинкен прибыл в Астану'],
    ['close', null],
  ]);
  expect(csp).toEqual([]);
});

test('ExternalChangePrompt offers keep mine / load theirs and compares the two on request', async ({ page }) => {
  const current = article('Заголовок', 'Мой абзац.');
  const theirs = article('Заголовок', 'Их абзац, совсем другой.');
  const csp = await openHarness(page, 'external', { current, theirs });
  const dialog = page.getByRole('dialog', { name: 'Changed by another program' });
  await expect(dialog).toContainText('story.copydesk.json was changed on disk');
  await expect(dialog.getByTestId('diff-view')).toHaveCount(0);
  await dialog.getByTestId('external-compare').click();
  await expect(dialog.getByTestId('external-compare')).toHaveAttribute('aria-expanded', 'true');
  await expect(dialog.getByTestId('diff-view').locator('del')).toContainText(['Их абзац, совсем другой.']);
  await expect(dialog.getByTestId('diff-view').locator('ins')).toContainText(['Мой абзац.']);
  await expectAccessible(page);
  await dialog.getByTestId('external-keep').click();
  await dialog.getByTestId('external-load').click();
  await page.keyboard.press('Escape');
  expect(await calls(page)).toEqual([
    ['keep', null],
    ['load', null],
    ['close', null],
  ]);
  expect(csp).toEqual([]);
});

test('ExternalChangePrompt for a deleted file offers only keeping the text', async ({ page }) => {
  await openHarness(page, 'external', { current: article('Заголовок', 'Текст.'), theirs: null });
  const dialog = page.getByRole('dialog', { name: 'File deleted or moved' });
  await expect(dialog.getByRole('button')).toHaveText(['Keep mine']);
});

test('SaveErrorNotice names the cause and offers retry, save as and dismiss', async ({ page }) => {
  await openHarness(page, 'error', { message: 'story.copydesk.json: cannot save: the disk is full' });
  const notice = page.getByRole('alert');
  await expect(notice.getByTestId('save-error-message')).toHaveText('story.copydesk.json: cannot save: the disk is full');
  await expectAccessible(page);
  for (const name of ['Try again', 'Save as…', 'Dismiss']) await notice.getByRole('button', { name }).click();
  expect(await calls(page)).toEqual([
    ['retry', null],
    ['saveas', null],
    ['dismiss', null],
  ]);
});
