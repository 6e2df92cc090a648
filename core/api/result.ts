/**
 * The envelope every API call answers with, in both transports. Handlers never let an
 * exception cross the boundary: a failure becomes `{ ok: false, error }` with a one-line
 * message a person can read.
 */

/** Machine-readable failure classes; the UI words the message, the code drives behaviour. */
export type ApiErrorCode =
  | 'invalid-request'
  | 'unknown-call'
  | 'unauthorized'
  | 'forbidden-sender'
  | 'not-found'
  | 'unsupported'
  | 'bad-input'
  | 'conflict'
  | 'io'
  | 'internal';

/** A failure: `message` is one line, without a stack trace. */
export interface ApiError {
  readonly code: ApiErrorCode;
  readonly message: string;
}

/** Success or failure of one call. */
export type ApiResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiError };

/** An error thrown by handlers to produce a specific `ApiError`; anything else is `internal`. */
export class ApiFailure extends Error {
  override readonly name = 'ApiFailure';
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The error the renderer-side client throws when a call answers `{ ok: false }`. */
export class ApiCallError extends Error {
  override readonly name = 'ApiCallError';
  constructor(
    readonly call: string,
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
  }
}
