/** The Electron main-process entry point (bundled to dist/electron/main.cjs). */
import * as electron from 'electron';
import { join } from 'node:path';
import { startCopydesk } from './app.ts';

// Bundled as CommonJS: __dirname is dist/electron.
const appRoot = join(__dirname, '..', '..');
startCopydesk(electron, {
  appRoot,
  preloadPath: join(__dirname, 'preload.cjs'),
  rendererDir: join(appRoot, 'dist', 'renderer'),
  ...(process.env.COPYDESK_DOCUMENTS ? { documentsDir: process.env.COPYDESK_DOCUMENTS } : {}),
  isDev: !electron.app.isPackaged,
});
