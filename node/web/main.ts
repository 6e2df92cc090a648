/**
 * `npm run web`: serves the app on 127.0.0.1 for a browser, backed by the same handler
 * table as the desktop app. Prints the address (with the token) on stdout.
 */
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { createHandlerTable } from '../api/handler-table.ts';
import { createBackendServices, disposeBackendServices } from '../api/services.ts';
import { APP_ROOT, RENDERER_DIST, SAMPLE_DOCUMENTS_DIR } from '../paths.ts';
import { parseFlags } from '../cli/flags.ts';
import { CliUsageError } from '../cli/command.ts';
import { buildRenderer, rendererNeedsBuild } from './build-renderer.ts';
import { startWebServer } from './server.ts';
import { seedLibraryFolder } from '../library/seed.ts';
import { prepareHtmlSanitizer } from '../import/purify.ts';

const USAGE = `usage: npm run web -- [--port N] [--documents DIR] [--user-data DIR] [--no-build]

  --port N          port on 127.0.0.1 (default: a free one)
  --documents DIR   the documents folder (default: ~/Documents/Copydesk, created with the
                    sample library on first start, as the desktop app does)
  --user-data DIR   per-user state such as the recent list (default: ~/.config/copydesk-web)
  --no-build        serve dist/renderer as it is`;

async function run(): Promise<void> {
  const { positional, flags } = parseFlags(process.argv.slice(2), {
    strings: ['port', 'documents', 'user-data'],
    booleans: ['no-build', 'help'],
  });
  if (flags.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (positional.length > 0) throw new CliUsageError(`unexpected argument "${positional[0]}"`);
  const port = flags.port === undefined ? 0 : Number(flags.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new CliUsageError(`--port must be a number from 0 to 65535`);

  if (!flags['no-build'] && rendererNeedsBuild()) {
    process.stdout.write('copydesk: building the renderer…\n');
    await buildRenderer();
  }
  const documentsDir = resolve(String(flags.documents ?? join(homedir(), 'Documents', 'Copydesk')));
  if (flags.documents === undefined && seedLibraryFolder(documentsDir, SAMPLE_DOCUMENTS_DIR)) {
    process.stdout.write(`copydesk: created ${documentsDir} with the sample library\n`);
  }
  const userDataDir = resolve(String(flags['user-data'] ?? join(homedir(), '.config', 'copydesk-web')));
  mkdirSync(userDataDir, { recursive: true });
  const require = createRequire(import.meta.url);
  const services = createBackendServices({
    appRoot: APP_ROOT,
    documentsDir,
    userDataDir,
    version: (require('../../package.json') as { version: string }).version,
    platform: process.platform,
  });
  const server = await startWebServer({
    table: createHandlerTable(services),
    staticDir: RENDERER_DIST,
    port,
    ...(process.env.COPYDESK_WEB_TOKEN ? { token: process.env.COPYDESK_WEB_TOKEN } : {}),
  });
  process.stdout.write(`Copydesk is serving on ${server.url}\n`);
  // Load the HTML sanitizer (jsdom) now, off the first import's path.
  void prepareHtmlSanitizer().catch(() => undefined);
  const stop = () => void Promise.all([server.close(), disposeBackendServices(services)]).then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

run().catch((error: unknown) => {
  if (error instanceof CliUsageError) process.stderr.write(`copydesk web: ${error.message}\n${USAGE}\n`);
  else if ((error as NodeJS.ErrnoException)?.code === 'EADDRINUSE')
    process.stderr.write('copydesk web: that port is in use; pick another with --port\n');
  else process.stderr.write(`copydesk web: ${(error as Error)?.message ?? String(error)}\n`);
  process.exit(1);
});
