/** End-to-end: the registry window (web mode, Chromium) — list, search, edit, merge, delete, import and export. */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { WebApp } from '../support/web-app.ts';
import { test, expect } from './fixtures.ts';

const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

async function call(page: Page, app: WebApp, name: string, data: unknown): Promise<{ ok: boolean; value?: unknown }> {
  const response = await page.request.post(`${app.origin}/api/${name}`, {
    headers: { 'x-copydesk-token': app.token, origin: app.origin },
    data,
  });
  return (await response.json()) as { ok: boolean; value?: unknown };
}

const rows = (page: Page) => page.getByTestId('registry-entry');
const row = (page: Page, id: string) => page.locator(`[data-testid="registry-entry"][data-id="${id}"]`);

test('the registry window: search, edit names and aliases, merge, delete, export and import', async ({ page, webApp }) => {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text()) && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(webApp.url);
  await expect(page.getByTestId('body').locator('p').first()).toBeVisible();
  for (const name of ['Энтони Блинкен', 'Мухтар Тлеуберди', 'Мухтар Тлеуберды'])
    expect((await call(page, webApp, 'tags.confirm', { type: 'person', name })).ok).toBe(true);
  expect((await call(page, webApp, 'tags.confirm', { type: 'country', code: 'KZ' })).ok).toBe(true);

  await page.keyboard.press(`${MOD}+Shift+G`);
  const dialog = page.getByTestId('registry-dialog');
  await expect(dialog).toBeVisible();
  await expect(rows(page)).toHaveCount(4);
  const axe = await new AxeBuilder({ page }).include('[data-testid="registry-dialog"]').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  await page.getByTestId('registry-search').fill('тлеу');
  await expect(rows(page)).toHaveCount(2);

  // Merge the misspelling into the right name: one entry left, the old name kept as an alias.
  const wrong = row(page, 'person:мухтар-тлеуберды');
  await wrong.getByTestId('registry-merge-target').selectOption({ label: 'Мухтар Тлеуберди' });
  await wrong.getByTestId('registry-merge').click();
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).getByTestId('registry-aliases')).toHaveValue(/Мухтар Тлеуберды/);

  // Edit the canonical name and aliases.
  await rows(page).getByTestId('registry-name').fill('Мухтар Тилеуберди');
  await rows(page).getByTestId('registry-aliases').fill('Mukhtar Tileuberdi');
  await rows(page).getByTestId('registry-save').click();
  await expect(rows(page).getByTestId('registry-name')).toHaveValue('Мухтар Тилеуберди');
  const onDisk = () =>
    JSON.parse(readFileSync(`${webApp.documentsDir}/copydesk-registry.json`, 'utf8')) as {
      entries: { name: string; aliases?: string[] }[];
    };
  await expect.poll(() => onDisk().entries.find((e) => e.name === 'Мухтар Тилеуберди')?.aliases ?? []).toContain('Mukhtar Tileuberdi');

  // Export downloads the registry as JSON.
  await page.getByTestId('registry-search').fill('');
  await expect(rows(page)).toHaveCount(3);
  const downloading = page.waitForEvent('download');
  await page.getByTestId('registry-export').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('copydesk-registry.json');
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as { entries: { name: string }[] };
  expect(exported.entries.map((e) => e.name).sort()).toEqual(['Казахстан', 'Мухтар Тилеуберди', 'Энтони Блинкен'].sort());

  // Delete, then import the export back: the entry returns.
  await row(page, 'person:энтони-блинкен').getByTestId('registry-delete').click();
  await expect(rows(page)).toHaveCount(2);
  await page.getByTestId('registry-file').setInputFiles(await download.path());
  await expect(page.getByTestId('registry-notice')).toContainText('1');
  await expect(rows(page)).toHaveCount(3);

  // A file that is not a registry: one line, nothing changed.
  await page
    .getByTestId('registry-file')
    .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
  await expect(page.getByTestId('registry-error')).toHaveText(/not a valid registry/);
  await expect(rows(page)).toHaveCount(3);

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect(problems).toEqual([]);
});
