/**
 * Incremental crash-journal writes: the identity diff of body blocks, the backend applying
 * `documents.journalPatch` (and refusing stale bases and bad patches without changing the
 * entry), and the renderer's JournalWriter falling back to a whole-article write.
 */
import { mkdtempSync } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { JournalEntry, JournalReceipt } from '../../../core/api/documents.ts';
import type { Article, Block } from '../../../core/article/model.ts';
import { emptyArticle } from '../../../core/article/model.ts';
import { diffBlocks, JournalWriter, pacingCost, type JournalApi } from '../../../renderer/src/lib/state/journal-patch.ts';
import { CrashJournal } from '../../../node/documents/journal.ts';
import type { AtomicWriteFs } from '../../../node/util/atomic-write.ts';
import { journalDelay, JOURNAL_DELAY_MS, JOURNAL_MAX_DELAY_MS } from '../../../renderer/src/lib/state/background.svelte.ts';
import { fsError, testBackend, type TestBackend } from './helpers.ts';

const para = (text: string): Block => ({ type: 'paragraph', text, marks: [] });
const body = (n: number, prefix = 'Абзац'): Block[] => Array.from({ length: n }, (_, i) => para(`${prefix} ${i}`));
const articleOf = (blocks: readonly Block[], headline = 'Заголовок'): Article => ({ ...emptyArticle(), headline, blocks });

/** `splice` applied to `previous`: what the backend does with a patch. */
function applySplice(previous: readonly Block[], splice: ReturnType<typeof diffBlocks>): Block[] {
  return [...previous.slice(0, splice.start), ...splice.blocks, ...previous.slice(splice.start + splice.deleteCount)];
}

describe('diffBlocks (identity)', () => {
  const previous = body(10);

  it('no change: an empty splice at the end', () => {
    expect(diffBlocks(previous, [...previous])).toEqual({ start: 10, deleteCount: 0, blocks: [] });
  });

  it('one block changed: keeps the prefix and the suffix', () => {
    const next = [...previous];
    next[4] = para('Абзац 4, исправлен');
    expect(diffBlocks(previous, next)).toEqual({ start: 4, deleteCount: 1, blocks: [next[4]] });
  });

  it('a value-equal copy counts as changed (identity, not deep equality)', () => {
    const next = [...previous];
    next[7] = { ...previous[7]! };
    expect(diffBlocks(previous, next)).toEqual({ start: 7, deleteCount: 1, blocks: [next[7]] });
  });

  it('insertions at the start, in the middle and at the end', () => {
    const added = para('Новый');
    expect(diffBlocks(previous, [added, ...previous])).toEqual({ start: 0, deleteCount: 0, blocks: [added] });
    expect(diffBlocks(previous, [...previous.slice(0, 3), added, ...previous.slice(3)])).toEqual({
      start: 3,
      deleteCount: 0,
      blocks: [added],
    });
    expect(diffBlocks(previous, [...previous, added])).toEqual({ start: 10, deleteCount: 0, blocks: [added] });
  });

  it('deletions', () => {
    expect(diffBlocks(previous, previous.slice(1))).toEqual({ start: 0, deleteCount: 1, blocks: [] });
    expect(diffBlocks(previous, [...previous.slice(0, 2), ...previous.slice(5)])).toEqual({ start: 2, deleteCount: 3, blocks: [] });
    expect(diffBlocks(previous, [])).toEqual({ start: 0, deleteCount: 10, blocks: [] });
  });

  it('a run replaced by a run of another length', () => {
    const replaced = [para('x'), para('y'), para('z'), para('w')];
    const next = [...previous.slice(0, 3), ...replaced, ...previous.slice(5)];
    expect(diffBlocks(previous, next)).toEqual({ start: 3, deleteCount: 2, blocks: replaced });
  });

  it('everything changed, and from an empty body', () => {
    const next = body(3, 'Другой');
    expect(diffBlocks(previous, next)).toEqual({ start: 0, deleteCount: 10, blocks: next });
    expect(diffBlocks([], next)).toEqual({ start: 0, deleteCount: 0, blocks: next });
  });

  it('a repeated object does not let prefix and suffix overlap', () => {
    const same = para('повтор');
    expect(diffBlocks([same, same], [same, same, same])).toEqual({ start: 2, deleteCount: 0, blocks: [same] });
    expect(diffBlocks([same, same, same], [same])).toEqual({ start: 1, deleteCount: 2, blocks: [] });
  });

  it('applying the splice to the previous body gives the next one, object for object (property)', () => {
    const pool = body(6, 'П');
    const arrays = fc.array(fc.nat(pool.length - 1), { maxLength: 12 }).map((ix) => ix.map((i) => pool[i]!));
    fc.assert(
      fc.property(arrays, arrays, (a, b) => {
        const splice = diffBlocks(a, b);
        const rebuilt = applySplice(a, splice);
        expect(rebuilt.length).toBe(b.length);
        rebuilt.forEach((block, i) => expect(block).toBe(b[i]));
        expect(splice.start + splice.deleteCount).toBeLessThanOrEqual(a.length);
      }),
    );
  });
});

/** The patch request that turns `previous` into `next`, on `base`. */
function patchRequest(key: string, base: string, previous: Article, next: Article) {
  const { blocks: _blocks, ...rest } = next;
  return { key, base, name: 'story', article: rest, ...diffBlocks(previous.blocks, next.blocks) };
}

const entryOf = async (backend: TestBackend, key: string): Promise<JournalEntry | undefined> =>
  (await backend.ok('documents.journalList', {})).find((e) => e.key === key);

describe('documents.journalPatch', () => {
  it('carries the headline and standfirst mentions along with the body splice', async () => {
    const backend = testBackend();
    const v1 = articleOf(body(5));
    const { id } = await backend.ok('documents.journalWrite', { key: 'k', name: 'story', article: v1 });
    const person = { id: 'person:ержан-нурланов', type: 'person' as const, name: 'Ержан Нурланов' };
    const v2: Article = {
      ...v1,
      headline: 'Нурланов в Бишкеке',
      headlineMarks: [{ type: 'entity', entityId: person.id, kind: 'name', start: 0, end: 8 }],
      standfirst: 'Визит Нурланова',
      standfirstMarks: [{ type: 'entity', entityId: person.id, kind: 'name', start: 6, end: 15 }],
      entities: [person],
    };
    await backend.ok('documents.journalPatch', patchRequest('k', id, v1, v2));
    expect((await entryOf(backend, 'k'))?.article).toEqual(v2);
  });

  it('applies a splice to the last accepted write and stores the whole article', async () => {
    const backend = testBackend();
    const v1 = articleOf(body(50));
    const { id } = await backend.ok('documents.journalWrite', { key: 'k', name: 'story', article: v1, baseRevision: 'r1' });
    const blocks = [...v1.blocks];
    blocks.splice(20, 2, para('заменён'), para('вставлен'), para('ещё'));
    const v2 = { ...articleOf(blocks, 'Новый заголовок'), standfirst: 'Лид' };
    const second = await backend.ok('documents.journalPatch', { ...patchRequest('k', id, v1, v2), baseRevision: 'r1' });
    expect(second.id).not.toBe(id);
    const entry = await entryOf(backend, 'k');
    expect(entry?.article).toEqual(v2);
    expect(entry?.baseRevision).toBe('r1');

    // A patch builds on the patch before it, and a "restart" reads what the patches made.
    const v3 = articleOf(v2.blocks.slice(1), 'Третий');
    await backend.ok('documents.journalPatch', patchRequest('k', second.id, v2, v3));
    const restarted = testBackend({ documentsDir: backend.documentsDir, userDataDir: backend.userDataDir });
    expect((await entryOf(restarted, 'k'))?.article).toEqual(v3);
  });

  it('a base that is not the last accepted write is a conflict and changes nothing', async () => {
    const backend = testBackend();
    const v1 = articleOf(body(5));
    const first = await backend.ok('documents.journalWrite', { key: 'k', name: 'story', article: v1 });
    const v2 = articleOf(body(5, 'Второй'));
    await backend.ok('documents.journalWrite', { key: 'k', name: 'story', article: v2 });
    const stale = await backend.call('documents.journalPatch', patchRequest('k', first.id, v1, articleOf(body(1))));
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('send the whole article') } });
    expect((await entryOf(backend, 'k'))?.article).toEqual(v2);
    // Another key's id is no base either.
    const other = await backend.ok('documents.journalWrite', { key: 'other', name: 'o', article: v1 });
    expect(await backend.call('documents.journalPatch', patchRequest('k', other.id, v1, v1))).toMatchObject({
      error: { code: 'conflict' },
    });
  });

  it('a patch after a restart is a conflict; one after a discard (a save) builds on what was last sent', async () => {
    const backend = testBackend();
    const v1 = articleOf(body(3));
    const { id } = await backend.ok('documents.journalWrite', { key: 'k', name: 'story', article: v1 });
    const restarted = testBackend({ documentsDir: backend.documentsDir, userDataDir: backend.userDataDir });
    expect(await restarted.call('documents.journalPatch', patchRequest('k', id, v1, articleOf(body(4))))).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    await backend.ok('documents.journalDiscard', { key: 'k' });
    expect(await backend.ok('documents.journalList', {})).toEqual([]);
    await backend.ok('documents.journalPatch', patchRequest('k', id, v1, articleOf(body(4))));
    expect((await entryOf(backend, 'k'))?.article).toEqual(articleOf(body(4)));
  });

  it('keeps the bases of the 32 most recently written keys', async () => {
    const backend = testBackend();
    const v1 = articleOf(body(2));
    const ids: string[] = [];
    for (let i = 0; i < 33; i++) ids.push((await backend.ok('documents.journalWrite', { key: `k${i}`, name: 'story', article: v1 })).id);
    expect(await backend.call('documents.journalPatch', patchRequest('k0', ids[0]!, v1, articleOf(body(3))))).toMatchObject({
      error: { code: 'conflict' },
    });
    await backend.ok('documents.journalPatch', patchRequest('k1', ids[1]!, v1, articleOf(body(3))));
  });

  it('refuses a splice outside the body or a result the article schema refuses, leaving entry and base intact', async () => {
    const backend = testBackend();
    const v1 = articleOf(body(4));
    const { id } = await backend.ok('documents.journalWrite', { key: 'k', name: 'story', article: v1 });
    const { article: rest } = patchRequest('k', id, v1, v1);
    const outside = await backend.call('documents.journalPatch', {
      key: 'k',
      base: id,
      name: 'story',
      article: rest,
      start: 3,
      deleteCount: 2,
      blocks: [],
    });
    expect(outside).toMatchObject({
      ok: false,
      error: { code: 'bad-input', message: expect.stringContaining('blocks 3–5 of a body of 4') },
    });
    const mention: Block = {
      type: 'paragraph',
      text: 'Токаев',
      marks: [{ type: 'entity', start: 0, end: 6, entityId: 'p-nobody', kind: 'name' }],
    };
    const unknownEntity = await backend.call('documents.journalPatch', {
      key: 'k',
      base: id,
      name: 'story',
      article: rest,
      start: 0,
      deleteCount: 0,
      blocks: [mention],
    });
    expect(unknownEntity).toMatchObject({
      ok: false,
      error: { code: 'bad-input', message: expect.stringContaining('unknown entity "p-nobody"') },
    });
    expect((await entryOf(backend, 'k'))?.article).toEqual(v1);
    // The base survived both refusals.
    const v2 = articleOf([...v1.blocks, para('дальше')]);
    await backend.ok('documents.journalPatch', patchRequest('k', id, v1, v2));
    expect((await entryOf(backend, 'k'))?.article).toEqual(v2);
  });

  it('the request schema is strict and bounded', async () => {
    const backend = testBackend();
    const v1 = articleOf(body(2));
    const { id } = await backend.ok('documents.journalWrite', { key: 'k', name: 'story', article: v1 });
    const good = patchRequest('k', id, v1, v1);
    for (const bad of [
      { ...good, extra: 1 },
      { ...good, article: { ...good.article, blocks: [] } },
      { ...good, start: -1 },
      { ...good, deleteCount: 1.5 },
      { ...good, base: '' },
      { ...good, base: 'x'.repeat(101) },
      { ...good, blocks: [{ type: 'paragraph', text: 'a', marks: [{ type: 'bold', start: 0, end: 5 }] }] },
    ]) {
      expect(await backend.call('documents.journalPatch', bad)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
    expect((await entryOf(backend, 'k'))?.article).toEqual(v1);
  });

  it('a failed write drops the base: the next patch is a conflict, and the entry keeps the last good text', async () => {
    let fail = false;
    const flaky: AtomicWriteFs = {
      open: (async (...args: Parameters<typeof open>) => {
        const handle = await open(...args);
        if (fail) handle.writeFile = async () => Promise.reject(fsError('ENOSPC'));
        return handle;
      }) as typeof open,
      rename,
      unlink,
    };
    const v1 = articleOf(body(3));
    const journal = new CrashJournal(mkdtempSync(join(tmpdir(), 'copydesk-journal-')), flaky);
    const id = await journal.write({ key: 'k', name: 'story', article: v1 });
    fail = true;
    const v2 = articleOf([...v1.blocks, para('не записан')]);
    const { key: _k, ...request } = patchRequest('k', id, v1, v2);
    await expect(journal.patch({ key: 'k', ...request })).rejects.toMatchObject({ code: 'ENOSPC' });
    fail = false;
    await expect(journal.patch({ key: 'k', ...request })).rejects.toMatchObject({ reason: 'stale-base' });
    expect((await journal.list())[0]?.article).toEqual(v1);
  });
});

/** The writer's API over a test backend, counting the calls it makes. */
function countingApi(backend: () => TestBackend) {
  const calls: string[] = [];
  const api: JournalApi = {
    'documents.journalWrite': async (request) => {
      calls.push('write');
      return backend().ok('documents.journalWrite', request) as Promise<JournalReceipt>;
    },
    'documents.journalPatch': async (request) => {
      calls.push(`patch:${request.start}+${request.deleteCount}/${request.blocks.length}`);
      return backend().ok('documents.journalPatch', request) as Promise<JournalReceipt>;
    },
  };
  return { api, calls };
}

describe('JournalWriter', () => {
  const target = { key: 'tab', name: 'story', baseRevision: null };

  it('writes the first time in full, then only the changed blocks; the entry is always the article', async () => {
    const backend = testBackend();
    const { api, calls } = countingApi(() => backend);
    const writer = new JournalWriter(api);
    const v1 = articleOf(body(200));
    expect(await writer.write(target, () => v1)).toMatchObject({ kind: 'full' });
    const v2 = articleOf(v1.blocks.map((b, i) => (i === 120 ? para('правка') : b)));
    expect(await writer.write(target, () => v2)).toMatchObject({ kind: 'patch' });
    const v3 = articleOf([...v2.blocks.slice(0, 10), ...v2.blocks.slice(12)], 'Другой заголовок');
    expect(await writer.write(target, () => v3)).toMatchObject({ kind: 'patch' });
    expect(calls).toEqual(['write', 'patch:120+1/1', 'patch:10+2/0']);
    expect((await entryOf(backend, 'tab'))?.article).toEqual(v3);
  });

  it('falls back to a full write at once when the backend restarted, and patches on after a discard', async () => {
    let backend = testBackend();
    const { api, calls } = countingApi(() => backend);
    const writer = new JournalWriter(api);
    const v1 = articleOf(body(20));
    await writer.write(target, () => v1);
    backend = testBackend({ documentsDir: backend.documentsDir, userDataDir: backend.userDataDir });
    const v2 = articleOf([...v1.blocks, para('после перезапуска')]);
    const outcome = await writer.write(target, () => v2);
    expect(outcome).toMatchObject({ kind: 'full' });
    expect(outcome.error).toBeUndefined();
    expect((await entryOf(backend, 'tab'))?.article).toEqual(v2);

    await backend.ok('documents.journalDiscard', { key: 'tab' });
    const v3 = articleOf([...v2.blocks, para('после сброса')]);
    await writer.write(target, () => v3);
    expect((await entryOf(backend, 'tab'))?.article).toEqual(v3);
    expect(calls).toEqual(['write', 'patch:20+0/1', 'write', 'patch:21+0/1']);
  });

  it('after forget the next write is full without trying a patch', async () => {
    const backend = testBackend();
    const { api, calls } = countingApi(() => backend);
    const writer = new JournalWriter(api);
    await writer.write(target, () => articleOf(body(2)));
    writer.forget('tab');
    await writer.write(target, () => articleOf(body(3)));
    expect(calls).toEqual(['write', 'write']);
  });

  it('writes of one key run one after another, each converting the article when it runs', async () => {
    const backend = testBackend();
    const { api } = countingApi(() => backend);
    const writer = new JournalWriter(api);
    const order: string[] = [];
    const v1 = articleOf(body(5));
    const v2 = articleOf([...v1.blocks, para('второй')]);
    const first = writer.write(target, () => (order.push('convert 1'), v1));
    const second = writer.write(target, () => (order.push('convert 2'), v2));
    void first.then(() => order.push('answered 1'));
    await Promise.all([first, second]);
    expect(order).toEqual(['convert 1', 'answered 1', 'convert 2']);
    expect((await second).kind).toBe('patch');
    expect((await entryOf(backend, 'tab'))?.article).toEqual(v2);
  });

  it('a failing full write reports its error and cost, and the next write is full again', async () => {
    const calls: string[] = [];
    let clock = 0;
    const api: JournalApi = {
      'documents.journalWrite': (() => {
        calls.push('write');
        clock += 40;
        return Promise.reject(new Error('disk full'));
      }) as JournalApi['documents.journalWrite'],
      'documents.journalPatch': (() => {
        throw new Error('no patch without a base');
      }) as JournalApi['documents.journalPatch'],
    };
    const writer = new JournalWriter(api, () => clock);
    const outcome = await writer.write(target, () => articleOf(body(2)));
    expect(outcome).toMatchObject({ kind: 'full', costMs: 40 });
    expect((outcome.error as Error).message).toBe('disk full');
    await writer.write(target, () => articleOf(body(2)));
    expect(calls).toEqual(['write', 'write']);
  });
});

describe('journal pacing after a write', () => {
  it('a successful whole write does not slow the patches after it; a patch or a failed whole write paces by its cost', () => {
    expect(journalDelay(pacingCost({ kind: 'full', costMs: 250 }))).toBe(JOURNAL_DELAY_MS);
    expect(journalDelay(pacingCost({ kind: 'patch', costMs: 3 }))).toBe(JOURNAL_DELAY_MS);
    expect(journalDelay(pacingCost({ kind: 'full', costMs: 250, error: new Error('disk full') }))).toBe(JOURNAL_MAX_DELAY_MS);
    expect(journalDelay(pacingCost({ kind: 'full', costMs: 100, error: new Error('disk full') }))).toBe(2_000);
  });
});
