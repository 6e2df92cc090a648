/**
 * The one typed API contract between renderer and backend. Both transports (Electron IPC
 * and the web-mode HTTP server) serve exactly these calls from one handler table, and the
 * renderer's client is typed by them.
 *
 * To add a call: add its request schema to an area's `…Requests` object and its response
 * type to that area's `…Responses` interface. The compiler then demands a handler, a
 * preload entry and nothing else.
 */
import type { z } from 'zod';
import { appRequests, type AppResponses } from './app.ts';
import { documentRequests, type DocumentResponses } from './documents.ts';
import { exportRequests, type ExportResponses } from './export.ts';
import { libraryRequests, type LibraryResponses } from './library.ts';
import { tagsRequests, type TagsResponses } from './tags.ts';

/** Every call's request schema, keyed by call name ("area.verb"). */
export const requestSchemas = {
  ...appRequests,
  ...documentRequests,
  ...libraryRequests,
  ...tagsRequests,
  ...exportRequests,
} as const;

/** The name of an API call. */
export type CallName = keyof typeof requestSchemas;

/** Every call's response type. */
export interface ApiResponses extends AppResponses, DocumentResponses, LibraryResponses, TagsResponses, ExportResponses {}

/** The validated request of call `K`. */
export type ApiRequest<K extends CallName> = z.infer<(typeof requestSchemas)[K]>;

/** The response of call `K`. */
export type ApiResponse<K extends CallName> = K extends keyof ApiResponses ? ApiResponses[K] : never;

/** The API as the renderer sees it: one async method per call. */
export type CopydeskApi = { readonly [K in CallName]: (request: ApiRequest<K>) => Promise<ApiResponse<K>> };

/** All call names, for transports that bind them one by one. */
export const CALL_NAMES = Object.keys(requestSchemas) as CallName[];

/** The IPC channel that carries call `name`. */
export function ipcChannel(name: CallName): string {
  return `copydesk:${name}`;
}

/** The HTTP path that carries call `name` in web mode. */
export function httpPath(name: CallName): string {
  return `/api/${name}`;
}

/**
 * Commands the host sends to the renderer (application menu, second instance, ...). The
 * renderer's toolbar and keyboard shortcuts run the same commands, so every action has one
 * name whichever way it is reached.
 */
export type HostCommand =
  | 'file.new'
  | 'file.open'
  | 'file.openPath'
  | 'file.save'
  | 'file.saveAs'
  | 'file.close'
  | 'file.export'
  | 'edit.find'
  | 'edit.replace'
  | 'edit.link'
  | 'view.library'
  | 'view.document'
  | 'view.history'
  | 'settings.autosave'
  | 'app.quit'
  | 'app.about'
  | 'tags.person'
  | 'tags.country'
  | 'tags.acceptAll'
  | 'tags.registry'
  | FormatCommand;

/** Formatting commands of the Format menu (the editor's own keys run the same commands). */
export type FormatCommand =
  | 'format.bold'
  | 'format.italic'
  | 'format.paragraph'
  | 'format.subheading'
  | 'format.quote'
  | 'format.bullets'
  | 'format.numbers'
  | 'format.lift';

/** A command from the host with its optional argument. */
export interface HostCommandMessage {
  readonly command: HostCommand;
  readonly argument?: string;
}

/** The IPC channel for host commands. */
export const HOST_COMMAND_CHANNEL = 'copydesk:host-command';

/** The IPC channel on which the renderer tells the desktop host its UI language (the menu follows it). */
export const UI_LANGUAGE_CHANNEL = 'copydesk:ui-language';
