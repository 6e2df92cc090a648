/**
 * Launch options for Debian's Chromium: Playwright's own browsers cannot be downloaded on
 * these machines. CHROMIUM_PATH overrides the executable.
 */
import { existsSync } from 'node:fs';

/** The Chromium executable the tests drive. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** True when the Chromium executable exists. */
export function hasChromium(): boolean {
  return existsSync(chromiumPath());
}

/** Playwright launch options for that Chromium, headless and quiet on a closed network. */
export function chromiumLaunchOptions() {
  return {
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  };
}
