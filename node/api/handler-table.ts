/**
 * THE handler table: one handler per API call, shared by the Electron IPC binding and the
 * web-mode HTTP server so that both transports behave identically.
 */
import type { HandlerTable } from './handler-types.ts';
import type { BackendServices } from './services.ts';
import { appHandlers } from './handlers/app.ts';
import { documentHandlers } from './handlers/documents.ts';
import { exportHandlers } from './handlers/export.ts';
import { libraryHandlers } from './handlers/library.ts';
import { tagsHandlers } from './handlers/tags.ts';

/** Builds the handler table over `services`. */
export function createHandlerTable(services: BackendServices): HandlerTable {
  return Object.freeze({
    ...appHandlers(services),
    ...documentHandlers(services),
    ...libraryHandlers(services),
    ...tagsHandlers(services),
    ...exportHandlers(services),
  });
}
