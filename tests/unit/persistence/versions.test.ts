/** Version history: a snapshot per save, listed newest first with size and delta, pruned, restorable. */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../core/article/model.ts';
import { emptyArticle } from '../../../core/article/model.ts';
import { articleTextLength } from '../../../core/history/text-size.ts';
import { parseVersionId, VersionStore } from '../../../node/documents/versions.ts';
import { testBackend } from './helpers.ts';

const withBody = (...texts: string[]): Article => ({
  ...emptyArticle(),
  headline: 'Заголовок',
  blocks: texts.map((text) => ({ type: 'paragraph' as const, text, marks: [] })),
});

describe('documents.versions / documents.version', () => {
  it('every save keeps a version; the list is newest first with size and size change', async () => {
    const backend = testBackend();
    const path = join(backend.documentsDir, 'v.copydesk.json');
    const texts = [withBody('Один.'), withBody('Один.', 'Два, три.'), withBody('Один.')];
    let revision: string | null = null;
    for (const article of texts) revision = (await backend.ok('documents.save', { path, article, baseRevision: revision })).revision;
    const versions = await backend.ok('documents.versions', { path });
    expect(versions.map((v) => v.size)).toEqual([
      articleTextLength(texts[2] as Article),
      articleTextLength(texts[1] as Article),
      articleTextLength(texts[0] as Article),
    ]);
    expect(versions.map((v) => v.sizeDelta)).toEqual([-11, 11, articleTextLength(texts[0] as Article)]);
    expect(new Set(versions.map((v) => v.id)).size).toBe(3);
    const times = versions.map((v) => Date.parse(v.savedAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    for (const [index, version] of versions.entries()) {
      expect(Object.keys(version).sort()).toEqual(['id', 'savedAt', 'size', 'sizeDelta']);
      const restored = await backend.ok('documents.version', { path, id: version.id });
      expect(restored.article).toEqual(texts[texts.length - 1 - index]);
    }
  });

  it('saving unchanged text twice keeps one version', async () => {
    const backend = testBackend();
    const path = 'same.copydesk.json';
    const first = await backend.ok('documents.save', { path, article: withBody('Текст.') });
    await backend.ok('documents.save', { path, article: withBody('Текст.'), baseRevision: first.revision });
    expect(await backend.ok('documents.versions', { path })).toHaveLength(1);
  });

  it('a document never saved has no versions; unknown or malformed ids are not-found', async () => {
    const backend = testBackend();
    expect(await backend.ok('documents.versions', { path: 'never.copydesk.json' })).toEqual([]);
    await backend.ok('documents.save', { path: 'x.copydesk.json', article: withBody('a') });
    for (const id of ['1_1_1_0123456789abcdef', '../../recent-documents', 'document']) {
      expect(await backend.call('documents.version', { path: 'x.copydesk.json', id })).toMatchObject({
        ok: false,
        error: { code: 'not-found' },
      });
    }
  });

  it('keeps at most the limit per document, dropping the oldest', async () => {
    const root = mkdtempSync(join(tmpdir(), 'copydesk-versions-'));
    const store = new VersionStore(root, 3);
    const ids: string[] = [];
    for (let n = 0; n < 5; n++)
      ids.push((await store.add('/docs/a.copydesk.json', withBody(`v${n}`), `${n}`.repeat(64), new Date(1_700_000_000_000 + n))).id);
    await store.add('/docs/b.copydesk.json', withBody('other'), 'f'.repeat(64));
    expect((await store.list('/docs/a.copydesk.json')).map((v) => v.id)).toEqual(ids.slice(2).reverse());
    expect(await store.read('/docs/a.copydesk.json', ids[0] as string)).toBeNull();
    expect((await store.read('/docs/a.copydesk.json', ids[4] as string))?.blocks[0]).toMatchObject({ text: 'v4' });
    expect(await store.list('/docs/b.copydesk.json')).toHaveLength(1);
    expect(readdirSync(store.folderFor('/docs/a.copydesk.json')).filter((n) => n.endsWith('.json'))).toHaveLength(3);
  });

  it('thins out old versions as new ones are saved, and lists each change against the version before it', async () => {
    const store = new VersionStore(mkdtempSync(join(tmpdir(), 'copydesk-versions-')));
    const start = Date.UTC(2026, 0, 1);
    // Three saves an hour apart a week ago, then one now.
    for (let n = 0; n < 3; n++)
      await store.add('/t.copydesk.json', withBody('x'.repeat(10 * (n + 1))), `${n}`.repeat(64), new Date(start + n * 3_600_000));
    await store.add('/t.copydesk.json', withBody('x'.repeat(100)), 'f'.repeat(64), new Date(start + 7 * 86_400_000));
    const listed = await store.list('/t.copydesk.json');
    // The week-old saves fell on one day: only the newest of them is left.
    expect(listed.map((v) => v.size)).toEqual([109, 39]); // the headline's 9 characters count too
    expect(listed[0]?.sizeDelta).toBe(70);
  });

  it('orders versions by time even when the clock steps back', async () => {
    const store = new VersionStore(mkdtempSync(join(tmpdir(), 'copydesk-versions-')));
    const late = await store.add('/d.copydesk.json', withBody('1'), 'a'.repeat(64), new Date(2_000_000_000_000));
    const early = await store.add('/d.copydesk.json', withBody('2'), 'b'.repeat(64), new Date(1_000_000_000_000));
    expect((await store.list('/d.copydesk.json')).map((v) => v.id)).toEqual([early.id, late.id]);
  });

  it('ignores files in the history folder that are not snapshots', async () => {
    const store = new VersionStore(mkdtempSync(join(tmpdir(), 'copydesk-versions-')));
    await store.add('/d.copydesk.json', withBody('1'), 'a'.repeat(64));
    writeFileSync(join(store.folderFor('/d.copydesk.json'), 'notes.json'), '{}');
    expect(await store.list('/d.copydesk.json')).toHaveLength(1);
    expect(parseVersionId('notes')).toBeNull();
  });
});
