/**
 * The Electron transport: binds every call of the handler table to `ipcMain.handle` on its
 * channel. A call whose sender frame is not the app's own top-level renderer is refused
 * before the payload is even looked at.
 */
import type * as Electron from 'electron';
import { CALL_NAMES, ipcChannel } from '../../core/api/contract.ts';
import type { ApiResult } from '../../core/api/result.ts';
import { dispatch } from '../../node/api/dispatch.ts';
import type { HandlerTable } from '../../node/api/handler-types.ts';
import { isTrustedSenderUrl } from './security.ts';

/** Binds the table; returns a function that unbinds it. */
export function bindIpc(ipcMain: Pick<Electron.IpcMain, 'handle' | 'removeHandler'>, table: HandlerTable): () => void {
  for (const name of CALL_NAMES) {
    ipcMain.handle(ipcChannel(name), async (event, payload: unknown): Promise<ApiResult<unknown>> => {
      const frame = event.senderFrame;
      if (!frame || frame.parent !== null || !isTrustedSenderUrl(frame.url)) {
        return { ok: false, error: { code: 'forbidden-sender', message: `${name}: refused a call from an untrusted frame` } };
      }
      return dispatch(table, name, payload, { transport: 'electron' });
    });
  }
  return () => {
    for (const name of CALL_NAMES) ipcMain.removeHandler(ipcChannel(name));
  };
}
