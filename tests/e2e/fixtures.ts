/** Playwright fixtures: a fresh web-mode backend per test, and a guard that fails any request leaving 127.0.0.1. */
import { test as base, expect } from '@playwright/test';
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
