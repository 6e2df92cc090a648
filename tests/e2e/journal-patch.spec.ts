/**
 * Incremental crash-journal writes in the real app (web mode): after the first, whole-article
 * journal write of a tab, later edits are journalled by `documents.journalPatch` carrying only
 * the changed blocks, and what those patches built survives a SIGKILL of the backend: the
 * next start offers it and restores exactly the text the editor held.
 */
import type { Request } from '@playwright/test';
import type { JournalEntry } from '../../core/api/documents.ts';
import { startWebApp, type WebApp } from '../support/web-app.ts';
import { test, expect, watchConsole } from './fixtures.ts';
import { apiOk, killBackend, restartBackend, restoreTheOffer } from './recovery.ts';

const journalCall = (request: Request): string | null => /\/api\/(documents\.journal(?:Write|Patch))$/.exec(request.url())?.[1] ?? null;

test('edits after the first journal write are sent as patches, and a restart restores the exact text', async ({ page, request }) => {
  const first = await startWebApp();
  let second: WebApp | undefined;
  const problems = watchConsole(page);
  const sent: { call: string; body: Record<string, unknown> }[] = [];
  page.on('request', (r) => {
    const call = journalCall(r);
    if (call) sent.push({ call, body: r.postDataJSON() as Record<string, unknown> });
  });
  try {
    await page.goto(first.url);
    const paragraphs = page.getByTestId('body').locator('p');
    await expect(paragraphs.first()).toHaveText(/^Государственный секретарь США/);
    // Autosave would put the text on disk; what is tested is what only the journal holds.
    await page.getByTestId('autosave-toggle').uncheck();

    await paragraphs.first().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Первая правка.');
    await expect.poll(() => sent.map((s) => s.call), { timeout: 5_000 }).toContain('documents.journalWrite');

    const patched = page.waitForResponse((r) => journalCall(r.request()) === 'documents.journalPatch');
    await paragraphs.nth(2).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Вторая правка.');
    const response = await patched;
    expect(await response.json()).toMatchObject({ ok: true, value: { id: expect.any(String) } });

    // The patch carried the one changed paragraph, not the body.
    const patch = sent.findLast((s) => s.call === 'documents.journalPatch')?.body;
    expect(patch?.['deleteCount']).toBe(1);
    expect(patch?.['blocks']).toEqual([expect.objectContaining({ text: expect.stringContaining('Вторая правка.') })]);
    expect(patch?.['article']).not.toHaveProperty('blocks');
    expect(sent.filter((s) => s.call === 'documents.journalWrite')).toHaveLength(1);

    const held = await paragraphs.allTextContents();
    await expect
      .poll(async () => JSON.stringify(await apiOk<JournalEntry[]>(request, first, 'documents.journalList', {})), { timeout: 5_000 })
      .toContain('Вторая правка.');

    expect(await killBackend(first)).toBe('SIGKILL');
    second = await restartBackend(first);
    await restoreTheOffer(page, second);
    await expect(paragraphs.nth(2)).toContainText('Вторая правка.');
    expect(await paragraphs.allTextContents()).toEqual(held);
    await expect(page.getByTestId('dirty-marker')).toBeVisible();
    expect(problems).toEqual([]);
  } finally {
    await second?.stop();
    await first.stop();
  }
});
