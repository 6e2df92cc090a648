/** Handlers of the "documents" API area: open from disk, open uploads, recent list. */
import { basename, isAbsolute, resolve } from 'node:path';
import { ApiFailure } from '../../../core/api/result.ts';
import type { DocumentResponses, OpenedDocument } from '../../../core/api/documents.ts';
import { openDocumentFile, importDocumentBytes } from '../../documents/open-document.ts';
import type { AreaHandlers } from '../handler-types.ts';
import type { BackendServices } from '../services.ts';

type DocumentCalls = keyof DocumentResponses;

const notYet = async (): Promise<never> => {
  throw new ApiFailure('unsupported', 'not available in this build yet');
};

/** Builds the document handlers. */
export function documentHandlers(services: BackendServices): AreaHandlers<DocumentCalls> {
  const openPath = async (path: string): Promise<OpenedDocument> => {
    const absolute = isAbsolute(path) ? path : resolve(services.documentsDir, path);
    const article = await openDocumentFile(absolute);
    await services.recent.touch(absolute, basename(absolute)).catch(() => undefined);
    return { path: absolute, name: basename(absolute), article };
  };

  return {
    'documents.openInitial': async () => {
      for (const recent of await services.recent.list()) {
        try {
          return await openPath(recent.path);
        } catch {
          // The last document may have been moved or deleted: fall back to the next one.
        }
      }
      return openPath(services.sampleDocumentPath);
    },
    'documents.open': async ({ path }) => openPath(path),
    'documents.import': async ({ fileName, dataBase64 }) => {
      const bytes = Buffer.from(dataBase64, 'base64');
      const name = basename(fileName.replace(/\\/g, '/'));
      if (!name) throw new ApiFailure('bad-input', 'the uploaded file has no name');
      return { name, article: await importDocumentBytes(name, new Uint8Array(bytes)) };
    },
    'documents.recent': async () => services.recent.list(),
    // The persistence calls below are being built (issue 3); until then they answer `unsupported`.
    'documents.new': notYet,
    'documents.save': notYet,
    'documents.stat': notYet,
    'documents.journalWrite': notYet,
    'documents.journalList': notYet,
    'documents.journalDiscard': notYet,
    'documents.versions': notYet,
    'documents.version': notYet,
  };
}
