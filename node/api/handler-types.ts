/** Types shared by the handler table and the transports that serve it. */
import type { ApiRequest, ApiResponse, CallName } from '../../core/api/contract.ts';

/** Facts about the caller that the transport vouches for. */
export interface CallContext {
  readonly transport: 'electron' | 'web';
}

/** The handler of call `K`: receives an already-validated request. */
export type Handler<K extends CallName> = (request: ApiRequest<K>, context: CallContext) => Promise<ApiResponse<K>>;

/** One handler per call; the compiler rejects a table that misses a call. */
export type HandlerTable = { readonly [K in CallName]: Handler<K> };

/** The handlers of one API area. */
export type AreaHandlers<K extends CallName> = { readonly [P in K]: Handler<P> };
