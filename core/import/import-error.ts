/**
 * The one error type importers throw. Its message is a single line fit to show a person
 * ("not a text document: it looks like a PNG image"); `reason` lets callers react.
 */

/** Why an import failed. */
export type ImportErrorReason = 'empty' | 'binary' | 'too-large' | 'malformed' | 'encoding' | 'not-an-article' | 'unsupported';

/** A failed import. Importers throw this and nothing else for bad input. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  constructor(
    readonly reason: ImportErrorReason,
    message: string,
  ) {
    super(message);
  }
}
