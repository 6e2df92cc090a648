/**
 * Finds the Electron binary that the `electron` package would launch, without triggering
 * its download: the package fetches the binary lazily, and that download fails on
 * machines that cannot reach its host.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The binary's path, or null when it is not installed. */
export function electronBinaryPath() {
  const require = createRequire(import.meta.url);
  let packageDir;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(packageDir, 'path.txt');
  const relativePath = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) return join(override, relativePath ?? 'electron');
  if (!relativePath) return null;
  const binary = join(packageDir, 'dist', relativePath);
  return existsSync(binary) ? binary : null;
}

/** The electron package's own installer script, which downloads the binary. */
export function electronInstallScript() {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('electron/package.json')), 'install.js');
}
