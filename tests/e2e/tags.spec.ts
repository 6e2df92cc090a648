/** End-to-end: tagging people and countries in the editor (web mode, Chromium) — selection tagging, suggestions, the panel, saving. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { REPO_ROOT } from '../support/web-app.ts';
import { test, expect, openSample, watchConsole } from './fixtures.ts';

const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

interface GoldFile {
  readonly structure: { readonly headline: string };
  readonly people: readonly { readonly canonical: string; readonly mentions: readonly { start: number; end: number }[] }[];
  readonly countries: readonly { readonly code: string; readonly mentions: readonly { start: number; end: number }[] }[];
}
const gold = JSON.parse(readFileSync(join(REPO_ROOT, 'tests/fixtures/kaztag-blinken-kazakhstan.gold.json'), 'utf8')) as GoldFile;

/** Selects the first occurrence of `text` inside the body (a real DOM selection ProseMirror reads). */
async function selectText(page: Page, text: string): Promise<void> {
  // Focus without clicking: a click on a suggestion opens the tag menu.
  await page.locator('.story-editor').focus();
  await page.evaluate((needle) => {
    const body = document.querySelector('[data-testid="body"]');
    if (!body) throw new Error('no body');
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(needle) ?? -1;
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`"${needle}" is not in one text node of the body`);
  }, text);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
}

const entityRow = (page: Page, id: string) => page.locator(`[data-testid="tags-entity"][data-entity="${id}"]`);
const suggestions = (page: Page) => page.getByTestId('body').locator('.tag-suggestion');

async function waitForSuggestions(page: Page): Promise<void> {
  await expect(suggestions(page).first()).toBeVisible({ timeout: 20_000 });
}

/** Picks the first option of the open picker that mentions `text`. */
async function pick(page: Page, text: string | RegExp): Promise<void> {
  const option = page.getByTestId('tag-picker-option').filter({ hasText: text }).first();
  await expect(option).toBeVisible();
  await option.click();
  await expect(page.getByTestId('tag-picker')).toHaveCount(0);
}

test('tag by selection as a person and a country, with the keyboard; the panel counts them', async ({ page, webApp }) => {
  const problems = watchConsole(page);
  await openSample(page, webApp.url);

  await selectText(page, 'Мухтара Тлеуберди');
  await page.keyboard.press(`${MOD}+Shift+P`);
  const input = page.getByTestId('tag-picker-input');
  await expect(input).toBeFocused();
  await expect(input).toHaveValue('Мухтара Тлеуберди');
  // The picker proposes the nominative form the tagger recognises; Enter takes the first option.
  await expect(page.getByTestId('tag-picker-option').first()).toContainText('Мухтар Тлеуберди');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('tag-picker')).toHaveCount(0);
  await expect(page.locator('.story-editor')).toBeFocused();

  const person = page.getByTestId('tags-people').getByTestId('tags-entity');
  await expect(person).toHaveCount(1);
  await expect(person.getByTestId('tags-entity-name')).toHaveText('Мухтар Тлеуберди');
  await expect(person.getByTestId('tags-entity-count')).toHaveText('1');
  await expect(page.getByTestId('body').locator('span.entity', { hasText: 'Мухтара Тлеуберди' })).toHaveCount(1);

  await selectText(page, 'Казахстан');
  await page.keyboard.press(`${MOD}+Shift+C`);
  await pick(page, 'KZ');
  await expect(entityRow(page, 'country:KZ').getByTestId('tags-entity-count')).toHaveText('1');
  await expect(page.getByTestId('tags-countries-count')).toHaveText('1');

  // The registry learned both.
  const registry = JSON.parse(readFileSync(join(webApp.documentsDir, 'copydesk-registry.json'), 'utf8')) as { entries: { name: string }[] };
  expect(registry.entries.map((e) => e.name)).toEqual(expect.arrayContaining(['Мухтар Тлеуберди']));

  // Stepping through an entity's mentions selects each in turn.
  await entityRow(page, 'country:KZ').getByTestId('tags-entity-name').click();
  await expect(page.getByTestId('body').locator('.tag-highlight')).toHaveCount(1);

  // Untag from the context menu.
  await page.getByTestId('body').locator('span.entity', { hasText: 'Мухтара Тлеуберди' }).click({ button: 'right' });
  await page.getByTestId('tag-menu-untag').click();
  await expect(page.getByTestId('tags-people').getByTestId('tags-entity')).toHaveCount(0);

  const axe = await new AxeBuilder({ page }).include('[data-testid="tags-panel"]').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  expect(problems).toEqual([]);
});

test('suggestions: accept one by click and one by key, reject one, accept the rest', async ({ page, webApp }) => {
  const problems = watchConsole(page);
  await openSample(page, webApp.url);
  await waitForSuggestions(page);
  // Suggestions are decorations, not marks: nothing is tagged yet.
  await expect(page.getByTestId('body').locator('span.entity')).toHaveCount(0);

  const blinken = suggestions(page)
    .filter({ hasText: /^Энтони Блинкен$/ })
    .first();
  // The first click places the caret; a click on the suggestion the caret is in offers accept / reject.
  await blinken.click();
  await expect(page.getByTestId('tag-menu')).toHaveCount(0);
  // Not so fast that the two clicks make a double click (which selects the word).
  await page.waitForTimeout(700);
  await blinken.click();
  await expect(page.getByTestId('tag-menu-accept')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page
      .getByTestId('body')
      .locator('span.entity', { hasText: /^Энтони Блинкен$/ })
      .first(),
  ).toBeVisible();
  await expect(page.locator('[data-testid="tags-entity"][data-entity^="person:"]').getByTestId('tags-entity-name')).toHaveText([
    'Энтони Блинкен',
  ]);

  // Alt+Enter accepts the suggestion at the caret.
  const usa = suggestions(page).filter({ hasText: /^США$/ }).first();
  await usa.click();
  await expect(page.locator('.story-editor')).toBeFocused();
  await page.keyboard.press('Alt+Enter');
  await expect(entityRow(page, 'country:US')).toHaveCount(1);

  // Rejecting removes the suggestion without tagging anything.
  const before = await suggestions(page).count();
  await page
    .locator('[data-testid="tags-suggestion"]')
    .first()
    .getByRole('button', { name: /^(Reject|Отклонить)/ })
    .click();
  await expect.poll(() => suggestions(page).count()).toBeLessThan(before);

  await page.getByTestId('tags-accept-all').click();
  await expect(page.getByTestId('tags-suggestion-count')).toHaveText('0');
  expect(problems).toEqual([]);
});

test('accept all on the sample gives the gold file’s people and countries with their mention counts', async ({ page, webApp }) => {
  await openSample(page, webApp.url);
  await waitForSuggestions(page);
  await page.getByTestId('tags-accept-all').click();
  await expect(page.getByTestId('tags-suggestion-count')).toHaveText('0');

  // The headline takes mentions too, so every mention of the gold file counts.
  const expectedPeople = gold.people.map((p) => [p.canonical, String(p.mentions.length)]).sort();
  const expectedCountries = gold.countries.map((c) => [`country:${c.code}`, String(c.mentions.length)]).sort();

  await expect(page.getByTestId('tags-people-count')).toHaveText(String(gold.people.length));
  await expect(page.getByTestId('tags-countries-count')).toHaveText(String(gold.countries.length));
  const rows = async (group: string, key: (row: ReturnType<Page['locator']>) => Promise<string>) => {
    const out: string[][] = [];
    for (const row of await page.getByTestId(group).getByTestId('tags-entity').all())
      out.push([await key(row), (await row.getByTestId('tags-entity-count').textContent()) ?? '']);
    return out.sort();
  };
  expect(await rows('tags-people', async (r) => (await r.getByTestId('tags-entity-name').textContent())?.trim() ?? '')).toEqual(
    expectedPeople,
  );
  expect(await rows('tags-countries', async (r) => (await r.getAttribute('data-entity')) ?? '')).toEqual(expectedCountries);
});

test('registry reuse: a person confirmed in one article is suggested in another, in another case form', async ({ page, webApp }) => {
  const problems = watchConsole(page);
  const textB = 'На встрече с Ашикбаевым обсуждались вопросы транзита.';
  const suggestB = async () =>
    (await (
      await page.request.post(`${webApp.origin}/api/tags.suggest`, {
        headers: { 'x-copydesk-token': webApp.token, origin: webApp.origin },
        data: { text: textB },
      })
    ).json()) as { ok: boolean; value: { entities: { name: string }[] } };
  await openSample(page, webApp.url);
  // Without the registry, the lone surname in B is not suggested as this person.
  expect((await suggestB()).value.entities.map((e) => e.name)).not.toContain('Ержан Ашикбаев');

  await openText(
    page,
    'reuse-a.txt',
    'Встреча в столице\n\nАстана. 3 марта. КазТАГ\n\nВ переговорах участвовал Ержан Ашикбаев, сообщили в пресс-службе.\n',
  );
  await selectText(page, 'Ержан Ашикбаев');
  await page.keyboard.press(`${MOD}+Shift+P`);
  await pick(page, 'Ержан Ашикбаев');
  await expect(page.getByTestId('tags-people').getByTestId('tags-entity-name')).toHaveText(['Ержан Ашикбаев']);

  await openText(page, 'reuse-b.txt', `Итоги визита\n\nАстана. 4 марта. КазТАГ\n\n${textB}\n`);
  const suggestion = page.getByTestId('body').locator('.tag-suggestion', { hasText: 'Ашикбаевым' });
  await expect(suggestion).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('tags-suggestion').first()).toContainText('Ержан Ашикбаев');
  expect(problems).toEqual([]);
});

/** Opens a plain-text story through the app's file picker. */
async function openText(page: Page, name: string, text: string): Promise<void> {
  await page
    .locator('input[type=file]')
    .first()
    .setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
  await expect(page.getByTestId('document-name')).toHaveText(name);
  await expect(page.getByTestId('body').locator('p').first()).toBeVisible();
}

test('saved tags survive reopening: marks and panel intact', async ({ page, webApp }) => {
  await openSample(page, webApp.url);
  await waitForSuggestions(page);
  await page.getByTestId('tags-accept-all').click();
  await expect(page.getByTestId('tags-suggestion-count')).toHaveText('0');
  const people = await page.getByTestId('tags-people').getByTestId('tags-entity-name').allTextContents();
  const marks = await page.getByTestId('body').locator('span.entity').count();
  expect(people.length).toBeGreaterThan(0);

  await page.keyboard.press(`${MOD}+Shift+S`);
  await page.getByTestId('prompt-input').fill('tagged.copydesk.json');
  await page.getByTestId('prompt-ok').click();
  await expect(page.getByTestId('dirty-marker')).toHaveCount(0);
  const saved = JSON.parse(readFileSync(join(webApp.documentsDir, 'tagged.copydesk.json'), 'utf8')) as {
    article: { entities: { type: string; name: string }[] };
  };
  expect(
    saved.article.entities
      .filter((e) => e.type === 'person')
      .map((e) => e.name)
      .sort(),
  ).toEqual([...people].sort());

  await page.reload();
  await expect(page.getByTestId('document-name')).toHaveText('tagged.copydesk.json');
  await expect(page.getByTestId('body').locator('span.entity')).toHaveCount(marks);
  await expect(page.getByTestId('tags-people').getByTestId('tags-entity-name')).toHaveText(people);
});

test('typing stays responsive with suggestions on: no suggestion request per keystroke', async ({ page, webApp }) => {
  await openSample(page, webApp.url);
  await waitForSuggestions(page);
  let requests = 0;
  page.on('request', (r) => {
    if (r.url().endsWith('/api/tags.suggest')) requests++;
  });
  await page.getByTestId('body').locator('p').nth(1).click();
  await page.keyboard.press('End');
  const typed = ' Новый текст абзаца, набранный без пауз';
  await page.keyboard.type(typed, { delay: 30 });
  // While typing (30 ms a key, under the pause that triggers a request) nothing was asked.
  expect(requests).toBe(0);
  // After the pause: one request, for the one changed paragraph.
  await expect.poll(() => requests, { timeout: 5_000 }).toBe(1);
  await page.waitForTimeout(800);
  expect(requests).toBe(1);
  // Suggestions elsewhere stayed on their words while typing.
  await expect(
    suggestions(page)
      .filter({ hasText: /^Энтони Блинкен$/ })
      .first(),
  ).toBeVisible();
});
