/** documents.save / stat / open / new through the real dispatch: atomic native saves, conflicts, clear failures. */
import { chmodSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OpenedDocument } from '../../../core/api/documents.ts';
import type { Article } from '../../../core/article/model.ts';
import { parseNativeDocument, serializeNativeDocument } from '../../../core/article/native.ts';
import type { AtomicWriteFs } from '../../../node/util/atomic-write.ts';
import { fsError, testBackend } from './helpers.ts';

const SAMPLE = 'kaztag-blinken-kazakhstan.txt';
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function edited(article: Article, text: string): Article {
  return { ...article, blocks: [...article.blocks, { type: 'paragraph', text, marks: [] }] };
}

async function sampleSavedAsNative() {
  const backend = testBackend();
  const opened = await backend.ok('documents.open', { path: SAMPLE });
  const path = join(backend.documentsDir, 'story.copydesk.json');
  const saved = await backend.ok('documents.save', { path, article: opened.article, baseRevision: null });
  return { backend, opened, path, saved };
}

type Step = 'open' | 'write' | 'sync' | 'rename';

/** Real file-system steps with one failing with `code`; only the temp file's steps, never the folder fsync. */
function failingAt(step: Step, code: string): AtomicWriteFs {
  return {
    open: (async (...args: Parameters<typeof open>) => {
      const isTemp = String(args[0]).endsWith('.tmp');
      if (step === 'open' && isTemp) throw fsError(code);
      const handle = await open(...args);
      if (isTemp && step === 'write') handle.writeFile = async () => Promise.reject(fsError(code));
      if (isTemp && step === 'sync') handle.sync = async () => Promise.reject(fsError(code));
      return handle;
    }) as typeof open,
    rename: (async (...args: Parameters<typeof rename>) => {
      if (step === 'rename') throw fsError(code);
      return rename(...args);
    }) as typeof rename,
    unlink,
  };
}

describe('documents.open and documents.stat', () => {
  it('open returns the sha-256 of the file bytes as revision, and stat agrees', async () => {
    const backend = testBackend();
    const opened = await backend.ok('documents.open', { path: SAMPLE });
    const bytes = readFileSync(join(backend.documentsDir, SAMPLE));
    expect(opened.revision).toBe(sha256(bytes));
    expect(await backend.ok('documents.stat', { path: SAMPLE })).toEqual({ revision: opened.revision });
    writeFileSync(join(backend.documentsDir, SAMPLE), Buffer.concat([bytes, Buffer.from('\nP.S.\n')]));
    expect((await backend.ok('documents.stat', { path: SAMPLE })).revision).not.toBe(opened.revision);
    rmSync(join(backend.documentsDir, SAMPLE));
    expect(await backend.ok('documents.stat', { path: SAMPLE })).toEqual({ revision: null });
  });

  it('openInitial also carries a revision', async () => {
    const backend = testBackend();
    const initial = await backend.ok('documents.openInitial', {});
    expect(initial.revision).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('documents.new', () => {
  it('returns an untitled empty article with its creation time', async () => {
    const backend = testBackend();
    const before = Date.now();
    const created = await backend.ok('documents.new', { language: 'en' });
    expect(created.path).toBeUndefined();
    expect(created.article).toMatchObject({ headline: '', blocks: [], entities: [], meta: { language: 'en', status: 'draft' } });
    expect(Date.parse(created.article.meta.created ?? '')).toBeGreaterThanOrEqual(before - 1000);
  });
});

describe('documents.save', () => {
  it('writes the native format, and reopening yields the same article and the returned revision', async () => {
    const { backend, opened, path, saved } = await sampleSavedAsNative();
    const bytes = readFileSync(path);
    expect(JSON.parse(bytes.toString('utf8'))).toMatchObject({ format: 'copydesk', version: 1 });
    expect(parseNativeDocument(bytes.toString('utf8'))).toEqual(opened.article);
    expect(saved).toMatchObject({ path, name: 'story.copydesk.json', revision: sha256(bytes) });
    const reopened = await backend.ok('documents.open', { path });
    expect(reopened.article).toEqual(opened.article);
    expect(reopened.revision).toBe(saved.revision);
    expect(readdirSync(backend.documentsDir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('resolves a relative path in the documents folder', async () => {
    const backend = testBackend();
    const { article } = await backend.ok('documents.new', {});
    const saved = await backend.ok('documents.save', { path: 'fresh.copydesk.json', article: { ...article, headline: 'Новая' } });
    expect(saved.path).toBe(join(backend.documentsDir, 'fresh.copydesk.json'));
    expect(parseNativeDocument(readFileSync(saved.path, 'utf8')).headline).toBe('Новая');
  });

  it('saving on from the returned revision succeeds; a stale base revision is a conflict', async () => {
    const { backend, opened, path, saved } = await sampleSavedAsNative();
    const second = await backend.ok('documents.save', { path, article: edited(opened.article, 'Второй.'), baseRevision: saved.revision });
    const bytes = readFileSync(path);
    const stale = await backend.call('documents.save', { path, article: edited(opened.article, 'Третий.'), baseRevision: saved.revision });
    expect(stale).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message: 'story.copydesk.json: changed on disk by another program since it was opened; it was not overwritten',
      },
    });
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(second.revision).toBe(sha256(bytes));
  });

  it('an external change while the editor is dirty is a conflict; overwrite replaces it and keeps theirs as a version', async () => {
    const { backend, opened, path, saved } = await sampleSavedAsNative();
    const theirs = serializeNativeDocument({ ...opened.article, headline: 'Их заголовок' });
    writeFileSync(path, theirs);
    const mine = edited(opened.article, 'Моя правка.');
    const result = await backend.call('documents.save', { path, article: mine, baseRevision: saved.revision });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(readFileSync(path, 'utf8')).toBe(theirs);

    const forced = await backend.ok('documents.save', { path, article: mine, baseRevision: saved.revision, overwrite: true });
    expect(parseNativeDocument(readFileSync(path, 'utf8'))).toEqual(mine);
    const versions = await backend.ok('documents.versions', { path });
    expect(versions).toHaveLength(3);
    expect(versions[0]?.id).toBe(forced.versionId);
    const kept = await backend.ok('documents.version', { path, id: versions[1]?.id });
    expect(kept.article.headline).toBe('Их заголовок');
  });

  it('Save As never replaces an existing file without overwrite', async () => {
    const backend = testBackend();
    const path = join(backend.documentsDir, 'taken.copydesk.json');
    writeFileSync(path, 'someone else’s file');
    const { article } = await backend.ok('documents.new', {});
    for (const baseRevision of [null, undefined]) {
      const result = await backend.call('documents.save', { path, article, ...(baseRevision === null ? { baseRevision } : {}) });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'conflict', message: 'taken.copydesk.json: a file with this name already exists; it was not replaced' },
      });
    }
    expect(readFileSync(path, 'utf8')).toBe('someone else’s file');
  });

  it('a file deleted since it was opened is written again', async () => {
    const { backend, opened, path, saved } = await sampleSavedAsNative();
    rmSync(path);
    const again = await backend.ok('documents.save', { path, article: opened.article, baseRevision: saved.revision });
    expect(again.revision).toBe(saved.revision);
  });

  it('keeps the mode of the file it replaces and writes through a symbolic link', async () => {
    const { backend, opened, path, saved } = await sampleSavedAsNative();
    chmodSync(path, 0o600);
    const link = join(backend.documentsDir, 'link.copydesk.json');
    symlinkSync(path, link);
    const next = await backend.ok('documents.save', {
      path: link,
      article: edited(opened.article, 'Через ссылку.'),
      baseRevision: saved.revision,
    });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(sha256(readFileSync(path))).toBe(next.revision);
  });

  for (const [step, code, cause] of [
    ['open', 'EACCES', 'permission denied: you may not write in the folder documents'],
    ['write', 'ENOSPC', 'the disk is full'],
    ['sync', 'EIO', 'the disk reported an input/output error'],
    ['rename', 'EROFS', 'the disk is read-only'],
    ['write', 'EDQUOT', 'your disk quota is used up'],
  ] as const) {
    it(`a failure at ${step} (${code}) answers "${cause}", leaves the original byte-identical and no temp file`, async () => {
      const { backend, opened, path, saved } = await sampleSavedAsNative();
      const original = readFileSync(path);
      const failing = testBackend({ documentsDir: backend.documentsDir, userDataDir: backend.userDataDir, fs: failingAt(step, code) });
      const result = await failing.call('documents.save', {
        path,
        article: edited(opened.article, 'Не сохранится.'),
        baseRevision: saved.revision,
      });
      expect(result).toEqual({ ok: false, error: { code: 'io', message: `story.copydesk.json: cannot save: ${cause}` } });
      expect(readFileSync(path).equals(original)).toBe(true);
      expect(readdirSync(backend.documentsDir).filter((n) => n.includes('.tmp'))).toEqual([]);
      // The failed save kept no version either.
      expect(await backend.ok('documents.versions', { path })).toHaveLength(1);
    });
  }

  it('a read-only file is refused by its write bits, even for an administrator', async () => {
    const { backend, opened, path, saved } = await sampleSavedAsNative();
    const original = readFileSync(path);
    chmodSync(path, 0o444);
    const result = await backend.call('documents.save', { path, article: edited(opened.article, 'x'), baseRevision: saved.revision });
    expect(result).toEqual({ ok: false, error: { code: 'io', message: 'story.copydesk.json: cannot save: the file is read-only' } });
    expect(readFileSync(path).equals(original)).toBe(true);
  });

  it('a folder that is gone is named as such', async () => {
    const backend = testBackend();
    const folder = join(backend.documentsDir, 'desk');
    mkdirSync(folder);
    const { article } = await backend.ok('documents.new', {});
    const path = join(folder, 'a.copydesk.json');
    const first = await backend.ok('documents.save', { path, article });
    rmSync(folder, { recursive: true });
    const result = await backend.call('documents.save', { path, article, baseRevision: first.revision });
    expect(result).toEqual({ ok: false, error: { code: 'io', message: 'a.copydesk.json: cannot save: the folder desk no longer exists' } });
  });

  it('refuses folders, disguised paths and foreign extensions without touching anything', async () => {
    const backend = testBackend();
    const { article } = await backend.ok('documents.new', {});
    const folder = join(backend.documentsDir, 'folder.copydesk.json');
    mkdirSync(folder);
    expect(await backend.call('documents.save', { path: folder, article, overwrite: true })).toMatchObject({
      ok: false,
      error: { code: 'bad-input', message: expect.stringMatching(/is a folder/) },
    });
    expect(await backend.call('documents.save', { path: '../escape.copydesk.json', article })).toMatchObject({
      ok: false,
      error: { code: 'bad-input', message: expect.stringMatching(/\.\./) },
    });
    expect(await backend.call('documents.save', { path: `${backend.documentsDir}/a/../../b.copydesk.json`, article })).toMatchObject({
      ok: false,
      error: { code: 'bad-input' },
    });
    const sample = readFileSync(join(backend.documentsDir, SAMPLE));
    const opened: OpenedDocument = await backend.ok('documents.open', { path: SAMPLE });
    expect(await backend.call('documents.save', { path: SAMPLE, article, baseRevision: opened.revision })).toMatchObject({
      ok: false,
      error: { code: 'bad-input', message: expect.stringMatching(/\.copydesk\.json/) },
    });
    expect(readFileSync(join(backend.documentsDir, SAMPLE)).equals(sample)).toBe(true);
    expect(await backend.call('documents.save', { path: 'x.copydesk.json', article: { ...article, blocks: 'nope' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });

  it('concurrent saves of one file run in turn: the second sees the first one’s revision', async () => {
    const { backend, opened, path, saved } = await sampleSavedAsNative();
    const [a, b] = await Promise.all([
      backend.call('documents.save', { path, article: edited(opened.article, 'A'), baseRevision: saved.revision }),
      backend.call('documents.save', { path, article: edited(opened.article, 'B'), baseRevision: saved.revision }),
    ]);
    expect(a.ok).toBe(true);
    expect(b).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(parseNativeDocument(readFileSync(path, 'utf8')).blocks.at(-1)).toMatchObject({ text: 'A' });
  });
});

describe('documents.saveJournalled', () => {
  it('saves the article the journal holds, byte for byte as a whole save would', async () => {
    const { backend, opened, path, saved } = await sampleSavedAsNative();
    const mine = edited(opened.article, 'Через журнал.');
    const { id } = await backend.ok('documents.journalWrite', { key: 'tab', name: 'story', article: mine });
    const viaJournal = await backend.ok('documents.saveJournalled', { key: 'tab', base: id, path, baseRevision: saved.revision });
    expect(parseNativeDocument(readFileSync(path, 'utf8'))).toEqual(mine);
    expect(viaJournal.revision).toBe(sha256(readFileSync(path)));
    const whole = await backend.ok('documents.save', { path, article: mine, baseRevision: viaJournal.revision });
    expect(whole.revision).toBe(viaJournal.revision);
  });

  it('refuses a base the journal does not hold with not-found and writes nothing; a stale revision is still a conflict', async () => {
    const { backend, opened, path, saved } = await sampleSavedAsNative();
    const bytes = readFileSync(path);
    const unknown = await backend.call('documents.saveJournalled', {
      key: 'tab',
      base: 'no-such-write',
      path,
      baseRevision: saved.revision,
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const { id } = await backend.ok('documents.journalWrite', { key: 'tab', name: 'story', article: edited(opened.article, 'Мой.') });
    const other = await backend.call('documents.saveJournalled', { key: 'other', base: id, path, baseRevision: saved.revision });
    expect(other).toMatchObject({ ok: false, error: { code: 'not-found' } });
    writeFileSync(path, serializeNativeDocument({ ...opened.article, headline: 'Их' }));
    const stale = await backend.call('documents.saveJournalled', { key: 'tab', base: id, path, baseRevision: saved.revision });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(parseNativeDocument(readFileSync(path, 'utf8')).headline).toBe('Их');
  });
});
