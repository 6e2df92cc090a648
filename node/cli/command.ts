/**
 * The shape of one `copydesk` CLI subcommand. `main.ts` finds commands by name in the
 * registry in `commands/index.ts`; each command parses its own flags and returns an exit code.
 */

/** Where a command writes; tests pass buffers, the real CLI passes the process streams. */
export interface CliIo {
  readonly stdout: { write(chunk: string): unknown; readonly isTTY?: boolean };
  readonly stderr: { write(chunk: string): unknown; readonly isTTY?: boolean };
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** A subcommand. `run` never throws for bad input: it prints one line on stderr and returns non-zero. */
export interface CliCommand {
  readonly name: string;
  /** One line for `copydesk --help`. */
  readonly summary: string;
  /** Usage text for `copydesk NAME --help`. */
  readonly usage: string;
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/** A user error: its message is printed as-is, without a stack trace. */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';
}
