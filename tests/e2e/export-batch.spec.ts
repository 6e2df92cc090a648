/** End-to-end (web mode): batch export of a folder and of a library selection, with progress and failures; destination checks. */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { ConsoleMessage, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { REPO_ROOT } from '../support/web-app.ts';

const SAMPLE = join(REPO_ROOT, 'documents', 'kaztag-blinken-kazakhstan.txt');
/** Enough articles that the export takes several progress polls. */
const COPIES = 150;

/** Temporary folders of the running test, removed after it. */
const temporary: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}
test.afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Collects console errors (CSP violations show up there). */
function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Records every progress value the page shows, so a test can tell progress was live. */
async function recordProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { progressSeen: number[] }).progressSeen = seen;
    new MutationObserver(() => {
      const bar = document.querySelector('[data-testid="export-progress"]');
      if (bar) seen.push(Number(bar.getAttribute('data-done')));
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-done'] });
  });
}

/** Fails on serious or critical accessibility violations of what the page shows now. */
async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

function h1(html: string): string {
  const text = /<h1>([\s\S]*?)<\/h1>/u.exec(html)?.[1] ?? '';
  return text
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&#39;/gu, "'")
    .replace(/&amp;/gu, '&');
}

test('exports every article of a folder with one corrupt file: live progress, the others written, the failure named; asks once about existing files', async ({
  page,
  webApp,
}) => {
  const errors = consoleErrors(page);
  const source = tempDir('copydesk-batch-src-');
  for (let i = 0; i < COPIES; i++) copyFileSync(SAMPLE, join(source, `story-${String(i).padStart(3, '0')}.txt`));
  writeFileSync(join(source, 'broken.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  const out = join(webApp.documentsDir, 'batch-out');

  await page.goto(webApp.url);
  await expect(page.getByTestId('document-name')).toHaveText(/kaztag-blinken-kazakhstan/u, { timeout: 15_000 });
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByRole('radio', { name: 'Every article of a folder' }).check();
  await dialog.getByRole('textbox', { name: 'Folder to export' }).fill(source);
  await dialog.getByLabel('Format').selectOption('html');
  await dialog.getByRole('textbox', { name: 'Folder', exact: true }).fill(out);
  await expect(dialog.getByTestId('dir-note')).toHaveText('This folder does not exist yet: the export creates it.');
  await recordProgress(page);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();

  const summary = dialog.getByTestId('export-batch-summary');
  await expect(summary).toContainText(`Exported: ${COPIES} · Failed: 1`, { timeout: 60_000 });
  const seen = await page.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen);
  expect(
    seen.some((done) => done > 0 && done < COPIES + 1),
    `progress values seen: ${seen.join(',')}`,
  ).toBe(true);
  await expect(dialog.getByTestId('export-batch-failures').locator('li')).toHaveCount(1);
  await expectAccessible(page);
  await expect(dialog.getByTestId('export-batch-failures').locator('li')).toHaveText(new RegExp(`^${source}/broken\\.txt: \\S`, 'u'));
  const written = readdirSync(out).sort();
  expect(written).toHaveLength(COPIES);
  expect(written[0]).toBe('story-000.html');
  expect(readFileSync(join(out, 'story-000.html'), 'utf8')).toMatch(/^<!doctype html>/u);
  writeFileSync(join(out, 'story-000.html'), 'precious');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  // The same batch again: every file exists, and the user is asked once for all of them.
  await page.getByRole('button', { name: 'Export…' }).click();
  await dialog.getByRole('radio', { name: 'Every article of a folder' }).check();
  await dialog.getByRole('textbox', { name: 'Folder to export' }).fill(source);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const question = dialog.getByTestId('export-batch-existing');
  await expect(question).toContainText(`${COPIES} export files already exist`, { timeout: 60_000 });
  expect(readFileSync(join(out, 'story-000.html'), 'utf8')).toBe('precious');
  await question.getByRole('button', { name: 'Skip existing' }).click();
  await expect(summary).toContainText(`Exported: 0 · Failed: 1 · Skipped (exist): ${COPIES}`);
  expect(readdirSync(out)).toHaveLength(COPIES);
  expect(readFileSync(join(out, 'story-000.html'), 'utf8')).toBe('precious');
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Once more, keeping both: numbered copies next to the originals, nothing replaced.
  await page.getByRole('button', { name: 'Export…' }).click();
  await dialog.getByRole('radio', { name: 'Every article of a folder' }).check();
  await dialog.getByRole('textbox', { name: 'Folder to export' }).fill(source);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await question.getByRole('button', { name: 'Keep both' }).click();
  await expect(summary).toContainText(`Exported: ${COPIES} · Failed: 1`, { timeout: 60_000 });
  expect(readdirSync(out)).toHaveLength(2 * COPIES);
  expect(existsSync(join(out, 'story-000-2.html'))).toBe(true);
  expect(readFileSync(join(out, 'story-000.html'), 'utf8')).toBe('precious');
  expect(errors).toEqual([]);
});

test('library: select with a click and Shift+click, export the selection; Ctrl+A selects every listed article', async ({
  page,
  webApp,
}) => {
  const errors = consoleErrors(page);
  await page.goto(webApp.url);
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  const items = page.getByTestId('library-item');
  await expect(items.first()).toBeVisible({ timeout: 15_000 });
  const listed = await items.count();
  expect(listed).toBeGreaterThanOrEqual(4);
  const boxes = page.getByTestId('library-item-select');

  await boxes.nth(0).click();
  await boxes.nth(2).click({ modifiers: ['Shift'] });
  await expect(boxes.nth(1)).toBeChecked();
  await expect(boxes.nth(3)).not.toBeChecked();
  const bar = page.getByTestId('library-selection');
  await expect(bar).toContainText('3 selected');
  await expectAccessible(page);
  const headlines = await items.evaluateAll((nodes) =>
    nodes.slice(0, 3).map((n) => n.querySelector('[data-testid="library-item-headline"]')?.textContent?.trim() ?? ''),
  );

  // Outside the library folder, so the exports do not join the list while the test clicks it.
  const out = join(tempDir('copydesk-selection-'), 'out');
  await bar.getByRole('button', { name: 'Export selected…' }).click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog.getByRole('radio', { name: 'The articles selected in the library' })).toBeChecked();
  await expect(dialog.getByTestId('export-selection')).toHaveText('3 articles selected');
  await dialog.getByLabel('Format').selectOption('html');
  await dialog.getByRole('textbox', { name: 'Folder', exact: true }).fill(out);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByTestId('export-batch-summary')).toContainText('Exported: 3 · Failed: 0', { timeout: 30_000 });
  await expectAccessible(page);
  const exported = readdirSync(out).map((name) => h1(readFileSync(join(out, name), 'utf8')));
  expect(exported.sort()).toEqual([...headlines].sort());
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Shift+click on a selected box clears the run from the last click.
  await boxes.nth(0).click({ modifiers: ['Shift'] });
  await expect(bar).toBeHidden();
  await boxes.nth(1).focus();
  await page.keyboard.press('Control+a');
  await expect(bar).toContainText(`${await items.count()} selected`);
  await bar.getByRole('button', { name: 'Clear selection' }).click();
  await expect(bar).toBeHidden();
  await expect(boxes.nth(1)).not.toBeChecked();
  expect(errors).toEqual([]);
});

test('the destination is checked by the backend: a file, a path below a file and an unwritable folder get one line; web mode has no picker', async ({
  page,
  webApp,
}) => {
  const errors = consoleErrors(page);
  mkdirSync(join(webApp.documentsDir, 'taken'));
  writeFileSync(join(webApp.documentsDir, 'taken', 'file.txt'), 'x');
  await page.goto(webApp.url);
  await expect(page.getByTestId('document-name')).toHaveText(/kaztag-blinken-kazakhstan/u, { timeout: 15_000 });
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByTestId('export-dialog');
  const folder = dialog.getByRole('textbox', { name: 'Folder', exact: true });
  const note = dialog.getByTestId('dir-note');
  await expect(dialog.getByRole('button', { name: 'Choose…' })).toHaveCount(0);
  await dialog.getByRole('radio', { name: 'Save to a folder' }).check();

  await folder.fill('taken/file.txt');
  await expect(note).toHaveText('taken/file.txt: not a folder');
  await expect(folder).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
  await folder.fill('taken/file.txt/deeper');
  await expect(note).toHaveText(/^taken\/file\.txt\/deeper: not a folder/u);
  await folder.fill('/proc');
  await expect(note).toHaveText(/^\/proc: cannot write there \(.+\)$/u);
  await folder.fill('taken');
  await expect(note).toHaveText('');
  await expect(folder).toHaveAttribute('aria-invalid', 'false');

  // Exporting anyway to a file path: the backend refuses with the same line; nothing is written.
  await folder.fill('taken/file.txt');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText('taken/file.txt: not a folder');
  expect(readFileSync(join(webApp.documentsDir, 'taken', 'file.txt'), 'utf8')).toBe('x');
  expect(errors).toEqual([]);
});

test('Cancel stops a running batch: what was written stays, the rest is reported as not exported', async ({ page, webApp }) => {
  const errors = consoleErrors(page);
  const source = tempDir('copydesk-batch-cancel-');
  for (let i = 0; i < 800; i++) copyFileSync(SAMPLE, join(source, `story-${String(i).padStart(3, '0')}.txt`));
  const out = join(tempDir('copydesk-batch-cancel-out-'), 'out');
  await page.goto(webApp.url);
  await expect(page.getByTestId('document-name')).toHaveText(/kaztag-blinken-kazakhstan/u, { timeout: 15_000 });
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByRole('radio', { name: 'Every article of a folder' }).check();
  await dialog.getByRole('textbox', { name: 'Folder to export' }).fill(source);
  await dialog.getByLabel('Format').selectOption('ninjs');
  await dialog.getByRole('textbox', { name: 'Folder', exact: true }).fill(out);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByTestId('export-progress')).toBeVisible();
  // Escape does not hide a running batch.
  await page.keyboard.press('Escape');
  await expect(dialog.getByTestId('export-progress')).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  const summary = dialog.getByTestId('export-batch-summary');
  await expect(summary).toContainText('Not exported (cancelled): ', { timeout: 30_000 });
  const text = (await summary.textContent()) ?? '';
  const exported = Number(/Exported: (\d+)/u.exec(text)?.[1]);
  const notReached = Number(/Not exported \(cancelled\): (\d+)/u.exec(text)?.[1]);
  expect(exported + notReached).toBe(800);
  expect(notReached).toBeGreaterThan(0);
  expect(existsSync(out) ? readdirSync(out).length : 0).toBe(exported);
  expect(errors).toEqual([]);
});
