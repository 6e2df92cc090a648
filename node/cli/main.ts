/**
 * The `copydesk` command line. Dispatches to a subcommand; turns every expected failure
 * into one line on stderr and a non-zero exit code, never a stack trace.
 */
import { createRequire } from 'node:module';
import { CliUsageError, type CliIo } from './command.ts';
import { commands } from './commands/index.ts';
import { DocumentOpenError } from '../documents/open-document.ts';

const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;

function version(): string {
  const require = createRequire(import.meta.url);
  return (require('../../package.json') as { version: string }).version;
}

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'usage: copydesk COMMAND [options]',
    '',
    'commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'copydesk COMMAND --help shows the options of a command.',
  ].join('\n');
}

/** Runs the CLI with `args` (without the node and script paths); resolves to the exit code. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(`${help()}\n`);
    return name === undefined ? EXIT_USAGE : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${version()}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`copydesk: unknown command "${name}" (see copydesk --help)\n`);
    return EXIT_USAGE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`usage: ${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof CliUsageError) {
      io.stderr.write(`copydesk ${name}: ${error.message} (see copydesk ${name} --help)\n`);
      return EXIT_USAGE;
    }
    if (error instanceof DocumentOpenError) {
      io.stderr.write(`copydesk ${name}: ${error.message}\n`);
      return EXIT_FAILURE;
    }
    const message = ((error as Error)?.message ?? String(error)).split('\n')[0];
    io.stderr.write(`copydesk ${name}: unexpected error: ${message}\n`);
    if (io.env.COPYDESK_DEBUG) io.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
    return EXIT_FAILURE;
  }
}

/** The process entry point used by bin/copydesk.mjs. */
export async function main(): Promise<void> {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // A closed pipe (copydesk ... | head) is not an error worth a stack trace.
    if (error.code === 'EPIPE') process.exit(0);
  });
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
  });
}
