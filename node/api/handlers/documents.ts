/**
 * Handlers of the "documents" API area: open from disk or uploads, recent list, new,
 * atomic save with conflict detection, the crash journal and version history.
 */
import { basename, join } from 'node:path';
import { ApiFailure } from '../../../core/api/result.ts';
import type { DocumentResponses, OpenedDocument, SavedDocument } from '../../../core/api/documents.ts';
import type { Article } from '../../../core/article/model.ts';
import { emptyArticle } from '../../../core/article/model.ts';
import { importDocumentBytes } from '../../documents/open-document.ts';
import { openDocumentWithRevision } from '../../documents/open-with-revision.ts';
import { resolveDocumentPath } from '../../documents/document-path.ts';
import { DocumentSaver } from '../../documents/save-document.ts';
import { CrashJournal } from '../../documents/journal.ts';
import { JournalPatchRefused } from '../../documents/journal-patch.ts';
import { VersionStore } from '../../documents/versions.ts';
import { readRevision } from '../../documents/revision.ts';
import { describeFsError } from '../../documents/read-document-file.ts';
import type { AtomicWriteFs } from '../../util/atomic-write.ts';
import type { AreaHandlers } from '../handler-types.ts';
import type { BackendServices } from '../services.ts';

type DocumentCalls = keyof DocumentResponses;

/** Test seams of the document handlers; production passes none. */
export interface DocumentHandlerOptions {
  /** The file-system steps of atomic saves (tests inject failures at each step). */
  readonly fs?: AtomicWriteFs;
}

/** Builds the document handlers. */
export function documentHandlers(services: BackendServices, options: DocumentHandlerOptions = {}): AreaHandlers<DocumentCalls> {
  const versions = new VersionStore(join(services.userDataDir, 'versions'));
  const journal = new CrashJournal(join(services.userDataDir, 'journal'));
  const saver = new DocumentSaver({
    versions,
    ...(options.fs ? { fs: options.fs } : {}),
    warn: (message) => process.stderr.write(`copydesk: ${message}\n`),
  });
  const resolvePath = (path: string) => resolveDocumentPath(services.documentsDir, path);

  const openPath = async (path: string): Promise<OpenedDocument> => {
    const absolute = resolvePath(path);
    const { article, revision } = await openDocumentWithRevision(absolute);
    await services.recent.touch(absolute, basename(absolute)).catch(() => undefined);
    return { path: absolute, name: basename(absolute), article, revision };
  };

  const save = async (path: string, article: Article, baseRevision?: string | null, overwrite?: boolean): Promise<SavedDocument> => {
    const absolute = resolvePath(path);
    const saved = await saver.save({ path: absolute, article, baseRevision, overwrite });
    await services.recent.touch(absolute, saved.name).catch(() => undefined);
    return saved;
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
    'documents.new': async ({ language }) => {
      const article = emptyArticle(language);
      return { name: 'untitled', article: { ...article, meta: { ...article.meta, created: new Date().toISOString() } } };
    },
    'documents.save': ({ path, article, baseRevision, overwrite }) => save(path, article, baseRevision, overwrite),
    'documents.saveJournalled': async ({ key, base, path, baseRevision, overwrite }) => {
      const article = await journal.articleOf(key, base);
      if (!article) throw new ApiFailure('not-found', 'the recovery copy to save from is gone: send the whole article');
      return save(path, article, baseRevision, overwrite);
    },
    'documents.stat': async ({ path }) => {
      const absolute = resolvePath(path);
      try {
        return { revision: await readRevision(absolute) };
      } catch (error) {
        throw new ApiFailure('io', `${basename(absolute)}: cannot check: ${describeFsError(error)}`);
      }
    },
    'documents.journalWrite': async (request) => {
      try {
        return { id: await journal.write(request) };
      } catch (error) {
        throw new ApiFailure('io', `cannot keep the recovery copy of ${request.name}: ${describeFsError(error)}`);
      }
    },
    'documents.journalPatch': async (request) => {
      try {
        return { id: await journal.patch(request) };
      } catch (error) {
        if (error instanceof JournalPatchRefused) {
          const code = error.reason === 'stale-base' ? 'conflict' : 'bad-input';
          throw new ApiFailure(code, `cannot update the recovery copy of ${request.name}: ${error.message}; send the whole article`);
        }
        throw new ApiFailure('io', `cannot keep the recovery copy of ${request.name}: ${describeFsError(error)}`);
      }
    },
    'documents.journalList': async () => journal.list(),
    'documents.journalDiscard': async ({ key }) => {
      await journal.discard(key);
      return {};
    },
    'documents.versions': async ({ path }) =>
      (await versions.list(resolvePath(path))).map(({ id, savedAt, size, sizeDelta }) => ({ id, savedAt, size, sizeDelta })),
    'documents.version': async ({ path, id }) => {
      const absolute = resolvePath(path);
      let article;
      try {
        article = await versions.read(absolute, id);
      } catch (error) {
        throw new ApiFailure('io', `${basename(absolute)}: cannot read that version: ${describeFsError(error)}`);
      }
      if (!article) throw new ApiFailure('not-found', `${basename(absolute)}: that version is no longer kept`);
      return { path: absolute, name: basename(absolute), article };
    },
  };
}
