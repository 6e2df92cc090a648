/**
 * The Electron transport: binds every call of the handler table to `ipcMain.handle` on its
 * channel. A call whose sender frame is not the app's own top-level renderer is refused
 * before the payload is even looked at.
 */
import type * as Electron from 'electron';
import { CALL_NAMES, UI_LANGUAGE_CHANNEL, ipcChannel } from '../../core/api/contract.ts';
import { isUiLanguage, type UiLanguage } from '../../core/i18n/ui-language.ts';
import type { ApiResult } from '../../core/api/result.ts';
import { dispatch } from '../../node/api/dispatch.ts';
import type { HandlerTable } from '../../node/api/handler-types.ts';
import { isTrustedSenderUrl } from './security.ts';

/** Whether an IPC event comes from the app's own top-level renderer. */
function fromTrustedFrame(event: Electron.IpcMainEvent | Electron.IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return Boolean(frame && frame.parent === null && isTrustedSenderUrl(frame.url));
}

/**
 * Listens for the renderer's UI language (`UI_LANGUAGE_CHANNEL`) and passes each valid one
 * to `apply`; a message from an untrusted frame, or anything but a UI language, is ignored.
 */
export function bindUiLanguage(ipcMain: Pick<Electron.IpcMain, 'on'>, apply: (language: UiLanguage) => void): void {
  ipcMain.on(UI_LANGUAGE_CHANNEL, (event, language: unknown) => {
    if (fromTrustedFrame(event) && isUiLanguage(language)) apply(language);
  });
}

/** Binds the table; returns a function that unbinds it. */
export function bindIpc(ipcMain: Pick<Electron.IpcMain, 'handle' | 'removeHandler'>, table: HandlerTable): () => void {
  for (const name of CALL_NAMES) {
    ipcMain.handle(ipcChannel(name), async (event, payload: unknown): Promise<ApiResult<unknown>> => {
      if (!fromTrustedFrame(event)) {
        return { ok: false, error: { code: 'forbidden-sender', message: `${name}: refused a call from an untrusted frame` } };
      }
      return dispatch(table, name, payload, { transport: 'electron' });
    });
  }
  return () => {
    for (const name of CALL_NAMES) ipcMain.removeHandler(ipcChannel(name));
  };
}
