/** End-to-end: a story long enough to be split into sections edits as one continuous body. */
import type { Page } from '@playwright/test';
import { test, expect, watchConsole } from './fixtures.ts';

const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';
const PARAGRAPHS = 150;

/** Puts a collapsed caret at the start (or end) of the `index`-th body paragraph. */
async function caretIn(page: Page, index: number, at: 'start' | 'end'): Promise<void> {
  await page.getByTestId('body').locator('p').nth(index).click();
  await page.evaluate(
    ([i, end]) => {
      const paragraph = document.querySelectorAll('[data-testid="body"] p')[i as number];
      const selection = window.getSelection();
      if (!paragraph || !selection) throw new Error('no paragraph');
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      range.collapse(!end);
      selection.removeAllRanges();
      selection.addRange(range);
    },
    [index, at === 'end'] as const,
  );
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
}

test('Backspace and Delete join paragraphs across the invisible section boundary, undoably', async ({ page, webApp }) => {
  const problems = watchConsole(page);
  await page.goto(webApp.url);
  await expect(page.getByTestId('headline')).toBeVisible();
  const story = ['Длинная история', ...Array.from({ length: PARAGRAPHS }, (_, i) => `Абзац ${i}.`)].join('\n\n');
  await page.locator('input[type=file]').setInputFiles({ name: 'long.txt', mimeType: 'text/plain', buffer: Buffer.from(story) });
  const paragraphs = page.getByTestId('body').locator('p');
  await expect(paragraphs).toHaveCount(PARAGRAPHS);
  // The body is sectioned: the boundary sits between paragraphs 99 and 100.
  expect(await page.getByTestId('body').locator('.section').count()).toBeGreaterThan(1);

  await caretIn(page, 100, 'start');
  await page.keyboard.press('Backspace');
  await expect(paragraphs).toHaveCount(PARAGRAPHS - 1);
  await expect(paragraphs.nth(99)).toHaveText('Абзац 99.Абзац 100.');
  await page.keyboard.type('!');
  await expect(paragraphs.nth(99)).toHaveText('Абзац 99.!Абзац 100.');
  await page.keyboard.press(`${MOD}+Z`);
  await page.keyboard.press(`${MOD}+Z`);
  await expect(paragraphs).toHaveCount(PARAGRAPHS);
  await expect(paragraphs.nth(100)).toHaveText('Абзац 100.');

  await caretIn(page, 99, 'end');
  await page.keyboard.press('Delete');
  await expect(paragraphs).toHaveCount(PARAGRAPHS - 1);
  await expect(paragraphs.nth(99)).toHaveText('Абзац 99.Абзац 100.');
  expect(problems).toEqual([]);
});
