/**
 * A fake of the parts of `electron` the main process uses: records windows, handlers,
 * menus and event listeners so tests can check the wiring without the Electron binary.
 */
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import type * as Electron from 'electron';
import type { ElectronApi } from '../../electron/main/electron-api.ts';

/** A fake web contents: an EventEmitter that remembers its window-open handler. */
export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | undefined;
  readonly sent: Array<{ channel: string; args: unknown[] }> = [];
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  /** Options of each printToPDF call; `printFailure` makes the next calls reject. */
  readonly printed: Electron.PrintToPDFOptions[] = [];
  printFailure: Error | undefined;
  printToPDF(options: Electron.PrintToPDFOptions): Promise<Buffer> {
    this.printed.push(options);
    return this.printFailure ? Promise.reject(this.printFailure) : Promise.resolve(Buffer.from('%PDF-1.7 fake'));
  }
  /** Emits a cancellable event the way Electron does; returns whether it was prevented. */
  emitCancellable(name: string, ...args: unknown[]): boolean {
    let prevented = false;
    this.emit(name, { preventDefault: () => (prevented = true) }, ...args);
    return prevented;
  }
}

/** A fake BrowserWindow recording its options and loaded URL. */
export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  loadedUrl: string | undefined;
  constructor(readonly options: Electron.BrowserWindowConstructorOptions) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  /** The file given to loadFile and its content at load time. */
  loadedFile: { path: string; content: string } | undefined;
  destroyed = false;
  /** Set before the window is created to make its printToPDF reject. */
  static nextPrintFailure: Error | undefined;
  loadFile(path: string): Promise<void> {
    this.loadedFile = { path, content: readFileSync(path, 'utf8') };
    this.webContents.printFailure = FakeBrowserWindow.nextPrintFailure;
    return Promise.resolve();
  }
  destroy(): void {
    this.destroyed = true;
  }
  maximize(): void {}
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  focus(): void {}
  show(): void {}
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMaximized(): boolean {
    return false;
  }
  getNormalBounds() {
    return { x: 10, y: 20, width: 1000, height: 700 };
  }
}

/** The fake module plus what it recorded. */
export interface FakeElectron {
  readonly api: ElectronApi;
  readonly app: EventEmitter;
  readonly handlers: Map<string, (event: unknown, payload: unknown) => Promise<unknown>>;
  /** `ipcMain.on` listeners by channel. */
  readonly listeners: Map<string, (event: unknown, payload: unknown) => void>;
  readonly openedExternally: string[];
  readonly menuTemplates: Electron.MenuItemConstructorOptions[][];
  permissionHandler: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
  protocolHandler: ((request: Request) => Promise<Response>) | undefined;
  quitCalled: boolean;
  /** Each showOpenDialog call: its parent window (if any) and options. */
  readonly openDialogs: Array<{ parent: unknown; options: Electron.OpenDialogOptions }>;
  /** What the next open dialogs answer: a chosen folder, or null for Cancel (the default). */
  nextPickedFolder: string | null;
}

/** Builds a fresh fake; `gotLock` false simulates a second instance. */
export function createFakeElectron(options: {
  userData: string;
  documents: string;
  gotLock?: boolean;
  /** The system's preferred languages, most preferred first (default English). */
  languages?: readonly string[];
}): FakeElectron {
  FakeBrowserWindow.instances = [];
  const app = new EventEmitter();
  const fake: FakeElectron = {
    api: undefined as unknown as ElectronApi,
    app,
    handlers: new Map(),
    listeners: new Map(),
    openedExternally: [],
    menuTemplates: [],
    permissionHandler: undefined,
    protocolHandler: undefined,
    quitCalled: false,
    openDialogs: [],
    nextPickedFolder: null,
  };
  const appApi = Object.assign(app, {
    requestSingleInstanceLock: () => options.gotLock ?? true,
    quit: () => {
      fake.quitCalled = true;
    },
    whenReady: () => Promise.resolve(),
    getPath: (name: string) => (name === 'userData' ? options.userData : options.documents),
    getVersion: () => '0.0.0-test',
    isPackaged: false,
    getAppPath: () => '/app',
    setAppUserModelId: () => undefined,
    getPreferredSystemLanguages: () => options.languages ?? ['en-US'],
  });
  (fake as { api: ElectronApi }).api = {
    app: appApi as unknown as ElectronApi['app'],
    BrowserWindow: FakeBrowserWindow as unknown as ElectronApi['BrowserWindow'],
    ipcMain: {
      handle: (channel: string, handler: (event: unknown, payload: unknown) => Promise<unknown>) => {
        fake.handlers.set(channel, handler);
      },
      on: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
        fake.listeners.set(channel, listener);
      },
      removeHandler: (channel: string) => {
        fake.handlers.delete(channel);
      },
    } as unknown as ElectronApi['ipcMain'],
    Menu: {
      buildFromTemplate: (template: Electron.MenuItemConstructorOptions[]) => {
        fake.menuTemplates.push(template);
        return {} as Electron.Menu;
      },
      setApplicationMenu: () => undefined,
    } as unknown as ElectronApi['Menu'],
    shell: {
      openExternal: async (url: string) => {
        fake.openedExternally.push(url);
      },
    },
    protocol: {
      handle: (_scheme: string, handler: (request: Request) => Promise<Response>) => {
        fake.protocolHandler = handler;
      },
      registerSchemesAsPrivileged: () => undefined,
    } as unknown as ElectronApi['protocol'],
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: (c: unknown, p: string, cb: (granted: boolean) => void) => void) => {
          fake.permissionHandler = handler;
        },
        setPermissionCheckHandler: () => undefined,
      } as unknown as ElectronApi['session']['defaultSession'],
    },
    dialog: {
      showOpenDialog: async (...args: unknown[]) => {
        const [parent, options] = args.length > 1 ? args : [undefined, args[0]];
        fake.openDialogs.push({ parent, options: options as Electron.OpenDialogOptions });
        const picked = fake.nextPickedFolder;
        return picked === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [picked] };
      },
      showErrorBox: () => undefined,
    } as unknown as ElectronApi['dialog'],
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] } as unknown as ElectronApi['screen'],
  };
  return fake;
}
