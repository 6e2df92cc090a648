/**
 * The desktop app's PDF printer: Chromium's own print engine (`webContents.printToPDF`) on
 * the HTML export, so a PDF looks exactly like the HTML export printed (same print CSS).
 * The export is loaded into a hidden, sandboxed window with JavaScript disabled, from a
 * private temporary file (data: URLs have a size limit), and both are gone afterwards,
 * whatever happens. Prints run one at a time so a batch never opens many windows.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Electron from 'electron';
import type { PageSize } from '../../core/export/formats.ts';
import type { PdfPrinter } from '../../node/export/render-file.ts';
import type { ElectronApi } from './electron-api.ts';

/** webPreferences of the print window: no script, no Node, no preload, sandboxed. */
export const PRINT_WINDOW_PREFERENCES: Electron.WebPreferences = {
  javascript: false,
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  images: false,
  spellcheck: false,
};

async function printOnce(
  BrowserWindow: ElectronApi['BrowserWindow'],
  html: string,
  pageSize: PageSize,
  tempRoot: string,
): Promise<Uint8Array> {
  const folder = await mkdtemp(join(tempRoot, 'copydesk-print-'));
  const window = new BrowserWindow({ show: false, width: 900, height: 1200, webPreferences: PRINT_WINDOW_PREFERENCES });
  try {
    const file = join(folder, 'article.html');
    await writeFile(file, html, { mode: 0o600 });
    await window.loadFile(file);
    const pdf = await window.webContents.printToPDF({
      pageSize,
      printBackground: false,
      preferCSSPageSize: false,
      generateDocumentOutline: true,
    });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    if (!window.isDestroyed()) window.destroy();
    await rm(folder, { recursive: true, force: true });
  }
}

/** A printer over Electron's BrowserWindow; `tempRoot` defaults to the system temp folder. */
export function createPdfPrinter(BrowserWindow: ElectronApi['BrowserWindow'], tempRoot: string = tmpdir()): PdfPrinter {
  let queue: Promise<unknown> = Promise.resolve();
  return (html, pageSize) => {
    const job = queue.then(() => printOnce(BrowserWindow, html, pageSize, tempRoot));
    queue = job.catch(() => undefined);
    return job;
  };
}
