import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addCountry,
  addPerson,
  deleteEntry,
  emptyRegistry,
  findPersonByName,
  mergePeople,
  mergeRegistries,
  renamePerson,
} from '../../../core/tagger/registry.ts';
import { RegistryStore } from '../../../node/tagger/registry-store.ts';
import { tag } from './helpers.ts';

describe('registry model', () => {
  it('renames, merges and deletes without losing aliases', () => {
    let r = addPerson(emptyRegistry(), 'Иван Петров', ['И. Петров']);
    r = addPerson(r, 'Ivan Petrov');
    const ru = findPersonByName(r, 'Иван Петров')!;
    const en = findPersonByName(r, 'Ivan Petrov')!;
    r = mergePeople(r, ru.id, en.id);
    expect(findPersonByName(r, 'Ivan Petrov')?.id).toBe(ru.id);
    r = renamePerson(r, ru.id, 'Иван Сергеевич Петров');
    expect(findPersonByName(r, 'Иван Петров')?.name).toBe('Иван Сергеевич Петров');
    r = deleteEntry(r, ru.id);
    expect(findPersonByName(r, 'Иван Петров')).toBeUndefined();
    expect(mergeRegistries(r, addPerson(emptyRegistry(), 'Иван Петров')).entries.some((e) => e.id === ru.id)).toBe(false);
  });
});

describe('registry reuse across articles', () => {
  it('suggests a person confirmed in one article in another, in another case form', async () => {
    const first = await tag('Глава ведомства Данияр Жанабергенов выступил на брифинге.');
    let registry = emptyRegistry();
    for (const p of first.people) registry = addPerson(registry, p.name);
    registry = addCountry(registry, 'KZ', 'Казахстан');
    // Without the registry a lone surname at the start of a sentence is not a person.
    const second = 'Жанабергенову задали вопрос о бюджете.';
    expect((await tag(second)).people).toEqual([]);
    const suggested = await tag(second, { registry });
    expect(suggested.people).toEqual([
      {
        name: 'Данияр Жанабергенов',
        id: findPersonByName(registry, 'Данияр Жанабергенов')!.id,
        mentions: [{ start: 0, end: 13, text: 'Жанабергенову' }],
      },
    ]);
  });
});

describe('registry file store', () => {
  it('keeps every entry when many writers update at once', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'copydesk-registry-'));
    const writers = Array.from({ length: 12 }, () => RegistryStore.forLibrary(dir));
    await Promise.all(writers.map((store, i) => store.update((r) => addPerson(r, `Человек Номер${i}`))));
    const stored = await writers[0]!.read();
    expect(stored.entries.length).toBe(12);
    const json = JSON.parse(await readFile(path.join(dir, 'copydesk-registry.json'), 'utf8')) as { entries: unknown[] };
    expect(json.entries.length).toBe(12);
  });

  it('merges a stale copy saved by another window instead of overwriting', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'copydesk-registry-'));
    const store = RegistryStore.forLibrary(dir);
    const stale = await store.read();
    await store.update((r) => addPerson(r, 'Первый Человек'));
    await store.save(addPerson(stale, 'Второй Человек'));
    expect((await store.read()).entries.map((e) => e.name).sort()).toEqual(['Второй Человек', 'Первый Человек']);
  });

  it('rejects a malformed file with a clear error', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'copydesk-registry-'));
    await writeFile(path.join(dir, 'copydesk-registry.json'), '{"nope": 1}');
    await expect(RegistryStore.forLibrary(dir).read()).rejects.toThrow(/not a valid registry/u);
  });
});
