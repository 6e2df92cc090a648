/** Handlers of the "tags" API area. */
import type { TagsResponses } from '../../../core/api/tags.ts';
import type { AreaHandlers } from '../handler-types.ts';
import type { BackendServices } from '../services.ts';

/** Builds the tags handlers. */
export function tagsHandlers(_services: BackendServices): AreaHandlers<keyof TagsResponses & string> {
  return {};
}
