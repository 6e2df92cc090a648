/** The library service over a real temporary folder: scanning, watching, persistence. */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryService } from '../../../node/library/library-service.ts';
import { INDEX_FILE_NAME, LEGACY_INDEX_FILE_NAME, libraryExtensions } from '../../../node/library/scan.ts';
import { LibraryIndex } from '../../../core/library/search-index.ts';
import { REPO_ROOT } from '../../support/web-app.ts';

const story = (headline: string, body: string) => `${headline}\n\nАлматы. 3 марта. КазТАГ – ${body}\n`;

let root: string;
let services: LibraryService[];

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'copydesk-library-'));
  services = [];
});

afterEach(async () => {
  await Promise.all(services.map((s) => s.close()));
  rmSync(root, { recursive: true, force: true });
});

function start(options: { watch?: boolean } = {}): LibraryService {
  const service = LibraryService.start({ root, debounceMs: 50, persistDelayMs: 20, ...options });
  services.push(service);
  return service;
}

const listed = (service: LibraryService) =>
  service
    .search({ limit: 500 })
    .items.map((i) => i.path)
    .sort();

/** True when `path` holds a library index the current version reads. */
function isIndexFile(path: string): boolean {
  const bytes = readFileSync(path);
  return LibraryIndex.fromSnapshot(new Uint8Array(bytes), libraryExtensions().sort().join(',')).size > 0;
}

async function eventually(check: () => void, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

describe('the library service', () => {
  it('lists articles of the folder and its subfolders, and a corrupt file with its error', async () => {
    writeFileSync(join(root, 'one.txt'), story('Первая новость', 'Текст первой новости.'));
    mkdirSync(join(root, 'archive', '2023'), { recursive: true });
    writeFileSync(join(root, 'archive', '2023', 'two.txt'), story('Вторая новость', 'Текст второй.'));
    writeFileSync(join(root, 'broken.copydesk.json'), '{"format": "copydesk", "version": 1, "article": ');
    writeFileSync(join(root, '.one.txt.abc123.tmp'), 'temp file of an atomic write');
    writeFileSync(join(root, 'copydesk-registry.json'), '{"people": []}');
    writeFileSync(join(root, 'photo.png'), 'not an article');
    const service = start({ watch: false });
    await service.ready();
    expect(listed(service)).toEqual(['archive/2023/two.txt', 'broken.copydesk.json', 'one.txt']);
    const broken = service.search({}).items.find((i) => i.path === 'broken.copydesk.json');
    expect(broken?.error).toMatch(/^broken\.copydesk\.json: malformed JSON/);
    expect(service.status()).toMatchObject({ phase: 'ready', count: 3, errors: 1 });
  });

  it('follows files added, changed, renamed and removed by other programs', async () => {
    writeFileSync(join(root, 'one.txt'), story('Первая новость', 'Текст первой новости.'));
    const service = start();
    await service.ready();
    const revision = service.status().revision;

    writeFileSync(join(root, 'added.txt'), story('Новая статья о санкциях', 'Про санкции.'));
    await eventually(() => expect(listed(service)).toEqual(['added.txt', 'one.txt']));
    expect(service.status().revision).toBeGreaterThan(revision);

    writeFileSync(join(root, 'one.txt'), story('Первая новость, исправленная', 'Текст про выборы в парламент.'));
    await eventually(() =>
      expect(service.search({ query: 'выборы ' }).items.map((i) => i.headline)).toEqual(['Первая новость, исправленная']),
    );

    renameSync(join(root, 'added.txt'), join(root, 'renamed.txt'));
    await eventually(() => expect(listed(service)).toEqual(['one.txt', 'renamed.txt']));
    expect(service.search({ query: 'санкциями ' }).items.map((i) => i.path)).toEqual(['renamed.txt']);

    rmSync(join(root, 'one.txt'));
    await eventually(() => expect(listed(service)).toEqual(['renamed.txt']));
    expect(service.search({ query: 'выборы ' }).total).toBe(0);
  });

  it('persists the index and reopens it without re-reading unchanged files', async () => {
    cpSync(join(REPO_ROOT, 'documents'), root, { recursive: true });
    writeFileSync(join(root, LEGACY_INDEX_FILE_NAME), '{"format": "copydesk-library-index", "version": 1}');
    const first = start({ watch: false });
    await first.ready();
    const count = first.status().count;
    expect(count).toBeGreaterThan(0);
    await first.close();
    expect(isIndexFile(join(root, INDEX_FILE_NAME))).toBe(true);
    // The JSON index of earlier versions is removed once the new one is written.
    expect(existsSync(join(root, LEGACY_INDEX_FILE_NAME))).toBe(false);

    const second = start({ watch: false });
    await second.ready();
    expect(second.status()).toMatchObject({ phase: 'ready', count, total: 0 });
    expect(second.search({ query: 'санкциями ' }).total).toBeGreaterThan(0);
  });

  it('reindexes files that changed while it was closed, and rebuilds a damaged index', async () => {
    writeFileSync(join(root, 'one.txt'), story('Первая новость', 'Текст первой новости.'));
    writeFileSync(join(root, 'two.txt'), story('Вторая новость', 'Текст второй новости.'));
    const first = start({ watch: false });
    await first.ready();
    await first.close();

    writeFileSync(join(root, 'two.txt'), story('Вторая новость, дополненная', 'Текст о переговорах.'));
    utimesSync(join(root, 'two.txt'), new Date(), new Date(Date.now() + 5_000));
    rmSync(join(root, 'one.txt'));
    const second = start({ watch: false });
    await second.ready();
    expect(second.status()).toMatchObject({ total: 1, count: 1 });
    expect(second.search({ query: 'переговорах ' }).items.map((i) => i.path)).toEqual(['two.txt']);
    await second.close();

    const whole = readFileSync(join(root, INDEX_FILE_NAME));
    writeFileSync(join(root, INDEX_FILE_NAME), whole.subarray(0, Math.floor(whole.length / 2)));
    const third = start({ watch: false });
    await third.ready();
    expect(third.status()).toMatchObject({ phase: 'ready', count: 1, total: 1 });
    await third.close();
    expect(isIndexFile(join(root, INDEX_FILE_NAME))).toBe(true);
  });

  it('refuses to read a path outside the library', async () => {
    const service = start({ watch: false });
    await expect(service.article('../etc/passwd.txt')).rejects.toThrow(/not an article of the library/);
    await expect(service.article('.copydesk-index.json')).rejects.toThrow(/not an article of the library/);
  });

  it('reports an unreadable folder as one line and keeps serving', async () => {
    const service = LibraryService.start({ root: join(root, 'missing'), watch: false });
    services.push(service);
    await service.ready();
    expect(service.status()).toMatchObject({ phase: 'failed', problem: 'the library folder cannot be read: no such file or folder' });
    expect(service.search({}).total).toBe(0);
  });
});

describe('seeding the desktop library', () => {
  it('copies the samples into a new folder and never touches an existing one', async () => {
    const { seedLibraryFolder } = await import('../../../node/library/seed.ts');
    const target = join(root, 'Copydesk');
    expect(seedLibraryFolder(target, join(REPO_ROOT, 'documents'))).toBe(true);
    expect(readFileSync(join(target, 'kaztag-blinken-kazakhstan.txt'), 'utf8')).toBe(
      readFileSync(join(REPO_ROOT, 'documents', 'kaztag-blinken-kazakhstan.txt'), 'utf8'),
    );
    rmSync(join(target, 'kaztag-blinken-kazakhstan.txt'));
    expect(seedLibraryFolder(target, join(REPO_ROOT, 'documents'))).toBe(false);
    expect(() => readFileSync(join(target, 'kaztag-blinken-kazakhstan.txt'))).toThrow();
  });
});
