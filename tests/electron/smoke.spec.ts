/**
 * The desktop app itself, through Playwright's Electron driver. Runs where the Electron
 * binary is installed; skipped with the reason where it is not (it cannot be downloaded
 * on machines without access to its host).
 */
import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
// @ts-expect-error -- a plain .mjs helper shared with scripts/start.mjs
import { electronBinaryPath } from '../../scripts/electron-binary.mjs';
import { REPO_ROOT } from '../support/web-app.ts';

const binary = (electronBinaryPath as () => string | null)();

test.skip(
  !binary,
  'the Electron binary is not installed on this machine (node_modules/electron/dist is missing and cannot be downloaded here); run on a machine where `npx electron --version` works',
);

test('the desktop app opens the sample in a sandboxed, isolated window', async () => {
  const build = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-app.ts'], { cwd: REPO_ROOT, stdio: 'inherit' });
  expect(build.status).toBe(0);
  const home = mkdtempSync(join(tmpdir(), 'copydesk-electron-'));
  const app = await electron.launch({
    executablePath: binary!,
    args: [REPO_ROOT, `--user-data-dir=${join(home, 'user-data')}`],
    cwd: REPO_ROOT,
    env: { ...process.env, COPYDESK_DOCUMENTS: join(home, 'documents') },
  });
  try {
    const page = await app.firstWindow();
    await expect(page.getByTestId('headline')).toHaveText(/^Госсекретарь США/);
    await expect(page.getByTestId('dateline-place')).toHaveText('Астана');
    await expect(page.getByTestId('body').locator('p')).toHaveCount(7);
    // No Node in the page; the bridge is the only way out.
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => Object.keys((globalThis as unknown as { copydesk: object }).copydesk).sort())).toEqual([
      'invoke',
      'onHostCommand',
    ]);
    // A sandboxed renderer has no `process` with Node's versions.
    expect(await page.evaluate(() => typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node)).toBe(
      'undefined',
    );
    // Navigation away from the app is prevented.
    await page.evaluate(() => (globalThis.location.href = 'https://example.org/'));
    await expect(page.getByTestId('headline')).toBeVisible();
    expect(page.url()).toMatch(/^app:\/\/copydesk\//);
  } finally {
    await app.close();
  }
});
