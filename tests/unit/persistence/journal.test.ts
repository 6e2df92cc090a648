/** The crash journal: write, list after a "restart", discard; atomic and ordered per key. */
import { mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../core/article/model.ts';
import { emptyArticle } from '../../../core/article/model.ts';
import { CrashJournal } from '../../../node/documents/journal.ts';
import type { AtomicWriteFs } from '../../../node/util/atomic-write.ts';
import { fsError, testBackend } from './helpers.ts';

const article = (headline: string): Article => ({
  ...emptyArticle(),
  headline,
  blocks: [{ type: 'paragraph', text: `${headline}: несохранённый текст`, marks: [] }],
});

describe('documents.journalWrite / journalList / journalDiscard', () => {
  it('an entry written by one backend is listed by the next one over the same user data', async () => {
    const first = testBackend();
    await first.ok('documents.journalWrite', {
      key: 'tab-1',
      path: join(first.documentsDir, 'a.copydesk.json'),
      name: 'a.copydesk.json',
      article: article('Первый'),
      baseRevision: 'abc',
    });
    await first.ok('documents.journalWrite', { key: 'tab-2', name: 'untitled', article: article('Второй'), baseRevision: null });
    const restarted = testBackend({ documentsDir: first.documentsDir, userDataDir: first.userDataDir });
    const entries = await restarted.ok('documents.journalList', {});
    expect(entries.map((e) => e.key).sort()).toEqual(['tab-1', 'tab-2']);
    const one = entries.find((e) => e.key === 'tab-1');
    expect(one).toMatchObject({
      path: join(first.documentsDir, 'a.copydesk.json'),
      name: 'a.copydesk.json',
      baseRevision: 'abc',
      article: article('Первый'),
    });
    expect(Date.parse(one?.savedAt ?? '')).not.toBeNaN();
    expect(entries.find((e) => e.key === 'tab-2')).toMatchObject({ baseRevision: null, article: article('Второй') });
    expect(entries.find((e) => e.key === 'tab-2')).not.toHaveProperty('path');
  });

  it('a later write replaces the key’s entry; discard removes it and discarding again is fine', async () => {
    const backend = testBackend();
    await backend.ok('documents.journalWrite', { key: 'k', name: 'n', article: article('v1') });
    await backend.ok('documents.journalWrite', { key: 'k', name: 'n', article: article('v2') });
    expect((await backend.ok('documents.journalList', {})).map((e) => e.article.headline)).toEqual(['v2']);
    await backend.ok('documents.journalDiscard', { key: 'k' });
    await backend.ok('documents.journalDiscard', { key: 'k' });
    expect(await backend.ok('documents.journalList', {})).toEqual([]);
  });

  it('writes and discards of a key apply in call order, so a discard is never undone by an earlier write', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'copydesk-journal-'));
    const journal = new CrashJournal(folder);
    const pending = [
      journal.write({ key: 'k', name: 'n', article: article('a') }),
      journal.discard('k'),
      journal.write({ key: 'k', name: 'n', article: article('b') }),
      journal.discard('k'),
    ];
    await Promise.all(pending);
    expect(await journal.list()).toEqual([]);
  });

  it('keys are hashed into file names, so no key can reach outside the journal folder', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'copydesk-journal-'));
    const journal = new CrashJournal(join(folder, 'journal'));
    await journal.write({ key: '../../escape', name: 'n', article: article('x') });
    expect(readdirSync(folder)).toEqual(['journal']);
    expect(readdirSync(join(folder, 'journal'))[0]).toMatch(/^[0-9a-f]{32}\.json$/);
    expect((await journal.list())[0]?.key).toBe('../../escape');
  });

  it('skips unreadable entries without deleting them, and removes stale temporary files', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'copydesk-journal-'));
    const journal = new CrashJournal(folder);
    await journal.write({ key: 'good', name: 'n', article: article('ok') });
    writeFileSync(join(folder, 'broken.json'), '{"format":"copydesk-journal","version":1,"key":');
    writeFileSync(
      join(folder, 'wrong.json'),
      JSON.stringify({ format: 'copydesk-journal', version: 1, key: 'w', name: 'n', savedAt: 'x', article: { headline: 1 } }),
    );
    const stale = join(folder, '.0123.json.a1b2c3d4e5f6.tmp');
    writeFileSync(stale, 'half');
    utimesSync(stale, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
    const fresh = join(folder, '.4567.json.0a0b0c0d0e0f.tmp');
    writeFileSync(fresh, 'in progress');
    expect((await journal.list()).map((e) => e.key)).toEqual(['good']);
    expect(readdirSync(folder).sort()).toEqual(
      ['.4567.json.0a0b0c0d0e0f.tmp', readdirSync(folder).find((n) => /^[0-9a-f]{32}\.json$/.test(n)), 'broken.json', 'wrong.json'].sort(),
    );
  });

  it('a failed write keeps the previous entry intact and answers one line', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'copydesk-journal-'));
    await new CrashJournal(folder).write({ key: 'k', name: 'story', article: article('kept') });
    const before = readdirSync(folder).map((n) => readFileSync(join(folder, n), 'utf8'));
    const full: AtomicWriteFs = {
      open: (async (...args: Parameters<typeof open>) => {
        const handle = await open(...args);
        handle.writeFile = async () => Promise.reject(fsError('ENOSPC'));
        return handle;
      }) as typeof open,
      rename,
      unlink,
    };
    await expect(new CrashJournal(folder, full).write({ key: 'k', name: 'story', article: article('lost') })).rejects.toMatchObject({
      code: 'ENOSPC',
    });
    expect(readdirSync(folder).map((n) => readFileSync(join(folder, n), 'utf8'))).toEqual(before);
    expect((await new CrashJournal(folder).list())[0]?.article.headline).toBe('kept');
  });

  it('a journal folder that cannot be created gives an io error naming the document', async () => {
    const backend = testBackend();
    writeFileSync(join(backend.userDataDir, '..', 'blocker'), 'x');
    const blocked = testBackend({ documentsDir: backend.documentsDir, userDataDir: join(backend.userDataDir, '..', 'blocker') });
    expect(await blocked.call('documents.journalWrite', { key: 'k', name: 'story.txt', article: article('x') })).toEqual({
      ok: false,
      error: { code: 'io', message: 'cannot keep the recovery copy of story.txt: a folder in the path is a file' },
    });
  });
});
