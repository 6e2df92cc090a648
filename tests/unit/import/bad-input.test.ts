/** Bad input: one clear line for each kind of unopenable file, from the backend and the CLI. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentOpenError, importDocumentBytes, openDocumentFile } from '../../../node/documents/open-document.ts';
import { configuredMaxBytes, parseByteSize } from '../../../node/documents/read-document-file.ts';
import { runCopydesk as copydesk, sampleDocx, zipBombDocx } from '../../support/fixtures-import.ts';

const dir = mkdtempSync(join(tmpdir(), 'copydesk-bad-'));
const file = (name: string, data: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const cases: Array<[string, string, RegExp]> = [
  ['a binary file', file('data.txt', Buffer.from([1, 2, 3, 0, 0, 0, 4, 5])), /not a text document: the file holds binary data/],
  ['an image renamed .txt', file('photo.txt', PNG), /not a text document: it looks like a PNG image/],
  ['an image renamed .md', file('photo.md', PNG), /it looks like a PNG image/],
  ['a truncated .docx', file('cut.docx', sampleDocx().subarray(0, 700)), /not a readable Word document: the file is damaged or incomplete/],
  ['a text file renamed .docx', file('text.docx', 'just text'), /not a Word document/],
  ['a .docx zip bomb', file('bomb.docx', zipBombDocx(260)), /unpacks to more than 200 MB/],
  ['malformed JSON', file('broken.json', '{"headline": "x",'), /malformed JSON/],
  ['JSON that is not an article', file('list.json', '[1, 2, 3]'), /this JSON is not an article/],
  [
    'a Copydesk document with a bad article',
    file('bad.copydesk.json', '{"format":"copydesk","version":1,"article":{"headline":5}}'),
    /invalid Copydesk document/,
  ],
  ['an unsupported extension', file('photo.png', PNG), /unsupported file type "\.png"/],
  ['an empty HTML page', file('empty.html', '<html><body><script>x()</script></body></html>'), /the HTML page has no text/],
  ['a directory', (mkdirSync(join(dir, 'folder.txt')), join(dir, 'folder.txt')), /is a folder, not a document/],
  ['a path that vanished', join(dir, 'gone.txt'), /no such file/],
];

describe('opening bad input', () => {
  for (const [what, path, message] of cases) {
    it(`${what}: one clear line`, async () => {
      const error = await openDocumentFile(path).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DocumentOpenError);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message.split('\n')).toHaveLength(1);
    });
  }

  it('an unreadable file (EACCES) names the cause', async () => {
    const path = file('secret.txt', 'Заголовок\n\nТекст.');
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const error = await openDocumentFile(path, { fileSystem: { stat, open: async () => Promise.reject(denied) } }).catch((e: unknown) => e);
    expect((error as Error).message).toBe('secret.txt: cannot read: permission denied');
  });

  it('a file over the size limit is refused before it is read or imported', async () => {
    const path = file('big.txt', 'x'.repeat(2_000));
    await expect(openDocumentFile(path, { maxBytes: 1_000 })).rejects.toThrow('big.txt: 2.0 KB is over the 1000 bytes limit');
    await expect(importDocumentBytes('up.txt', new Uint8Array(2_000), 'up.txt', 1_000)).rejects.toThrow(
      'up.txt: 2.0 KB is over the 1000 bytes limit',
    );
  });

  it('the limit is 50 MB unless COPYDESK_MAX_DOCUMENT_SIZE sets another', () => {
    expect(configuredMaxBytes({})).toBe(50 * 1024 * 1024);
    expect(configuredMaxBytes({ COPYDESK_MAX_DOCUMENT_SIZE: '2MB' })).toBe(2 * 1024 * 1024);
    expect(configuredMaxBytes({ COPYDESK_MAX_DOCUMENT_SIZE: 'lots' })).toBe(50 * 1024 * 1024);
    expect(parseByteSize('512 KB')).toBe(512 * 1024);
    expect(parseByteSize('1048576')).toBe(1048576);
    expect(parseByteSize('-3MB')).toBeNull();
    expect(parseByteSize('0')).toBeNull();
  });
});

describe('the CLI on bad input', () => {
  for (const [what, path, message] of cases) {
    it(`${what}: one line on stderr, non-zero exit, nothing on stdout`, async () => {
      const { code, stdout, stderr } = await copydesk(['parse', path, '--json']);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toMatch(message);
      expect(stderr.trim().split('\n')).toHaveLength(1);
    });
  }

  it('--max-size and COPYDESK_MAX_DOCUMENT_SIZE limit the size; a bad --max-size is a usage error', async () => {
    const path = file('sized.txt', `Заголовок\n\n${'Текст. '.repeat(300)}`);
    expect(await copydesk(['parse', path, '--max-size', '1KB'])).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/is over the 1\.0 KB limit/),
    });
    expect(await copydesk(['parse', path, '--max-size', '1MB'])).toMatchObject({ code: 0 });
    expect(await copydesk(['parse', path, '--max-size', 'huge'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--max-size must be a size/),
    });
    expect(await copydesk(['parse', path], { COPYDESK_MAX_DOCUMENT_SIZE: '1KB' })).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/over the 1\.0 KB limit/),
    });
  });
});
