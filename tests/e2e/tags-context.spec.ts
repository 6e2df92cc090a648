/** End-to-end: a surname-only repeat in one paragraph is suggested as the person named in full in another, and stops being so when that name goes. */
import type { Page } from '@playwright/test';
import { test, expect, watchConsole } from './fixtures.ts';

const STORY = [
  'Визит министра',
  'Министр иностранных дел Ержан Нурланов прибыл в Бишкек во вторник.',
  'Переговоры заняли три часа.',
  'Нурланова встретили в аэропорту представители МИД.',
].join('\n\n');

const suggestion = (page: Page, text: string | RegExp) => page.getByTestId('body').locator('.tag-suggestion', { hasText: text });

test('a surname in a later paragraph links to the full name in an earlier one', async ({ page, webApp }) => {
  const problems = watchConsole(page);
  await page.goto(webApp.url);
  await expect(page.getByTestId('headline')).toBeVisible();
  await page.locator('input[type=file]').setInputFiles({ name: 'visit.txt', mimeType: 'text/plain', buffer: Buffer.from(STORY) });
  await expect(page.getByTestId('headline')).toHaveText('Визит министра');

  const full = suggestion(page, 'Ержан Нурланов');
  const repeat = suggestion(page, /^Нурланова$/u);
  await expect(full).toHaveCount(1, { timeout: 20_000 });
  await expect(repeat).toHaveCount(1);
  const person = await full.getAttribute('data-suggestion');
  expect(person).toBeTruthy();
  await expect(repeat).toHaveAttribute('data-suggestion', person!);

  // Without the full name in the article, the lone surname is no longer anyone's.
  await page.locator('.story-editor').focus();
  await page.evaluate(() => {
    const paragraph = document.querySelector('[data-testid="body"] p');
    if (!paragraph) throw new Error('no paragraph');
    const range = document.createRange();
    range.selectNodeContents(paragraph);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
  });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  await page.keyboard.type('Министр прибыл в Бишкек во вторник.');
  await expect(full).toHaveCount(0, { timeout: 10_000 });
  await expect(repeat).toHaveCount(0, { timeout: 10_000 });
  expect(problems).toEqual([]);
});
