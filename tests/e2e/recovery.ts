/**
 * Helpers of the crash-recovery end-to-end tests: calling the web-mode API directly,
 * killing a backend the hard way and starting the next one over the same folders, and
 * restoring what the next start offers.
 */
import type { APIRequestContext, Page } from '@playwright/test';
import type { ApiResult } from '../../core/api/result.ts';
import { startWebApp, type WebApp } from '../support/web-app.ts';
import { expect } from './fixtures.ts';

/** Calls `name` on `app` over HTTP and returns the raw result. */
export async function apiCall<T>(request: APIRequestContext, app: WebApp, name: string, payload: unknown): Promise<ApiResult<T>> {
  const response = await request.post(`${app.origin}/api/${name}`, { data: payload, headers: { 'x-copydesk-token': app.token } });
  return (await response.json()) as ApiResult<T>;
}

/** Calls `name` on `app` and returns its value; an error result fails the test. */
export async function apiOk<T>(request: APIRequestContext, app: WebApp, name: string, payload: unknown): Promise<T> {
  const result = await apiCall<T>(request, app, name, payload);
  if (!result.ok) throw new Error(`${name}: ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** SIGKILLs the backend (no shutdown code runs, as in a crash) and resolves with the signal once it is gone. */
export async function killBackend(app: WebApp): Promise<NodeJS.Signals | null> {
  const exited = new Promise<NodeJS.Signals | null>((resolve) => app.process.once('exit', (_code, signal) => resolve(signal)));
  app.process.kill('SIGKILL');
  return exited;
}

/** Starts the next backend over the documents and user data of `app`, as the next app start would. */
export function restartBackend(app: WebApp): Promise<WebApp> {
  return startWebApp({ documentsDir: app.documentsDir, userDataDir: app.userDataDir });
}

/** Opens `app` in `page`, expects exactly one document offered for recovery, and restores it. */
export async function restoreTheOffer(page: Page, app: WebApp): Promise<void> {
  await page.goto(app.url);
  const prompt = page.getByTestId('recovery-prompt');
  await expect(prompt).toBeVisible();
  await expect(prompt.getByTestId('recovery-entry')).toHaveCount(1);
  await prompt.getByRole('button', { name: /^(Restore|Восстановить)$/ }).click();
  await expect(prompt).toHaveCount(0);
}
