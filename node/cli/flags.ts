/**
 * A small strict flag parser for the CLI: `--name value`, `--name=value`, boolean flags,
 * and `--` to end flags. Unknown flags are usage errors, never silently ignored.
 */
import { CliUsageError } from './command.ts';

/** What a command accepts. */
export interface FlagSpec {
  readonly booleans?: readonly string[];
  readonly strings?: readonly string[];
  /** String flags that may be given more than once. */
  readonly repeatable?: readonly string[];
}

/** Parsed arguments. */
export interface ParsedFlags {
  readonly positional: string[];
  readonly flags: Record<string, boolean | string | string[] | undefined>;
}

/** Parses `args` against `spec`; throws CliUsageError for unknown or incomplete flags. */
export function parseFlags(args: readonly string[], spec: FlagSpec): ParsedFlags {
  const booleans = new Set(spec.booleans ?? []);
  const strings = new Set([...(spec.strings ?? []), ...(spec.repeatable ?? [])]);
  const repeatable = new Set(spec.repeatable ?? []);
  const positional: string[] = [];
  const flags: ParsedFlags['flags'] = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      if (arg.startsWith('-') && arg !== '-') throw new CliUsageError(`unknown option ${arg}`);
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (booleans.has(name)) {
      if (eq >= 0) throw new CliUsageError(`--${name} takes no value`);
      flags[name] = true;
    } else if (strings.has(name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined || value === '') throw new CliUsageError(`--${name} needs a value`);
      if (repeatable.has(name)) flags[name] = [...((flags[name] as string[] | undefined) ?? []), value];
      else flags[name] = value;
    } else {
      throw new CliUsageError(`unknown option --${name}`);
    }
  }
  return { positional, flags };
}
