/** Atomic writes leave the original intact and no temporary file when any step fails. */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atomicWrite, type AtomicWriteFs } from '../../../node/util/atomic-write.ts';

const ORIGINAL = 'оригинал — original\n';

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-atomic-'));
  const file = join(dir, 'story.copydesk.json');
  writeFileSync(file, ORIGINAL);
  return { dir, file };
}

function failingAt(step: 'write' | 'sync' | 'rename'): AtomicWriteFs {
  return {
    open: (async (...args: Parameters<typeof open>) => {
      const handle = await open(...args);
      if (step === 'write')
        handle.writeFile = async () => {
          throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
        };
      if (step === 'sync')
        handle.sync = async () => {
          throw Object.assign(new Error('io error'), { code: 'EIO' });
        };
      return handle;
    }) as typeof open,
    rename: (async (...args: Parameters<typeof rename>) => {
      if (step === 'rename') throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
      return rename(...args);
    }) as typeof rename,
    unlink,
  };
}

describe('atomicWrite', () => {
  it('replaces the file', async () => {
    const { dir, file } = setup();
    await atomicWrite(file, 'new text');
    expect(readFileSync(file, 'utf8')).toBe('new text');
    expect(readdirSync(dir)).toEqual(['story.copydesk.json']);
  });

  for (const step of ['write', 'sync', 'rename'] as const) {
    it(`a failure at ${step} leaves the original byte-identical and removes the temp file`, async () => {
      const { dir, file } = setup();
      await expect(atomicWrite(file, 'new text', failingAt(step))).rejects.toThrow();
      expect(readFileSync(file, 'utf8')).toBe(ORIGINAL);
      expect(readdirSync(dir)).toEqual(['story.copydesk.json']);
    });
  }

  it('fails cleanly when the folder is gone', async () => {
    const { dir } = setup();
    await expect(atomicWrite(join(dir, 'missing', 'x.json'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('atomicWrite durability', () => {
  it('fsyncs the folder after the rename, and a folder fsync that is not supported does not fail the write', async () => {
    const { dir, file } = setup();
    const synced: string[] = [];
    const recording: AtomicWriteFs = {
      open: (async (...args: Parameters<typeof open>) => {
        const handle = await open(...args);
        const sync = handle.sync.bind(handle);
        handle.sync = async () => {
          synced.push(String(args[0]));
          if (String(args[0]) === dir) throw Object.assign(new Error('not supported'), { code: 'EINVAL' });
          return sync();
        };
        return handle;
      }) as typeof open,
      rename,
      unlink,
    };
    await atomicWrite(file, 'durable', recording);
    expect(synced).toHaveLength(2);
    expect(synced[0]).toMatch(/\.tmp$/);
    expect(synced[1]).toBe(dir);
    expect(readFileSync(file, 'utf8')).toBe('durable');
    expect(readdirSync(dir)).toEqual(['story.copydesk.json']);
  });

  it('gives the new file exactly the requested mode, whatever the umask', async () => {
    const { file } = setup();
    await atomicWrite(file, 'private', undefined, { mode: 0o600 });
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});
