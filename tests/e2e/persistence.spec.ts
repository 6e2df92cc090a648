/**
 * End-to-end persistence through the real web-mode backend process: unsaved text journalled
 * before a SIGKILL is offered and restored after a restart; a file changed on disk by
 * another program is never overwritten by a save based on the old revision.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JournalEntry, OpenedDocument, SavedDocument } from '../../core/api/documents.ts';
import type { Article } from '../../core/article/model.ts';
import { parseNativeDocument } from '../../core/article/native.ts';
import { startWebApp, type WebApp } from '../support/web-app.ts';
import { test, expect } from './fixtures.ts';
import { apiCall as call, apiOk as ok, killBackend, restartBackend, restoreTheOffer } from './recovery.ts';

function withParagraph(article: Article, text: string): Article {
  return { ...article, blocks: [...article.blocks, { type: 'paragraph', text, marks: [] }] };
}

test('unsaved text journalled before the backend is SIGKILLed is offered and restored after a restart', async ({ request }) => {
  const first = await startWebApp();
  const path = join(first.documentsDir, 'blinken.copydesk.json');
  let second: WebApp | undefined;
  try {
    const opened = await ok<OpenedDocument>(request, first, 'documents.open', { path: 'kaztag-blinken-kazakhstan.txt' });
    const saved = await ok<SavedDocument>(request, first, 'documents.save', { path, article: opened.article, baseRevision: null });
    const unsaved = withParagraph(opened.article, 'Этот абзац был набран, но не сохранён до сбоя.');
    await ok(request, first, 'documents.journalWrite', {
      key: path,
      path,
      name: saved.name,
      article: unsaved,
      baseRevision: saved.revision,
    });

    expect(await killBackend(first)).toBe('SIGKILL');

    second = await restartBackend(first);
    const left = await ok<JournalEntry[]>(request, second, 'documents.journalList', {});
    expect(left).toHaveLength(1);
    expect(left[0]).toMatchObject({ key: path, path, name: 'blinken.copydesk.json', baseRevision: saved.revision });
    expect(left[0]?.article).toEqual(unsaved);

    // Restoring: save the recovered text on its base revision, then drop the entry.
    const restored = await ok<SavedDocument>(request, second, 'documents.save', {
      path,
      article: left[0]?.article,
      baseRevision: left[0]?.baseRevision,
    });
    await ok(request, second, 'documents.journalDiscard', { key: path });
    expect(parseNativeDocument(readFileSync(path, 'utf8'))).toEqual(unsaved);
    expect(await ok(request, second, 'documents.journalList', {})).toEqual([]);
    const reopened = await ok<OpenedDocument>(request, second, 'documents.open', { path });
    expect(reopened.revision).toBe(restored.revision);
  } finally {
    await second?.stop();
    await first.stop();
  }
});

test('a file changed on disk while the editor is dirty is not overwritten: the save answers conflict', async ({ request, webApp }) => {
  const path = join(webApp.documentsDir, 'blinken.copydesk.json');
  const opened = await ok<OpenedDocument>(request, webApp, 'documents.open', { path: 'kaztag-blinken-kazakhstan.txt' });
  const saved = await ok<SavedDocument>(request, webApp, 'documents.save', { path, article: opened.article, baseRevision: null });
  expect(await ok(request, webApp, 'documents.stat', { path })).toEqual({ revision: saved.revision });

  const theirs = readFileSync(path, 'utf8').replace(opened.article.headline, 'Заголовок, исправленный в другой программе');
  writeFileSync(path, theirs);
  const stat = await ok<{ revision: string }>(request, webApp, 'documents.stat', { path });
  expect(stat.revision).not.toBe(saved.revision);

  const mine = withParagraph(opened.article, 'Моя несохранённая правка.');
  const result = await call(request, webApp, 'documents.save', { path, article: mine, baseRevision: saved.revision });
  expect(result).toMatchObject({
    ok: false,
    error: { code: 'conflict', message: expect.stringContaining('changed on disk by another program') },
  });
  expect(readFileSync(path, 'utf8')).toBe(theirs);

  // "Keep mine" overwrites on purpose; theirs stays in the version history.
  await ok(request, webApp, 'documents.save', { path, article: mine, baseRevision: saved.revision, overwrite: true });
  expect(parseNativeDocument(readFileSync(path, 'utf8'))).toEqual(mine);
  const versions = await ok<{ id: string }[]>(request, webApp, 'documents.versions', { path });
  const kept = await ok<OpenedDocument>(request, webApp, 'documents.version', { path, id: versions[1]?.id });
  expect(kept.article.headline).toBe('Заголовок, исправленный в другой программе');
});

test('through the UI: text typed before a SIGKILL is offered after a restart and restored into the editor', async ({ page, request }) => {
  const first = await startWebApp();
  let second: WebApp | undefined;
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  try {
    await page.goto(first.url);
    const firstParagraph = page.getByTestId('body').locator('p').first();
    await expect(firstParagraph).toHaveText(/^Государственный секретарь США/);
    // Autosave would put the text on disk; this test is about what only the journal holds.
    await page.getByTestId('autosave-toggle').uncheck();
    await firstParagraph.click();
    await page.keyboard.press('End');
    const typed = ' Набрано перед сбоем.';
    await page.keyboard.type(typed);
    await expect(firstParagraph).toContainText(typed.trim());
    // The journal is written about a second after the edit.
    await expect
      .poll(async () => JSON.stringify(await ok<JournalEntry[]>(request, first, 'documents.journalList', {})), { timeout: 5_000 })
      .toContain(typed.trim());

    await killBackend(first);
    second = await restartBackend(first);
    await restoreTheOffer(page, second);
    await expect(page.getByTestId('body').locator('p').first()).toContainText(typed.trim());
    await expect(page.getByTestId('dirty-marker')).toBeVisible();
    expect(problems).toEqual([]);
  } finally {
    await second?.stop();
    await first.stop();
  }
});
