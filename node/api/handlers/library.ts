/**
 * Handlers of the "library" API area. The library of the documents folder starts on the
 * first library call (not at backend start, so the editor alone never pays for indexing)
 * and is closed with the backend.
 */
import type { LibraryResponses } from '../../../core/api/library.ts';
import { LibraryService } from '../../library/library-service.ts';
import { suggestTags } from '../../library/suggest.ts';
import type { AreaHandlers } from '../handler-types.ts';
import type { BackendServices } from '../services.ts';

/** Builds the library handlers. */
export function libraryHandlers(services: BackendServices): AreaHandlers<keyof LibraryResponses & string> {
  let library: LibraryService | undefined;
  const open = (): LibraryService => {
    if (!library) {
      const started = LibraryService.start({ root: services.documentsDir, suggest: suggestTags });
      library = started;
      services.disposers.push(() => started.close());
    }
    return library;
  };
  return {
    'library.status': async () => open().status(),
    'library.search': async (request) => open().search(request),
    'library.article': async (request) => open().article(request.path),
  };
}
