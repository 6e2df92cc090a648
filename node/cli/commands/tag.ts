/**
 * `copydesk tag FILE... [--json] [--registry FILE]`: tags people and countries in text
 * files. The JSON shape is a stable contract (see docs/tagger.md): one object per file,
 * offsets into the UTF-8-decoded text with any BOM removed; a file that cannot be read is
 * reported on stderr and as `{"file","error"}`, and makes the exit code non-zero.
 */

import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Registry } from '../../../core/tagger/registry.ts';
import type { TagResult } from '../../../core/tagger/types.ts';
import { loadTagger } from '../../tagger/load-tagger.ts';
import { readRegistryFile } from '../../tagger/registry-store.ts';
import type { CliCommand, CliIo } from '../command.ts';

/** One element of `tag --json` output. */
export type TagFileOutput =
  | {
      file: string;
      language: string;
      people: { name: string; mentions: { start: number; end: number; text: string }[] }[];
      countries: { code: string; name: string; mentions: { start: number; end: number; text: string; kind: string }[] }[];
    }
  | { file: string; error: string };

const USAGE = `Usage: copydesk tag FILE... [--json] [--registry FILE]

Finds the people and countries each FILE (UTF-8 text) mentions.
  --json            print a JSON array, one object per file
  --registry FILE   suggest the people of this Copydesk registry in any case form`;

/** Reads a file as UTF-8 text without BOM, rejecting folders and binary content. */
async function readTextFile(file: string): Promise<string> {
  const stat = await fs.stat(file).catch((error: NodeJS.ErrnoException) => {
    throw new Error(error.code === 'ENOENT' ? 'no such file' : error.code === 'EACCES' ? 'permission denied' : error.message);
  });
  if (stat.isDirectory()) throw new Error('is a directory');
  const bytes = await fs.readFile(file);
  if (bytes.includes(0)) throw new Error('not a text file (binary content)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error('not valid UTF-8 text');
  }
  return text.replace(/^\uFEFF/u, '');
}

function toOutput(file: string, result: TagResult): TagFileOutput {
  return {
    file,
    language: result.language,
    people: result.people.map((p) => ({ name: p.name, mentions: p.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })) })),
    countries: result.countries.map((c) => ({
      code: c.code,
      name: c.name,
      mentions: c.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, kind: m.kind })),
    })),
  };
}

function summary(output: TagFileOutput): string {
  if ('error' in output) return `${output.file}: error: ${output.error}`;
  const people = output.people.map((p) => `${p.name} (${p.mentions.length})`).join(', ') || '—';
  const countries = output.countries.map((c) => `${c.name} [${c.code}] (${c.mentions.length})`).join(', ') || '—';
  return `${output.file} [${output.language}]\n  people: ${people}\n  countries: ${countries}`;
}

/** The `tag` CLI command. */
export const tagCommand: CliCommand = {
  name: 'tag',
  summary: 'Find people and countries in text files',
  usage: USAGE,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const files: string[] = [];
    let json = false;
    let registryFile: string | undefined;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i]!;
      if (arg === '--json') json = true;
      else if (arg === '--registry') {
        registryFile = args[++i];
        if (!registryFile) {
          io.stderr.write('copydesk tag: --registry needs a file\n');
          return 2;
        }
      } else if (arg.startsWith('--registry=')) registryFile = arg.slice('--registry='.length);
      else if (arg === '--help' || arg === '-h') {
        io.stdout.write(`${USAGE}\n`);
        return 0;
      } else if (arg.startsWith('--')) {
        io.stderr.write(`copydesk tag: unknown option ${arg}\n`);
        return 2;
      } else files.push(arg);
    }
    if (files.length === 0) {
      io.stderr.write('copydesk tag: no files given (see copydesk tag --help)\n');
      return 2;
    }
    let registry: Registry | undefined;
    if (registryFile !== undefined) {
      try {
        registry = await readRegistryFile(path.resolve(io.cwd, registryFile));
      } catch (error) {
        io.stderr.write(`copydesk tag: ${registryFile}: ${error instanceof Error ? error.message : String(error)}\n`);
        return 2;
      }
    }
    const tagger = await loadTagger();
    const outputs: TagFileOutput[] = [];
    let failed = false;
    for (const file of files) {
      try {
        const text = await readTextFile(path.resolve(io.cwd, file));
        outputs.push(toOutput(file, tagger.tag(text, registry ? { registry } : {})));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        io.stderr.write(`copydesk tag: ${file}: ${message}\n`);
        outputs.push({ file, error: message });
        failed = true;
      }
    }
    io.stdout.write(json ? `${JSON.stringify(outputs, null, 2)}\n` : `${outputs.map(summary).join('\n')}\n`);
    return failed ? 1 : 0;
  },
};
