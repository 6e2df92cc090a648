/**
 * The open document as reactive state, and the actions that change it. Opening a new
 * document replaces the current one only when it succeeded: a failed open leaves what is
 * on screen untouched and sets `error` to the backend's one-line message.
 */
import type { CopydeskApi } from '../../../../core/api/contract.ts';
import type { OpenedDocument } from '../../../../core/api/documents.ts';

/** Reads a browser File into base64 for `documents.import`. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** The currently open document and the last error. */
export class DocumentState {
  current = $state<OpenedDocument | null>(null);
  loading = $state(false);
  error = $state<string | null>(null);

  constructor(private readonly api: CopydeskApi) {}

  private async run(open: () => Promise<OpenedDocument>): Promise<void> {
    this.loading = true;
    try {
      this.current = await open();
      this.error = null;
    } catch (error) {
      this.error = (error as Error).message;
    } finally {
      this.loading = false;
    }
  }

  /** Opens the start-up document (last one, else the sample). */
  openInitial(): Promise<void> {
    return this.run(() => this.api['documents.openInitial']({}));
  }

  /** Opens a document by path on the backend. */
  openPath(path: string): Promise<void> {
    return this.run(() => this.api['documents.open']({ path }));
  }

  /** Opens a file the user picked or dropped. */
  openFile(file: File): Promise<void> {
    return this.run(async () => this.api['documents.import']({ fileName: file.name, dataBase64: await fileToBase64(file) }));
  }

  /** Clears the error message. */
  dismissError(): void {
    this.error = null;
  }
}
