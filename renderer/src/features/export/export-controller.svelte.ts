/**
 * The export feature's state and actions: the dialog's open/closed state and what it
 * exports (this article, a folder, or a selection of the library), the remembered settings,
 * what the host can export, a pending "file exists" question, the batch in progress and the
 * last result. Invariants: a file on disk is replaced only after the user chose "Replace"
 * for that very file (or "Replace all" for a batch); a failed export changes nothing but
 * `error`; the article is only read.
 */
import type { ApiRequest, CopydeskApi } from '../../../../core/api/contract.ts';
import type { Article } from '../../../../core/article/model.ts';
import type { ExportFormat } from '../../../../core/export/formats.ts';
import { ApiCallError } from '../../../../core/api/result.ts';
import { downloadText, printHtmlExport } from './browser-output.ts';
import { BatchController } from './batch-controller.svelte.ts';
import { loadExportSettings, normalizeExportSettings, type ExportSettings } from './export-settings.ts';

/** The article as the API request type: the schema infers mutable arrays, the model is readonly; the value is the same. */
function wire(article: Article): ApiRequest<'export.write'>['article'] {
  return article as ApiRequest<'export.write'>['article'];
}

/** What the feature exports: a document's name (it names the file) and its article as it is now. */
export interface ExportableDocument {
  readonly name: string;
  /** Read when the export starts, so unsaved edits are exported as they are on screen. */
  article(): Article;
}

/** A write that hit an existing file, waiting for the user's decision. */
export interface PendingConflict {
  readonly message: string;
  readonly document: ExportableDocument;
  readonly settings: ExportSettings;
}

/** The outcome shown after an export. */
export type ExportOutcome =
  { readonly kind: 'written'; readonly path: string } | { readonly kind: 'downloaded' | 'printed'; readonly fileName: string };

/** What the dialog exports: the open article, every article of a folder, or the library selection. */
export type ExportScope = 'article' | 'folder' | 'selection';

/** The export feature's state; one per window. */
export class ExportController {
  dialogOpen = $state(false);
  scope = $state<ExportScope>('article');
  /** The library paths "Export selected…" opened the dialog with. */
  selection = $state<readonly string[]>([]);
  readonly batch: BatchController;
  busy = $state(false);
  settings = $state<ExportSettings>(loadExportSettings(undefined));
  formats = $state<readonly ExportFormat[]>(['html', 'json', 'ninjs', 'md']);
  defaultDir = $state('');
  conflict = $state<PendingConflict | null>(null);
  outcome = $state<ExportOutcome | null>(null);
  error = $state<string | null>(null);

  constructor(
    private readonly api: CopydeskApi,
    readonly transport: 'electron' | 'web',
    storage: Storage | undefined,
  ) {
    this.settings = loadExportSettings(storage);
    this.batch = new BatchController(api);
  }

  /** Asks the host what it can export (PDF only in the desktop app) and the remembered settings. */
  async loadCapabilities(): Promise<void> {
    try {
      const [capabilities, stored] = await Promise.all([this.api['export.capabilities']({}), this.api['export.settings']({})]);
      this.formats = capabilities.formats;
      this.defaultDir = capabilities.defaultDir;
      // Nothing remembered by the backend yet: keep what this browser remembered before.
      if (stored.settings) this.settings = normalizeExportSettings(stored.settings);
    } catch (error) {
      this.error = (error as Error).message;
    }
  }

  /** True when the host has a native folder picker (the desktop app). */
  get canPickFolder(): boolean {
    return this.transport === 'electron';
  }

  /** The host's folder picker; null when cancelled or unavailable (the reason goes to `error`). */
  async pickFolder(start: string): Promise<string | null> {
    try {
      return (await this.api['export.pickFolder'](start.trim() ? { start: start.trim() } : {})).path;
    } catch (error) {
      this.error = (error as Error).message;
      return null;
    }
  }

  /** Checks a destination folder: null when usable, else the backend's one-line reason. */
  async checkFolder(dir: string): Promise<{ readonly problem: string | null; readonly willCreate: boolean }> {
    try {
      const checked = await this.api['export.checkFolder']({ dir: this.destination(dir) });
      return { problem: null, willCreate: !checked.exists };
    } catch (error) {
      return { problem: (error as Error).message, willCreate: false };
    }
  }

  /** The folder an export goes to: the typed one, else the documents folder. */
  destination(dir: string): string {
    return dir.trim() || this.defaultDir || '.';
  }

  /** Opens the dialog on the library's selection (library paths). */
  openBatch(paths: readonly string[]): void {
    if (paths.length === 0) return;
    this.selection = [...paths];
    this.scope = 'selection';
    this.openDialog();
  }

  /** True when PDF is made by the browser's print (web mode) rather than written by the host. */
  printsInBrowser(format: ExportFormat): boolean {
    return format === 'pdf' && !this.formats.includes('pdf');
  }

  /** Opens the dialog; without a selection it offers this article, or a folder when none is open. */
  openDialog(hasDocument = true): void {
    if (this.dialogOpen) return;
    this.error = null;
    this.outcome = null;
    if (this.scope !== 'selection' || this.selection.length === 0) this.scope = hasDocument ? 'article' : 'folder';
    this.dialogOpen = true;
  }

  /** Closes the dialog and forgets any pending question; a running batch keeps the dialog open (Cancel stops it). */
  closeDialog(): void {
    if (this.batch.phase === 'running') return;
    this.dialogOpen = false;
    this.conflict = null;
    this.selection = [];
    this.scope = 'article';
    this.batch.reset();
  }

  /** Remembers `settings` (marked used) with the backend; failing to remember never stops the export. */
  private remember(settings: ExportSettings): ExportSettings {
    const used = { ...settings, used: true };
    this.settings = used;
    void this.api['export.settings']({ set: used }).catch(() => undefined);
    return used;
  }

  /** Exports `document` with `settings`, remembering them; the dialog closes on success. */
  async run(document: ExportableDocument, settings: ExportSettings): Promise<void> {
    await this.perform(document, this.remember(settings), 'fail');
  }

  /** Exports every article of `paths` (files and folders of the documents folder) with `settings`. */
  async runBatch(paths: readonly string[], settings: ExportSettings): Promise<void> {
    this.error = null;
    this.outcome = null;
    const used = this.remember(settings);
    await this.batch.start({ paths, format: used.format, dir: this.destination(used.dir), pageSize: used.pageSize });
  }

  /** Ctrl/Cmd+E: repeats the last export, or opens the dialog when there was none. */
  async repeatLast(document: ExportableDocument | null): Promise<void> {
    if (!document || !this.settings.used) {
      this.openDialog(document !== null);
      return;
    }
    await this.perform(document, this.settings, 'fail');
  }

  /** Answers the pending "file exists" question. */
  async resolveConflict(choice: 'overwrite' | 'rename' | 'cancel'): Promise<void> {
    const pending = this.conflict;
    this.conflict = null;
    if (!pending || choice === 'cancel') return;
    await this.perform(pending.document, pending.settings, choice);
  }

  private async perform(document: ExportableDocument, settings: ExportSettings, conflict: 'fail' | 'overwrite' | 'rename'): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.error = null;
    this.outcome = null;
    const { name } = document;
    const article = wire(document.article());
    try {
      if (this.printsInBrowser(settings.format)) {
        const rendered = await this.api['export.render']({ article, format: 'html', sourceName: name });
        printHtmlExport(rendered.content);
        this.outcome = { kind: 'printed', fileName: rendered.fileName };
      } else if (settings.destination === 'download' && settings.format !== 'pdf') {
        const rendered = await this.api['export.render']({ article, format: settings.format, sourceName: name });
        downloadText(rendered.fileName, rendered.mime, rendered.content);
        this.outcome = { kind: 'downloaded', fileName: rendered.fileName };
      } else {
        const written = await this.api['export.write']({
          article,
          format: settings.format,
          dir: this.destination(settings.dir),
          sourceName: name,
          pageSize: settings.pageSize,
          conflict,
        });
        this.outcome = { kind: 'written', path: written.path };
      }
      this.dialogOpen = false;
    } catch (error) {
      if (error instanceof ApiCallError && error.code === 'conflict') {
        this.conflict = { message: error.message, document, settings };
        this.dialogOpen = true;
      } else {
        this.error = (error as Error).message;
      }
    } finally {
      this.busy = false;
    }
  }
}
