/**
 * The export feature's state and actions: the dialog's open/closed state, the remembered
 * settings, what the host can export, a pending "file exists" question, and the last
 * result. Invariants: a file on disk is replaced only after the user chose "Replace" for
 * that very file; a failed export changes nothing but `error`; the article is only read.
 */
import type { ApiRequest, CopydeskApi } from '../../../../core/api/contract.ts';
import type { Article } from '../../../../core/article/model.ts';
import type { ExportFormat } from '../../../../core/export/formats.ts';
import { ApiCallError } from '../../../../core/api/result.ts';
import { downloadText, printHtmlExport } from './browser-output.ts';
import { loadExportSettings, saveExportSettings, type ExportSettings } from './export-settings.ts';

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

/** The export feature's state; one per window. */
export class ExportController {
  dialogOpen = $state(false);
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
    private readonly storage: Storage | undefined,
  ) {
    this.settings = loadExportSettings(storage);
  }

  /** Asks the host what it can export (PDF only in the desktop app). */
  async loadCapabilities(): Promise<void> {
    try {
      const capabilities = await this.api['export.capabilities']({});
      this.formats = capabilities.formats;
      this.defaultDir = capabilities.defaultDir;
    } catch (error) {
      this.error = (error as Error).message;
    }
  }

  /** True when PDF is made by the browser's print (web mode) rather than written by the host. */
  printsInBrowser(format: ExportFormat): boolean {
    return format === 'pdf' && !this.formats.includes('pdf');
  }

  /** Opens the dialog. */
  openDialog(): void {
    this.error = null;
    this.outcome = null;
    this.dialogOpen = true;
  }

  /** Closes the dialog and forgets any pending question. */
  closeDialog(): void {
    this.dialogOpen = false;
    this.conflict = null;
  }

  /** Exports `document` with `settings`, remembering them; the dialog closes on success. */
  async run(document: ExportableDocument, settings: ExportSettings): Promise<void> {
    const used = { ...settings, used: true };
    this.settings = used;
    saveExportSettings(this.storage, used);
    await this.perform(document, used, 'fail');
  }

  /** Ctrl/Cmd+E: repeats the last export, or opens the dialog when there was none. */
  async repeatLast(document: ExportableDocument | null): Promise<void> {
    if (!document || !this.settings.used) {
      this.openDialog();
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
          dir: settings.dir.trim() || this.defaultDir || '.',
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
