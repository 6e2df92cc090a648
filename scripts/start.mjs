#!/usr/bin/env node
/**
 * `npm start`: builds what is stale and launches the desktop app with the sample open.
 * Where the Electron binary is missing and cannot be downloaded, says so in one line,
 * points at `npm run web`, and exits non-zero.
 */
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { electronBinaryPath, electronInstallScript } from './electron-binary.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

let binary = electronBinaryPath();
if (!binary) {
  process.stdout.write('copydesk: downloading the Electron binary (first start)…\n');
  const result = spawnSync(process.execPath, [electronInstallScript()], { stdio: 'pipe', timeout: 180_000 });
  binary = result.status === 0 ? electronBinaryPath() : null;
  if (!binary) {
    const cause =
      (result.stderr?.toString() || result.error?.message || 'unknown error')
        .trim()
        .split('\n')
        .find((l) => /error|fail/i.test(l)) ?? 'download failed';
    process.stderr.write(
      `copydesk: the Electron binary is missing and could not be downloaded (${cause.trim()}); run \`npm run web\` to use Copydesk in a browser instead.\n`,
    );
    process.exit(1);
  }
}

const build = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-app.ts'], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const child = spawn(binary, ['.', ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
