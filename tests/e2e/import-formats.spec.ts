/**
 * End-to-end in Chromium (web mode): every format opens through the file input and through
 * drag and drop; the attack corpus opens in every format without running anything; bad
 * files give one clear message and leave the open story as it was.
 */
import { test, expect } from './fixtures.ts';
import type { Page } from '@playwright/test';
import {
  SAMPLE_TEXT,
  attackDocx,
  attackHtmlPage,
  attackMarkdown,
  attackNinjs,
  sampleDocx,
  sampleIn,
  zipBombDocx,
} from '../support/fixtures-import.ts';

const [headline = '', ...paragraphs] = SAMPLE_TEXT.split(/\n\s*\n/).map((p) => p.trim());

interface Upload {
  readonly name: string;
  readonly buffer: Buffer;
}

const formats: Upload[] = [
  { name: 'story-cp1251.txt', buffer: sampleIn('windows-1251') },
  { name: 'story-koi8.txt', buffer: sampleIn('koi8-r') },
  { name: 'story-utf16.txt', buffer: sampleIn('utf-16be') },
  { name: 'story.md', buffer: Buffer.from(`# ${headline}\n\n${paragraphs.join('\n\n')}\n`) },
  { name: 'story.html', buffer: Buffer.from(`<h1>${headline}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}`) },
  { name: 'story.docx', buffer: sampleDocx() },
  {
    name: 'story.json',
    buffer: Buffer.from(
      JSON.stringify({
        uri: 'urn:x',
        type: 'text',
        headlines: [{ value: headline }],
        bodies: [{ contentType: 'text/plain', value: paragraphs.join('\n\n') }],
      }),
    ),
  },
];

/** Drops `files` on the window the way the browser delivers a file drop. */
async function dropFiles(page: Page, files: readonly Upload[]) {
  const transfer = await page.evaluateHandle(
    (list: Array<{ name: string; data: number[] }>) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([new Uint8Array(f.data)], f.name));
      return dt;
    },
    files.map((f) => ({ name: f.name, data: [...f.buffer] })),
  );
  await page.locator('.drop-target').dispatchEvent('dragenter', { dataTransfer: transfer });
  await page.locator('.drop-target').dispatchEvent('drop', { dataTransfer: transfer });
}

/** Opens the app and records CSP violations and the console. */
async function start(page: Page, url: string) {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      ((window as unknown as { cspViolations: string[] }).cspViolations ??= []).push(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
      ),
    );
  });
  await page.goto(url);
  await expect(page.getByTestId('headline')).toHaveText(headline);
  return violations;
}

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { pwned?: unknown }).pwned);
const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);

test('every format opens from the file input with the story structure', async ({ page, webApp }) => {
  await start(page, webApp.url);
  expect(await page.locator('input[type=file]').getAttribute('accept')).toContain('.docx');
  for (const file of formats) {
    await page.locator('input[type=file]').setInputFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: file.buffer });
    await expect(page.getByTestId('document-name')).toHaveText(file.name);
    await expect(page.getByTestId('headline')).toHaveText(headline);
    await expect(page.getByTestId('dateline-place')).toHaveText('Астана');
    await expect(page.getByTestId('body').locator('p')).toHaveCount(7);
  }
});

test('dropped files open; a folder and a text drag change nothing', async ({ page, webApp }) => {
  await start(page, webApp.url);
  await dropFiles(page, [formats[5]!, formats[3]!]);
  // Both dropped files open, each in its own tab, one after the other; the last one ends up in front.
  const tabs = page.getByTestId('doc-tab');
  await expect(tabs.filter({ hasText: 'story.docx' })).toHaveCount(1, { timeout: 15_000 });
  await expect(tabs.filter({ hasText: 'story.md' })).toHaveCount(1, { timeout: 15_000 });
  await expect(page.getByTestId('document-name')).toHaveText('story.md');
  await expect(page.getByTestId('headline')).toHaveText(headline);
  // Text dragged onto the page is not a document and does not navigate away.
  const url = page.url();
  const text = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.setData('text/uri-list', 'https://example.com/');
    return dt;
  });
  await page.locator('.drop-target').dispatchEvent('drop', { dataTransfer: text });
  expect(page.url()).toBe(url);
  await expect(page.getByTestId('headline')).toHaveText(headline);
});

test('the attack corpus runs nothing in any format, by file input and by drop', async ({ page, webApp }) => {
  await start(page, webApp.url);
  // The app itself starts without any CSP violation, and opening the documents adds none.
  expect(await cspViolations(page)).toEqual([]);
  const attacks: Upload[] = [
    { name: 'attack.html', buffer: Buffer.from(attackHtmlPage()) },
    { name: 'attack.md', buffer: Buffer.from(attackMarkdown()) },
    { name: 'attack.docx', buffer: attackDocx() },
    { name: 'attack.json', buffer: Buffer.from(attackNinjs()) },
  ];
  for (const attack of attacks) {
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: attack.name, mimeType: 'application/octet-stream', buffer: attack.buffer });
    await expect(page.getByTestId('document-name')).toHaveText(attack.name);
    await expect(page.getByTestId('headline')).toHaveText('Attack corpus');
    await dropFiles(page, [{ name: `dropped-${attack.name}`, buffer: attack.buffer }]);
    await expect(page.getByTestId('document-name')).toHaveText(`dropped-${attack.name}`);
    await page.waitForTimeout(300); // give any injected handler (onerror, onload) its chance to fire
    expect(await pwned(page), `${attack.name} ran a payload`).toBeUndefined();
    // Nothing from the document reached the DOM as markup: no element carries a handler or a script URL.
    const live = await page.evaluate(
      () =>
        [...document.querySelectorAll('*')].filter(
          (el) =>
            [...el.attributes].some((a) => /^on/i.test(a.name) || /^\s*(javascript|data):/i.test(a.value)) ||
            (['SCRIPT', 'IFRAME', 'EMBED', 'OBJECT'].includes(el.tagName) && !el.closest('head')),
        ).length,
    );
    expect(live).toBe(0);
  }
  expect(await cspViolations(page)).toEqual([]);
});

test('bad files give one clear message and keep the open story', async ({ page, webApp }) => {
  await start(page, webApp.url);
  const bad: Array<[Upload, RegExp]> = [
    [
      { name: 'cut.docx', buffer: sampleDocx().subarray(0, 600) },
      /cut\.docx: not a readable Word document: the file is damaged or incomplete/,
    ],
    [{ name: 'bomb.docx', buffer: zipBombDocx(260) }, /bomb\.docx: .*unpacks to more than 200 MB/],
    [{ name: 'broken.json', buffer: Buffer.from('{"headline":') }, /broken\.json: malformed JSON/],
    [{ name: 'numbers.json', buffer: Buffer.from('[1,2,3]') }, /numbers\.json: this JSON is not an article/],
    [
      { name: 'photo.md', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]) },
      /photo\.md: not a text document: it looks like a PNG image/,
    ],
  ];
  for (const [file, message] of bad) {
    await page.locator('input[type=file]').setInputFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: file.buffer });
    await expect(page.getByTestId('error-message')).toHaveText(message);
    await expect(page.getByTestId('headline')).toHaveText(headline);
  }
  await dropFiles(page, [{ name: 'dropped.json', buffer: Buffer.from('nope') }]);
  await expect(page.getByTestId('error-message')).toHaveText(/dropped\.json: malformed JSON/);
  await expect(page.getByTestId('headline')).toHaveText(headline);
});

test('the Recent menu lists opened documents and opens them', async ({ page, webApp }) => {
  await start(page, webApp.url);
  await page.getByRole('button', { name: /^(Recent|Недавние)$/ }).click();
  const list = page.getByTestId('recent-list');
  await expect(list.getByRole('button', { name: 'kaztag-blinken-kazakhstan.txt' })).toBeVisible();
  await list.getByRole('button', { name: 'kaztag-blinken-kazakhstan.txt' }).click();
  await expect(list).toBeHidden();
  await expect(page.getByTestId('headline')).toHaveText(headline);
});
