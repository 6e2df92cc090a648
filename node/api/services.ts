/**
 * The backend services the handler table is built from. Each transport's entry point
 * (Electron main, the web server, tests) constructs one of these for its environment.
 */
import { join } from 'node:path';
import type { AppInfo } from '../../core/api/app.ts';
import { RecentDocumentsStore } from '../documents/recent-store.ts';
import type { PdfPrinter } from '../export/render-file.ts';

/** Everything handlers may use. Paths are absolute. */
export interface BackendServices {
  readonly appInfo: Omit<AppInfo, 'transport' | 'documentsDir'>;
  /** The documents folder: default location for opening and saving. */
  readonly documentsDir: string;
  /** The story shown at first start when there is no last document. */
  readonly sampleDocumentPath: string;
  /** Per-user state (recent list, window state, journals). */
  readonly userDataDir: string;
  readonly recent: RecentDocumentsStore;
  /**
   * Cleanup for long-lived resources handlers create (file watchers, timers). Area handler
   * factories push onto it; `disposeBackendServices` runs them when the backend stops.
   */
  readonly disposers: Array<() => void | Promise<void>>;
  /** Prints an HTML document to PDF; only the desktop app has a printer (Electron's printToPDF). */
  readonly printToPdf?: PdfPrinter;
  /** Asks the user for a folder with the host's native picker (the desktop app); null when cancelled. */
  readonly pickFolder?: FolderPicker;
}

/** A native folder picker: resolves to the chosen absolute folder, or null when the user cancelled. */
export type FolderPicker = (start?: string) => Promise<string | null>;

/** Runs every disposer once, in reverse order of registration, ignoring their failures. */
export async function disposeBackendServices(services: BackendServices): Promise<void> {
  for (const dispose of services.disposers.splice(0).reverse()) {
    try {
      await dispose();
    } catch {
      // Shutting down: a failing cleanup must not keep the others from running.
    }
  }
}

/** Options for `createBackendServices`. */
export interface BackendServiceOptions {
  readonly appRoot: string;
  readonly documentsDir: string;
  readonly userDataDir: string;
  readonly version: string;
  readonly platform: string;
  /** The host's PDF printer, when it has one. */
  readonly printToPdf?: PdfPrinter;
  /** The host's native folder picker, when it has one. */
  readonly pickFolder?: FolderPicker;
}

/** Builds the services for one backend process. */
export function createBackendServices(options: BackendServiceOptions): BackendServices {
  return {
    appInfo: { name: 'Copydesk', version: options.version, platform: options.platform },
    documentsDir: options.documentsDir,
    sampleDocumentPath: join(options.appRoot, 'documents', 'kaztag-blinken-kazakhstan.txt'),
    userDataDir: options.userDataDir,
    recent: new RecentDocumentsStore(join(options.userDataDir, 'recent-documents.json')),
    disposers: [],
    ...(options.printToPdf ? { printToPdf: options.printToPdf } : {}),
    ...(options.pickFolder ? { pickFolder: options.pickFolder } : {}),
  };
}
