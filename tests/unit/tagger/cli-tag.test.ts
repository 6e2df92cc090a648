import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tagCommand } from '../../../node/cli/commands/tag.ts';

async function runTag(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await tagCommand.run(args, {
    stdout: { write: (c: string) => (stdout += c) },
    stderr: { write: (c: string) => (stderr += c) },
    cwd,
    env: {},
  });
  return { code, stdout, stderr };
}

describe('copydesk tag', () => {
  it('prints the stable JSON shape with offsets into the BOM-less text', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'copydesk-tag-'));
    const text = 'Министр Ержан Ашикбаев прибыл в Казахстан.';
    await writeFile(path.join(dir, 'a.txt'), `\uFEFF${text}`);
    const { code, stdout } = await runTag(['a.txt', '--json'], dir);
    expect(code).toBe(0);
    const [out] = JSON.parse(stdout) as [
      {
        file: string;
        language: string;
        people: { name: string; mentions: { start: number; end: number; text: string }[] }[];
        countries: { code: string; name: string; mentions: { start: number; end: number; text: string; kind: string }[] }[];
      },
    ];
    expect(Object.keys(out)).toEqual(['file', 'language', 'people', 'countries']);
    expect(out.file).toBe('a.txt');
    expect(out.language).toBe('ru');
    expect(out.people).toEqual([{ name: 'Ержан Ашикбаев', mentions: [{ start: 8, end: 22, text: 'Ержан Ашикбаев' }] }]);
    expect(out.countries).toEqual([{ code: 'KZ', name: 'Казахстан', mentions: [{ start: 32, end: 41, text: 'Казахстан', kind: 'name' }] }]);
    for (const m of out.people[0]!.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('reports missing paths, folders and binary files as errors and exits non-zero', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'copydesk-tag-'));
    await writeFile(path.join(dir, 'ok.txt'), 'Казахстан');
    await writeFile(path.join(dir, 'blob.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff]));
    const { code, stdout, stderr } = await runTag(['ok.txt', 'missing.txt', '.', 'blob.bin', '--json'], dir);
    expect(code).not.toBe(0);
    const out = JSON.parse(stdout) as { file: string; error?: string }[];
    expect(out.map((o) => o.file)).toEqual(['ok.txt', 'missing.txt', '.', 'blob.bin']);
    expect(out[0]!.error).toBeUndefined();
    for (const bad of out.slice(1)) expect(typeof bad.error).toBe('string');
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(stderr).not.toMatch(/\n\s+at /u);
  });

  it('uses a registry given with --registry', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'copydesk-tag-'));
    await writeFile(
      path.join(dir, 'r.json'),
      JSON.stringify({ version: 1, entries: [{ id: 'p1', type: 'person', name: 'Данияр Жанабергенов', aliases: [] }], deleted: [] }),
    );
    await writeFile(path.join(dir, 'b.txt'), 'Жанабергенову задали вопрос.');
    const { code, stdout } = await runTag(['b.txt', '--json', '--registry', 'r.json'], dir);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { people: { name: string }[] }[])[0]!.people.map((p) => p.name)).toEqual(['Данияр Жанабергенов']);
  });

  it('prints a readable summary without --json', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'copydesk-tag-'));
    await writeFile(path.join(dir, 'c.txt'), 'Делегация США прибыла.');
    const { code, stdout } = await runTag(['c.txt'], dir);
    expect(code).toBe(0);
    expect(stdout).toContain('США [US] (1)');
  });
});
