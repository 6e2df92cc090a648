/** End-to-end: the web-mode app opens the sample story in Chromium. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures.ts';
import { REPO_ROOT } from '../support/web-app.ts';

const gold = JSON.parse(readFileSync(join(REPO_ROOT, 'tests/fixtures/kaztag-blinken-kazakhstan.gold.json'), 'utf8')) as {
  structure: { headline: string; dateline: { place: string; date: string; agency: string }; paragraphs_after_headline: number };
};

test('the sample opens with headline, dateline fields and its 7 paragraphs', async ({ page, webApp }) => {
  await page.goto(webApp.url);
  await expect(page.getByTestId('headline')).toHaveText(gold.structure.headline);
  await expect(page.getByTestId('dateline-place')).toHaveText(gold.structure.dateline.place);
  await expect(page.getByTestId('dateline-date')).toHaveText(gold.structure.dateline.date);
  await expect(page.getByTestId('dateline-agency')).toHaveText(gold.structure.dateline.agency);
  const paragraphs = page.getByTestId('body').locator('p');
  await expect(paragraphs).toHaveCount(gold.structure.paragraphs_after_headline);
  await expect(paragraphs.first()).toHaveText(/^Государственный секретарь США Энтони Блинкен/);
  for (const paragraph of await paragraphs.all()) await expect(paragraph).toBeVisible();
  // The token was taken out of the address bar.
  expect(new URL(page.url()).hash).toBe('');
});

test('an API call without the token is refused and one with it is served', async ({ request, webApp }) => {
  const refused = await request.post(`${webApp.origin}/api/app.info`, { data: {} });
  expect(refused.status()).toBe(401);
  expect((await refused.json()).ok).toBe(false);
  const wrong = await request.post(`${webApp.origin}/api/app.info`, { data: {}, headers: { 'x-copydesk-token': 'x'.repeat(43) } });
  expect(wrong.status()).toBe(401);
  const served = await request.post(`${webApp.origin}/api/app.info`, { data: {}, headers: { 'x-copydesk-token': webApp.token } });
  expect(await served.json()).toMatchObject({ ok: true, value: { name: 'Copydesk', transport: 'web' } });
});

test('an invalid payload gets an error result and the server keeps serving', async ({ request, webApp }) => {
  const headers = { 'x-copydesk-token': webApp.token };
  const bad = await request.post(`${webApp.origin}/api/documents.open`, { data: { path: 42 }, headers });
  expect(await bad.json()).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  const notJson = await request.post(`${webApp.origin}/api/documents.open`, {
    data: Buffer.from('{'),
    headers: { ...headers, 'content-type': 'application/json' },
  });
  expect(notJson.status()).toBe(400);
  const unknown = await request.post(`${webApp.origin}/api/__proto__`, { data: {}, headers });
  expect(await unknown.json()).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
  const stillServing = await request.post(`${webApp.origin}/api/app.info`, { data: {}, headers });
  expect((await stillServing.json()).ok).toBe(true);
});

test('a request with a foreign Host header is refused (DNS rebinding)', async ({ request, webApp }) => {
  const response = await request.get(`${webApp.origin}/`, { headers: { host: 'evil.example:80' } });
  expect(response.status()).toBe(421);
});

test('opening a bad file shows one clear message and keeps the open story', async ({ page, webApp }) => {
  await page.goto(webApp.url);
  await expect(page.getByTestId('headline')).toHaveText(gold.structure.headline);
  await page.locator('input[type=file]').setInputFiles({
    name: 'photo.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]),
  });
  await expect(page.getByTestId('error-message')).toHaveText('photo.txt: not a text document: it looks like a PNG image');
  await expect(page.getByTestId('headline')).toHaveText(gold.structure.headline);
});

test('a text file picked in the browser opens through the same import code', async ({ page, webApp }) => {
  await page.goto(webApp.url);
  await expect(page.getByTestId('headline')).toBeVisible();
  const story = 'Заголовок проверки\n\nАлматы. 3 марта. КазТАГ – Первый абзац.\n\nВторой абзац.\n';
  await page.locator('input[type=file]').setInputFiles({ name: 'story.txt', mimeType: 'text/plain', buffer: Buffer.from(story) });
  await expect(page.getByTestId('headline')).toHaveText('Заголовок проверки');
  await expect(page.getByTestId('dateline-place')).toHaveText('Алматы');
  await expect(page.getByTestId('body').locator('p')).toHaveCount(2);
  await expect(page.getByTestId('document-name')).toHaveText('story.txt');
});
