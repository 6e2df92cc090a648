/**
 * "Build if needed" for web mode: rebuilds the renderer with Vite when dist/renderer is
 * missing or older than any renderer or core source file.
 */
import { readdirSync, statSync } from 'node:fs';
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

/** Builds the renderer with Vite (a dev dependency: web mode runs from a source checkout). */
export async function buildRenderer(): Promise<void> {
  const { build } = await import('vite');
  await build({ root: join(APP_ROOT, 'renderer'), configFile: join(APP_ROOT, 'vite.config.ts'), logLevel: 'warn' });
}
