/** `copydesk export`: every format from the CLI, batch with a corrupt file, overwrite refusal, usage errors. */
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync, copyFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseNativeDocument } from '../../../core/article/native.ts';
import { runCli } from '../../../node/cli/main.ts';
import { goldTags, ninjsValidator, SAMPLE_PATH } from './helpers.ts';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(args: string[], cwd: string, tty = false): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk), isTTY: tty },
    cwd,
    env: {},
  });
  return { code, stdout, stderr };
}

let work: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'copydesk-export-cli-'));
  mkdirSync(join(work, 'in'));
  copyFileSync(SAMPLE_PATH, join(work, 'in', 'kaztag-blinken-kazakhstan.txt'));
  writeFileSync(join(work, 'in', 'second.txt'), 'Второй заголовок\n\nАлматы. 3 марта. КазТАГ – Первый абзац о Токаеве.\n\nВторой абзац.\n');
});

describe('copydesk export', () => {
  it('exports the tagged sample to every text format', async () => {
    for (const format of ['html', 'json', 'ninjs', 'md']) {
      const run = await cli(['export', 'in/kaztag-blinken-kazakhstan.txt', '--format', format, '--out', 'out', '--tag'], work);
      expect(run, run.stderr).toMatchObject({ code: 0, stderr: '' });
      expect(run.stdout).toBe(`exported 1 of 1 article to out (${format})\n`);
    }
    expect(readdirSync(join(work, 'out')).sort()).toEqual([
      'kaztag-blinken-kazakhstan.copydesk.json',
      'kaztag-blinken-kazakhstan.html',
      'kaztag-blinken-kazakhstan.md',
      'kaztag-blinken-kazakhstan.ninjs.json',
    ]);
    const gold = goldTags();
    const html = readFileSync(join(work, 'out', 'kaztag-blinken-kazakhstan.html'), 'utf8');
    expect(html.match(/<script\b/g)).toHaveLength(1);
    const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '');
    expect(ld.mentions).toHaveLength(gold.people.length + gold.countries.length);
    const ninjs = JSON.parse(readFileSync(join(work, 'out', 'kaztag-blinken-kazakhstan.ninjs.json'), 'utf8'));
    expect(ninjsValidator()(ninjs)).toBe(true);
    expect(ninjs.people).toHaveLength(7);
    const native = parseNativeDocument(readFileSync(join(work, 'out', 'kaztag-blinken-kazakhstan.copydesk.json'), 'utf8'));
    expect(native.entities).toHaveLength(14);
    expect(readFileSync(join(work, 'out', 'kaztag-blinken-kazakhstan.md'), 'utf8')).toContain('**Астана. 28 февраля. КазТАГ**');
  });

  it('a folder with one corrupt file: the others are exported, the failure is named, exit code 1', async () => {
    writeFileSync(join(work, 'in', 'broken.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    writeFileSync(join(work, 'in', 'zzz-last.txt'), 'Последний\n\nТекст.\n');
    const run = await cli(['export', 'in', '--format', 'html', '--out', 'out'], work);
    expect(run.code).toBe(1);
    expect(readdirSync(join(work, 'out')).sort()).toEqual(['kaztag-blinken-kazakhstan.html', 'second.html', 'zzz-last.html']);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^copydesk export: in\/broken\.txt: .+/);
    expect(run.stdout).toBe('exported 3 of 4 articles to out (html), 1 failed\n');
  });

  it('refuses to replace an existing file without --force, naming it, and replaces it with --force', async () => {
    mkdirSync(join(work, 'out'));
    writeFileSync(join(work, 'out', 'second.md'), 'precious');
    const refused = await cli(['export', 'in', '--format', 'md', '--out', 'out'], work);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(`copydesk export: ${join(work, 'out', 'second.md')}: already exists (use --force to replace it)\n`);
    expect(readFileSync(join(work, 'out', 'second.md'), 'utf8')).toBe('precious');
    expect(statSync(join(work, 'out', 'kaztag-blinken-kazakhstan.md')).size).toBeGreaterThan(1000);
    expect(readdirSync(join(work, 'out')).filter((n) => n.startsWith('.'))).toEqual([]);
    const forced = await cli(['export', 'in', '--format', 'md', '--out', 'out', '--force'], work);
    expect(forced).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(join(work, 'out', 'second.md'), 'utf8')).toMatch(/^# Второй заголовок/);
  });

  it('draws a progress bar on a terminal and clears it before the summary', async () => {
    const run = await cli(['export', 'in', '--format', 'json', '--out', 'out'], work, true);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('\r[');
    expect(run.stderr).toContain('] 2/2');
    expect(run.stderr.endsWith('\r\u001b[K')).toBe(true);
  });

  it('usage errors exit 2 with one line and write nothing', async () => {
    for (const args of [
      ['export', 'in', '--out', 'out'],
      ['export', 'in', '--format', 'docx', '--out', 'out'],
      ['export', 'in', '--format', 'pdf', '--out', 'out'],
      ['export', 'in', '--format', 'html'],
      ['export', '--format', 'html', '--out', 'out'],
      ['export', 'in', '--format', 'html', '--out', 'out', '--bogus'],
    ]) {
      const run = await cli(args, work);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
    expect(() => readdirSync(join(work, 'out'))).toThrow();
  });

  it('a missing input is a named failure; the rest is still exported', async () => {
    const run = await cli(['export', 'nowhere.txt', 'in/second.txt', '--format', 'ninjs', '--out', 'out'], work);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('copydesk export: nowhere.txt: no such file or folder\n');
    expect(readdirSync(join(work, 'out'))).toEqual(['second.ninjs.json']);
  });

  it('an --out that is a file is one clear line', async () => {
    writeFileSync(join(work, 'taken'), 'x');
    const run = await cli(['export', 'in', '--format', 'html', '--out', 'taken'], work);
    expect(run).toMatchObject({ code: 1, stderr: 'copydesk export: taken: not a folder\n' });
  });
});
