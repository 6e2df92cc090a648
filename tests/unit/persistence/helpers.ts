/** A documents-area backend over temporary folders, called through the real dispatch (validation included). */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiResult } from '../../../core/api/result.ts';
import type { ApiResponse, CallName } from '../../../core/api/contract.ts';
import { dispatch } from '../../../node/api/dispatch.ts';
import type { HandlerTable } from '../../../node/api/handler-types.ts';
import { documentHandlers } from '../../../node/api/handlers/documents.ts';
import type { AtomicWriteFs } from '../../../node/util/atomic-write.ts';
import { createBackendServices, type BackendServices } from '../../../node/api/services.ts';
import { REPO_ROOT } from '../../support/web-app.ts';

/** A backend whose documents folder is a fresh copy of the sample library. */
export interface TestBackend {
  readonly services: BackendServices;
  readonly documentsDir: string;
  readonly userDataDir: string;
  /** Calls `name` and returns the raw result. */
  call(name: CallName, payload: unknown): Promise<ApiResult<unknown>>;
  /** Calls `name` and returns its value, failing the test on an error result. */
  ok<K extends CallName>(name: K, payload: unknown): Promise<ApiResponse<K>>;
}

/** Starts a backend over temporary copies; pass `userDataDir` to simulate a restart. */
export function testBackend(options: { documentsDir?: string; userDataDir?: string; fs?: AtomicWriteFs } = {}): TestBackend {
  const base = mkdtempSync(join(tmpdir(), 'copydesk-persist-'));
  const documentsDir = options.documentsDir ?? join(base, 'documents');
  if (!options.documentsDir) cpSync(join(REPO_ROOT, 'documents'), documentsDir, { recursive: true });
  const userDataDir = options.userDataDir ?? join(base, 'user-data');
  const services = createBackendServices({ appRoot: REPO_ROOT, documentsDir, userDataDir, version: '1', platform: process.platform });
  const table = documentHandlers(services, options.fs ? { fs: options.fs } : {}) as unknown as HandlerTable;
  const call = (name: CallName, payload: unknown) => dispatch(table, name, payload, { transport: 'web' }, () => undefined);
  return {
    services,
    documentsDir,
    userDataDir,
    call,
    async ok(name, payload) {
      const result = await call(name, payload);
      if (!result.ok) throw new Error(`${name} failed: ${result.error.code}: ${result.error.message}`);
      return result.value as ApiResponse<typeof name>;
    },
  };
}

/** An error with a Node errno code, as the file system throws. */
export function fsError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected`), { code });
}
