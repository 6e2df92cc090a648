/** The PDF printer over a fake Electron, and the export API handlers (conflicts, PDF, batch). */
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createPdfPrinter, PRINT_WINDOW_PREFERENCES } from '../../../electron/main/pdf.ts';
import { createHandlerTable } from '../../../node/api/handler-table.ts';
import { dispatch } from '../../../node/api/dispatch.ts';
import { createBackendServices } from '../../../node/api/services.ts';
import type { PdfPrinter } from '../../../node/export/render-file.ts';
import { openDocumentFile } from '../../../node/documents/open-document.ts';
import { createFakeElectron, FakeBrowserWindow } from '../../support/fake-electron.ts';
import { REPO_ROOT } from '../../support/web-app.ts';
import { SAMPLE_PATH } from './helpers.ts';

let work: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'copydesk-export-api-'));
  FakeBrowserWindow.nextPrintFailure = undefined;
});

describe('PDF printer (Electron printToPDF)', () => {
  it('prints the HTML in a hidden, sandboxed, script-less window and cleans up', async () => {
    const fake = createFakeElectron({ userData: work, documents: work });
    const print = createPdfPrinter(fake.api.BrowserWindow, work);
    const pdf = await print('<!doctype html><title>x</title><p>Текст</p>', 'Letter');
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.7 fake');
    const window = FakeBrowserWindow.instances.at(-1) as FakeBrowserWindow;
    expect(window.options.show).toBe(false);
    expect(window.options.webPreferences).toEqual(PRINT_WINDOW_PREFERENCES);
    expect(window.options.webPreferences).toMatchObject({
      javascript: false,
      sandbox: true,
      nodeIntegration: false,
      contextIsolation: true,
    });
    expect(window.options.webPreferences?.preload).toBeUndefined();
    expect(window.loadedFile?.content).toBe('<!doctype html><title>x</title><p>Текст</p>');
    expect(window.webContents.printed).toEqual([expect.objectContaining({ pageSize: 'Letter' })]);
    expect(window.destroyed).toBe(true);
    expect(existsSync(dirname(window.loadedFile?.path ?? '/'))).toBe(false);
  });

  it('a failing print still destroys the window and removes the file, and the next print works', async () => {
    const fake = createFakeElectron({ userData: work, documents: work });
    const print = createPdfPrinter(fake.api.BrowserWindow, work);
    FakeBrowserWindow.nextPrintFailure = new Error('printing failed');
    await expect(print('<p>a</p>', 'A4')).rejects.toThrow('printing failed');
    const failed = FakeBrowserWindow.instances.at(-1) as FakeBrowserWindow;
    expect(failed.destroyed).toBe(true);
    expect(readdirSync(work)).toEqual([]);
    FakeBrowserWindow.nextPrintFailure = undefined;
    await expect(print('<p>b</p>', 'A4')).resolves.toBeInstanceOf(Uint8Array);
  });
});

describe('export API', () => {
  function table(printToPdf?: PdfPrinter) {
    const services = createBackendServices({
      appRoot: REPO_ROOT,
      documentsDir: work,
      userDataDir: join(work, 'user'),
      version: '0',
      platform: 'linux',
      ...(printToPdf ? { printToPdf } : {}),
    });
    const handlers = createHandlerTable(services);
    return (name: string, payload: unknown) => dispatch(handlers, name, payload, { transport: 'web' }, () => undefined);
  }

  it('writes into the documents folder and never replaces a file unless asked', async () => {
    const call = table();
    const article = await openDocumentFile(SAMPLE_PATH);
    const request = { article, format: 'html', dir: 'exports', sourceName: 'kaztag-blinken-kazakhstan.txt' };
    const first = await call('export.write', request);
    expect(first).toEqual({
      ok: true,
      value: { path: join(work, 'exports', 'kaztag-blinken-kazakhstan.html'), fileName: 'kaztag-blinken-kazakhstan.html' },
    });
    writeFileSync(join(work, 'exports', 'kaztag-blinken-kazakhstan.html'), 'mine');
    const refused = await call('export.write', request);
    expect(refused).toEqual({
      ok: false,
      error: { code: 'conflict', message: `${join(work, 'exports', 'kaztag-blinken-kazakhstan.html')}: already exists` },
    });
    expect(readFileSync(join(work, 'exports', 'kaztag-blinken-kazakhstan.html'), 'utf8')).toBe('mine');
    const renamed = await call('export.write', { ...request, conflict: 'rename' });
    expect(renamed).toMatchObject({ ok: true, value: { fileName: 'kaztag-blinken-kazakhstan-2.html' } });
    await call('export.write', { ...request, conflict: 'overwrite' });
    expect(readFileSync(join(work, 'exports', 'kaztag-blinken-kazakhstan.html'), 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('PDF: unsupported without a printer, printed with one', async () => {
    const article = await openDocumentFile(SAMPLE_PATH);
    const without = await table()('export.write', { article, format: 'pdf', dir: work });
    expect(without).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    expect(await table()('export.capabilities', {})).toMatchObject({ ok: true, value: { formats: ['html', 'json', 'ninjs', 'md'] } });
    const seen: Array<[string, string]> = [];
    const call = table(async (html, pageSize) => {
      seen.push([html, pageSize]);
      return new TextEncoder().encode('%PDF');
    });
    expect(await call('export.capabilities', {})).toMatchObject({ ok: true, value: { formats: ['html', 'json', 'ninjs', 'md', 'pdf'] } });
    const written = await call('export.write', { article, format: 'pdf', dir: work, pageSize: 'Letter', sourceName: 'story.txt' });
    expect(written).toMatchObject({ ok: true, value: { fileName: 'story.pdf' } });
    expect(readFileSync(join(work, 'story.pdf'), 'utf8')).toBe('%PDF');
    expect(seen[0]?.[1]).toBe('Letter');
    expect(seen[0]?.[0]).toMatch(/^<!doctype html>[\s\S]*<h1>Госсекретарь США/);
  });

  it('render returns the file name, type and text; bad requests are refused', async () => {
    const call = table();
    const article = await openDocumentFile(SAMPLE_PATH);
    const rendered = await call('export.render', { article, format: 'md', sourceName: 'story.txt' });
    expect(rendered).toMatchObject({ ok: true, value: { fileName: 'story.md', mime: 'text/markdown;charset=utf-8' } });
    expect(await call('export.render', { article, format: 'pdf' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await call('export.write', { article, format: 'html', dir: '' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });

  it('batch exports a folder with tags, naming failures', async () => {
    const docs = join(work, 'in');
    await import('node:fs/promises').then((fs) => fs.mkdir(docs));
    writeFileSync(join(docs, 'a.txt'), readFileSync(SAMPLE_PATH));
    writeFileSync(join(docs, 'b.txt'), Buffer.from([0, 1, 2, 3]));
    const result = await table()('export.batch', { paths: ['in'], format: 'ninjs', dir: 'out', tag: true });
    expect(result.ok).toBe(true);
    const value = (result as { value: { exported: { path: string }[]; failed: { source: string; message: string }[] } }).value;
    expect(value.exported.map((e) => e.path)).toEqual([join(work, 'out', 'a.ninjs.json')]);
    expect(value.failed).toEqual([{ source: join('in', 'b.txt'), message: expect.stringMatching(/^in\/b\.txt: /) }]);
    expect(JSON.parse(readFileSync(join(work, 'out', 'a.ninjs.json'), 'utf8')).people).toHaveLength(7);
  });
});
