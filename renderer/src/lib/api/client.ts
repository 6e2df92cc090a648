/**
 * The renderer's API client: the typed `CopydeskApi` over whichever transport this
 * renderer runs on — the preload bridge in Electron, or HTTP with the per-run token in web
 * mode. Failures surface as ApiCallError with the backend's one-line message.
 */
import { CALL_NAMES, httpPath, type CallName, type CopydeskApi, type HostCommandMessage } from '../../../../core/api/contract.ts';
import { ApiCallError, type ApiResult } from '../../../../core/api/result.ts';
import type { UiLanguage } from '../../../../core/i18n/ui-language.ts';

/** Sends one call and returns its raw result. */
export type RawTransport = (name: CallName, request: unknown) => Promise<ApiResult<unknown>>;

/** The preload bridge, when running in Electron (see electron/preload.ts). */
interface Bridge {
  readonly invoke: Readonly<Record<CallName, (request: unknown) => Promise<ApiResult<unknown>>>>;
  onHostCommand(listener: (message: HostCommandMessage) => void): () => void;
  setUiLanguage(language: UiLanguage): void;
}

declare global {
  interface Window {
    readonly copydesk?: Bridge;
  }
}

const TOKEN_KEY = 'copydesk.token';

/**
 * Reads the web-mode token: from the URL fragment on first load (then removed from the
 * address bar so it does not end up in bookmarks or screenshots), else from this tab's
 * session storage.
 */
export function takeWebToken(location: Location, storage: Storage, history: History): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(location.hash);
  if (match?.[1]) {
    storage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', location.pathname + location.search);
    return match[1];
  }
  return storage.getItem(TOKEN_KEY);
}

/** The HTTP transport of web mode. */
export function webTransport(token: string | null, fetcher: typeof fetch = fetch): RawTransport {
  return async (name, request) => {
    let response: Response;
    try {
      response = await fetcher(httpPath(name), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { 'x-copydesk-token': token } : {}) },
        body: JSON.stringify(request ?? {}),
      });
    } catch {
      return { ok: false, error: { code: 'io', message: 'the Copydesk server is not reachable; is `npm run web` still running?' } };
    }
    try {
      return (await response.json()) as ApiResult<unknown>;
    } catch {
      return { ok: false, error: { code: 'internal', message: `the server answered ${response.status} without a result` } };
    }
  };
}

/** Wraps a raw transport into the typed API. */
export function createApi(transport: RawTransport): CopydeskApi {
  const api: Record<string, (request: unknown) => Promise<unknown>> = {};
  for (const name of CALL_NAMES) {
    api[name] = async (request: unknown) => {
      const result = await transport(name, request);
      if (result.ok) return result.value;
      throw new ApiCallError(name, result.error.code, result.error.message);
    };
  }
  return api as unknown as CopydeskApi;
}

/** Which transport serves this renderer, decided once at start-up. */
export interface Connection {
  readonly api: CopydeskApi;
  readonly transport: 'electron' | 'web';
  /** Subscribes to host commands (menu items); a no-op in web mode. */
  onHostCommand(listener: (message: HostCommandMessage) => void): () => void;
  /** Tells the host the UI language (the desktop menu follows it); a no-op in web mode. */
  setUiLanguage(language: UiLanguage): void;
}

/** Picks the transport: the preload bridge if present, else web mode. */
export function connect(): Connection {
  const bridge = window.copydesk;
  if (bridge) {
    return {
      api: createApi((name, request) => bridge.invoke[name](request)),
      transport: 'electron',
      onHostCommand: (listener) => bridge.onHostCommand(listener),
      setUiLanguage: (language) => bridge.setUiLanguage(language),
    };
  }
  const token = takeWebToken(window.location, window.sessionStorage, window.history);
  return { api: createApi(webTransport(token)), transport: 'web', onHostCommand: () => () => undefined, setUiLanguage: () => undefined };
}
