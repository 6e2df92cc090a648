/**
 * One open document: where it lives, the editor state that holds its text, and what is on
 * disk. The editor state is the single source of truth for the text; `savedDoc` is the
 * document as last loaded or saved, so "dirty" is an honest comparison (undoing back to the
 * saved text makes the tab clean again).
 */
import type { Node as PmNode } from 'prosemirror-model';
import type { Command, EditorState } from 'prosemirror-state';
import type { Article } from '../../../../core/article/model.ts';
import { NATIVE_EXTENSION } from '../../../../core/article/native.ts';
import type { ApiRequest } from '../../../../core/api/contract.ts';
import type { OpenedDocument } from '../../../../core/api/documents.ts';
import { docToArticle } from '../../features/editor/convert.ts';
import { createStoryState, type EditorHooks } from '../../features/editor/create-editor.ts';

/** A change on disk the user must decide about (the buffer had unsaved edits). */
export interface ExternalChange {
  /** The on-disk revision, null when the file was deleted. */
  readonly revision: string | null;
  /** The article on disk (absent when deleted). */
  readonly article?: Article;
}

/** The article as the API's request schemas type it (mutable arrays; the value is the same). */
export type ApiArticle = ApiRequest<'documents.save'>['article'];

let counter = 0;

/** A fresh journal key: unique within this renderer and across restarts. */
function newKey(): string {
  const random = globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return `tab-${++counter}-${random}`;
}

/** True for paths in the native format, which Save may overwrite in place. */
export function isNativePath(path: string | undefined): path is string {
  const lower = path?.toLowerCase();
  return lower !== undefined && (lower.endsWith(NATIVE_EXTENSION) || lower.endsWith('.copydesk'));
}

/** An open document tab. */
export class DocumentTab {
  /** Identifies the tab's crash journal entry. */
  readonly key: string;
  path = $state<string | undefined>();
  name = $state('');
  /** The on-disk revision last loaded or saved; null for never-saved documents. */
  revision = $state<string | null>(null);
  editorState = $state.raw<EditorState>() as EditorState;
  savedDoc = $state.raw<PmNode>() as PmNode;
  saving = $state(false);
  externalChange = $state<ExternalChange | null>(null);
  /** An on-disk revision the user chose to decide about later: polling does not ask again for it. */
  snoozedRevision: string | null = null;
  /** Bumped by every save and reload, so a stale poll result can be recognised and dropped. */
  generation = 0;
  readonly dirty = $derived(!this.editorState.doc.eq(this.savedDoc));

  constructor(opened: OpenedDocument, hooks: EditorHooks, key?: string) {
    this.key = key ?? newKey();
    this.path = opened.path;
    this.name = opened.name;
    this.revision = opened.revision ?? null;
    this.editorState = createStoryState(opened.article, hooks);
    this.savedDoc = this.editorState.doc;
  }

  /** The article the editor holds now. */
  article(): Article {
    return docToArticle(this.editorState.doc);
  }

  /** The same article, typed for an API request. */
  apiArticle(): ApiArticle {
    return this.article() as ApiArticle;
  }

  /** Runs an editing command against the tab's state (the mounted view follows). */
  run(command: Command): boolean {
    return command(this.editorState, (tr) => {
      this.editorState = this.editorState.apply(tr);
    });
  }

  /** Records that the current text (or `doc`) is what is on disk at `revision`. */
  markSaved(doc: PmNode, revision: string | null): void {
    this.savedDoc = doc;
    this.revision = revision;
    this.generation++;
  }
}
