/**
 * The desktop app's lifecycle: single instance, secure session and windows, the app
 * protocol, the IPC binding of the shared handler table, the menu, and the remembered
 * window geometry. Receives `electron` as a parameter (see electron-api.ts).
 */
import { join } from 'node:path';
import type * as Electron from 'electron';
import { HOST_COMMAND_CHANNEL, type HostCommand, type HostCommandMessage } from '../../core/api/contract.ts';
import { createHandlerTable } from '../../node/api/handler-table.ts';
import { seedLibraryFolder } from '../../node/library/seed.ts';
import { prepareHtmlSanitizer } from '../../node/import/purify.ts';
import { createBackendServices, disposeBackendServices } from '../../node/api/services.ts';
import type { HandlerTable } from '../../node/api/handler-types.ts';
import type { ElectronApi } from './electron-api.ts';
import { bindIpc, bindUiLanguage } from './ipc.ts';
import { createPdfPrinter } from './pdf.ts';
import { buildMenuTemplate } from './menu.ts';
import { pickUiLanguage } from '../../core/i18n/ui-language.ts';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './protocol.ts';
import { APP_ORIGIN, APP_SCHEME, denyAllPermissions, hardenWebContents, secureWebPreferences } from './security.ts';
import { fitToDisplays, loadWindowState, saveWindowState } from './window-state.ts';

/** Where the app's files are, decided by the entry point. */
export interface AppLayout {
  /** The folder holding `dist/` and `documents/`. */
  readonly appRoot: string;
  readonly preloadPath: string;
  readonly rendererDir: string;
  /** The documents folder; default `<Documents>/Copydesk`. */
  readonly documentsDir?: string;
  readonly isDev: boolean;
}

/** What `startCopydesk` set up, for tests. */
export interface StartedApp {
  readonly table: HandlerTable;
  /** Resolves with the main window once the app is ready. */
  readonly ready: Promise<Electron.BrowserWindow | null>;
}

/** Starts the desktop app. Returns null table-less result when another instance owns the lock. */
export function startCopydesk(electron: ElectronApi, layout: AppLayout): StartedApp | null {
  const { app } = electron;
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }
  electron.protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

  const userDataDir = app.getPath('userData');
  const documentsDir = layout.documentsDir ?? join(app.getPath('documents'), 'Copydesk');
  const services = createBackendServices({
    appRoot: layout.appRoot,
    documentsDir,
    userDataDir,
    version: app.getVersion(),
    platform: process.platform,
    printToPdf: createPdfPrinter(electron.BrowserWindow),
    // The picker is modal to the main window; `mainWindow` is read when the picker opens.
    pickFolder: async (start) => {
      const options: Electron.OpenDialogOptions = {
        properties: ['openDirectory', 'createDirectory'],
        ...(start !== undefined ? { defaultPath: start } : {}),
      };
      const picked = mainWindow ? await electron.dialog.showOpenDialog(mainWindow, options) : await electron.dialog.showOpenDialog(options);
      return picked.canceled ? null : (picked.filePaths[0] ?? null);
    },
  });
  const table = createHandlerTable(services);
  const windowStateFile = join(userDataDir, 'window-state.json');
  let mainWindow: Electron.BrowserWindow | null = null;

  const sendCommand = (message: HostCommandMessage) => mainWindow?.webContents.send(HOST_COMMAND_CHANNEL, message);

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, electron.shell));
  app.on('second-instance', (_event, argv) => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    const path = argv.slice(1).find((arg) => !arg.startsWith('-') && arg !== '.');
    if (path) sendCommand({ command: 'file.openPath', argument: path });
  });
  app.on('will-quit', () => void disposeBackendServices(services));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  const createWindow = (): Electron.BrowserWindow => {
    const state = fitToDisplays(
      loadWindowState(windowStateFile),
      electron.screen.getAllDisplays().map((d) => d.workArea),
    );
    const window = new electron.BrowserWindow({
      width: state.width,
      height: state.height,
      ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
      minWidth: 640,
      minHeight: 480,
      show: false,
      title: 'Copydesk',
      backgroundColor: '#1d1f23',
      webPreferences: secureWebPreferences(layout.preloadPath),
    });
    if (state.maximized) window.maximize();
    window.once('ready-to-show', () => window.show());
    const remember = () => {
      if (window.isDestroyed()) return;
      const bounds = window.getNormalBounds();
      void saveWindowState(windowStateFile, { ...bounds, maximized: window.isMaximized() }).catch(() => undefined);
    };
    window.on('resized', remember);
    window.on('moved', remember);
    window.on('close', remember);
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    void window.loadURL(`${APP_ORIGIN}/index.html`);
    return window;
  };

  const ready = app.whenReady().then(() => {
    seedLibraryFolder(documentsDir, join(layout.appRoot, 'documents'));
    denyAllPermissions(electron.session.defaultSession);
    electron.protocol.handle(APP_SCHEME, createAppProtocolHandler(layout.rendererDir));
    bindIpc(electron.ipcMain, table);
    const send = (command: HostCommand) => sendCommand({ command });
    // The menu starts in the system's language, as the window does, and follows the window's setting.
    let language = pickUiLanguage(app.getPreferredSystemLanguages());
    const setMenu = () =>
      electron.Menu.setApplicationMenu(
        electron.Menu.buildFromTemplate(buildMenuTemplate(send, { isMac: process.platform === 'darwin', isDev: layout.isDev, language })),
      );
    setMenu();
    bindUiLanguage(electron.ipcMain, (chosen) => {
      if (chosen === language) return;
      language = chosen;
      setMenu();
    });
    mainWindow = createWindow();
    // Load the HTML sanitizer (jsdom) while the window paints, off the first import's path.
    void prepareHtmlSanitizer().catch(() => undefined);
    app.on('activate', () => {
      if (!mainWindow) mainWindow = createWindow();
    });
    return mainWindow;
  });
  return { table, ready };
}
