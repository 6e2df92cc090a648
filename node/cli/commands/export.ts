/**
 * `copydesk export FILE_OR_DIR... --format html|json|ninjs|md --out DIR [--force] [--tag]`:
 * exports every article of the given files and folders, one file per article named after
 * its slug or source file. A stable contract (docs/exporting.md): never replaces a file
 * without --force; one line on stderr per failed article; exit 0 when all were exported,
 * 1 when any failed, 2 for a usage error.
 */
import { resolve } from 'node:path';
import { tagArticle } from '../../../core/tagger/apply.ts';
import type { TextExportFormat } from '../../../core/export/formats.ts';
import { exportBatch, type BatchProgress } from '../../export/batch.ts';
import { loadTagger } from '../../tagger/load-tagger.ts';
import { CliUsageError, type CliCommand, type CliIo } from '../command.ts';
import { parseFlags } from '../flags.ts';

const CLI_FORMATS: readonly TextExportFormat[] = ['html', 'json', 'ninjs', 'md'];

const USAGE = `copydesk export FILE_OR_DIR... --format html|json|ninjs|md --out DIR [--force] [--tag]

Exports each article (each file, and each file of each folder) to DIR.
  --format FORMAT  html: self-contained page; json: native Copydesk document;
                   ninjs: IPTC ninjs 3.1; md: Markdown
  --out DIR        the folder to write to (created if missing)
  --force          replace files that already exist (otherwise they are refused)
  --tag            add the tagger's people and country suggestions before exporting
PDF needs the desktop app (File > Export...).`;

const BAR_WIDTH = 24;

/** A one-line progress bar redrawn in place on a terminal. */
function progressBar(io: CliIo): { update: BatchProgress; finish(): void } {
  let drawn = false;
  return {
    update(done, total) {
      const filled = Math.round((done / Math.max(1, total)) * BAR_WIDTH);
      io.stderr.write(`\r[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${done}/${total}`);
      drawn = true;
    },
    finish() {
      if (drawn) io.stderr.write('\r\u001b[K');
    },
  };
}

/** The export command. */
export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'export articles to HTML, JSON, ninjs or Markdown',
  usage: USAGE,
  async run(args, io) {
    const { positional, flags } = parseFlags(args, { booleans: ['force', 'tag'], strings: ['format', 'out'] });
    if (positional.length === 0) throw new CliUsageError('no FILE_OR_DIR given');
    const format = flags.format as string | undefined;
    if (format === undefined) throw new CliUsageError('--format is required (html, json, ninjs or md)');
    if (format === 'pdf') throw new CliUsageError('PDF export needs the desktop app; export html and print it');
    if (!(CLI_FORMATS as readonly string[]).includes(format))
      throw new CliUsageError(`unknown format "${format}" (html, json, ninjs or md)`);
    const out = flags.out as string | undefined;
    if (out === undefined) throw new CliUsageError('--out DIR is required');
    const outDir = resolve(io.cwd, out);
    const tagger = flags.tag ? await loadTagger() : undefined;
    const bar = io.stderr.isTTY ? progressBar(io) : undefined;
    let summary;
    try {
      summary = await exportBatch(positional, {
        format: format as TextExportFormat,
        outDir,
        cwd: io.cwd,
        conflict: flags.force ? 'overwrite' : 'fail',
        ...(tagger ? { tag: async (article) => tagArticle(article, tagger) } : {}),
        ...(bar ? { onProgress: bar.update } : {}),
      });
    } catch (error) {
      bar?.finish();
      const code = (error as NodeJS.ErrnoException).code;
      const reason =
        code === 'EEXIST' || code === 'ENOTDIR' ? 'not a folder' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
      io.stderr.write(`copydesk export: ${out}: ${reason}\n`);
      return 1;
    }
    bar?.finish();
    for (const failure of summary.failed) {
      const hint = failure.message.endsWith('already exists') ? ' (use --force to replace it)' : '';
      io.stderr.write(`copydesk export: ${failure.message}${hint}\n`);
    }
    const total = summary.exported.length + summary.failed.length;
    const failedPart = summary.failed.length > 0 ? `, ${summary.failed.length} failed` : '';
    io.stdout.write(
      `exported ${summary.exported.length} of ${total} article${total === 1 ? '' : 's'} to ${out} (${format})${failedPart}\n`,
    );
    return summary.failed.length > 0 ? 1 : 0;
  },
};
