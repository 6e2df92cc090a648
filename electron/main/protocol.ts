/**
 * The `app://copydesk/` protocol that serves the built renderer in the desktop app, with
 * the renderer CSP on every response. Files outside the renderer folder cannot be reached.
 */
import type * as Electron from 'electron';
import { rendererCsp } from '../../core/security/csp.ts';
import { loadStaticFile } from '../../node/web/static-files.ts';
import { APP_HOST, APP_SCHEME } from './security.ts';

/** The scheme registration; must run before the app is ready. */
export const APP_SCHEME_PRIVILEGES: Electron.CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

/** Builds the protocol handler that serves `rendererDir`. */
export function createAppProtocolHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response('not found', { status: 404 });
    const file = await loadStaticFile(rendererDir, url.pathname);
    if (!file) return new Response('not found', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: {
        'content-type': file.contentType,
        'content-security-policy': rendererCsp(),
        'x-content-type-options': 'nosniff',
      },
    });
  };
}
