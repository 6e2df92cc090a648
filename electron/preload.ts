/**
 * The preload script: exposes exactly the API contract to the renderer as `window.copydesk`
 * through contextBridge, one function per call, plus a subscription to host commands and a
 * way to tell the host the UI language (the menu follows it). It
 * never exposes ipcRenderer itself, and imports nothing but `electron` and types.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { CallName, HostCommandMessage } from '../core/api/contract.ts';
import type { ApiResult } from '../core/api/result.ts';
import type { UiLanguage } from '../core/i18n/ui-language.ts';

// Listed here rather than imported because the preload may import only `electron`; the
// mapped type makes a missing or extra call a compile error.
const CALLS: { readonly [K in CallName]: true } = {
  'app.info': true,
  'documents.openInitial': true,
  'documents.open': true,
  'documents.import': true,
  'documents.recent': true,
  'documents.new': true,
  'documents.save': true,
  'documents.stat': true,
  'documents.journalWrite': true,
  'documents.journalPatch': true,
  'documents.saveJournalled': true,
  'documents.journalList': true,
  'documents.journalDiscard': true,
  'documents.versions': true,
  'documents.version': true,
  'tags.suggest': true,
  'tags.registry': true,
  'tags.registryUpsert': true,
  'tags.registryMerge': true,
  'tags.registryDelete': true,
  'tags.registryImport': true,
  'tags.registryExport': true,
  'tags.confirm': true,
  'export.capabilities': true,
  'export.render': true,
  'export.write': true,
  'export.batch': true,
  'export.batchStart': true,
  'export.batchStatus': true,
  'export.batchCancel': true,
  'export.checkFolder': true,
  'export.pickFolder': true,
  'export.settings': true,
  'library.status': true,
  'library.search': true,
  'library.article': true,
};

const HOST_COMMAND_CHANNEL = 'copydesk:host-command';
const UI_LANGUAGE_CHANNEL = 'copydesk:ui-language';

/** The object the renderer sees as `window.copydesk`. */
export interface CopydeskBridge {
  readonly invoke: { readonly [K in CallName]: (request: unknown) => Promise<ApiResult<unknown>> };
  onHostCommand(listener: (message: HostCommandMessage) => void): () => void;
  /** Tells the host the UI language, so the application menu speaks it too. */
  setUiLanguage(language: UiLanguage): void;
}

const invoke = Object.fromEntries(
  (Object.keys(CALLS) as CallName[]).map((name) => [
    name,
    (request: unknown) => ipcRenderer.invoke(`copydesk:${name}`, request) as Promise<ApiResult<unknown>>,
  ]),
) as CopydeskBridge['invoke'];

const bridge: CopydeskBridge = {
  invoke,
  onHostCommand(listener) {
    const wrapped = (_event: unknown, message: HostCommandMessage) => listener(message);
    ipcRenderer.on(HOST_COMMAND_CHANNEL, wrapped);
    return () => ipcRenderer.removeListener(HOST_COMMAND_CHANNEL, wrapped);
  },
  setUiLanguage(language) {
    ipcRenderer.send(UI_LANGUAGE_CHANNEL, language);
  },
};

contextBridge.exposeInMainWorld('copydesk', bridge);
