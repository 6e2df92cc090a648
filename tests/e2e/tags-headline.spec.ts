/**
 * End-to-end: people and countries tagged in the headline (web mode, Chromium). A headline
 * suggestion is accepted, a headline word is tagged by selection, the panel counts both, the
 * marks survive saving as native and reloading, and the library and reader show them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, watchConsole } from './fixtures.ts';

const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

const HEADLINE = 'Блинкен прибыл в Казахстан';
const STORY = [
  HEADLINE,
  'Астана. 28 февраля. КазТАГ – Государственный секретарь США Энтони Блинкен прибыл с официальным визитом.',
  'Переговоры продлятся два дня.',
].join('\n\n');

const headline = (page: Page) => page.getByTestId('headline');
const entityRow = (page: Page, id: string) => page.locator(`[data-testid="tags-entity"][data-entity="${id}"]`);

/** Selects `needle` inside the headline with a real DOM selection, which ProseMirror reads. */
async function selectInHeadline(page: Page, needle: string): Promise<void> {
  await page.locator('.story-editor').focus();
  await page.evaluate((text) => {
    const h1 = document.querySelector('[data-testid="headline"]');
    const walker = document.createTreeWalker(h1!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(text) ?? -1;
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      return;
    }
    throw new Error(`"${text}" is not in one text node of the headline`);
  }, needle);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
}

test('a headline suggestion accepted and a headline word tagged by selection are counted, saved, reopened and faceted', async ({
  page,
  webApp,
}) => {
  const problems = watchConsole(page);
  await page.goto(webApp.url);
  await expect(headline(page)).toBeVisible();
  await page
    .locator('input[type=file]')
    .first()
    .setInputFiles({ name: 'visit.txt', mimeType: 'text/plain', buffer: Buffer.from(STORY) });
  await expect(headline(page)).toHaveText(HEADLINE);

  // The surname in the headline is suggested as the person the body names in full.
  const suggested = headline(page).locator('.tag-suggestion', { hasText: /^Блинкен$/u });
  await expect(suggested).toHaveCount(1, { timeout: 20_000 });
  const personId = await suggested.getAttribute('data-suggestion');
  expect(personId).toMatch(/^person:/u);

  // Accept it with the keyboard: caret inside, Alt+Enter.
  await suggested.click();
  await expect(page.locator('.story-editor')).toBeFocused();
  await page.keyboard.press('Alt+Enter');
  const tagged = headline(page).locator('span.entity', { hasText: /^Блинкен$/u });
  await expect(tagged).toHaveAttribute('data-entity', personId!);
  const person = entityRow(page, personId!);
  await expect(person.getByTestId('tags-entity-name')).toHaveText('Энтони Блинкен');
  await expect(person.getByTestId('tags-entity-count')).toHaveText('1');

  // Tag the country in the headline by selection, from the keyboard.
  await selectInHeadline(page, 'Казахстан');
  await page.keyboard.press(`${MOD}+Shift+C`);
  const option = page.getByTestId('tag-picker-option').filter({ hasText: 'KZ' }).first();
  await expect(option).toBeVisible();
  await option.click();
  await expect(page.getByTestId('tag-picker')).toHaveCount(0);
  await expect(entityRow(page, 'country:KZ').getByTestId('tags-entity-count')).toHaveText('1');
  await expect(headline(page).locator('span.entity[data-entity="country:KZ"]')).toHaveText('Казахстан');

  // Clicking the person in the panel highlights its mention in the headline.
  await person.getByTestId('tags-entity-name').click();
  await expect(headline(page).locator('.tag-highlight')).toHaveText('Блинкен');

  // Save as native: the headline marks are in the file, at the right offsets.
  await page.keyboard.press(`${MOD}+Shift+S`);
  await page.getByTestId('prompt-input').fill('visit.copydesk.json');
  await page.getByTestId('prompt-ok').click();
  await expect(page.getByTestId('dirty-marker')).toHaveCount(0);
  const saved = JSON.parse(readFileSync(join(webApp.documentsDir, 'visit.copydesk.json'), 'utf8')) as {
    article: { headline: string; headlineMarks?: { start: number; end: number; entityId: string }[]; entities: { id: string }[] };
  };
  const marks = (saved.article.headlineMarks ?? []).map((m) => [saved.article.headline.slice(m.start, m.end), m.entityId]);
  expect(marks).toEqual([
    ['Блинкен', personId],
    ['Казахстан', 'country:KZ'],
  ]);
  expect(saved.article.entities.map((e) => e.id).sort()).toEqual([personId, 'country:KZ'].sort());

  // Reopen: the marks and the panel are intact.
  await page.reload();
  await expect(page.getByTestId('document-name')).toHaveText('visit.copydesk.json');
  await expect(headline(page).locator('span.entity')).toHaveText(['Блинкен', 'Казахстан']);
  await expect(entityRow(page, personId!).getByTestId('tags-entity-count')).toHaveText('1');
  await expect(entityRow(page, 'country:KZ').getByTestId('tags-entity-count')).toHaveText('1');

  // The library's facets and the reader know the person the body never tagged.
  await page.getByRole('button', { name: /^(Library|Библиотека)$/u }).click();
  const item = page.locator('[data-testid="library-item"][data-path="visit.copydesk.json"]');
  await expect(item.getByTestId('library-item-person')).toHaveText(['Энтони Блинкен'], { timeout: 10_000 });
  await expect(page.getByTestId('facet-people').getByLabel(/Энтони Блинкен/u)).toHaveCount(1);
  await item.getByTestId('library-item-headline').click();
  await expect(page.getByTestId('reader-headline').getByTestId('reader-mention')).toHaveText(['Блинкен', 'Казахстан']);
  expect(problems).toEqual([]);
});
