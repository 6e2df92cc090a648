/**
 * Serving the built renderer's files: confined to one folder (no path escapes it), with
 * content types for what Vite emits and an index.html fallback for the single-page app.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** A file to send. */
export interface StaticFile {
  readonly body: Buffer;
  readonly contentType: string;
}

/** Resolves a URL path inside `root`, or null when it would leave `root`. */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const absoluteRoot = resolve(root);
  const target = resolve(absoluteRoot, `.${normalize(`/${decoded}`)}`);
  return target === absoluteRoot || target.startsWith(absoluteRoot + sep) ? target : null;
}

/** Loads the file for `urlPath`; unknown paths without an extension get index.html. */
export async function loadStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  const target = resolveInside(root, urlPath === '/' ? '/index.html' : urlPath);
  if (!target) return null;
  const candidates = extname(target) === '' ? [target, join(resolve(root), 'index.html')] : [target];
  for (const candidate of candidates) {
    try {
      if (!(await stat(candidate)).isFile()) continue;
      return {
        body: await readFile(candidate),
        contentType: CONTENT_TYPES[extname(candidate).toLowerCase()] ?? 'application/octet-stream',
      };
    } catch {
      // Try the next candidate.
    }
  }
  return null;
}
