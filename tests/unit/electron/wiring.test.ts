/** The Electron main process's wiring, checked against a fake `electron` module. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { CALL_NAMES, UI_LANGUAGE_CHANNEL, ipcChannel } from '../../../core/api/contract.ts';
import { UI_LANGUAGES } from '../../../core/i18n/ui-language.ts';
import { buildMenuTemplate } from '../../../electron/main/menu.ts';
import { FORMAT_COMMANDS } from '../../../renderer/src/features/editor/format-commands.ts';
import { startCopydesk } from '../../../electron/main/app.ts';
import { createHandlerTable } from '../../../node/api/handler-table.ts';
import { createBackendServices } from '../../../node/api/services.ts';
import { dispatch } from '../../../node/api/dispatch.ts';
import { APP_ORIGIN } from '../../../electron/main/security.ts';
import { REPO_ROOT } from '../../support/web-app.ts';
import { createFakeElectron, FakeBrowserWindow, type FakeElectron } from '../../support/fake-electron.ts';

let fake: FakeElectron;
let userData: string;
let rendererDir: string;

async function start() {
  const started = startCopydesk(fake.api, {
    appRoot: REPO_ROOT,
    preloadPath: '/app/dist/electron/preload.cjs',
    rendererDir,
    documentsDir: join(userData, 'docs'),
    isDev: false,
  });
  if (!started) throw new Error('did not start');
  await started.ready;
  return started;
}

function ipcEvent(url: string, parent: unknown = null) {
  return { senderFrame: { url, parent } };
}

beforeEach(() => {
  userData = mkdtempSync(join(tmpdir(), 'copydesk-electron-'));
  rendererDir = join(userData, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Copydesk</title>');
  fake = createFakeElectron({ userData, documents: join(userData, 'Documents') });
});

describe('windows', () => {
  it('every window gets the secure webPreferences and loads the app protocol', async () => {
    await start();
    const [window] = FakeBrowserWindow.instances;
    expect(window?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/dist/electron/preload.cjs',
    });
    expect(window?.loadedUrl).toBe(`${APP_ORIGIN}/index.html`);
  });

  it('restores the remembered size and position when it is on a display', async () => {
    writeFileSync(join(userData, 'window-state.json'), JSON.stringify({ width: 900, height: 650, x: 100, y: 80 }));
    await start();
    expect(FakeBrowserWindow.instances[0]?.options).toMatchObject({ width: 900, height: 650, x: 100, y: 80 });
  });

  it('drops a remembered position that is off every display', async () => {
    writeFileSync(join(userData, 'window-state.json'), JSON.stringify({ width: 900, height: 650, x: 5000, y: 80 }));
    await start();
    const options = FakeBrowserWindow.instances[0]?.options;
    expect(options).toMatchObject({ width: 900, height: 650 });
    expect(options?.x).toBeUndefined();
  });

  it('a second instance quits instead of opening a window', () => {
    fake = createFakeElectron({ userData, documents: userData, gotLock: false });
    expect(startCopydesk(fake.api, { appRoot: REPO_ROOT, preloadPath: 'p', rendererDir: 'r', isDev: false })).toBeNull();
    expect(fake.quitCalled).toBe(true);
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });
});

describe('navigation and new windows', () => {
  it('navigation is prevented and window.open is denied, http(s) going to the system browser', async () => {
    await start();
    const contents = FakeBrowserWindow.instances[0]!.webContents;
    fake.app.emit('web-contents-created', {}, contents);
    expect(contents.emitCancellable('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.emitCancellable('will-redirect', 'https://evil.example/')).toBe(true);
    expect(contents.emitCancellable('will-attach-webview', {}, {})).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/news' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(fake.openedExternally).toEqual(['https://example.org/news']);
  });

  it('every permission request is denied', async () => {
    await start();
    let granted: boolean | undefined;
    fake.permissionHandler?.({}, 'media', (g) => (granted = g));
    expect(granted).toBe(false);
  });
});

describe('IPC', () => {
  it('binds exactly the contract, one channel per call', async () => {
    await start();
    expect([...fake.handlers.keys()].sort()).toEqual(CALL_NAMES.map(ipcChannel).sort());
  });

  it('refuses calls from another origin or from a subframe', async () => {
    await start();
    const handler = fake.handlers.get(ipcChannel('app.info'))!;
    for (const event of [
      ipcEvent('https://evil.example/'),
      ipcEvent('file:///tmp/x.html'),
      ipcEvent(`${APP_ORIGIN}/index.html`, {}),
      { senderFrame: null },
    ]) {
      expect(await handler(event, {})).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    }
    expect(await handler(ipcEvent(`${APP_ORIGIN}/index.html`), {})).toMatchObject({ ok: true, value: { transport: 'electron' } });
  });

  it('validates payloads at the boundary', async () => {
    await start();
    const handler = fake.handlers.get(ipcChannel('documents.open'))!;
    expect(await handler(ipcEvent(`${APP_ORIGIN}/`), { path: ['x'] })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await handler(ipcEvent(`${APP_ORIGIN}/`), 'garbage')).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('serves the same handler table as the web server', async () => {
    const started = await start();
    const webTable = createHandlerTable(
      createBackendServices({
        appRoot: REPO_ROOT,
        documentsDir: join(userData, 'docs'),
        userDataDir: userData,
        version: '0.0.0-test',
        platform: process.platform,
      }),
    );
    expect(Object.keys(started.table).sort()).toEqual(Object.keys(webTable).sort());
    const sample = join(REPO_ROOT, 'documents', 'kaztag-blinken-kazakhstan.txt');
    const viaIpc = await fake.handlers.get(ipcChannel('documents.open'))!(ipcEvent(`${APP_ORIGIN}/`), { path: sample });
    const viaWeb = await dispatch(webTable, 'documents.open', { path: sample }, { transport: 'web' });
    expect(viaIpc).toEqual(viaWeb);
    expect(viaIpc).toMatchObject({ ok: true });
  });
});

describe('the app protocol', () => {
  it('serves the renderer with the CSP header and refuses paths outside it', async () => {
    await start();
    const handler = fake.protocolHandler!;
    const index = await handler(new Request(`${APP_ORIGIN}/index.html`));
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    const escape = await handler(new Request(`${APP_ORIGIN}/..%2f..%2fpackage.json`));
    expect(escape.status).toBe(404);
    const otherHost = await handler(new Request('app://elsewhere/index.html'));
    expect(otherHost.status).toBe(404);
  });
});

describe('the menu', () => {
  it('File → Open sends the open command to the renderer', async () => {
    await start();
    const template = fake.menuTemplates[0]!;
    const file = template.find((item) => item.label === '&File');
    const open = (file?.submenu as Electron.MenuItemConstructorOptions[]).find((item) => item.label === '&Open…');
    expect(open?.accelerator).toBe('CmdOrCtrl+O');
    (open?.click as () => void)();
    const window = FakeBrowserWindow.instances[0]!;
    expect(window.webContents.sent).toEqual([{ channel: 'copydesk:host-command', args: [{ command: 'file.open' }] }]);
    expect(JSON.stringify(template)).not.toContain('toggleDevTools');
  });

  it('starts in the system language and follows the UI language the trusted renderer reports', async () => {
    fake = createFakeElectron({ userData, documents: join(userData, 'Documents'), languages: ['ru-RU', 'en-US'] });
    await start();
    const labels = () => (fake.menuTemplates.at(-1) ?? []).map((item) => item.label);
    expect(labels()).toContain('&Файл');
    const report = fake.listeners.get(UI_LANGUAGE_CHANNEL)!;
    report(ipcEvent('https://evil.example/'), 'en');
    report(ipcEvent(`${APP_ORIGIN}/index.html`), 'de');
    expect(labels()).toContain('&Файл');
    report(ipcEvent(`${APP_ORIGIN}/index.html`), 'en');
    expect(labels()).toContain('&File');
    const edit = fake.menuTemplates.at(-1)!.find((item) => item.label === '&Edit');
    expect((edit?.submenu as Electron.MenuItemConstructorOptions[])[0]).toEqual({ role: 'undo' });
    report(ipcEvent(`${APP_ORIGIN}/index.html`), 'ru');
    const russianEdit = fake.menuTemplates.at(-1)!.find((item) => item.label === '&Правка');
    expect((russianEdit?.submenu as Electron.MenuItemConstructorOptions[])[0]).toEqual({ role: 'undo', label: 'Отменить' });
  });

  it('has every label in every UI language', () => {
    for (const language of UI_LANGUAGES) {
      const template = buildMenuTemplate(() => undefined, { isMac: false, isDev: false, language });
      const labels = JSON.stringify(template);
      expect(labels).not.toContain('"label":""');
      if (language !== 'en') expect(labels).not.toMatch(/"label":"&?(File|Edit|View|Save|Open|Find)/u);
    }
  });

  it('has a Format menu whose items send the format commands and only show their shortcuts', async () => {
    await start();
    const format = fake.menuTemplates.at(-1)!.find((item) => item.label === 'F&ormat');
    const items = (format?.submenu as Electron.MenuItemConstructorOptions[]).filter((item) => item.type !== 'separator');
    expect(items.map((item) => item.accelerator)).toContain('CmdOrCtrl+B');
    expect(items.every((item) => item.registerAccelerator === false)).toBe(true);
    for (const item of items) (item.click as () => void)();
    const sent = FakeBrowserWindow.instances[0]!.webContents.sent.map((m) => (m.args[0] as { command: string }).command);
    expect(sent).toEqual(Object.keys(FORMAT_COMMANDS));
  });
});
