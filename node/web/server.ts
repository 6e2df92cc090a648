/**
 * The web-mode transport: a loopback-only HTTP server that serves the built renderer and
 * the same handler table as Electron's ipcMain. Every API request must carry the per-run
 * token; requests whose Host is not this server (DNS rebinding) or whose Origin is another
 * site are refused before any handler runs.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { MAX_DOCUMENT_BYTES } from '../../core/api/documents.ts';
import { rendererCsp } from '../../core/security/csp.ts';
import { dispatch } from '../api/dispatch.ts';
import type { HandlerTable } from '../api/handler-types.ts';
import { loadStaticFile } from './static-files.ts';

/** The header that carries the token. */
export const TOKEN_HEADER = 'x-copydesk-token';

const MAX_BODY_BYTES = Math.ceil((MAX_DOCUMENT_BYTES * 4) / 3) + 64 * 1024;

/** Options for `startWebServer`. */
export interface WebServerOptions {
  readonly table: HandlerTable;
  /** The built renderer folder (dist/renderer). */
  readonly staticDir: string;
  /** 0 or absent: any free port. */
  readonly port?: number;
  /** Absent: a fresh random token. */
  readonly token?: string;
}

/** A running web-mode server. */
export interface RunningWebServer {
  readonly server: Server;
  readonly port: number;
  readonly token: string;
  /** The address to open, with the token in the fragment (never sent to the server by browsers). */
  readonly url: string;
  close(): Promise<void>;
}

/** Creates a fresh per-run secret. */
export function createToken(): string {
  return randomBytes(32).toString('base64url');
}

function tokensEqual(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': rendererCsp(),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

function send(response: ServerResponse, status: number, body: string | Buffer, contentType: string): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'content-type': contentType, 'cache-control': 'no-store' });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

async function readBody(request: IncomingMessage): Promise<Buffer | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return 'too-large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Starts the server on 127.0.0.1. */
export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const token = options.token ?? createToken();
  let port = 0;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  const handleApi = async (request: IncomingMessage, response: ServerResponse, call: string) => {
    if (request.method !== 'POST')
      return sendJson(response, 405, { ok: false, error: { code: 'invalid-request', message: 'API calls use POST' } });
    const given = request.headers[TOKEN_HEADER];
    if (typeof given !== 'string' || !tokensEqual(given, token)) {
      return sendJson(response, 401, { ok: false, error: { code: 'unauthorized', message: 'missing or wrong API token' } });
    }
    const origin = request.headers.origin;
    if (origin !== undefined && !allowedHosts().has(origin.replace(/^https?:\/\//, ''))) {
      return sendJson(response, 403, { ok: false, error: { code: 'forbidden-sender', message: 'cross-origin API calls are refused' } });
    }
    const body = await readBody(request);
    if (body === 'too-large')
      return sendJson(response, 413, { ok: false, error: { code: 'bad-input', message: 'request is over the size limit' } });
    let payload: unknown = {};
    if (body.length > 0) {
      try {
        payload = JSON.parse(body.toString('utf8'));
      } catch {
        return sendJson(response, 400, { ok: false, error: { code: 'invalid-request', message: 'request body is not JSON' } });
      }
    }
    const result = await dispatch(options.table, call, payload, { transport: 'web' });
    sendJson(response, 200, result);
  };

  const server = createServer((request, response) => {
    void (async () => {
      if (!allowedHosts().has(request.headers.host ?? '')) {
        return send(response, 421, 'wrong host', 'text/plain; charset=utf-8');
      }
      const url = new URL(request.url ?? '/', `http://${request.headers.host}`);
      if (url.pathname.startsWith('/api/')) return handleApi(request, response, url.pathname.slice('/api/'.length));
      if (request.method !== 'GET' && request.method !== 'HEAD')
        return send(response, 405, 'method not allowed', 'text/plain; charset=utf-8');
      const file = await loadStaticFile(options.staticDir, url.pathname);
      if (!file) return send(response, 404, 'not found', 'text/plain; charset=utf-8');
      send(response, 200, file.body, file.contentType);
    })().catch((error: unknown) => {
      process.stderr.write(`copydesk web: ${(error as Error)?.message ?? String(error)}\n`);
      if (!response.headersSent) send(response, 500, 'internal error', 'text/plain; charset=utf-8');
      else response.end();
    });
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;

  return {
    server,
    port,
    token,
    url: `http://127.0.0.1:${port}/#token=${token}`,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
