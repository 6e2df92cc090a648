/** The transport-independent boundary: validation, unknown calls, failures as results. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../node/api/dispatch.ts';
import { createHandlerTable } from '../../../node/api/handler-table.ts';
import { createBackendServices } from '../../../node/api/services.ts';
import type { HandlerTable } from '../../../node/api/handler-types.ts';
import { REPO_ROOT } from '../../support/web-app.ts';

const userDataDir = mkdtempSync(join(tmpdir(), 'copydesk-dispatch-'));
const table = createHandlerTable(
  createBackendServices({ appRoot: REPO_ROOT, documentsDir: join(REPO_ROOT, 'documents'), userDataDir, version: '1', platform: 'linux' }),
);
const web = { transport: 'web' as const };

describe('dispatch', () => {
  it('rejects names that are not calls, including prototype keys', async () => {
    for (const name of ['nope', '__proto__', 'constructor', 'toString', 42, null]) {
      expect(await dispatch(table, name, {}, web)).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
    }
  });

  it('rejects payloads that do not match the schema, naming the field', async () => {
    expect(await dispatch(table, 'documents.open', { path: '' }, web)).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringMatching(/path/) },
    });
    expect(await dispatch(table, 'documents.open', { path: 'a', extra: 1 }, web)).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(await dispatch(table, 'app.info', [], web)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('turns a missing document into not-found with one line', async () => {
    const result = await dispatch(table, 'documents.open', { path: '/no/such/file.txt' }, web);
    expect(result).toEqual({ ok: false, error: { code: 'not-found', message: 'file.txt: no such file' } });
  });

  it('opens the sample at start-up and remembers it in the recent list', async () => {
    const opened = await dispatch(table, 'documents.openInitial', {}, web);
    expect(opened).toMatchObject({ ok: true, value: { name: 'kaztag-blinken-kazakhstan.txt' } });
    const recent = await dispatch(table, 'documents.recent', {}, web);
    expect(recent).toMatchObject({ ok: true, value: [{ name: 'kaztag-blinken-kazakhstan.txt' }] });
  });

  it('reports an unexpected handler exception as internal without crashing', async () => {
    const broken = {
      ...table,
      'app.info': async () => {
        throw new TypeError('boom\nsecond line');
      },
    } as HandlerTable;
    const reported: unknown[] = [];
    const result = await dispatch(broken, 'app.info', {}, web, (_call, error) => reported.push(error));
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'app.info failed: boom' } });
    expect(reported).toHaveLength(1);
  });

  it('imports uploaded bytes through the import code and refuses bad ones', async () => {
    const text = Buffer.from('Заголовок\n\nАстана. 1 мая. КазТАГ – Текст.').toString('base64');
    expect(await dispatch(table, 'documents.import', { fileName: 'a.txt', dataBase64: text }, web)).toMatchObject({
      ok: true,
      value: { name: 'a.txt', article: { headline: 'Заголовок' } },
    });
    const exe = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 1, 2, 3]).toString('base64');
    expect(await dispatch(table, 'documents.import', { fileName: 'a.txt', dataBase64: exe }, web)).toMatchObject({
      ok: false,
      error: { code: 'bad-input', message: 'a.txt: not a text document: it looks like an executable' },
    });
    expect(await dispatch(table, 'documents.import', { fileName: 'a.exe', dataBase64: text }, web)).toMatchObject({
      ok: false,
      error: { code: 'bad-input', message: expect.stringMatching(/unsupported file type ".exe"/) },
    });
  });
});
