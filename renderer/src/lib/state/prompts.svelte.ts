/**
 * Modal questions the app asks (a file name, what to do with unsaved changes, a link URL),
 * as promises. One question at a time: asking while another is open answers the open one
 * with its cancel value first, so no caller waits forever.
 */

/** What to do with a document that has unsaved changes. */
export type UnsavedChoice = 'save' | 'discard' | 'cancel';

/** The question on screen. */
export type Prompt =
  | { readonly kind: 'name'; readonly initial: string; readonly answer: (name: string | null) => void }
  | { readonly kind: 'unsaved'; readonly documentName: string; readonly answer: (choice: UnsavedChoice) => void }
  | { readonly kind: 'link'; readonly initial: string; readonly answer: (href: string | null) => void }
  | { readonly kind: 'replace'; readonly documentName: string; readonly answer: (replace: boolean | null) => void };

/** The open prompt, if any. */
export class Prompts {
  current = $state.raw<Prompt | null>(null);

  private open<T>(make: (answer: (value: T) => void) => Prompt): Promise<T> {
    this.cancel();
    return new Promise<T>((resolve) => {
      const prompt = make((value) => {
        if (this.current === prompt) this.current = null;
        resolve(value);
      });
      this.current = prompt;
    });
  }

  /** Asks for a document name (Save As); null when cancelled. */
  askName(initial: string): Promise<string | null> {
    return this.open<string | null>((answer) => ({ kind: 'name', initial, answer }));
  }

  /** Asks what to do with unsaved changes of `documentName`. */
  askUnsaved(documentName: string): Promise<UnsavedChoice> {
    return this.open<UnsavedChoice>((answer) => ({ kind: 'unsaved', documentName, answer }));
  }

  /** Asks for a link URL; '' removes the link, null cancels. */
  askLink(initial: string): Promise<string | null> {
    return this.open<string | null>((answer) => ({ kind: 'link', initial, answer }));
  }

  /** Asks whether to replace an existing file called `documentName`; null or false keeps it. */
  askReplace(documentName: string): Promise<boolean | null> {
    return this.open<boolean | null>((answer) => ({ kind: 'replace', documentName, answer }));
  }

  /** Answers the open prompt with its cancel value. */
  cancel(): void {
    const prompt = this.current;
    if (!prompt) return;
    if (prompt.kind === 'unsaved') prompt.answer('cancel');
    else prompt.answer(null);
  }
}
