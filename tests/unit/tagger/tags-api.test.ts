/** The "tags" API calls through the real dispatch and handler table, over a temp library. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiResponse, CallName } from '../../../core/api/contract.ts';
import { dispatch } from '../../../node/api/dispatch.ts';
import { createHandlerTable } from '../../../node/api/handler-table.ts';
import { createBackendServices } from '../../../node/api/services.ts';
import { REGISTRY_FILE_NAME } from '../../../node/tagger/registry-store.ts';
import { REPO_ROOT } from '../../support/web-app.ts';

const web = { transport: 'web' as const };

/** A fresh library folder and a backend (a "window") over it. */
function library(documentsDir = mkdtempSync(join(tmpdir(), 'copydesk-tags-'))) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'copydesk-tags-user-'));
  const table = createHandlerTable(
    createBackendServices({ appRoot: REPO_ROOT, documentsDir, userDataDir, version: '1', platform: 'linux' }),
  );
  const call = (name: string, payload: unknown) => dispatch(table, name, payload, web);
  const ok = async <K extends CallName>(name: K, payload: unknown): Promise<ApiResponse<K>> => {
    const result = await call(name, payload);
    if (!result.ok) throw new Error(`${name}: ${result.error.code}: ${result.error.message}`);
    return result.value as ApiResponse<K>;
  };
  return { documentsDir, call, ok };
}

const mentionsOf = (s: ApiResponse<'tags.suggest'>, block = 0) =>
  s.blocks[block]!.mentions.map((m) => `${s.entities.find((e) => e.id === m.entityId)!.name}:${m.text}:${m.kind}`);

describe('tags.suggest', () => {
  it('suggests people and countries of a text, with spans into it', async () => {
    const { ok } = library();
    const text = 'Министр иностранных дел Казахстана Мухтар Тлеуберди встретился с Энтони Блинкеном. Тлеуберди назвал США партнёром.';
    const s = await ok('tags.suggest', { text });
    expect(s.language).toBe('ru');
    expect(mentionsOf(s)).toEqual([
      'Казахстан:Казахстана:name',
      'Мухтар Тлеуберди:Мухтар Тлеуберди:name',
      'Энтони Блинкен:Энтони Блинкеном:name',
      'Мухтар Тлеуберди:Тлеуберди:name',
      'США:США:name',
    ]);
    for (const m of s.blocks[0]!.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(s.entities.find((e) => e.type === 'person' && e.name === 'Мухтар Тлеуберди')).toMatchObject({ inRegistry: false });
  });

  it('gives offsets inside each block and one entity list for the article', async () => {
    const { ok } = library();
    const s = await ok('tags.suggest', {
      blocks: ['Президент Касым-Жомарт Токаев прибыл в Бишкек.', '', 'Токаева встретил Садыр Жапаров.'],
    });
    expect(s.blocks).toHaveLength(3);
    expect(mentionsOf(s, 0)).toEqual(['Касым-Жомарт Токаев:Касым-Жомарт Токаев:name']);
    expect(s.blocks[1]!.mentions).toEqual([]);
    expect(mentionsOf(s, 2)).toEqual(expect.arrayContaining(['Садыр Жапаров:Садыр Жапаров:name']));
    expect(s.blocks[2]!.mentions[0]).toMatchObject({ start: expect.any(Number), end: expect.any(Number) });
  });

  it('refuses a request with both or neither of text and blocks, and a bad language', async () => {
    const { call } = library();
    expect(await call('tags.suggest', {})).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await call('tags.suggest', { text: 'a', blocks: ['b'] })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await call('tags.suggest', { text: 'a', language: 'de' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('reports a malformed registry file in one line and leaves it untouched', async () => {
    const { documentsDir, call } = library();
    const file = join(documentsDir, REGISTRY_FILE_NAME);
    writeFileSync(file, '{"entries": 7');
    expect(await call('tags.suggest', { text: 'Текст.' })).toEqual({
      ok: false,
      error: { code: 'bad-input', message: `${REGISTRY_FILE_NAME}: not a valid registry file` },
    });
    expect(await call('tags.confirm', { type: 'person', name: 'Мухтар Тлеуберди' })).toMatchObject({
      ok: false,
      error: { code: 'bad-input' },
    });
    expect(readFileSync(file, 'utf8')).toBe('{"entries": 7');
  });
});

describe('tags.confirm and the registry', () => {
  it('a person confirmed in one article is suggested in another in any case form', async () => {
    const { ok } = library();
    const before = await ok('tags.suggest', { text: 'Переговоры с Жапаровым продолжатся.' });
    expect(before.entities.filter((e) => e.type === 'person')).toEqual([]);
    const entry = await ok('tags.confirm', { type: 'person', name: 'Садыр Жапаров', mention: 'Sadyr Japarov' });
    expect(entry).toMatchObject({ type: 'person', name: 'Садыр Жапаров', aliases: ['Sadyr Japarov'] });
    const after = await ok('tags.suggest', { text: 'Переговоры с Жапаровым продолжатся. Жапарова поддержали депутаты.' });
    expect(mentionsOf(after)).toEqual(['Садыр Жапаров:Жапаровым:name', 'Садыр Жапаров:Жапарова:name']);
    expect(after.entities[0]).toMatchObject({ id: entry.id, inRegistry: true });
  });

  it('confirms a country by code and refuses a code that is no country', async () => {
    const { ok, call } = library();
    expect(await ok('tags.confirm', { type: 'country', code: 'kz' })).toMatchObject({ type: 'country', code: 'KZ', name: 'Казахстан' });
    expect(await call('tags.confirm', { type: 'country', code: 'XX' })).toMatchObject({
      ok: false,
      error: { code: 'bad-input', message: 'XX: not an ISO 3166-1 country code' },
    });
    expect(await call('tags.confirm', { type: 'country', code: 'KAZ' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('lists, searches, edits, merges and deletes entries', async () => {
    const { ok, call } = library();
    const tokayev = await ok('tags.registryUpsert', {
      entry: { type: 'person', name: 'Касым-Жомарт Токаев', role: 'президент Казахстана' },
    });
    const typo = await ok('tags.registryUpsert', { entry: { type: 'person', name: 'Касым Токаев' } });
    await ok('tags.registryUpsert', { entry: { type: 'country', code: 'KG' } });
    expect((await ok('tags.registry', {})).entries.map((e) => e.name)).toEqual(['Касым-Жомарт Токаев', 'Касым Токаев', 'Кыргызстан']);
    expect((await ok('tags.registry', { query: 'кг' })).entries).toEqual([]);
    expect((await ok('tags.registry', { query: 'kg' })).entries.map((e) => e.name)).toEqual(['Кыргызстан']);

    const renamed = await ok('tags.registryUpsert', {
      entry: { type: 'person', id: tokayev.id, name: 'Касым-Жомарт Кемелевич Токаев', aliases: ['Kassym-Jomart Tokayev'] },
    });
    expect(renamed).toMatchObject({
      id: tokayev.id,
      name: 'Касым-Жомарт Кемелевич Токаев',
      aliases: ['Kassym-Jomart Tokayev'],
      role: 'президент Казахстана',
    });
    expect(await call('tags.registryUpsert', { entry: { type: 'person', id: typo.id, name: 'Kassym-Jomart Tokayev' } })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await call('tags.registryUpsert', { entry: { type: 'person', id: 'person:nobody', name: 'Никто' } })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await call('tags.registryUpsert', { entry: { type: 'person', name: '  ' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });

    const merged = await ok('tags.registryMerge', { intoId: tokayev.id, fromId: typo.id });
    expect(merged).toMatchObject({ id: tokayev.id, aliases: ['Kassym-Jomart Tokayev', 'Касым Токаев'] });
    expect(await call('tags.registryMerge', { intoId: tokayev.id, fromId: tokayev.id })).toMatchObject({
      ok: false,
      error: { code: 'bad-input' },
    });
    expect(await call('tags.registryMerge', { intoId: tokayev.id, fromId: typo.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });

    expect(await ok('tags.registryDelete', { id: 'country:KG' })).toEqual({ deleted: true });
    expect(await ok('tags.registryDelete', { id: 'country:KG' })).toEqual({ deleted: false });
    expect((await ok('tags.registry', {})).entries.map((e) => e.id)).toEqual([tokayev.id]);
  });

  it('keeps the registry a human-readable JSON file in the documents folder', async () => {
    const { documentsDir, ok } = library();
    await ok('tags.confirm', { type: 'person', name: 'Мухтар Тлеуберди' });
    const listing = await ok('tags.registry', {});
    expect(listing.file).toBe(join(documentsDir, REGISTRY_FILE_NAME));
    const text = readFileSync(listing.file, 'utf8');
    expect(text).toContain('\n  "entries": [');
    expect(JSON.parse(text)).toMatchObject({ version: 1, entries: [{ type: 'person', name: 'Мухтар Тлеуберди' }] });
  });

  it('exports and imports registry files, refusing missing, malformed and relative ones', async () => {
    const a = library();
    await a.ok('tags.confirm', { type: 'person', name: 'Мухтар Тлеуберди' });
    await a.ok('tags.confirm', { type: 'country', code: 'UZ' });
    const exported = join(mkdtempSync(join(tmpdir(), 'copydesk-export-')), 'registry.json');
    expect(await a.ok('tags.registryExport', { path: exported })).toEqual({ path: exported, entries: 2 });

    const b = library();
    await b.ok('tags.confirm', { type: 'person', name: 'Энтони Блинкен' });
    await b.ok('tags.confirm', { type: 'person', name: 'Мухтар Тлеуберди' });
    expect(await b.ok('tags.registryImport', { path: exported })).toEqual({ added: 1, total: 3 });

    const bad = join(mkdtempSync(join(tmpdir(), 'copydesk-bad-')), 'bad.json');
    writeFileSync(bad, '[1, 2');
    expect(await b.call('tags.registryImport', { path: bad })).toEqual({
      ok: false,
      error: { code: 'bad-input', message: 'bad.json: not a valid registry file' },
    });
    expect(await b.call('tags.registryImport', { path: '/no/such/registry.json' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'registry.json: no such file' },
    });
    expect(await b.call('tags.registryImport', { path: 'relative.json' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect((await b.ok('tags.registry', {})).entries).toHaveLength(3);
  });

  it('loses no entry when two windows confirm at the same time', async () => {
    const first = library();
    const second = library(first.documentsDir);
    const names = Array.from({ length: 12 }, (_, i) => `Тестовый Человек${'абвгдежзиклм'[i]}ов`);
    await Promise.all(names.map((name, i) => (i % 2 === 0 ? first : second).ok('tags.confirm', { type: 'person', name })));
    const listed = (await first.ok('tags.registry', {})).entries.map((e) => e.name);
    expect([...listed].sort()).toEqual([...names].sort());
    // An edit in one window and a delete in the other both survive.
    const [keep, drop] = (await second.ok('tags.registry', {})).entries;
    await Promise.all([
      first.ok('tags.registryUpsert', { entry: { type: 'person', id: keep!.id, name: keep!.name, aliases: ['Alias'] } }),
      second.ok('tags.registryDelete', { id: drop!.id }),
    ]);
    const after = (await first.ok('tags.registry', {})).entries;
    expect(after).toHaveLength(names.length - 1);
    expect(after.find((e) => e.id === keep!.id)).toMatchObject({ aliases: ['Alias'] });
  });
});
