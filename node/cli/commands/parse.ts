/** `copydesk parse FILE [--json]`: prints the parsed Article of a document. */
import { resolve } from 'node:path';
import { CliUsageError, type CliCommand } from '../command.ts';
import { openDocumentFile } from '../../documents/open-document.ts';
import { findQuotations } from '../../../core/parse/quotations.ts';
import { blockPlainText } from '../../../core/article/model.ts';
import { parseFlags } from '../flags.ts';
import { MAX_SIZE_ENV, configuredMaxBytes, parseByteSize } from '../../documents/read-document-file.ts';

/** The parse command. */
export const parseCommand: CliCommand = {
  name: 'parse',
  summary: 'parse a document and print its structure',
  usage: [
    'copydesk parse FILE [--json] [--max-size SIZE]',
    '',
    '  FILE              a .txt, .md, .html, .docx, .json (Copydesk or IPTC ninjs) document',
    '  --json            print the Article as JSON (with its quotations)',
    `  --max-size SIZE   refuse files over SIZE ("10MB", "512KB", bytes); default $${MAX_SIZE_ENV} or 50MB`,
  ].join('\n'),
  async run(args, io) {
    const { positional, flags } = parseFlags(args, { booleans: ['json'], strings: ['max-size'] });
    if (positional.length !== 1) throw new CliUsageError('parse takes exactly one FILE');
    const file = positional[0] as string;
    let maxBytes = configuredMaxBytes(io.env);
    if (typeof flags['max-size'] === 'string') {
      const size = parseByteSize(flags['max-size']);
      if (size === null)
        throw new CliUsageError(`--max-size must be a size such as 10MB, 512KB or a number of bytes, not "${flags['max-size']}"`);
      maxBytes = size;
    }
    const article = await openDocumentFile(resolve(io.cwd, file), { displayName: file, maxBytes });
    if (flags.json) {
      io.stdout.write(`${JSON.stringify({ ...article, quotations: findQuotations(article) }, null, 2)}\n`);
      return 0;
    }
    const lines = [`headline: ${article.headline}`];
    if (article.dateline) {
      const { place, date, agency } = article.dateline;
      lines.push(`dateline: ${[place, date, agency].filter(Boolean).join(' | ')}`);
    }
    lines.push(`language: ${article.meta.language}`, `blocks:   ${article.blocks.length}`);
    article.blocks.forEach((block, i) =>
      lines.push(`  ${String(i + 1).padStart(3)}. [${block.type}] ${truncate(blockPlainText(block), 100)}`),
    );
    io.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  },
};

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
