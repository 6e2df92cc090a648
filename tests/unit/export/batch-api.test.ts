/** The export API's background batch jobs, folder checks, folder picker and remembered settings. */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../core/api/result.ts';
import type { BatchJobStatus } from '../../../core/api/export.ts';
import { startCopydesk } from '../../../electron/main/app.ts';
import { createHandlerTable } from '../../../node/api/handler-table.ts';
import { dispatch } from '../../../node/api/dispatch.ts';
import { createBackendServices, disposeBackendServices, type BackendServices } from '../../../node/api/services.ts';
import { createFakeElectron, FakeBrowserWindow } from '../../support/fake-electron.ts';
import { REPO_ROOT } from '../../support/web-app.ts';
import { SAMPLE_PATH } from './helpers.ts';

let work: string;
let services: BackendServices;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'copydesk-batch-api-'));
  mkdirSync(join(work, 'in'));
  copyFileSync(SAMPLE_PATH, join(work, 'in', 'a-sample.txt'));
  writeFileSync(join(work, 'in', 'broken.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  writeFileSync(join(work, 'in', 'second.txt'), 'Второй заголовок\n\nАлматы. 3 марта. КазТАГ – Первый абзац.\n');
});

function api() {
  services = createBackendServices({
    appRoot: REPO_ROOT,
    documentsDir: work,
    userDataDir: join(work, 'user'),
    version: '0',
    platform: 'linux',
  });
  const handlers = createHandlerTable(services);
  return async <T>(name: string, payload: unknown): Promise<ApiResult<T>> =>
    (await dispatch(handlers, name, payload, { transport: 'web' }, () => undefined)) as ApiResult<T>;
}

function value<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

async function finished(call: ReturnType<typeof api>, job: string): Promise<BatchJobStatus[]> {
  const seen: BatchJobStatus[] = [];
  for (;;) {
    const status = value(await call<BatchJobStatus>('export.batchStatus', { job }));
    seen.push(status);
    if (status.state !== 'running') return seen;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('export.batchStart / batchStatus', () => {
  it('exports a folder with one corrupt file in the background: others written, the failure named', async () => {
    const call = api();
    const started = value(await call<{ job: string; total: number }>('export.batchStart', { paths: ['in'], format: 'html', dir: 'out' }));
    expect(started.total).toBe(3);
    const seen = await finished(call, started.job);
    const last = seen.at(-1) as BatchJobStatus;
    expect(last).toMatchObject({ state: 'done', done: 3, total: 3, exported: 2, dir: join(work, 'out'), existing: [] });
    expect(last.failed).toHaveLength(1);
    expect(last.failed[0]?.source).toBe(join('in', 'broken.txt'));
    expect(last.failed[0]?.message).toMatch(/^in\/broken\.txt: \S/);
    expect(last.failed[0]?.message).not.toContain('\n');
    expect(readdirSync(join(work, 'out')).sort()).toEqual(['a-sample.html', 'second.html']);
    // Progress only grows.
    for (let i = 1; i < seen.length; i++)
      expect((seen[i] as BatchJobStatus).done).toBeGreaterThanOrEqual((seen[i - 1] as BatchJobStatus).done);
    await disposeBackendServices(services);
  });

  it('lists existing files instead of replacing them; a second job with "overwrite" replaces just those', async () => {
    const call = api();
    mkdirSync(join(work, 'out'));
    writeFileSync(join(work, 'out', 'second.html'), 'precious');
    const first = value(
      await call<{ job: string }>('export.batchStart', { paths: ['in/a-sample.txt', 'in/second.txt'], format: 'html', dir: 'out' }),
    );
    const status = (await finished(call, first.job)).at(-1) as BatchJobStatus;
    expect(status).toMatchObject({
      exported: 1,
      failed: [],
      existing: [{ source: 'in/second.txt', path: join(work, 'out', 'second.html') }],
    });
    expect(readFileSync(join(work, 'out', 'second.html'), 'utf8')).toBe('precious');
    const again = value(
      await call<{ job: string }>('export.batchStart', { paths: ['in/second.txt'], format: 'html', dir: 'out', conflict: 'overwrite' }),
    );
    expect((await finished(call, again.job)).at(-1)).toMatchObject({ exported: 1, existing: [], failed: [] });
    expect(readFileSync(join(work, 'out', 'second.html'), 'utf8')).toMatch(/^<!doctype html>/);
    await disposeBackendServices(services);
  });

  it('cancel stops the job after the articles in flight; what was written stays', async () => {
    for (let i = 0; i < 300; i++) copyFileSync(SAMPLE_PATH, join(work, 'in', `copy-${String(i).padStart(3, '0')}.txt`));
    const call = api();
    const started = value(await call<{ job: string; total: number }>('export.batchStart', { paths: ['in'], format: 'ninjs', dir: 'many' }));
    const cancelled = value(await call<BatchJobStatus>('export.batchCancel', { job: started.job }));
    expect(cancelled.state).toBe('cancelled');
    expect(cancelled.done).toBeLessThan(started.total);
    expect(cancelled.exported + cancelled.failed.length).toBe(cancelled.done);
    expect(existsSync(join(work, 'many')) ? readdirSync(join(work, 'many')).length : 0).toBe(cancelled.exported);
    await disposeBackendServices(services);
  });

  it('an unknown job, a bad destination and PDF without a printer are one-line failures', async () => {
    const call = api();
    expect(await call('export.batchStatus', { job: 'nope' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await call('export.batchStatus', { job: '../x' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    writeFileSync(join(work, 'file'), 'x');
    expect(await call('export.batchStart', { paths: ['in'], format: 'html', dir: 'file' })).toEqual({
      ok: false,
      error: { code: 'io', message: 'file: not a folder' },
    });
    expect(await call('export.batchStart', { paths: ['in'], format: 'pdf', dir: 'out' })).toMatchObject({
      ok: false,
      error: { code: 'unsupported' },
    });
    expect(existsSync(join(work, 'out'))).toBe(false);
  });
});

describe('export.checkFolder', () => {
  it('accepts a writable folder, and a missing one below a folder without creating it', async () => {
    const call = api();
    expect(await call('export.checkFolder', { dir: 'in' })).toEqual({ ok: true, value: { path: join(work, 'in'), exists: true } });
    expect(await call('export.checkFolder', { dir: 'new/deeper' })).toEqual({
      ok: true,
      value: { path: join(work, 'new', 'deeper'), exists: false },
    });
    expect(existsSync(join(work, 'new'))).toBe(false);
    expect(readdirSync(join(work, 'in')).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('refuses a file, a path below a file, and a folder that cannot be written to', async () => {
    const call = api();
    expect(await call('export.checkFolder', { dir: 'in/second.txt' })).toEqual({
      ok: false,
      error: { code: 'io', message: 'in/second.txt: not a folder' },
    });
    expect(await call('export.checkFolder', { dir: join(work, 'in/second.txt/sub') })).toMatchObject({
      ok: false,
      error: { code: 'io', message: expect.stringMatching(/second\.txt\/sub: not a folder/) },
    });
    // /proc cannot take files even for root.
    expect(await call('export.checkFolder', { dir: '/proc' })).toMatchObject({
      ok: false,
      error: { code: 'io', message: expect.stringMatching(/^\/proc: cannot write there \(.+\)$/) },
    });
  });
});

describe('export.settings', () => {
  it('remembers settings in the user-data folder; a damaged file reads as none; bad settings are refused', async () => {
    const call = api();
    expect(await call('export.settings', {})).toEqual({ ok: true, value: { settings: null } });
    const settings = { format: 'ninjs', destination: 'download', dir: '/tmp/x', pageSize: 'Letter', used: true };
    expect(await call('export.settings', { set: settings })).toEqual({ ok: true, value: { settings } });
    expect(await api()('export.settings', {})).toEqual({ ok: true, value: { settings } });
    expect(JSON.parse(readFileSync(join(work, 'user', 'export-settings.json'), 'utf8'))).toEqual(settings);
    expect(await call('export.settings', { set: { ...settings, format: 'exe' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    writeFileSync(join(work, 'user', 'export-settings.json'), '{"format": ');
    expect(await call('export.settings', {})).toEqual({ ok: true, value: { settings: null } });
  });
});

describe('export.pickFolder', () => {
  it('is unsupported without a native picker (web mode)', async () => {
    expect(await api()('export.pickFolder', {})).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });

  it('in the desktop app opens a folder dialog on the main window; Cancel answers null', async () => {
    const fake = createFakeElectron({ userData: join(work, 'user'), documents: work });
    const started = startCopydesk(fake.api, { appRoot: REPO_ROOT, preloadPath: 'p', rendererDir: 'r', documentsDir: work, isDev: false });
    if (!started) throw new Error('did not start');
    const window = await started.ready;
    const call = (payload: unknown) => dispatch(started.table, 'export.pickFolder', payload, { transport: 'electron' }, () => undefined);
    expect(await call({})).toEqual({ ok: true, value: { path: null } });
    fake.nextPickedFolder = '/picked/folder';
    expect(await call({ start: 'in' })).toEqual({ ok: true, value: { path: '/picked/folder' } });
    expect(fake.openDialogs).toHaveLength(2);
    expect(fake.openDialogs[0]?.parent).toBe(window);
    expect(fake.openDialogs[0]?.parent).toBeInstanceOf(FakeBrowserWindow);
    expect(fake.openDialogs[0]?.options.properties).toEqual(['openDirectory', 'createDirectory']);
    expect(fake.openDialogs[0]?.options.defaultPath).toBe(work);
    expect(fake.openDialogs[1]?.options.defaultPath).toBe(join(work, 'in'));
  });
});
