/** `copydesk parse`, run as a real process through bin/copydesk.mjs. */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../support/web-app.ts';

const run = promisify(execFile);

/** Runs the CLI; resolves with code, stdout and stderr whatever the exit code. */
export async function copydesk(args: string[], cwd = REPO_ROOT) {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(REPO_ROOT, 'bin/copydesk.mjs'), ...args], {
      cwd,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('copydesk parse', () => {
  it('prints the sample as JSON with headline, dateline and 7 body paragraphs', async () => {
    const { code, stdout, stderr } = await copydesk(['parse', 'documents/kaztag-blinken-kazakhstan.txt', '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const article = JSON.parse(stdout);
    expect(article.headline).toBe('Госсекретарь США прокомментировал влияние антироссийских санкций на Казахстан');
    expect(article.dateline).toMatchObject({ place: 'Астана', date: '28 февраля', agency: 'КазТАГ' });
    expect(article.blocks).toHaveLength(7);
    expect(article.blocks[0].text).toMatch(/^Государственный секретарь США/);
    expect(article.quotations).toHaveLength(3);
  });

  const dir = mkdtempSync(join(tmpdir(), 'copydesk-cli-'));
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '');
  const binary = join(dir, 'image.txt');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  const cases: Array<[string, string, RegExp]> = [
    ['a missing path', join(dir, 'nope.txt'), /no such file/],
    ['a directory', dir, /is a folder/],
    ['an empty file', empty, /the file is empty/],
    ['a binary file', binary, /not a text document: it looks like a PNG image/],
  ];
  for (const [what, path, message] of cases) {
    it(`refuses ${what} with one line on stderr and a non-zero exit`, async () => {
      const { code, stdout, stderr } = await copydesk(['parse', path, '--json']);
      expect(code).not.toBe(0);
      expect(stdout).toBe('');
      expect(stderr).toMatch(message);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('refuses unknown flags and commands as usage errors', async () => {
    expect(await copydesk(['parse', 'x', '--jsn'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/unknown option --jsn/) });
    expect(await copydesk(['frobnicate'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/unknown command "frobnicate"/) });
  });
});
