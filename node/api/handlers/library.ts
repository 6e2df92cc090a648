/** Handlers of the "library" API area. */
import type { LibraryResponses } from '../../../core/api/library.ts';
import type { AreaHandlers } from '../handler-types.ts';
import type { BackendServices } from '../services.ts';

/** Builds the library handlers. */
export function libraryHandlers(_services: BackendServices): AreaHandlers<keyof LibraryResponses & string> {
  return {};
}
