/** Handlers of the "export" API area. */
import type { ExportResponses } from '../../../core/api/export.ts';
import type { AreaHandlers } from '../handler-types.ts';
import type { BackendServices } from '../services.ts';

/** Builds the export handlers. */
export function exportHandlers(_services: BackendServices): AreaHandlers<keyof ExportResponses & string> {
  return {};
}
