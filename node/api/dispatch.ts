/**
 * The transport-independent boundary: looks a call up by name, validates its payload
 * against the contract's schema, runs the handler and turns every outcome into an
 * ApiResult. Nothing a caller sends can make it throw.
 */
import { requestSchemas, type CallName } from '../../core/api/contract.ts';
import { ApiFailure, type ApiResult } from '../../core/api/result.ts';
import { describeSchemaError } from '../../core/article/schema.ts';
import { DocumentOpenError } from '../documents/open-document.ts';
import type { CallContext, HandlerTable } from './handler-types.ts';

/** True when `name` is a call of the contract (own keys only: "__proto__" is not a call). */
export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.hasOwn(requestSchemas, name);
}

/** Called with unexpected handler exceptions, for logging; defaults to stderr. */
export type InternalErrorReporter = (call: string, error: unknown) => void;

const defaultReporter: InternalErrorReporter = (call, error) => {
  process.stderr.write(`copydesk: ${call} failed: ${(error as Error)?.stack ?? String(error)}\n`);
};

/** Validates and runs one call. */
export async function dispatch(
  table: HandlerTable,
  name: unknown,
  payload: unknown,
  context: CallContext,
  report: InternalErrorReporter = defaultReporter,
): Promise<ApiResult<unknown>> {
  if (!isCallName(name)) return { ok: false, error: { code: 'unknown-call', message: `unknown API call "${String(name).slice(0, 100)}"` } };
  const parsed = requestSchemas[name].safeParse(payload ?? {});
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid-request', message: `${name}: invalid request: ${describeSchemaError(parsed.error)}` } };
  }
  try {
    const handler = table[name] as (request: unknown, context: CallContext) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data, context) };
  } catch (error) {
    if (error instanceof ApiFailure) return { ok: false, error: { code: error.code, message: error.message } };
    if (error instanceof DocumentOpenError) {
      const code = error.reason === 'not-found' ? 'not-found' : error.reason === 'unreadable' ? 'io' : 'bad-input';
      return { ok: false, error: { code, message: error.message } };
    }
    report(name, error);
    return { ok: false, error: { code: 'internal', message: `${name} failed: ${firstLine(error)}` } };
  }
}

function firstLine(error: unknown): string {
  return ((error as Error)?.message ?? String(error)).split('\n')[0] ?? 'unknown error';
}
