/**
 * The native Copydesk document format: `{"format": "copydesk", "version": 1, "article": …}`.
 * Lossless by construction: `parseNativeDocument(serializeNativeDocument(a))` deep-equals `a`.
 */
import type { Article } from './model.ts';
import { articleSchema, describeSchemaError } from './schema.ts';

/** The `format` field of every native document. */
export const NATIVE_FORMAT = 'copydesk';
/** The newest native format version this build writes and reads. */
export const NATIVE_VERSION = 1;
/** The file extension of native documents. */
export const NATIVE_EXTENSION = '.copydesk.json';

/** Why a native document could not be read. */
export class NativeFormatError extends Error {
  override readonly name = 'NativeFormatError';
}

/** Serializes an article as a native document (pretty-printed, newline-terminated). */
export function serializeNativeDocument(article: Article): string {
  return `${JSON.stringify({ format: NATIVE_FORMAT, version: NATIVE_VERSION, article }, null, 2)}\n`;
}

/** True when `value` looks like a native document envelope (format field set). */
export function isNativeEnvelope(value: unknown): value is { format: string } {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === NATIVE_FORMAT;
}

/** Reads a native document from already-parsed JSON; throws NativeFormatError on any problem. */
export function articleFromNativeValue(value: unknown): Article {
  if (!isNativeEnvelope(value)) throw new NativeFormatError('not a Copydesk document (no "format": "copydesk")');
  const version = (value as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    throw new NativeFormatError('Copydesk document has no version number');
  }
  if (version > NATIVE_VERSION) {
    throw new NativeFormatError(`Copydesk document version ${version} is newer than this app reads (${NATIVE_VERSION})`);
  }
  const parsed = articleSchema.safeParse((value as { article?: unknown }).article);
  if (!parsed.success) throw new NativeFormatError(`invalid Copydesk document: ${describeSchemaError(parsed.error)}`);
  return parsed.data;
}

/** Parses native document text; throws NativeFormatError on malformed JSON or a bad document. */
export function parseNativeDocument(text: string): Article {
  let value: unknown;
  try {
    value = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    throw new NativeFormatError(`malformed JSON: ${(error as Error).message}`);
  }
  return articleFromNativeValue(value);
}
