/** End-to-end: the story editor in Chromium (web mode) — typing, undo, find/replace, saving, autosave, history, external changes, accessibility. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, openSample, watchConsole } from './fixtures.ts';

const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

/** Puts the caret at the end of the first body paragraph (End would stop at the end of the visual line). */
async function caretAtEndOfFirstParagraph(page: Page): Promise<void> {
  await page.getByTestId('body').locator('p').first().click();
  await page.evaluate(() => {
    const paragraph = document.querySelector('[data-testid="body"] p');
    const selection = window.getSelection();
    if (!paragraph || !selection) throw new Error('no paragraph');
    const range = document.createRange();
    range.selectNodeContents(paragraph);
    range.collapse(false);
    selection.removeAllRanges();
    selection.addRange(range);
  });
  // ProseMirror reads the DOM selection on selectionchange; give it a frame.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
}

async function saveAs(page: Page, name: string): Promise<void> {
  await page.keyboard.press(`${MOD}+Shift+S`);
  await expect(page.getByTestId('prompt-name')).toBeVisible();
  await page.getByTestId('prompt-input').fill(name);
  await page.getByTestId('prompt-ok').click();
  await expect(page.getByTestId('document-name')).toHaveText(name);
  await expect(page.getByTestId('dirty-marker')).toHaveCount(0);
}

const firstParagraph = (page: Page) => page.getByTestId('body').locator('p').first();

test('typing into the sample, with undo and redo and typography', async ({ page, webApp }) => {
  const problems = watchConsole(page);
  await openSample(page, webApp.url);
  const original = (await firstParagraph(page).textContent()) ?? '';
  await caretAtEndOfFirstParagraph(page);
  // Leave a pause so typing and the quote rules land in their own undo group.
  await page.keyboard.type(' Он сказал: "да".');
  await expect(firstParagraph(page)).toHaveText(`${original} Он сказал: «да».`);
  await expect(page.getByTestId('dirty-marker')).toBeVisible();
  await expect(page.getByTestId('doc-tab').first()).toHaveAttribute('data-dirty', 'true');
  expect(await page.title()).toMatch(/^● /);
  await page.keyboard.press(`${MOD}+Z`);
  await page.keyboard.press(`${MOD}+Z`);
  await page.keyboard.press(`${MOD}+Z`);
  await expect(firstParagraph(page)).toHaveText(original);
  await expect(page.getByTestId('dirty-marker')).toHaveCount(0);
  await page.keyboard.press(`${MOD}+Shift+Z`);
  await expect(firstParagraph(page)).not.toHaveText(original);
  expect(problems).toEqual([]);
});

test('formatting keys: bold, two paragraphs made a bulleted list, and unwrapped again', async ({ page, webApp }) => {
  await openSample(page, webApp.url);
  const body = page.getByTestId('body');
  await body.locator('p').first().dblclick();
  await page.keyboard.press(`${MOD}+B`);
  await expect(body.locator('p').first().locator('strong')).toHaveCount(1);
  // Select from the first paragraph into the second, then Ctrl+Shift+8.
  await page.evaluate(() => {
    const [first, second] = document.querySelectorAll('[data-testid="body"] p');
    if (!first || !second) throw new Error('no paragraphs');
    const range = document.createRange();
    range.setStart(first.firstChild!, 0);
    range.setEnd(second.lastChild!, 1);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
  });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  await page.keyboard.press(`${MOD}+Shift+8`);
  await expect(body.locator('ul > li')).toHaveCount(2);
  await page.keyboard.press(`${MOD}+[`);
  await expect(body.locator('ul')).toHaveCount(0);
  await expect(body.locator('p')).toHaveCount(7);
});

test('find and replace with a regular expression replaces all in one undo step', async ({ page, webApp }) => {
  await openSample(page, webApp.url);
  const before = await page.getByTestId('body').innerText();
  const expected = (before.match(/Блинкен[а-я]*/g) ?? []).length;
  expect(expected).toBeGreaterThan(1);
  await firstParagraph(page).click();
  await page.keyboard.press(`${MOD}+H`);
  await page.getByTestId('find-regex').check();
  await page.getByTestId('find-input').fill('Блинкен[а-я]*');
  // Which match is current depends on where the click put the caret; the total must be exact.
  await expect(page.getByTestId('find-count')).toHaveText(new RegExp(`^[1-9]\\d* (of|из) ${expected}$`));
  await expect(page.locator('.find-match')).toHaveCount(expected);
  await page.getByTestId('replace-input').fill('Госсекретарь');
  await page.getByTestId('replace-all').click();
  await expect(page.getByTestId('body')).not.toContainText('Блинкен');
  await expect(page.getByTestId('find-count')).toHaveText(/No matches|Не найдено/);
  await page.getByTestId('find-input').press('Escape');
  await page.keyboard.press(`${MOD}+Z`);
  expect(await page.getByTestId('body').innerText()).toBe(before);
});

test('save as, then reopen: identical text and metadata', async ({ page, webApp }) => {
  await openSample(page, webApp.url);
  await caretAtEndOfFirstParagraph(page);
  await page.keyboard.type(' Добавлено.');
  await page.getByTestId('meta-slug').fill('blinken-visit');
  await page.getByTestId('meta-slug').press('Tab');
  await page.getByTestId('meta-status').selectOption('ready');
  await page.getByTestId('meta-urgency').selectOption('3');
  await page.getByTestId('meta-keywords').fill('США, Казахстан');
  await page.getByTestId('meta-keywords').press('Tab');
  await saveAs(page, 'e2e-story.copydesk.json');
  const file = join(webApp.documentsDir, 'e2e-story.copydesk.json');
  const saved = JSON.parse(readFileSync(file, 'utf8')) as { article: { meta: Record<string, unknown>; blocks: Array<{ text: string }> } };
  expect(saved.article.meta).toMatchObject({
    slug: 'blinken-visit',
    status: 'ready',
    urgency: 3,
    keywords: ['США', 'Казахстан'],
    language: 'ru',
  });
  expect(saved.article.blocks[0]?.text).toMatch(/ Добавлено\.$/);
  // The save stamped its time, in the file and in the panel.
  const modified = Date.parse(String(saved.article.meta['modified']));
  expect(Math.abs(Date.now() - modified)).toBeLessThan(60_000);
  await expect(page.getByTestId('meta-modified')).not.toHaveText('—');
  const body = await page.getByTestId('body').innerText();
  const headline = await page.getByTestId('headline').innerText();
  // Reopen the saved file through the browser's file picker: a second tab, same content.
  await page.locator('input[type=file]').setInputFiles(file);
  await expect(page.getByTestId('doc-tab')).toHaveCount(2);
  await expect(page.getByTestId('doc-tab').nth(1)).toHaveAttribute('aria-current', 'page');
  await expect.poll(() => page.getByTestId('body').innerText()).toBe(body);
  await expect(page.getByTestId('headline')).toHaveText(headline);
  await expect(page.getByTestId('meta-slug')).toHaveValue('blinken-visit');
  await expect(page.getByTestId('meta-status')).toHaveValue('ready');
  await expect(page.getByTestId('meta-urgency')).toHaveValue('3');
  await expect(page.getByTestId('meta-keywords')).toHaveValue('США, Казахстан');
});

test('autosave writes the file about a second after the last edit', async ({ page, webApp }) => {
  await openSample(page, webApp.url);
  await saveAs(page, 'autosaved.copydesk.json');
  const file = join(webApp.documentsDir, 'autosaved.copydesk.json');
  const calls: { call: string; body: Record<string, unknown> }[] = [];
  page.on('request', (r) => {
    const call = /\/api\/(documents\.[A-Za-z]+)$/.exec(r.url())?.[1];
    if (call) calls.push({ call, body: r.postDataJSON() as Record<string, unknown> });
  });
  await caretAtEndOfFirstParagraph(page);
  await page.keyboard.type(' Автосохранение.');
  const typedAt = Date.now();
  await expect.poll(() => readFileSync(file, 'utf8').includes('Автосохранение.'), { timeout: 1_500, intervals: [100] }).toBe(true);
  expect(Date.now() - typedAt).toBeLessThan(1_500);
  await expect(page.getByTestId('dirty-marker')).toHaveCount(0);
  // The save named the journal's copy instead of sending the article again.
  const save = calls.findLast((c) => c.call.startsWith('documents.save'));
  expect(save?.call).toBe('documents.saveJournalled');
  expect(save?.body).not.toHaveProperty('article');
});

test('closing a tab with unsaved changes asks first', async ({ page, webApp }) => {
  await openSample(page, webApp.url);
  await caretAtEndOfFirstParagraph(page);
  await page.keyboard.type(' Черновик.');
  await page.keyboard.press(`${MOD}+W`);
  await expect(page.getByTestId('prompt-unsaved')).toBeVisible();
  await page.getByTestId('prompt-cancel').click();
  await expect(firstParagraph(page)).toContainText('Черновик.');
  await page.keyboard.press(`${MOD}+W`);
  await page.getByTestId('prompt-discard').click();
  await expect(page.getByTestId('doc-tab')).toHaveCount(0);
});

test('restoring a saved version is one undoable step', async ({ page, webApp }) => {
  await openSample(page, webApp.url);
  await page.getByTestId('autosave-toggle').uncheck();
  await saveAs(page, 'versions.copydesk.json');
  const first = await firstParagraph(page).innerText();
  await caretAtEndOfFirstParagraph(page);
  await page.keyboard.type(' Вторая версия.');
  await page.keyboard.press(`${MOD}+S`);
  await expect(page.getByTestId('dirty-marker')).toHaveCount(0);
  const second = await firstParagraph(page).innerText();
  await page.getByTestId('cmd-view.history').click();
  await expect(page.getByTestId('version-item')).toHaveCount(2);
  await page.getByTestId('version-item').last().click();
  await page.getByTestId('version-restore').click();
  await expect(firstParagraph(page)).toHaveText(first);
  await expect(page.getByTestId('dirty-marker')).toBeVisible();
  await firstParagraph(page).click();
  await page.keyboard.press(`${MOD}+Z`);
  await expect(firstParagraph(page)).toHaveText(second);
});

test('an external change while dirty asks instead of overwriting; while clean it reloads', async ({ page, webApp }) => {
  await openSample(page, webApp.url);
  await page.getByTestId('autosave-toggle').uncheck();
  await saveAs(page, 'external.copydesk.json');
  const file = join(webApp.documentsDir, 'external.copydesk.json');
  // Clean buffer: another program's change is loaded silently.
  const onDisk = JSON.parse(readFileSync(file, 'utf8')) as { article: { headline: string } };
  onDisk.article.headline = 'Заголовок из другой программы';
  writeFileSync(file, JSON.stringify(onDisk));
  await expect(page.getByTestId('headline')).toHaveText('Заголовок из другой программы', { timeout: 6_000 });
  await expect(page.getByTestId('dirty-marker')).toHaveCount(0);
  // Dirty buffer: the app asks, and the file is left as the other program wrote it.
  await caretAtEndOfFirstParagraph(page);
  await page.keyboard.type(' Моя правка.');
  onDisk.article.headline = 'Вторая внешняя правка';
  writeFileSync(file, JSON.stringify(onDisk));
  await expect(page.getByTestId('external-change-prompt')).toBeVisible({ timeout: 6_000 });
  expect(readFileSync(file, 'utf8')).toContain('Вторая внешняя правка');
  await page.getByTestId('external-keep').click();
  await expect(firstParagraph(page)).toContainText('Моя правка.');
  await page.keyboard.press(`${MOD}+S`);
  await expect(page.getByTestId('dirty-marker')).toHaveCount(0);
  expect(readFileSync(file, 'utf8')).toContain('Моя правка.');
});

test('pasted HTML is cleaned: nothing executable survives', async ({ page, webApp }) => {
  const problems = watchConsole(page);
  await openSample(page, webApp.url);
  await caretAtEndOfFirstParagraph(page);
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData(
      'text/html',
      '<p>Чистый <b>текст</b><img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> <a href="javascript:window.__pwned=3">ссылка</a> <a href="https://example.org/">надёжная</a></p>',
    );
    data.setData('text/plain', 'Чистый текст');
    document
      .querySelector('.story-editor')
      ?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(page.getByTestId('body')).toContainText('Чистый текст');
  const editor = page.locator('.story-editor');
  await expect(editor.locator('script, img, [onerror]')).toHaveCount(0);
  await expect(editor.locator('a[href^="javascript"]')).toHaveCount(0);
  await expect(editor.locator('a[href="https://example.org/"]')).toHaveCount(1);
  await expect(editor.locator('strong', { hasText: 'текст' })).toHaveCount(1);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  // The CSP reports (and blocks) the pasted inline handler while the clipboard HTML is parsed;
  // any other problem (a page error, another violation) fails the test.
  expect(problems.filter((p) => !/^Executing inline event handler/.test(p))).toEqual([]);
});

test('counts words, characters and reading time of the open story', async ({ page, webApp }) => {
  await openSample(page, webApp.url);
  const words = Number((await page.getByTestId('word-count').innerText()).replace(/\D/g, ''));
  expect(words).toBeGreaterThan(150);
  await caretAtEndOfFirstParagraph(page);
  await page.keyboard.type(' раз два три');
  await expect(page.getByTestId('word-count')).toContainText((words + 3).toLocaleString('en').replace(/,/g, ''));
});

test('the editor view has no serious or critical accessibility violations', async ({ page, webApp }) => {
  const problems = watchConsole(page);
  await openSample(page, webApp.url);
  const check = async () => {
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  };
  await check();
  await firstParagraph(page).click();
  await page.keyboard.press(`${MOD}+H`);
  await expect(page.getByTestId('find-input')).toBeFocused();
  await check();
  await page.getByTestId('find-input').press('Escape');
  await page.keyboard.press(`${MOD}+W`);
  await check();
  await page.getByTestId('cmd-file.new').click();
  await expect(page.getByTestId('doc-tab')).toHaveCount(1);
  await check();
  expect(problems).toEqual([]);
});

test('the UI language can be switched and is remembered', async ({ page, webApp }) => {
  await openSample(page, webApp.url);
  await page.locator('.language select').selectOption('ru');
  await expect(page.getByTestId('cmd-file.save')).toHaveText('Сохранить');
  await page.reload();
  await expect(page.getByTestId('cmd-file.save')).toHaveText('Сохранить');
  await page.locator('.language select').selectOption('en');
  await expect(page.getByTestId('cmd-file.save')).toHaveText('Save');
  expect(existsSync(webApp.documentsDir)).toBe(true);
});
