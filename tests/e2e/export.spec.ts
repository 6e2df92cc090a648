/** End-to-end: the exported HTML is inert in a real browser, and the export UI works in web mode. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConsoleMessage, Page } from '@playwright/test';
import type { Article } from '../../core/article/model.ts';
import { renderArticleHtml } from '../../core/export/html.ts';
import { test, expect } from './fixtures.ts';
import { REPO_ROOT } from '../support/web-app.ts';

const gold = JSON.parse(readFileSync(join(REPO_ROOT, 'tests/fixtures/kaztag-blinken-kazakhstan.gold.json'), 'utf8')) as {
  structure: { headline: string };
};
const PAYLOAD = '</script><script>window.pwned=1</script><img src=x onerror=window.pwned=1>';

/** Collects console errors (CSP violations show up there). */
function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test('an exported article with script payloads runs nothing in Chromium with JavaScript on', async ({ page }) => {
  const article: Article = {
    headline: `Атака ${PAYLOAD}`,
    dateline: { text: `Астана. ${PAYLOAD}`, place: 'Астана', date: PAYLOAD },
    blocks: [
      { type: 'paragraph', text: `Текст ${PAYLOAD}`, marks: [{ type: 'link', start: 0, end: 5, href: 'javascript:window.pwned=1' }] },
      { type: 'blockquote', text: PAYLOAD, marks: [], attribution: PAYLOAD },
    ],
    entities: [],
    meta: { language: 'ru', status: 'draft', keywords: [PAYLOAD], byline: PAYLOAD },
  };
  const html = renderArticleHtml(article);
  await page.route('http://127.0.0.1:9/export.html', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  const errors = consoleErrors(page);
  await page.goto('http://127.0.0.1:9/export.html');
  await expect(page.locator('h1')).toHaveText(article.headline);
  await expect(page.locator('.body p').first()).toHaveText(`Текст ${PAYLOAD}`);
  expect(await page.evaluate(() => (window as { pwned?: unknown }).pwned)).toBeUndefined();
  expect(await page.locator('img, body script').count()).toBe(0);
  expect(await page.locator('a').count()).toBe(0);
  // The embedded stylesheet applied: its CSP hash is right, so nothing was blocked.
  expect(await page.locator('article').evaluate((el) => getComputedStyle(el).maxWidth)).not.toBe('none');
  expect(errors).toEqual([]);
});

test('File → Export… writes, refuses to overwrite silently, repeats with Ctrl+E, downloads, remembers and prints', async ({
  page,
  webApp,
}) => {
  const errors = consoleErrors(page);
  await page.goto(webApp.url);
  const exportButton = page.getByRole('button', { name: 'Export…' });
  // The toolbar's Export… works without a document too (folder export); this test exports the open sample.
  await expect(page.getByTestId('document-name')).toHaveText(/kaztag-blinken-kazakhstan/u, { timeout: 15_000 });
  const outDir = join(webApp.documentsDir, 'exports');
  const target = join(outDir, 'kaztag-blinken-kazakhstan.html');

  await exportButton.click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Format').selectOption('html');
  await dialog.getByRole('textbox', { name: 'Folder', exact: true }).fill(outDir);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByTestId('export-status')).toHaveText(`Exported to ${target}`);
  await expect(dialog).toBeHidden();
  const html = readFileSync(target, 'utf8');
  expect(html).toMatch(/^<!doctype html>/);
  expect(html).toContain(`<h1>${gold.structure.headline}</h1>`);

  // Ctrl+E repeats the last export; the file exists now, so the user is asked.
  await page.locator('body').press('Control+e');
  await expect(page.getByTestId('export-conflict')).toContainText(`${target}: already exists`);
  await page.getByRole('button', { name: 'Keep both' }).click();
  await expect(page.getByTestId('export-status')).toHaveText(`Exported to ${join(outDir, 'kaztag-blinken-kazakhstan-2.html')}`);
  expect(readFileSync(target, 'utf8')).toBe(html);

  // A browser download of the Markdown export.
  await exportButton.click();
  await dialog.getByLabel('Format').selectOption('md');
  await dialog.getByRole('radio', { name: 'Download' }).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('kaztag-blinken-kazakhstan.md');
  const saved = readFileSync((await download.path()) as string, 'utf8');
  expect(saved.startsWith(`# ${gold.structure.headline}\n`)).toBe(true);

  // The choices are remembered across a reload.
  await page.reload();
  // The toolbar's Export… works without a document too (folder export); this test exports the open sample.
  await expect(page.getByTestId('document-name')).toHaveText(/kaztag-blinken-kazakhstan/u, { timeout: 15_000 });
  await exportButton.click();
  await expect(dialog.getByLabel('Format')).toHaveValue('md');
  await expect(dialog.getByRole('radio', { name: 'Download' })).toBeChecked();

  // PDF in web mode: the HTML export opens in a print window, styled, with nothing run.
  await dialog.getByLabel('Format').selectOption('pdf');
  const popupPromise = page.waitForEvent('popup');
  await dialog.getByRole('button', { name: 'Print / PDF' }).click();
  const popup = await popupPromise;
  await expect(popup.locator('article h1')).toHaveText(gold.structure.headline);
  expect(await popup.locator('article').evaluate((el) => getComputedStyle(el).maxWidth)).not.toBe('none');
  expect(await popup.locator('script').count()).toBe(0);
  await popup.close();
  expect(existsSync(join(outDir, 'kaztag-blinken-kazakhstan.pdf'))).toBe(false);
  expect(errors).toEqual([]);
});
