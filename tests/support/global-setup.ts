/** Builds the renderer once before the browser tests, and fails early without Chromium. */
import { hasChromium, chromiumPath } from './chromium.ts';
import { buildRenderer, rendererNeedsBuild } from '../../node/web/build-renderer.ts';

export default async function globalSetup(): Promise<void> {
  if (!hasChromium()) {
    throw new Error(`Chromium not found at ${chromiumPath()}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`);
  }
  if (rendererNeedsBuild()) await buildRenderer();
}
