/**
 * Starts the real web-mode backend (`node/web/main.ts`) as a separate process on a free
 * port, over a temporary copy of the sample library, and reads the address it prints.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A running web app for one test. */
export interface WebApp {
  /** Address with the token fragment: what `npm run web` prints. */
  readonly url: string;
  /** Address without the token. */
  readonly origin: string;
  readonly token: string;
  readonly documentsDir: string;
  readonly userDataDir: string;
  readonly process: ChildProcess;
  stop(): Promise<void>;
}

/** Options for `startWebApp`. */
export interface WebAppOptions {
  /** Reuse these folders (for restart tests); default fresh temporary copies. */
  readonly documentsDir?: string;
  readonly userDataDir?: string;
}

/** Starts the backend; resolves once it prints its address. */
export async function startWebApp(options: WebAppOptions = {}): Promise<WebApp> {
  const base = mkdtempSync(join(tmpdir(), 'copydesk-e2e-'));
  const documentsDir = options.documentsDir ?? join(base, 'documents');
  if (!options.documentsDir) cpSync(join(REPO_ROOT, 'documents'), documentsDir, { recursive: true });
  const userDataDir = options.userDataDir ?? join(base, 'user-data');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(REPO_ROOT, 'node/web/main.ts'), '--no-build', '--documents', documentsDir, '--user-data', userDataDir],
    { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`web app did not start: ${stderr}`)), 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /serving on (\S+)/.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web app exited with ${code}: ${stderr}`));
    });
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.hash.replace('#token=', ''),
    documentsDir,
    userDataDir,
    process: child,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      if (!options.documentsDir && !options.userDataDir) rmSync(base, { recursive: true, force: true });
    },
  };
}
