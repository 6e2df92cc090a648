/**
 * THE handler table: one handler per API call, shared by the Electron IPC binding and the
 * web-mode HTTP server so that both transports behave identically.
 */
import type { HandlerTable } from './handler-types.ts';
import type { BackendServices } from './services.ts';
import { appHandlers } from './handlers/app.ts';
import { documentHandlers } from './handlers/documents.ts';

/** Builds the handler table over `services`. */
export function createHandlerTable(services: BackendServices): HandlerTable {
  return Object.freeze({
    ...appHandlers(services),
    ...documentHandlers(services),
  });
}
