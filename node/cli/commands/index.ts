/** The registry of CLI subcommands, in the order `copydesk --help` lists them. */
import type { CliCommand } from '../command.ts';
import { exportCommand } from './export.ts';
import { parseCommand } from './parse.ts';
import { tagCommand } from './tag.ts';

/** Every subcommand. */
export const commands: readonly CliCommand[] = [parseCommand, tagCommand, exportCommand];
