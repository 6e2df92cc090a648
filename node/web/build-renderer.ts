/**
 * "Build if needed" for web mode: rebuilds the renderer with Vite when dist/renderer is
 * missing or older than any renderer or core source file.
 */
import { readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { APP_ROOT, RENDERER_DIST } from '../paths.ts';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** True when the built renderer is missing or stale. */
export function rendererNeedsBuild(): boolean {
  let built: number;
  try {
    built = statSync(join(RENDERER_DIST, 'index.html')).mtimeMs;
  } catch {
    return true;
  }
  const sources = Math.max(
    newestMtime(join(APP_ROOT, 'renderer')),
    newestMtime(join(APP_ROOT, 'core')),
    statSync(join(APP_ROOT, 'vite.config.ts')).mtimeMs,
  );
  return sources > built;
}

/**
 * Builds the renderer with Vite (a dev dependency: web mode runs from a source checkout).
 * Builds into a fresh folder and swaps it in, so a server already serving dist/renderer
 * never sees a half-written build.
 */
export async function buildRenderer(): Promise<void> {
  const { build } = await import('vite');
  const staging = `${RENDERER_DIST}.build-${process.pid}-${Date.now()}`;
  try {
    await build({
      root: join(APP_ROOT, 'renderer'),
      configFile: join(APP_ROOT, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: staging, emptyOutDir: true },
    });
    const retired = `${RENDERER_DIST}.old-${process.pid}-${Date.now()}`;
    try {
      renameSync(RENDERER_DIST, retired);
    } catch {
      // No previous build.
    }
    renameSync(staging, RENDERER_DIST);
    rmSync(retired, { recursive: true, force: true });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
