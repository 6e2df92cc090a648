/** Playwright fixtures: a fresh web-mode backend per test, and a guard that fails any request leaving 127.0.0.1. */
import { test as base, expect, type Page } from '@playwright/test';
import { startWebApp, type WebApp } from '../support/web-app.ts';

export const test = base.extend<{ webApp: WebApp }>({
  webApp: async ({}, use) => {
    const app = await startWebApp();
    await use(app);
    await app.stop();
  },
  page: async ({ page }, use) => {
    const outside: string[] = [];
    await page.route(
      (url) => url.hostname !== '127.0.0.1',
      (route) => {
        outside.push(route.request().url());
        return route.abort('blockedbyclient');
      },
    );
    await use(page);
    expect(outside, 'requests that left 127.0.0.1').toEqual([]);
  },
});

export { expect };

/** Collects CSP violations and page errors; a test asserts none happened. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  return problems;
}

/** Opens the app and waits for the sample story's first paragraph in the editor. */
export async function openSample(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByTestId('body').locator('p').first()).toHaveText(/^Государственный секретарь США/);
}
