/** End-to-end: the library over the sample documents in web mode, in Chromium. */
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { REPO_ROOT } from '../support/web-app.ts';

/** The sample library's articles: every document of documents/ but its SOURCES.md note. */
const SAMPLE_ARTICLES = readdirSync(join(REPO_ROOT, 'documents')).filter((name) => name !== 'SOURCES.md' && !name.startsWith('.'));

/** Opens the app and switches to the library; fails the test on any CSP violation. */
async function openLibrary(page: Page, url: string): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/iu.test(message.text())) violations.push(message.text());
  });
  await page.goto(url);
  await page.getByRole('button', { name: /^(Library|Библиотека)$/u }).click();
  await expect(page.getByTestId('library-view')).toBeVisible();
  return violations;
}

const items = (page: Page) => page.getByTestId('library-item');

test('the sample library lists its articles, grouped by day, with tags', async ({ page, webApp }) => {
  const violations = await openLibrary(page, webApp.url);
  await expect(items(page)).toHaveCount(SAMPLE_ARTICLES.length);
  const paths = await items(page).evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-path')));
  expect(paths.sort()).toEqual([...SAMPLE_ARTICLES].sort());
  await expect(page.locator('[data-path="kaztag-blinken-kazakhstan.txt"] [data-testid="library-item-headline"]')).toHaveText(
    'Госсекретарь США прокомментировал влияние антироссийских санкций на Казахстан',
  );
  // Newest first, one heading per day.
  await expect(page.getByTestId('library-day').first()).toBeVisible();
  expect(await page.getByTestId('library-day').count()).toBeGreaterThan(1);
  await expect(page.locator('[data-path="tashkent-rail-corridor.copydesk.json"] [data-testid="library-item-person"]')).toHaveText([
    'Шухрат Рахимов',
  ]);
  expect(violations).toEqual([]);
});

test('a Russian search finds an inflected form and marks it', async ({ page, webApp }) => {
  await openLibrary(page, webApp.url);
  await page.getByTestId('library-search').fill('санкциями');
  const kaztag = page.locator('[data-path="kaztag-blinken-kazakhstan.txt"]');
  await expect(kaztag).toBeVisible();
  await expect(items(page)).not.toHaveCount(SAMPLE_ARTICLES.length);
  await expect(kaztag.locator('[data-testid="library-item-headline"] mark')).toHaveText(['санкций']);
  await expect(kaztag.getByTestId('library-item-snippet').locator('mark').first()).toHaveText(/^санкц/u);
  // A word in no article empties the list; the phrase in the wrong order too.
  await page.getByTestId('library-search').fill('"санкций антироссийских"');
  await expect(items(page)).toHaveCount(0);
  await page.getByTestId('library-search').fill('"антироссийских санкций"');
  await expect(items(page)).toHaveCount(1);
});

test('filtering by a person and then a country narrows the list', async ({ page, webApp }) => {
  await openLibrary(page, webApp.url);
  await expect(items(page)).toHaveCount(SAMPLE_ARTICLES.length);
  await page
    .getByTestId('facet-people')
    .getByLabel(/Шухрат Рахимов/u)
    .check();
  await expect(items(page)).toHaveCount(2);
  await page.getByTestId('facet-countries').getByLabel(/Китай/u).check();
  await expect(items(page)).toHaveCount(1);
  await expect(items(page)).toHaveAttribute('data-path', 'tashkent-rail-corridor.copydesk.json');
  // Combined with a search that the remaining article does not contain.
  await page.getByTestId('library-search').fill('ледники');
  await expect(items(page)).toHaveCount(0);
  await page.getByTestId('library-search').fill('');
  await page.getByTestId('library-clear-filters').click();
  await expect(items(page)).toHaveCount(SAMPLE_ARTICLES.length);
});

test('a file written into the folder by another program appears and disappears without a reload', async ({ page, webApp }) => {
  await openLibrary(page, webApp.url);
  await expect(items(page)).toHaveCount(SAMPLE_ARTICLES.length);
  const file = join(webApp.documentsDir, 'breaking-story.txt');
  writeFileSync(file, 'Срочная новость о паводке\n\nАлматы. 5 июня. СтепьИнформ – В горах прошли сильные дожди.\n');
  const added = page.locator('[data-path="breaking-story.txt"]');
  await expect(added).toBeVisible({ timeout: 5_000 });
  await expect(added.getByTestId('library-item-headline')).toHaveText('Срочная новость о паводке');
  writeFileSync(join(webApp.documentsDir, 'damaged.copydesk.json'), '{"format": "copydesk", "version": 1, "article": {');
  await expect(page.locator('[data-path="damaged.copydesk.json"]').getByTestId('library-item-error')).toContainText('malformed JSON', {
    timeout: 5_000,
  });
  rmSync(file);
  await expect(added).toHaveCount(0, { timeout: 5_000 });
});

test('reading mode opens an article, steps with j/k, and its tags filter the library', async ({ page, webApp }) => {
  await openLibrary(page, webApp.url);
  await expect(items(page)).toHaveCount(SAMPLE_ARTICLES.length);
  const order = await items(page).evaluateAll((nodes) =>
    nodes.filter((n) => !n.querySelector('[data-testid="library-item-error"]')).map((n) => n.getAttribute('data-path')),
  );
  await items(page).first().getByTestId('library-item-headline').click();
  const reader = page.getByTestId('reader');
  await expect(reader).toHaveAttribute('data-path', order[0] as string);
  await expect(page.getByTestId('reader-headline')).not.toBeEmpty();
  await page.keyboard.press('j');
  await expect(reader).toHaveAttribute('data-path', order[1] as string);
  await page.keyboard.press('ArrowRight');
  await expect(reader).toHaveAttribute('data-path', order[2] as string);
  await page.keyboard.press('k');
  await expect(reader).toHaveAttribute('data-path', order[1] as string);
  await expect(page.getByTestId('reader-position')).toHaveText(`2 / ${order.length}`);

  // Typography: serif body from the bundled font, adjustable size and theme.
  const article = page.getByTestId('reader-article');
  const before = await article.evaluate((node) => parseFloat(getComputedStyle(node).fontSize));
  await page.getByTestId('reader-larger').click();
  expect(await article.evaluate((node) => parseFloat(getComputedStyle(node).fontSize))).toBeGreaterThan(before);
  await page.getByTestId('reader-theme-sepia').click();
  await expect(reader).toHaveClass(/theme-sepia/u);
  expect(await article.evaluate((node) => getComputedStyle(node).fontFamily)).toMatch(/PT Serif/u);
  expect(await page.evaluate(async () => (await document.fonts.load('16px "PT Serif"')).length)).toBeGreaterThan(0);

  // Go to a tagged article and follow one of its tags back to the library.
  await page.keyboard.press('Escape');
  await page.locator('[data-path="steppe-glacier-monitoring.copydesk.json"] [data-testid="library-item-headline"]').click();
  await expect(page.getByTestId('reader-tags').getByTestId('reader-person')).toHaveText(['Айгуль Бекова', 'Шухрат Рахимов']);
  await page.getByTestId('reader-tags').getByRole('button', { name: 'Шухрат Рахимов' }).click();
  await expect(page.getByTestId('library-view')).toBeVisible();
  await expect(items(page)).toHaveCount(2);
});
