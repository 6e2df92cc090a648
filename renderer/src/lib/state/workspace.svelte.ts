/**
 * The open documents (tabs) and the actions on them: open, new, save, save as, close.
 * Invariants: a path is open in at most one tab (opening it again focuses that tab); a
 * failed open or save changes nothing but `error`; closing a tab with unsaved changes asks
 * first; nothing here ever drops the editor's text without the user saying so.
 */
import type { CopydeskApi } from '../../../../core/api/contract.ts';
import type { OpenedDocument, SavedDocument } from '../../../../core/api/documents.ts';
import type { Article } from '../../../../core/article/model.ts';
import { ApiCallError } from '../../../../core/api/result.ts';
import { NATIVE_EXTENSION } from '../../../../core/article/native.ts';
import { detectLanguage } from '../../../../core/parse/language.ts';
import { bodyPlainText } from '../../../../core/article/model.ts';
import type { EditorHooks } from '../../features/editor/create-editor.ts';
import { docMeta } from '../../features/editor/convert.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { fileToBase64 } from './file-bytes.ts';
import type { Prompts } from './prompts.svelte.ts';
import { DocumentTab, isNativePath } from './tab.svelte.ts';
import { JournalWriter, journalTarget } from './journal-patch.ts';

/** What a save sends besides the article. */
interface SaveRequest {
  readonly path: string;
  readonly baseRevision: string | null;
  readonly overwrite?: boolean;
}

/** A message for the error banner: a translated title and the backend's one line. */
export interface WorkspaceError {
  readonly title: MessageKey;
  readonly message: string;
}

/** The suggested native file name for a document called `name`. */
export function nativeName(name: string): string {
  const base = name.replace(/\.copydesk\.json$/i, '').replace(/\.[^.\\/]+$/, '');
  return `${base || 'untitled'}${NATIVE_EXTENSION}`;
}

/** The open tabs and the active one. */
export class Workspace {
  tabs = $state<DocumentTab[]>([]);
  activeKey = $state<string | null>(null);
  loading = $state(false);
  error = $state<WorkspaceError | null>(null);
  readonly active = $derived(this.tabs.find((t) => t.key === this.activeKey) ?? null);

  /** The crash journal's writer: the background journals through it, saves build on what it sent. */
  readonly journal: JournalWriter;

  constructor(
    private readonly api: CopydeskApi,
    private readonly prompts: Prompts,
    private readonly hooks: EditorHooks,
  ) {
    this.journal = new JournalWriter(api);
  }

  /** Shows `tab`. */
  focus(tab: DocumentTab): void {
    this.activeKey = tab.key;
  }

  /** Adds an opened document as a tab, or focuses the tab that already holds its path. */
  adopt(opened: OpenedDocument, key?: string): DocumentTab {
    const existing = opened.path ? this.tabs.find((t) => t.path === opened.path) : undefined;
    if (existing) {
      this.focus(existing);
      return existing;
    }
    // The parser guesses the language of text sources; fill it in when the source had none.
    const article = opened.article.meta.language
      ? opened.article
      : { ...opened.article, meta: { ...opened.article.meta, language: detectLanguage(bodyPlainText(opened.article)) } };
    const tab = new DocumentTab({ ...opened, article }, this.hooks, key);
    this.tabs.push(tab);
    this.focus(tab);
    return tab;
  }

  private async run<T>(title: MessageKey, action: () => Promise<T>): Promise<T | null> {
    this.loading = true;
    try {
      const value = await action();
      this.error = null;
      return value;
    } catch (error) {
      this.error = { title, message: error instanceof Error ? error.message : String(error) };
      return null;
    } finally {
      this.loading = false;
    }
  }

  /** Opens the start-up document (last one, else the sample). */
  async openInitial(): Promise<void> {
    const opened = await this.run('error.openFailed', () => this.api['documents.openInitial']({}));
    if (opened) this.adopt(opened);
  }

  /** Opens a document by path, or focuses it when already open. */
  async openPath(path: string): Promise<void> {
    const open = this.tabs.find((t) => t.path === path);
    if (open) return this.focus(open);
    const opened = await this.run('error.openFailed', () => this.api['documents.open']({ path }));
    if (opened) this.adopt(opened);
  }

  /** Opens a file the user picked or dropped. */
  async openFile(file: File): Promise<void> {
    const opened = await this.run('error.openFailed', async () =>
      this.api['documents.import']({ fileName: file.name, dataBase64: await fileToBase64(file) }),
    );
    if (opened) this.adopt(opened);
  }

  /** Opens a new, untitled article in the language of the active one. */
  async newDocument(): Promise<void> {
    const language = this.active?.editorState.doc.attrs['meta']?.language as string | undefined;
    const opened = await this.run('shell.error.newFailed', () => this.api['documents.new'](language ? { language } : {}));
    if (opened) this.adopt(opened);
  }

  /**
   * Saves `tab` in the native format. Without a native path yet (untitled, or opened from
   * .txt/.docx/…), or with `saveAs`, asks for a name first. Returns whether it saved.
   */
  async save(tab: DocumentTab, options: { readonly saveAs?: boolean; readonly overwrite?: boolean } = {}): Promise<boolean> {
    let path = tab.path;
    if (options.saveAs || !isNativePath(path)) {
      const name = await this.prompts.askName(nativeName(tab.name));
      if (name === null) return false;
      path = name.trim();
      if (!path) return false;
    }
    const saved = await this.write(tab, path, options.overwrite ?? false);
    return saved;
  }

  /** Writes `tab` to `path`; on failure the tab stays dirty and the error banner names the cause. */
  async write(tab: DocumentTab, path: string, overwrite: boolean): Promise<boolean> {
    // The save time goes into the metadata the file and the panel show; not an undo step.
    tab.run((state, dispatch) => {
      dispatch?.(
        state.tr.setDocAttribute('meta', { ...docMeta(state.doc), modified: new Date().toISOString() }).setMeta('addToHistory', false),
      );
      return true;
    });
    const doc = tab.editorState.doc;
    const samePath = path === tab.path;
    tab.saving = true;
    tab.generation++;
    try {
      const request = { path, baseRevision: samePath ? tab.revision : null, ...(overwrite ? { overwrite } : {}) };
      const article = tab.apiArticle();
      const saved = (await this.saveThroughJournal(tab, article, request)) ?? (await this.api['documents.save']({ ...request, article }));
      tab.path = saved.path;
      tab.name = saved.name;
      tab.markSaved(doc, saved.revision);
      this.error = null;
      if (!tab.dirty) void this.api['documents.journalDiscard']({ key: tab.key }).catch(() => undefined);
      return true;
    } catch (error) {
      if (error instanceof ApiCallError && error.code === 'conflict' && !samePath) {
        // Save As onto an existing file: replace it only when the user says so.
        tab.saving = false;
        if (await this.prompts.askReplace(path)) return this.write(tab, path, true);
      } else if (error instanceof ApiCallError && error.code === 'conflict') {
        await this.loadExternal(tab);
      } else this.error = { title: 'shell.error.saveFailed', message: error instanceof Error ? error.message : String(error) };
      return false;
    } finally {
      tab.saving = false;
    }
  }

  /**
   * Saves `article` as what the crash journal already holds: the journal write sends only the
   * blocks changed since the last one, so a long story is not handed to the transport whole
   * on every autosave. Null when the journal cannot serve (a failed write, a backend that
   * lost it): the caller then sends the whole article.
   */
  private async saveThroughJournal(tab: DocumentTab, article: Article, request: SaveRequest): Promise<SavedDocument | null> {
    const outcome = await this.journal.write(journalTarget(tab), () => article);
    const base = this.journal.lastAccepted(tab.key);
    if (outcome.error !== undefined || base === undefined) return null;
    try {
      return await this.api['documents.saveJournalled']({ key: tab.key, base, ...request });
    } catch (error) {
      if (error instanceof ApiCallError && error.code === 'not-found') return null;
      throw error;
    }
  }

  /** Reads the file on disk into `tab.externalChange` so the user can compare or load it. */
  async loadExternal(tab: DocumentTab): Promise<void> {
    if (!tab.path) return;
    try {
      const theirs = await this.api['documents.open']({ path: tab.path });
      tab.externalChange = { revision: theirs.revision ?? null, article: theirs.article };
    } catch {
      tab.externalChange = { revision: null };
    }
  }

  /** Closes `tab`, asking first when it has unsaved changes. Returns false when the user cancelled. */
  async close(tab: DocumentTab): Promise<boolean> {
    if (tab.dirty) {
      this.focus(tab);
      const choice = await this.prompts.askUnsaved(tab.name);
      if (choice === 'cancel') return false;
      if (choice === 'save' && !(await this.save(tab))) return false;
    }
    const index = this.tabs.indexOf(tab);
    if (index === -1) return true;
    this.tabs.splice(index, 1);
    void this.api['documents.journalDiscard']({ key: tab.key }).catch(() => undefined);
    if (this.activeKey === tab.key) this.activeKey = (this.tabs[index] ?? this.tabs[index - 1])?.key ?? null;
    return true;
  }

  /** Closes every tab (asking for each dirty one); false when the user cancelled one. */
  async closeAll(): Promise<boolean> {
    for (const tab of [...this.tabs]) if (!(await this.close(tab))) return false;
    return true;
  }

  /** True when any tab holds unsaved changes. */
  get anyDirty(): boolean {
    return this.tabs.some((t) => t.dirty);
  }

  /** Clears the error banner. */
  dismissError(): void {
    this.error = null;
  }
}
