/** Suggestions with the article as context: a surname-only repeat in one paragraph links to the full name in another. */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiResponse } from '../../../core/api/contract.ts';
import { dispatch } from '../../../node/api/dispatch.ts';
import { createHandlerTable } from '../../../node/api/handler-table.ts';
import { createBackendServices } from '../../../node/api/services.ts';
import { personId } from '../../../core/tagger/registry.ts';
import { REGISTRY_FILE_NAME } from '../../../node/tagger/registry-store.ts';
import { contextKey, fullNames, isFullName, namesIn } from '../../../renderer/src/features/tags/article-context.ts';
import { REPO_ROOT } from '../../support/web-app.ts';

function backend() {
  const documentsDir = mkdtempSync(join(tmpdir(), 'copydesk-context-'));
  const userDataDir = mkdtempSync(join(tmpdir(), 'copydesk-context-user-'));
  const table = createHandlerTable(
    createBackendServices({ appRoot: REPO_ROOT, documentsDir, userDataDir, version: '1', platform: 'linux' }),
  );
  const suggest = async (payload: unknown) => {
    const result = await dispatch(table, 'tags.suggest', payload, { transport: 'web' });
    if (!result.ok) throw new Error(result.error.message);
    return result.value as ApiResponse<'tags.suggest'>;
  };
  return { documentsDir, suggest, call: (payload: unknown) => dispatch(table, 'tags.suggest', payload, { transport: 'web' }) };
}

const people = (s: ApiResponse<'tags.suggest'>) =>
  s.blocks.map((b) => b.mentions.map((m) => `${s.entities.find((e) => e.id === m.entityId)?.name}:${m.text}`));

describe('which names a paragraph may repeat', () => {
  it('finds a name by the first letters of any of its words, in any case form, at a word start', () => {
    const names = ['Дарига Сейткалиева', 'Ержан Нурланов', 'Ли Мин'];
    expect(namesIn('Сейткалиевой вручили награду.', names)).toEqual(['Дарига Сейткалиева']);
    expect(namesIn('По словам Нурланова, сделка закрыта.', names)).toEqual(['Ержан Нурланов']);
    // Not inside another word, and name words under three letters are not looked for alone.
    expect(namesIn('Мегасейткалиев и Лима.', names)).toEqual([]);
    expect(namesIn('Минимум три.', names)).toEqual(['Ли Мин']);
  });

  it('keys an answer by its text alone without names, and by text and names with them', () => {
    expect(contextKey('Абзац.', [])).toBe('Абзац.');
    expect(contextKey('Абзац.', ['А Б'])).not.toBe(contextKey('Абзац.', ['А В']));
  });

  it('counts only people named in full, confirmed or suggested', () => {
    expect(isFullName('Ержан Нурланов')).toBe(true);
    expect(isFullName('Нурланов')).toBe(false);
    const known = new Map([
      ['p1', { id: 'p1', type: 'person' as const, name: 'Ержан Нурланов', inRegistry: false }],
      ['p2', { id: 'p2', type: 'person' as const, name: 'Нурланов', inRegistry: false }],
      ['kz', { id: 'kz', type: 'country' as const, code: 'KZ', name: 'Казахстан' }],
    ]);
    const confirmed = [{ id: 'c', type: 'person' as const, name: 'Дарига Сейткалиева' }];
    expect(fullNames(confirmed, ['p1', 'p2', 'kz', 'unknown'], known)).toEqual(['Дарига Сейткалиева', 'Ержан Нурланов']);
  });
});

describe('tags.suggest with context', () => {
  it('links a surname-only repeat to a person named elsewhere in the article, without storing it', async () => {
    const { documentsDir, suggest } = backend();
    const blocks = ['Нурланова поблагодарили за работу.', 'Сейткалиевой вручили награду.'];
    expect(people(await suggest({ blocks, language: 'ru' }))).toEqual([[], []]);
    const answer = await suggest({ blocks, language: 'ru', context: ['Ержан Нурланов', 'Дарига Сейткалиева'] });
    expect(people(answer)).toEqual([['Ержан Нурланов:Нурланова'], ['Дарига Сейткалиева:Сейткалиевой']]);
    expect(answer.entities.every((e) => e.type !== 'person' || !e.inRegistry)).toBe(true);
    expect(existsSync(join(documentsDir, REGISTRY_FILE_NAME))).toBe(false);
  });

  it('links a first-name-only repeat through context, though a registry entry would not link it', async () => {
    const { suggest, documentsDir } = backend();
    const blocks = ['Премьер Тамаш Ковари прибыл в Вену.', 'Переговоры с Тамашем закончились поздно.'];
    const answer = await suggest({ blocks: [blocks[1]], language: 'ru', context: ['Тамаш Ковари'] });
    expect(people(answer)).toEqual([['Тамаш Ковари:Тамашем']]);
    // The same id as the full name gets where the article gives it, and not a registry entry.
    const elsewhere = await suggest({ blocks: [blocks[0]], language: 'ru' });
    const id = elsewhere.entities.find((e) => e.name === 'Тамаш Ковари')?.id;
    expect(id).toBe(personId('Тамаш Ковари'));
    expect(answer.entities).toEqual([{ id, type: 'person', name: 'Тамаш Ковари', inRegistry: false }]);
    // Through the registry alone, a lone first name is no one: a newsroom has many Тамаши.
    const table = createHandlerTable(
      createBackendServices({
        appRoot: REPO_ROOT,
        documentsDir,
        userDataDir: mkdtempSync(join(tmpdir(), 'copydesk-context-user-')),
        version: '1',
        platform: 'linux',
      }),
    );
    const stored = await dispatch(table, 'tags.registryUpsert', { entry: { type: 'person', name: 'Тамаш Ковари' } }, { transport: 'web' });
    expect(stored.ok).toBe(true);
    expect(people(await suggest({ blocks: [blocks[1]], language: 'ru' }))).toEqual([[]]);
    const both = await suggest({ blocks: [blocks[1]], language: 'ru', context: ['Тамаш Ковари'] });
    expect(both.entities).toEqual([{ id, type: 'person', name: 'Тамаш Ковари', inRegistry: true }]);
  });

  it('refuses bad context with one line', async () => {
    const { call } = backend();
    expect(await call({ blocks: ['Текст.'], context: [''] })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await call({ blocks: ['Текст.'], context: Array(501).fill('Имя Фамилия') })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });
});
